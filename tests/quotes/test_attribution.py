"""The attribution model and the ``zitate_quotes`` component on real German sentences (issue 3).

Sentences are tagged by hand (``tagged.py``), so these tests need no trained base pipeline; they
use the attribution model shipped in ``zitate/data`` (cue lexicon and classifiers from train).
"""

from __future__ import annotations

import pytest
import spacy

from zitate.quotes.component import EXTENSION, SPANS_KEY, records_to_quotations
from zitate.quotes.model import load_model
from zitate.quotes.passages import whole_sentence

from .tagged import tagged, words

MARKS = [("„", "“"), ("»", "«"), ('"', '"')]


@pytest.fixture(scope="module")
def model():
    return load_model()


def run(model, *sentences):
    doc = tagged(*sentences)
    return doc, [f.to_quotation() for f in model(doc)]


@pytest.mark.parametrize(("opening", "closing"), MARKS)
def test_direct_quote_with_pronoun_speaker_after_it(model, opening, closing):
    doc, (q,) = run(
        model,
        f"{opening}/$( Wir/PPER müssen/VMFIN/müssen jetzt/ADV handeln/VVINF ./$. {closing}/$( "
        ",/$, sagte/VVFIN/sagen er/PPER ./$.",
    )
    assert q.type == "Direct"
    assert (doc[q.quote[0]].text, doc[q.quote[-1]].text) == (opening, closing)
    assert words(doc, q.speaker) == "er"
    assert words(doc, q.cue) == "sagte"


def test_split_direct_quote_gives_two_quotations_with_one_speaker(model):
    doc, quotes = run(
        model,
        "„/$( Das/PDS ist/VAFIN/sein falsch/ADJD “/$( ,/$, sagte/VVFIN/sagen der/ART "
        "Minister/NN ,/$, „/$( und/KON das/PDS wissen/VVFIN/wissen alle/PIS ./$. “/$(",
    )
    assert [q.type for q in quotes] == ["Direct", "Direct"]
    assert [words(doc, q.quote) for q in quotes] == [
        "„ Das ist falsch “",
        "„ und das wissen alle . “",
    ]
    assert {words(doc, q.speaker) for q in quotes} == {"der Minister"}


def test_direct_quote_after_colon_takes_the_clause_verb_as_cue(model):
    doc, (q,) = run(
        model,
        "Ähnlich/ADJD äußerte/VVFIN/äußern sich/PRF der/ART US-Präsident/NN George/NE W./NE "
        "Bush/NE :/$. „/$( Die/ART USA/NE haben/VAFIN/haben die/ART Lage/NN im/APPRART "
        "Griff/NN ./$. “/$(",
    )
    assert q.type == "Direct"
    assert words(doc, q.speaker) == "der US-Präsident George W. Bush"
    assert "äußerte" in words(doc, q.cue)


def test_indirect_quote_with_role_noun_speaker_and_konjunktiv_continuation(model):
    doc, quotes = run(
        model,
        "Der/ART Sprecher/NN des/ART Ministeriums/NN sagte/VVFIN/sagen ,/$, die/ART Lage/NN "
        "sei/VAFIN/sein/Sub ernst/ADJD ./$.",
        "Man/PIS habe/VAFIN/haben/Sub alles/PIS getan/VVPP/tun ./$.",
    )
    indirect, continued = quotes
    assert indirect.type == "Indirect"
    assert words(doc, indirect.quote) == "die Lage sei ernst"  # no final full stop
    assert words(doc, indirect.speaker) == "Der Sprecher des Ministeriums"
    assert words(doc, indirect.cue) == "sagte"
    assert words(doc, indirect.frame) == "Der Sprecher des Ministeriums sagte ,"
    assert continued.type == "IndirectFreeIndirect"
    assert words(doc, continued.quote) == "Man habe alles getan ."
    assert continued.speaker == indirect.speaker
    assert continued.cue == continued.frame == ()


def test_source_phrase_laut(model):
    doc, (q,) = run(
        model,
        "Laut/APPR Polizei/NN wurden/VAFIN/werden drei/CARD Menschen/NN "
        "verletzt/VVPP/verletzen ./$.",
    )
    assert q.type == "Indirect"
    assert (words(doc, q.speaker), words(doc, q.cue)) == ("Polizei", "Laut")
    assert words(doc, q.quote) == "wurden drei Menschen verletzt"


REPORTED = (
    "Die/ART Gewerkschaft/NN fordert/VVFIN/fordern höhere/ADJA Löhne/NN für/APPR alle/PIAT "
    "Beschäftigten/NN ./$."
)


def test_reported_quotation_is_the_whole_sentence_with_its_subject_as_speaker(model):
    doc = tagged(REPORTED)
    (sent,) = doc.sents
    found = whole_sentence(doc, sent, "Reported", 0.8, [], model.reported)
    assert found.quote == list(range(len(doc)))  # the final full stop included, as in gold
    assert words(doc, found.speaker) == "Die Gewerkschaft"
    assert found.cue is None and found.frame == []


def test_shipped_model_reads_a_demand_as_reported_speech(model):
    """Snapshot of the shipped classifier's decision (not hand-annotated gold)."""
    doc, (q,) = run(model, REPORTED)
    assert q.type == "Reported"
    assert words(doc, q.speaker) == "Die Gewerkschaft"


def test_separable_cue_verb_and_addressee(model):
    doc, (q,) = run(
        model,
        "Die/ART Ministerin/NN teilte/VVFIN/mitteilen gegenüber/APPR der/ART Zeitung/NN "
        "mit/PTKVZ ,/$, sie/PPER werde/VAFIN/werden/Sub nicht/PTKNEG zurücktreten/VVINF ./$.",
    )
    assert words(doc, q.cue) == "teilte mit"
    assert words(doc, q.speaker) == "Die Ministerin"
    assert words(doc, q.addressee) == "der Zeitung"


def test_passive_cue_has_no_speaker(model):
    doc, (q,) = run(
        model,
        "Dem/ART Manager/NN wird/VAFIN/werden vorgeworfen/VVPP/vorwerfen ,/$, Geld/NN "
        "veruntreut/VVPP/veruntreuen zu/PTKZU haben/VAINF ./$.",
    )
    assert q.type == "Indirect"
    assert q.speaker == ()
    assert words(doc, q.cue) == "wird vorgeworfen"


SENTENCE_WITH_NESTED = (
    "Er/PPER sagte/VVFIN/sagen ,/$, die/ART Pläne/NN seien/VAFIN/sein/Sub „/$( ein/ART "
    "Schlag/NN ins/APPRART Gesicht/NN der/ART Beschäftigten/NN “/$( ./$."
)


def test_direct_quote_nested_in_indirect_one():
    nlp = spacy.blank("de")
    nlp.add_pipe("zitate_quotes")
    doc = nlp(tagged(SENTENCE_WITH_NESTED))
    records = doc._.get(EXTENSION)
    by_type = {r["type"]: r for r in records}
    assert by_type["Direct"]["nested_in"] == by_type["Indirect"]["id"]
    assert by_type["Indirect"]["nested_in"] is None
    assert by_type["Direct"]["text"] == "„ein Schlag ins Gesicht der Beschäftigten“"


def test_component_writes_spans_and_records_with_char_offsets():
    nlp = spacy.blank("de")
    nlp.add_pipe("zitate_quotes")
    doc = nlp(tagged(SENTENCE_WITH_NESTED))
    group = doc.spans[SPANS_KEY]
    assert len(group) == len(group.attrs["quote_ids"]) == 2
    assert sorted(s.label_ for s in group) == ["Direct", "Indirect"]
    for record in doc._.get(EXTENSION):
        (start, end), *_ = record["spans"]
        assert doc.text[start:end].split()[0] == record["text"].split()[0]
        assert record["speaker"]["text"] == "Er"
        assert 0.0 <= record["confidence"] <= 1.0
    again = records_to_quotations(doc, doc._.get(EXTENSION))
    assert [len(q.quote) for q in again] == [len(s) for s in group]


def test_component_round_trip_to_disk(tmp_path):
    nlp = spacy.blank("de")
    nlp.add_pipe("zitate_quotes")
    nlp.to_disk(tmp_path / "pipeline")
    assert (tmp_path / "pipeline" / "zitate_quotes" / "cue_models.json").is_file()
    loaded = spacy.load(tmp_path / "pipeline")
    before = nlp(tagged(SENTENCE_WITH_NESTED))._.get(EXTENSION)
    after = loaded(tagged(SENTENCE_WITH_NESTED))._.get(EXTENSION)
    assert before == after and before


def test_untagged_doc_still_finds_direct_quotes():
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("zitate_quotes")
    doc = nlp("„Wir müssen jetzt handeln“, sagte Scholz.")
    (record,) = doc._.get(EXTENSION)
    assert record["type"] == "Direct"
    assert record["text"] == "„Wir müssen jetzt handeln“"
