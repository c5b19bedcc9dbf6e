"""The parts of a finite verb's clause that the speech-act lexicon reads: its separated
particle („wies … zurück“, also one the tagger read as an article or preposition: „räumt
Versäumnisse bei Aufsicht ein/ART“), whether it stands in a relative or subordinate clause, its
clause's extent, „sich“ and a negation in it.

Stage: quotation attribution (helpers of ``reported``; no model). Input: a tagged sentence
(STTS ``tag_``) and the token id of a verb. Output: token ids, ranges and yes/no answers.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..nlp.mood import FINITE_TAGS as FINITE
from ..nlp.tokenizer import doc_words

CLAUSE_MARKS = frozenset({",", ";", ":", "–", "("})
# Where a phrase or a verb's field ends: a clause mark or the end of an aside („… (HRW) wurde“).
FIELD_MARKS = CLAUSE_MARKS | {")"}
SUBORDINATORS = frozenset({"PRELS", "PRELAT", "KOUS", "PWAV", "PWS"})
CLAUSE_JOINS = frozenset({"KON", "$,"})  # „und stellte“, „, hatte“: a finite verb of a new clause
CLAUSE_ENDS = frozenset({",", ";", ":", ".", "!", "?"})
DASHES = frozenset({"–", "—"})  # a headline's dash before its teaser ends the clause too
CLAUSE_BOUNDS = CLAUSE_MARKS | CLAUSE_ENDS  # where a clause ends after its verb
NEGATIONS = frozenset({"nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie", "niemals"})
# A separated particle the tagger read as an article or preposition: nothing follows it in its
# clause („Federal Reserve räumt Versäumnisse bei Aufsicht ein/ART“, a headline without a full
# stop); a preposition or article never ends a German clause.
PARTICLE_WORDS = frozenset({"ein", "an", "vor", "zu", "ab", "auf", "aus", "mit"})
MISTAGGED_PARTICLE = frozenset({"ART", "APPR"})


def clause_of(sent: Span, verb: int) -> range:
    """Token ids of the clause of the finite verb ``verb``: from the mark before it to the mark
    (or the sentence end) after it; a mark is ``CLAUSE_MARKS`` or a final full stop."""
    words = doc_words(sent.doc)
    first, last = sent.start, sent.end
    start = verb
    while start > first and words[start - 1] not in CLAUSE_MARKS:
        start -= 1
    end = verb + 1
    while end < last and words[end] not in CLAUSE_BOUNDS:
        end += 1
    return range(start, end)


def in_clause(sent: Span, verb: int, preposition: str) -> bool:
    """Whether ``preposition`` (or one of its space-separated words) follows the verb ``verb``
    in its clause („drohte … mit …“)."""
    doc = sent.doc
    after = [doc[j] for j in clause_of(sent, verb) if j > verb]
    words = preposition.split()
    return any(t.lower_ in words and t.tag_ in ("APPR", "APPRART") for t in after)


def negated(sent: Span, verb: int) -> bool:
    """A negation in the clause of ``verb`` („Die Kritik versteht er nicht“)."""
    doc = sent.doc
    return any(doc[j].lower_ in NEGATIONS for j in clause_of(sent, verb))


def subordinate(sent: Span, verb: int) -> bool:
    """Whether the verb ``verb`` stands in a relative or subordinate clause („…, das eine
    Beteiligung an der Mission ablehnt, …“): the clause it ends opens after a comma (or at the
    sentence start) with a relative pronoun or a subordinating conjunction."""
    doc = sent.doc
    start = clause_of(sent, verb).start
    opener = doc[start + 1] if doc[start].tag_ == "APPR" and start + 1 < verb else doc[start]
    return start < verb and opener.tag_ in SUBORDINATORS


def reflexive(sent: Span, verb: int) -> bool:
    """„sich“ in the clause of ``verb`` („sah sich gezwungen“, „sich in der Lage sah“)."""
    doc = sent.doc
    return any(t.lower_ == "sich" for t in doc[max(sent.start, verb - 6) : min(sent.end, verb + 3)])


def particle(sent: Span, verb: int) -> int | None:
    """Token id of the separated particle of the finite verb ``verb`` („wies … zurück“): the
    first ``PTKVZ`` after it in its own clause — one that stands after a coordinated finite verb
    („kritisierte … und stellte es so dar“) belongs to that verb."""
    doc = sent.doc
    for token in doc[verb + 1 : sent.end]:
        tag = token.tag_
        if tag == "PTKVZ" or (tag in MISTAGGED_PARTICLE and _mistagged_particle(sent, token.i)):
            return token.i
        if tag in FINITE and doc[token.i - 1].tag_ in CLAUSE_JOINS:
            return None
    return None


def _mistagged_particle(sent: Span, i: int) -> bool:
    """Whether the word ``i`` is a separated particle the tagger read as an article or a
    preposition: one of ``PARTICLE_WORDS`` that ends its clause (line breaks aside)."""
    doc = sent.doc
    if doc[i].lower_ not in PARTICLE_WORDS or doc[i].tag_ not in MISTAGGED_PARTICLE:
        return False
    after = next((t for t in doc[i + 1 : sent.end] if not t.is_space), None)
    return after is None or after.text in CLAUSE_ENDS | DASHES  # „wirft … vor – Gespräche …“
