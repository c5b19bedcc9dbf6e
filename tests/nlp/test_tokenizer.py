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


def test_suffix_search_looks_at_the_tail_and_keeps_the_tokens(tok):
    """Issue 16: the suffix search is bounded to the string's last characters (spaCy strips
    one suffix at a time; a search over the whole string made long runs quadratic). The tokens
    of real sentences and of a long run of quotation marks are those of the plain regex."""
    from zitate.nlp.pipeline import load
    from zitate.nlp.tokenizer import SUFFIX_WINDOW, TailSearch

    bounded = tok.suffix_search
    assert isinstance(bounded.__self__, TailSearch)
    loaded = load()  # the saved tokenizer brings back the plain regex; load bounds it again
    assert isinstance(loaded.tokenizer.suffix_search.__self__, TailSearch)
    texts = [
        "„Wir liefern keine Waffen“, sagte der Kanzler am Montag in Berlin.",
        "Die Firma (u. a. mit Sitz in Köln) meldete 2024.",
        "Er rief: »Nein!«… und ging.",
        "Er sagte " + "„“»«" * 50 + " und ging.",
        "Ende" + "." * 40,
    ]
    with_bounded = [words(tok, t) for t in texts]
    tok.suffix_search = bounded.__self__.regex.search
    try:
        assert [words(tok, t) for t in texts] == with_bounded
    finally:
        tok.suffix_search = bounded
    # a suffix longer than the window comes off in parts: still only dots, nothing lost
    dots = words(tok, "Ende" + "." * (3 * SUFFIX_WINDOW))
    assert dots[0] == "Ende" and "".join(dots[1:]) == "." * (3 * SUFFIX_WINDOW)


def test_a_word_of_thousands_of_characters_is_one_token(tok):
    """Issue 16 (fuzz analysis input 3523 of seed 2, 17 s): a fuzzed attribute left 84,000
    ``&`` without a space in the text; spaCy strips one suffix at a time and copies the rest
    each time, so it took seconds and made 84,000 tokens. A word of ``LONG_TOKEN`` characters
    or more is one token; the sentence around it keeps its tokens, shorter runs still split."""
    from zitate.nlp.pipeline import load
    from zitate.nlp.tokenizer import LONG_TOKEN, TOKEN_MATCH

    sentence = "„Wir liefern keine Waffen“, sagte der Kanzler {} am Montag in Berlin."
    junk = "amp;" + "&" * 50_000
    plain = words(tok, sentence.format("heute"))
    with_junk = words(tok, sentence.format(junk))
    assert with_junk == [junk if w == "heute" else w for w in plain]
    assert len(with_junk) == len(plain)
    short = "&" * (LONG_TOKEN - 3)  # with its marks below the limit: the affix rules as before
    assert words(tok, f"Er sagte: „{short}“") == ["Er", "sagte", ":", "„", *short, "“"]
    assert words(tok, "#Ukraine. @dpa_news") == ["#Ukraine", ".", "@dpa_news"]
    loaded = load()  # the saved tokenizer has the older token match; load sets this one
    assert loaded.tokenizer.token_match == TOKEN_MATCH.match
    assert [t.text for t in loaded.make_doc(sentence.format(junk))] == with_junk
