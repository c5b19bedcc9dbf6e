"""Reported zu-infinitive clauses: what a verb of saying, asking, offering or accusing reports
in an infinitive („Der Mann bot an, die Wertmarken gegen Barzahlung zu übergeben.“, „Chinesische
Politiker haben dazu aufgerufen, die Polizeikontrollen zu verstärken.“, „Er wird verdächtigt,
einen Anschlag auf Kabul zu planen.“).

Stage: quotation attribution (used by ``quotes.model`` around the sentence classifier). Input: a
tagged ``Doc`` sentence (STTS ``tag_``, ``lemma_``), the rules' Indirect candidate (``Found``:
quote, cue) and the cue lexicon. Output: ``reported_infinitive`` — whether the candidate is such
an infinitive clause, which the Wikinews annotation counts as an Indirect quotation (its quote is
the infinitive clause, its cue the verb) although the sentence has no finite verb in Konjunktiv
and the classifier mostly calls it no quotation.

Not reported: purpose and manner clauses („…, um den Unfallhergang zu rekonstruieren“, „ohne …
zu“), impersonal frames („In Niedersachsen ist es verboten, im Wald zu rauchen“, „Den
Mitgliedsstaaten steht es frei, …“) and verbs that say nothing („Er versuchte, … zu …“).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from .candidates import Found
from .lexicon import CueLexicon
from .reported import particle
from .saying import governs_speech


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Verbs with a zu-infinitive of what is offered, hinted at, threatened or suspected, which the
# speech-verb inventories (``saying.speech_lemmas``) lack; a particle verb also as „verb+particle“.
INFINITIVE_VERBS = _words(
    """
    anbieten bieten+an andeuten deuten+an androhen drohen+an drohen verdächtigen zusichern
    sichern+zu propagieren unterbreiten
    """
)
# Words that open an adverbial infinitive clause, not a reported one.
ADVERBIAL = _words("um ohne statt anstatt außer als")
INFINITIVES = frozenset({"VVINF", "VAINF", "VMINF"})


def is_zu_infinitive(tokens: Sequence[Token]) -> bool:
    """Whether ``tokens`` (a clause in text order) end in a zu-infinitive („… zu übergeben“,
    „… abzufragen“, „… schlagen zu können“) and open with no subordinating word — an infinitive
    clause, not „dass … ist“ or „um … zu …“."""
    words = [t for t in tokens if not t.is_punct]
    if len(words) < 2 or words[0].lower_ in ADVERBIAL:
        return False
    if words[0].tag_ in {"KOUS", "KOUI", "KON", "PRELS", "PWAV", "PWS"}:
        return False
    last = words[-1]
    if last.tag_ == "VVIZU":
        return True
    return last.tag_ in INFINITIVES and words[-2].tag_ == "PTKZU"


def _verb_keys(cue: Token) -> set[str]:
    lemma = cue.lemma_.lower()
    if cue.tag_ != "VVFIN":
        return {lemma}
    part = particle(cue.sent, cue.i)
    if part is None:
        return {lemma}
    word = cue.doc[part].lower_
    return {lemma, f"{word}{lemma}", f"{lemma}+{word}"}


def reports_infinitive(cue: Token, lexicon: CueLexicon) -> bool:
    """Whether the verb ``cue`` can report an infinitive clause: a verb of saying
    (``saying.governs_speech``) or one of ``INFINITIVE_VERBS``."""
    if not cue.tag_.startswith("VV"):
        return False
    return governs_speech(cue, lexicon) or not _verb_keys(cue).isdisjoint(INFINITIVE_VERBS)


def reported_infinitive(sent: Span, found: Found, lexicon: CueLexicon) -> bool:
    """Whether the rules' candidate ``found`` is a zu-infinitive clause after its cue verb that
    the verb reports („Der Mann bot an, … zu übergeben.“), in a frame with no impersonal „es“
    („ist es verboten, … zu …“)."""
    cue = found.cue
    if cue is None or not found.quote or min(found.quote) <= cue.i:
        return False
    doc = sent.doc
    start = min(found.quote)
    if not is_zu_infinitive([doc[i] for i in sorted(found.quote)]):
        return False
    if any(t.lower_ == "es" for t in doc[sent.start : start]):
        return False
    return reports_infinitive(cue, lexicon)
