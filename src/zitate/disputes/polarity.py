"""Disputes stage, contradiction by polarity: a statement that negates the very act another
party's earlier statement asserts („Man habe die Behörden informiert“ … the data protection
authority says „dass sie über den Vorfall nicht informiert worden sei“).

Input: the spaCy ``Doc`` of an article, one quotation record that voices no dispute of its own,
its ``Statement`` view, and the earlier statements with their records. Output: the key of the
claim it contradicts, or ``None``. The two share a full verb (its lemma; not a verb of saying or
a light verb; finite or a participle, not an infinitive: „angewiesen, keine Zivilisten
anzugreifen“ is an instruction), negated in the statement and asserted in the claim (not
negated, not under a modal verb: „muss … informiert werden“ is a demand); the claim is of
another named speaker and is about the statement's speaker (it names it, or a word of the claim
is the head of its compound name: „die Behörden“ of „die Datenschutzbehörde“) or shares another
content word with it.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..nlp.stemming import stem_word
from .judge import negated
from .lexicon import DisputeLexicon
from .sentences import quote_tokens
from .target import Statement

MIN_LEMMA = 6  # shorter full verbs („geben“, „gehen“) assert too little to be contradicted
LIGHT = frozenset({
    "machen", "kommen", "stehen", "lassen", "wissen", "bleiben", "finden", "halten", "nehmen",
    "bringen", "liegen", "zeigen", "führen", "brauchen", "wollen", "handeln", "gelten", "planen",
    "erwarten", "glauben", "denken", "meinen", "fordern", "betonen", "erklären", "berichten",
})  # fmt: skip
# a finite verb or participle asserts an act; an infinitive is an instruction or a plan
# („angewiesen, keine Zivilisten anzugreifen“)
ASSERTED = frozenset({"VVFIN", "VVPP"})
HEAD = 5  # a compound's head this long („behord“ of „datenschutzbehord“) names the party
WINDOW = 40  # the claim is told at most this many sentences before


def _verbs(tokens: list[Token], lexicon: DisputeLexicon, polarity: bool) -> set[str]:
    """Lemmas of the full verbs among ``tokens`` that are asserted (``polarity``) or negated."""
    modal = any(t.tag_.startswith("VM") for t in tokens)
    out = set()
    for token in tokens:
        lemma = token.lemma_.lower()
        if token.tag_ not in ASSERTED or len(lemma) < MIN_LEMMA or lemma in LIGHT:
            continue
        if lemma in lexicon.verbs:
            continue
        if negated(token) != polarity and not (polarity and modal):
            out.add(lemma)
    return out


def contradicted(
    doc: Doc,
    quote: dict,
    statement: Statement,
    backwards: Sequence[tuple[dict, Statement]],
    lexicon: DisputeLexicon,
    common: frozenset[str],
    cache: dict,
) -> object | None:
    """The key of the earlier claim ``quote`` contradicts by polarity (module docstring), among
    ``backwards``: the article's statements, latest first.
    ``cache`` keeps each quotation's verbs (quote id -> (asserted, negated)) across calls, so an
    article is read once, not once per pair of statements."""
    if statement.speaker is None or statement.heading:
        return None
    denied = _polar(doc, quote, lexicon, cache)[1]
    if not denied:
        return None
    for claim, seen in backwards:
        if seen.order >= statement.order:
            continue
        if statement.order - seen.order > WINDOW:
            break
        if seen.heading or seen.speaker is None or seen.speaker == statement.speaker:
            continue
        shared = denied & _polar(doc, claim, lexicon, cache)[0]
        if shared and _about(statement, seen, shared, common):
            return seen.key
    return None


def _polar(doc: Doc, quote: dict, lexicon: DisputeLexicon, cache: dict):
    if quote["id"] not in cache:
        tokens = quote_tokens(doc, quote.get("spans"))
        cache[quote["id"]] = (_verbs(tokens, lexicon, True), _verbs(tokens, lexicon, False))
    return cache[quote["id"]]


def _about(statement: Statement, claim: Statement, verbs: set[str], common) -> bool:
    """The claim is about the statement's speaker, or shares another content word with it."""
    if statement.speaker in claim.mentions:
        return True
    heads = {w for w in claim.stems if len(w) >= HEAD}
    if any(
        name != head and name.endswith(head) for name in statement.speaker_words for head in heads
    ):
        return True  # „die Behörden“ of „die Datenschutzbehörde“
    verb_stems = {stem_word(v) for v in verbs}
    other = (statement.stems & claim.stems) - verb_stems - common - statement.speaker_words
    return bool(other - claim.speaker_words)
