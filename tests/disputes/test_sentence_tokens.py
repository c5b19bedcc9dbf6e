"""Issue 16: the tokens of the sentences a quotation touches, each sentence looked up once (the
disputes stage was quadratic in sentence length) — the same tokens, in order, as before."""

from __future__ import annotations

import spacy

from zitate.disputes.detect import sentence_tokens

TEXT = (
    "Die Regierung wies den Bericht am Montag zurück. „Das ist falsch“, sagte der Sprecher. "
    "„Wir haben nichts verschwiegen. Alles liegt offen“, fügte er hinzu. Die Opposition schwieg."
)


def _doc():
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    return nlp(TEXT)


def _expected(doc, quote):
    """The old definition: every sentence of every token of the words and the cue."""
    seen = {}
    for a, b in list(quote["spans"]) + list((quote.get("cue") or {}).get("spans") or []):
        for token in doc.char_span(a, b, alignment_mode="expand"):
            for t in token.sent:
                seen.setdefault(t.i, t)
    return [seen[i] for i in sorted(seen)]


def test_one_sentence_and_a_quotation_over_two_with_its_cue():
    doc = _doc()
    one = TEXT.index("Das ist falsch")
    first = {"spans": [[one, one + len("Das ist falsch")]]}
    words = TEXT.index("Wir haben")
    end = TEXT.index("offen") + len("offen")
    cue = TEXT.index("fügte")
    second = {"spans": [[words, end]], "cue": {"spans": [[cue, cue + len("fügte")]]}}
    got = [t.text for t in sentence_tokens(doc, first)]
    assert got == [t.text for t in _expected(doc, first)]
    assert "falsch" in got and "Sprecher" in got
    assert "Regierung" not in got and "Wir" not in got
    both = sentence_tokens(doc, second)
    assert [t.i for t in both] == [t.i for t in _expected(doc, second)]
    text = doc[both[0].i : both[-1].i + 1].text
    assert "Wir haben nichts verschwiegen" in text and text.endswith("fügte er hinzu.")
    assert "Opposition" not in text
    assert sentence_tokens(doc, {"spans": []}) == []


def test_a_long_sentence_gives_each_token_once():
    words = " ".join(["Regierung", "sagte", "dass", "die", "Waffenruhe", "gelte"] * 500)
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    doc = nlp(f"„{words}“, sagte sie")
    quote = {"spans": [[1, 1 + len(words)]]}
    tokens = sentence_tokens(doc, quote)  # no full stop: the whole text is one sentence
    assert [t.i for t in tokens] == list(range(len(doc)))
