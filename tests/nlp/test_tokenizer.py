"""Tokenizer rules for German news (issue 2): quotation marks, dates, abbreviations, web tokens."""

from __future__ import annotations

import pytest
import spacy

from zitate.nlp.tokenizer import TEXT_KEY, customize_tokenizer, doc_text


@pytest.fixture(scope="module")
def tok():
    nlp = spacy.blank("de")
    customize_tokenizer(nlp)
    return nlp.tokenizer


def words(tok, text: str) -> list[str]:
    return [t.text for t in tok(text)]


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("„", "“"),
        ("»", "«"),
        ("«", "»"),
        ("‚", "‘"),
        ("›", "‹"),
        ('"', '"'),
        ("'", "'"),
        ("“", "”"),
    ],
)
def test_quotation_marks_are_tokens(tok, opening, closing):
    text = f"{opening}Eine Gefahr bestehe nicht{closing}, sagte er."
    assert words(tok, text) == [
        opening,
        "Eine",
        "Gefahr",
        "bestehe",
        "nicht",
        closing,
        ",",
        "sagte",
        "er",
        ".",
    ]


def test_quote_glued_to_words_and_colon(tok):
    assert words(tok, 'Er sagte:"Nein".') == ["Er", "sagte", ":", '"', "Nein", '"', "."]
    assert words(tok, "»Das ist‹ gut«") == ["»", "Das", "ist", "‹", "gut", "«"]


def test_dates_ordinals_and_abbreviations_stay_whole(tok):
    text = "Am 13. März trafen u. a. Dr. Müller, St. Pauli und Nr. 5 z. B. ca. 20 Leute."
    out = words(tok, text)
    for piece in ["13.", "u.", "a.", "Dr.", "St.", "Nr.", "z.", "B.", "ca."]:
        assert piece in out
    assert "März" in out


def test_year_at_sentence_end_is_split(tok):
    assert words(tok, "Er kam am 3. Oktober 2024. Dann ging er.")[3:7] == [
        "3.",
        "Oktober",
        "2024",
        ".",
    ]


def test_compounds_urls_handles_hashtags(tok):
    text = (
        "Der US-Präsident schrieb auf https://truthsocial.com/@realDonaldTrump "
        "an @OlafScholz #Ukraine."
    )
    out = words(tok, text)
    assert "US-Präsident" in out
    assert "https://truthsocial.com/@realDonaldTrump" in out
    assert "@OlafScholz" in out
    assert "#Ukraine" in out


def test_credit_parenthesis(tok):
    assert words(tok, "(dpa, AFP, Reuters)") == ["(", "dpa", ",", "AFP", ",", "Reuters", ")"]


def test_doc_text_is_joined_once_and_kept(tok):
    text = "„Eine Gefahr besteht nicht“, schrieb Trump auf Truth Social.\n\nKiew widersprach."
    doc = tok(text)
    assert TEXT_KEY not in doc.user_data
    assert doc_text(doc) == doc.text == text
    assert doc.user_data[TEXT_KEY] == text
    with doc.retokenize() as retokenizer:  # merging tokens keeps the text
        retokenizer.merge(doc[6:8])
    assert doc_text(doc) == doc.text == text
