"""The ``zitate_paragraphs`` boundary rules on hand-built docs (no model needed)."""

import pytest
import spacy
from spacy.tokens import Doc

from zitate.nlp.sentences import paragraph_sentences

VOCAB = spacy.blank("de").vocab  # knows which tokens are whitespace


def _doc(tokens: list[tuple[str, bool, bool, str]]) -> Doc:
    """A doc from (text, space after, first-pass sentence start, STTS tag) tuples."""
    words, spaces, starts, tags = (list(column) for column in zip(*tokens, strict=True))
    return Doc(VOCAB, words=words, spaces=spaces, sent_starts=starts, tags=tags)


def _starts(doc: Doc) -> list[str]:
    return [t.text for t in paragraph_sentences(doc) if t.is_sent_start]


def test_blank_line_starts_a_sentence():
    doc = _doc(
        [
            ("Titel", False, True, "NN"),
            ("\n\n", False, False, "_SP"),
            ("Der", True, False, "ART"),
            ("Text", False, False, "NN"),
            (".", False, False, "$."),
        ]
    )
    assert _starts(doc) == ["Titel", "Der"]


def test_number_with_period_ends_a_sentence_before_a_sentence_word_only():
    doc = _doc(
        [
            ("Er", True, True, "PPER"),
            ("kam", True, False, "VVFIN"),
            ("auf", True, False, "APPR"),
            ("Rang", True, False, "NN"),
            ("20.", True, False, "CARD"),
            ("Als", True, False, "KOUS"),
            ("er", True, False, "PPER"),
            ("am", True, False, "APPRART"),
            ("3.", True, False, "ADJA"),
            ("Juni", True, False, "NN"),
            ("kam", False, False, "VVFIN"),
            (".", False, False, "$."),
        ]
    )
    assert _starts(doc) == ["Er", "Als"]


def test_sentence_starts_at_the_opening_quotation_mark():
    doc = _doc(
        [
            ("Er", True, True, "PPER"),
            ("ging", False, False, "VVFIN"),
            (".", True, False, "$."),
            ("„", False, False, "$("),
            ("Wir", True, True, "PPER"),
            ("kommen", False, False, "VVFIN"),
            (".", False, False, "$."),
            ("“", False, False, "$("),
        ]
    )
    assert _starts(doc) == ["Er", "„"]


def test_no_sentence_starts_lower_case_after_a_period():
    doc = _doc(
        [
            ("Benedikt", True, True, "NE"),
            ("XVI", False, False, "NE"),
            (".", True, False, "$."),
            ("am", True, True, "APPRART"),
            ("Samstag", False, False, "NN"),
        ]
    )
    assert _starts(doc) == ["Benedikt"]


def test_parsed_doc_is_refused_like_token_assignment():
    words, spaces = ["Titel", "\n\n", "Text"], [False, False, False]
    doc = Doc(VOCAB, words=words, spaces=spaces, heads=[0, 0, 0], deps=["ROOT", "dep", "dep"])
    with pytest.raises(ValueError):
        paragraph_sentences(doc)


def test_swiss_guillemet_opens_the_next_sentence():
    # „Der spanische Basketball-Star Sergio Llull bat unterdessen um Entschuldigung. «Was letzte
    # Nacht passiert ist, …»“: the « glued to „Was“ opens the quotation of the next sentence.
    doc = _doc(
        [
            ("Llull", True, True, "NE"),
            ("bat", True, False, "VVFIN"),
            ("um", True, False, "APPR"),
            ("Entschuldigung", False, False, "NN"),
            (".", True, False, "$."),
            ("«", False, False, "$("),
            ("Was", True, True, "PWS"),
            ("passiert", False, False, "VVFIN"),
            (".", False, False, "$."),
            ("»", False, False, "$("),
        ]
    )
    assert _starts(doc) == ["Llull", "«"]


def test_closing_guillemet_stays_with_its_sentence():
    # »Jaegers Grenze« weitgehend …: the German closing « is followed by a space.
    doc = _doc(
        [
            ("Er", True, True, "PPER"),
            ("schrieb", True, False, "VVFIN"),
            ("»", False, False, "$("),
            ("Nein", False, False, "PTKANT"),
            (".", False, False, "$."),
            ("«", True, False, "$("),
            ("Dann", True, True, "ADV"),
            ("ging", False, False, "VVFIN"),
            (".", False, False, "$."),
        ]
    )
    assert _starts(doc) == ["Er", "Dann"]
