"""The quotation-marks baseline, the predictor registry and the rule predictor (issue 3)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from zitate.errors import ZitateError
from zitate.quotes.candidates import quoted_spans
from zitate.quotes.lexicon import CueLexicon
from zitate.quotes.predictors import PREDICTORS, QuotationMarks, get_predictor
from zitate.quotes.rules import RulePredictor

NLP = spacy.blank("de")


def make_doc(*sentences: str) -> Doc:
    """A Doc of the given sentences, tokenised by spaCy's German rules, one sentence each."""
    words, spaces, starts = [], [], []
    for sentence in sentences:
        tokens = NLP.make_doc(sentence)
        words += [t.text for t in tokens]
        spaces += [bool(t.whitespace_) for t in tokens[:-1]] + [True]
        starts += [True] + [False] * (len(tokens) - 1)
    return Doc(NLP.vocab, words=words, spaces=spaces, sent_starts=starts)


@pytest.mark.parametrize(("opening", "closing"), [("„", "“"), ("»", "«"), ("«", "»"), ('"', '"')])
def test_baseline_marks_each_quoted_span_as_direct_speech(opening, closing):
    doc = make_doc(f"Scholz sagte: {opening}Wir müssen jetzt handeln.{closing}")
    (quotation,) = QuotationMarks()(doc)
    assert doc[quotation.quote[0]].text == opening
    assert doc[quotation.quote[-1]].text == closing
    assert (quotation.type, quotation.medium) == ("Direct", "Speech")
    assert quotation.speaker == quotation.cue == quotation.frame == ()


def test_quoted_spans_pairs_marks_without_crossing():
    doc = make_doc("Er nannte das „Unsinn“ und sprach von „großem Ärger“.")
    assert [s.text for s in quoted_spans(doc)] == ["„Unsinn“", "„großem Ärger“"]


def test_registry_names_and_unknown_predictor():
    assert {"quotation-marks", "rules"} <= set(PREDICTORS)
    assert isinstance(get_predictor("quotation-marks"), QuotationMarks)
    with pytest.raises(ZitateError) as err:
        get_predictor("oracle")
    assert err.value.code == "E203"


@pytest.fixture(scope="module")
def rules() -> RulePredictor:
    return RulePredictor.load()


def _text(doc: Doc, ids) -> str:
    return " ".join(doc[i].text for i in ids)


def test_rules_direct_quote_with_cue_and_speaker_after(rules):
    doc = make_doc("„Wir werden die Steuern nicht erhöhen“, sagte Finanzminister Lindner.")
    (q,) = rules(doc)
    assert q.type == "Direct"
    assert _text(doc, q.quote) == "„ Wir werden die Steuern nicht erhöhen “"
    assert _text(doc, q.cue) == "sagte"
    assert _text(doc, q.speaker) == "Finanzminister Lindner"


def test_rules_indirect_dass_clause_with_subject_before_cue(rules):
    doc = make_doc("Die Polizei erklärte, dass niemand verletzt worden sei.")
    (q,) = rules(doc)
    assert q.type == "Indirect"
    assert _text(doc, q.quote) == "dass niemand verletzt worden sei ."
    assert _text(doc, q.speaker) == "Die Polizei"
    assert _text(doc, q.frame) == "Die Polizei erklärte ,"


def test_rules_laut_and_zufolge_source_phrases(rules):
    doc = make_doc("Laut Polizei gab es keine Verletzten.")
    (q,) = rules(doc)
    assert (_text(doc, q.cue), _text(doc, q.speaker)) == ("Laut", "Polizei")
    assert _text(doc, q.quote) == "gab es keine Verletzten ."
    doc = make_doc("Es handele sich ersten Angaben zufolge um vier Täter.")
    (q,) = rules(doc)
    assert _text(doc, q.speaker) == "ersten Angaben"
    assert _text(doc, q.quote) == "Es handele sich um vier Täter ."


def test_rules_konjunktiv_sentences_continue_as_indirect_free_indirect(rules):
    doc = make_doc(
        "Der Sprecher sagte, die Lage sei ernst.",
        "Die Feuerwehr sei seit Stunden im Einsatz.",
        "Weitere Helfer seien unterwegs.",
        "Am Abend regnete es.",
    )
    first, second = rules(doc)
    assert second.type == "IndirectFreeIndirect"
    assert _text(doc, second.speaker) == "Der Sprecher"
    assert doc[second.quote[0]].text == "Die" and doc[second.quote[-1]].text == "."
    assert "regnete" not in _text(doc, second.quote)
    assert "unterwegs" in _text(doc, second.quote)


def test_rules_leave_sentences_without_cue_alone(rules):
    assert rules(make_doc("Am Montag regnete es in Hamburg.")) == []


def test_lexicon_learned_from_train_knows_common_cues():
    lexicon = CueLexicon.from_disk()
    assert lexicon.is_cue("sagte") and lexicon.is_cue("Laut")
    assert not lexicon.is_cue("Hamburg")
    assert lexicon.get("sagte").precision <= 1.0
