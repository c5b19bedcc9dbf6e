"""Per-``Doc`` word lists and kept scans of the attribution (task speed, issue 12): the same
answers as the token-by-token scans they replace. Real sentences of Wikinews train articles
(„Dieser Wanderkessel …“: 41694; „Kölns Präsident …“: 28063; „Sie seien jedoch …“: 13380) and
a headline of the ``verb_parts`` docstring („Federal Reserve räumt Versäumnisse bei Aufsicht
ein“)."""

from __future__ import annotations

from zitate.nlp.tokenizer import WORDS_KEY, doc_lowers, doc_words
from zitate.quotes.candidates import quoted_spans
from zitate.quotes.datelines import _text_opening
from zitate.quotes.speakers import is_tagged
from zitate.quotes.verb_parts import clause_of, particle

from .tagged import NLP, index, tagged

WANDERKESSEL = (
    "„/$( Dieser/PDAT Wanderkessel/NN ist/VAFIN/sein versammlungsrechtlich/ADJD ein/ART "
    "Skandal/NN “/$( ,/$, sagte/VVFIN/sagen der/ART Demonstrationsleiter/NN laut/APPR "
    "ndr.de/NE ./$."
)
OVERATH = (
    "Kölns/NE Präsident/NN Wolfgang/NE Overath/NE sagte/VVFIN/sagen :/$. „/$( Ja/PTKANT ,/$, "
    "wir/PPER haben/VAFIN/haben uns/PRF geeinigt/VVPP/einigen ./$. “/$("
)
LEBENSGEFAHR = (
    "Sie/PPER seien/VAFIN/sein/Sub jedoch/ADV außer/APPR Lebensgefahr/NN ,/$, "
    "sagte/VVFIN/sagen Mark/NE O’Keefe/NE ./$."
)
RESERVE = "Federal/NE Reserve/NE räumt/VVFIN/räumen Versäumnisse/NN bei/APPR Aufsicht/NN ein/ART"


def test_doc_words_and_lowers_are_the_tokens_texts_made_once():
    doc = tagged(OVERATH)
    assert doc_words(doc) == [t.text for t in doc]
    assert doc_lowers(doc) == [t.lower_ for t in doc]
    assert doc_words(doc) is doc.user_data[WORDS_KEY]  # kept, not made again
    assert doc_lowers(doc)[0] == "kölns"


def test_quoted_spans_are_kept_and_the_same_on_every_call():
    doc = tagged(WANDERKESSEL)
    first = quoted_spans(doc)
    assert [s.text for s in first] == [
        "„Dieser Wanderkessel ist versammlungsrechtlich ein Skandal“"
    ]
    again = quoted_spans(doc)
    assert [(s.start, s.end) for s in again] == [(s.start, s.end) for s in first]
    assert quoted_spans(doc, max_chars=10) == []  # another limit, its own answer


def test_clause_of_stops_at_the_comma_before_the_frame():
    doc = tagged(LEBENSGEFAHR)
    sent = doc[:]
    seien = index(doc, "seien")
    assert list(clause_of(sent, seien)) == list(range(0, index(doc, ",")))
    sagte = index(doc, "sagte")
    assert list(clause_of(sent, sagte)) == list(range(index(doc, ",") + 1, len(doc) - 1))


def test_particle_tagged_as_an_article_at_the_clause_end():
    doc = tagged(RESERVE)
    assert particle(doc[:], index(doc, "räumt")) == index(doc, "ein")
    doc = tagged(OVERATH)  # „sagte: …“ has no particle
    assert particle(doc[:], index(doc, "sagte")) is None


def test_text_opening_is_the_fourth_sentence_start():
    doc = tagged(OVERATH, LEBENSGEFAHR, WANDERKESSEL, RESERVE, OVERATH)
    starts = [t.i for t in doc if t.is_sent_start]
    assert _text_opening(doc) == starts[3]
    short = tagged(OVERATH, LEBENSGEFAHR, WANDERKESSEL)
    assert _text_opening(short) == len(short)


def test_is_tagged_reads_the_first_tokens_tags():
    assert is_tagged(tagged(LEBENSGEFAHR))
    assert not is_tagged(NLP.make_doc("Sie seien jedoch außer Lebensgefahr, sagte Mark O’Keefe."))
    assert not is_tagged(NLP.make_doc(""))
