"""Cues built from a predicate or a phrase rather than a verb of saying, before a „, dass“ or
„, ob“ clause: „Nun war sich die Staatsanwaltschaft sicher, dass …“, „Allerdings ist Entholzer
davon überzeugt, dass …“, „37 Prozent sind jedoch der gegenteiligen Auffassung, dass …“,
„Vertreter der Eurostaaten haben klargemacht, dass …“, „Pühringer ließ … keinen Zweifel daran,
dass …“ — the clause is an Indirect statement of the verb's subject.

Stage: quotation attribution (a lexicon; no model; used by ``quotes.model`` where the sentence
classifier saw no quotation). Input: a tagged sentence (STTS ``tag_``, lemmas) and a rules'
clause candidate (``Found`` of kind ``clause``: the clause, its verb as cue, the subject as
speaker). Output: whether the words of the verb's clause before the comma make such a cue
(``predicate_cue``). The words come from ``data/predicate_cues.json``. Without a clause („Die
Staatsanwaltschaft war sich sicher.“) or a subject („Jetzt ist klar, dass …“, „Es ist sicher,
dass …“) there is no candidate or no speaker, so no statement.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Span

from .candidates import Found
from .reported import THAT_WORDS

DATA = "predicate_cues.json"
# The words between the verb and the comma of its clause: at most so many („war sich die
# Staatsanwaltschaft sicher“, „ließ, wie schon nach …, keinen Zweifel daran“ is longer: the
# inserted clause between commas is skipped).
MAX_GAP = 8
IMPERSONAL = frozenset({"es", "das", "dies"})
PREDICATE_TAGS = frozenset({"ADJD", "VVPP"})
OPENING = frozenset({"„", "»", "‚", "›"})
CLOSING = frozenset({"“", "«", "‘", "‹"})


@dataclass(frozen=True)
class Words:
    """The word lists of ``data/predicate_cues.json``."""

    predicates: dict[str, frozenset[str]]  # verb lemma → predicative adjectives (lower case)
    view_nouns: frozenset[str]  # „der Meinung“ after a copula
    view_verbs: frozenset[str]
    doubt_verbs: dict[str, str]  # „ließ keinen Zweifel“
    participles: frozenset[str]  # „klargemacht“, „deutlich gemacht“ (lower case)


@lru_cache(maxsize=1)
def words() -> Words:
    data = json.loads(resources.files("zitate").joinpath("data", DATA).read_text("utf-8"))
    return Words(
        {verb: frozenset(w.lower() for w in ws) for verb, ws in data["predicates"].items()},
        frozenset(data["view_nouns"]),
        frozenset(data["view_verbs"]),
        dict(data["doubt_verbs"]),
        frozenset(w.lower() for w in data["participles"]),
    )


def predicate_cue(sent: Span, found: Found, inside: set[int]) -> bool:
    """Whether the rules' clause candidate ``found`` opens with „dass“ / „ob“ after a comma
    and the clause of its verb before it carries a predicate cue of ``data/predicate_cues.json``
    with a subject that names someone (not „es“), outside quotation marks (``inside``: the
    quoted token ids; „„Wir sind überzeugt, dass …“ is the quote's own words)."""
    cue = found.cue
    if found.kind != "clause" or cue is None or not found.speaker or not found.quote:
        return False
    if cue.i in inside or _opened(sent, cue.i):
        return False
    doc = sent.doc
    start = min(found.quote)
    if start <= cue.i or doc[start - 1].text != "," or doc[start].lower_ not in THAT_WORDS:
        return False
    if all(doc[i].lower_ in IMPERSONAL for i in found.speaker):
        return False
    lexicon = words()
    between = _clause_words(sent, cue.i, start - 1)
    if between is None:
        return False
    lemma = cue.lemma_.lower()
    for i in [cue.i, *between]:  # „haben klargemacht“, „hat … deutlich gemacht“
        if doc[i].lower_ in lexicon.participles:
            return True
        if f"{doc[i - 1].lower_} {doc[i].lower_}" in lexicon.participles:
            return True
    if cue.tag_ in PREDICATE_TAGS and _verb_before(sent, cue.i, lexicon):
        return True  # „ist Entholzer davon überzeugt“: the predicate is the candidate's cue
    predicates = lexicon.predicates.get(lemma, frozenset())
    if any(doc[i].lower_ in predicates and doc[i].tag_ in PREDICATE_TAGS for i in between):
        return True
    if lemma in lexicon.view_verbs and any(_view_noun(sent, i, lexicon) for i in between):
        return True  # „sind jedoch der gegenteiligen Auffassung“
    noun = lexicon.doubt_verbs.get(lemma)
    return noun is not None and any(
        doc[i].text == noun and doc[i - 1].lower_.startswith("kein") for i in between
    )


def _opened(sent: Span, end: int) -> bool:
    """Whether a quotation mark opened before ``end`` in ``sent`` is still open there."""
    depth = 0
    for token in sent.doc[sent.start : end]:
        if token.text in OPENING:
            depth += 1
        elif token.text in CLOSING and depth:
            depth -= 1
    return depth > 0


def _verb_before(sent: Span, predicate: int, lexicon: Words) -> bool:
    """Whether a finite verb of ``lexicon.predicates`` that takes the word at ``predicate``
    stands before it in its clause („ist … davon überzeugt“, „zeigte sich … zuversichtlich“)."""
    doc = sent.doc
    word = doc[predicate].lower_
    for i in range(predicate - 1, max(sent.start, predicate - MAX_GAP) - 1, -1):
        token = doc[i]
        if token.text in {",", ";", ":"} or token.tag_ in {"KOUS", "PRELS"}:
            return False
        if token.tag_ in {"VAFIN", "VVFIN"}:
            return word in lexicon.predicates.get(token.lemma_.lower(), frozenset())
    return False


def _view_noun(sent: Span, i: int, lexicon: Words) -> bool:
    """A noun of a view after „der“ and at most one adjective („der gegenteiligen Auffassung“)."""
    doc = sent.doc
    if doc[i].text not in lexicon.view_nouns:
        return False
    j = i - 1
    if j > sent.start and doc[j].tag_ == "ADJA":
        j -= 1
    return doc[j].lower_ == "der"


def _clause_words(sent: Span, verb: int, comma: int) -> list[int] | None:
    """The token ids after ``verb`` up to ``comma`` in the verb's own clause, an inserted clause
    between commas left out („ließ, wie schon nach …, keinen Zweifel daran“); ``None`` if a
    finite verb of another clause or too many words stand between."""
    doc = sent.doc
    ids = []
    inserted = False
    for i in range(verb + 1, comma):
        token = doc[i]
        if token.text == ",":
            inserted = not inserted
            continue
        if inserted:
            continue
        if token.tag_ in {"VVFIN", "VAFIN", "VMFIN", "KOUS", "PRELS"}:
            return None
        ids.append(i)
    return ids if not inserted and len(ids) <= MAX_GAP else None
