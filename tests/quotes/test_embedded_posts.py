"""Embedded posts and labelled quotations (issue 12, Direct quotations, dev page
``trafilatura__fr.de.nordkorea``): a paragraph signed „— Name (@account) date“ is its author's
Direct words; „CNN: "…" NBC: "…"“ gives each quotation the name before its colon; an English
sentence in quotation marks is a quotation, a foreign party name stays a name."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from zitate.quotes.candidates import is_name, quoted_spans
from zitate.quotes.embeds import embedded_posts, quoted_tokens
from zitate.quotes.refine import colon_label

NLP = spacy.blank("de")
TRUMP = (
    "I, for one, am glad to see he is back, and well! https://t.co/mIWVeRMnOJ— Donald J. Trump "
    "(@realDonaldTrump) May 2, 2020"
)
STARBUCK = (
    'CNN: "Kim Jong Un is gravely ill" NBC: "Kim Jong Un is brain dead" Reuters: "Kim Jong Un '
    'is fine" It would be really nice to be able to trust our media right about now but they '
    "really make it impossible. — Robby Starbuck (@robbystarbuck) April 21, 2020"
)
INTRO = "Der US-Präsident schrieb auf Twitter, er sei „glücklich“, dass Kim Jong Un zurück sei."


def _texts(doc: Doc, ids) -> str:
    return doc[min(ids) : max(ids) + 1].text


def test_a_signed_post_is_its_authors_direct_words():
    doc = NLP(f"{INTRO}\n\n{TRUMP}\n\n{STARBUCK}")
    posts = embedded_posts(doc, quoted_tokens(doc))
    got = [(_texts(doc, p.speaker), _texts(doc, p.quote), p.type, p.medium) for p in posts]
    assert got == [
        ("Donald J. Trump", TRUMP.split(" https")[0], "Direct", "Writing"),
        (
            "Robby Starbuck",
            "It would be really nice to be able to trust our media right about now but they "
            "really make it impossible.",
            "Direct",
            "Writing",
        ),
    ]


def test_a_paragraph_without_a_signature_is_no_post():
    doc = NLP(INTRO)
    assert embedded_posts(doc, quoted_tokens(doc)) == []


LABELLED = 'CNN: "Kim Jong Un is gravely ill" NBC: "Kim Jong Un is brain dead"'


def _tagged_labels() -> Doc:
    words = LABELLED.replace(":", " :").replace('"', ' " ').split()
    tags = ["NE", "$.", "$(", "NE", "NE", "NE", "FM", "FM", "FM", "$("] * 2
    spaces, at = [], 0
    for word in words:  # the spaces of the page's text between the words
        at = LABELLED.index(word, at) + len(word)
        spaces.append(LABELLED[at : at + 1] == " ")
    starts = [i == 0 for i in range(len(words))]
    return Doc(NLP.vocab, words=words, spaces=spaces, tags=tags, sent_starts=starts)


def test_a_name_before_the_colon_labels_each_quotation():
    doc = _tagged_labels()
    assert doc.text == LABELLED
    spans = quoted_spans(doc)
    inside = {i for s in spans for i in range(s.start, s.end)}
    labels = [_texts(doc, colon_label(doc, s.start, inside)) for s in spans]
    assert labels == ["CNN", "NBC"]


def test_an_english_sentence_is_a_quotation_a_foreign_party_name_a_name():
    doc = _tagged_labels()
    assert not any(is_name(s) for s in quoted_spans(doc))
    party = Doc(
        NLP.vocab,
        words=["„", "Partij", "voor", "de", "Vrijheid", "“"],
        spaces=[False, True, True, True, False, False],
        tags=["$(", "NE", "FM", "FM", "NE", "$("],
    )
    assert is_name(party[:])
