"""Verbs and nouns of saying and thinking: whether a word can govern a reported clause.

Stage: quotation attribution (a lexicon; no model), used by ``quotes.model`` and
``quotes.sentence``. Input: a tagged token and the Wikinews cue lexicon. Output: ``governs_speech``
— whether the token is a verb of saying/thinking (its form a cue of the Wikinews train split, its
lemma a cue verb of the SpkAtt-2023 train speech events often enough, or one of the hand-listed
speech acts and „dass“ verbs of ``reported``) or such a noun („die Forderung, dass …“).

The SpkAtt inventory (``data/spkatt_cues.json``) is counted from the train part of
``spkatt2023/task1-train-dev.tar.xz`` (cue tokens of 5,399 Bundestag speech events, lemmatised by
the base pipeline; ``total`` counts every occurrence of the verb lemma there): a lemma counts when
it is a cue in at least ``MIN_CUES`` events and in ``MIN_RATIO`` of its occurrences, so verbs that
the annotators marked now and then („machen“, „stellen“, „kommen“) stay out.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from .lexicon import CueLexicon
from .reported import SPEECH_ACTS, particle, spkatt_counts
from .that_clauses import THAT_VERBS

MIN_CUES = 3
MIN_RATIO = 0.25
MIN_NOUN_CUES = 3
VERB_TAGS = frozenset({"VVFIN", "VVPP", "VVINF", "VVIZU"})


@lru_cache(maxsize=1)
def spkatt_inventory() -> tuple[frozenset[str], frozenset[str]]:
    """(verb lemmas, noun lemmas) that the SpkAtt-2023 train events use as cues."""
    data = spkatt_counts()
    verbs = frozenset(
        lemma
        for lemma, (cues, total) in data["verbs"].items()
        if cues >= MIN_CUES and cues >= MIN_RATIO * max(total, cues)
    )
    nouns = frozenset(lemma for lemma, cues in data["nouns"].items() if cues >= MIN_NOUN_CUES)
    return verbs, nouns


def speech_verb(token: Token, lexicon: CueLexicon) -> bool:
    """Whether the verb ``token`` is a verb of saying or thinking; a finite verb with its
    separated particle („nahm an, dass …“ → ``annehmen`` / ``nehmen+an``)."""
    entry = lexicon.get(token.text)
    if entry is not None and entry.cue >= lexicon.min_count:
        return True
    lemma = token.lemma_.lower()
    keys = {lemma}
    if token.tag_ == "VVFIN":
        part = particle(token.sent, token.i)
        if part is not None:
            word = token.doc[part].lower_
            keys = {f"{word}{lemma}", f"{lemma}+{word}"}
    return not keys.isdisjoint(speech_lemmas())


@lru_cache(maxsize=1)
def speech_lemmas() -> frozenset[str]:
    """Verb lemmas of saying or thinking: the SpkAtt inventory and the hand-listed speech acts."""
    return spkatt_inventory()[0] | SPEECH_ACTS | THAT_VERBS


def governs_speech(token: Token, lexicon: CueLexicon) -> bool:
    """Whether ``token`` (the word that governs a clause) is a verb or noun of saying or thinking
    („erklärte, …“, „die Befürchtung, dass …“) — not „Es geht nicht um …, sondern um …“, „muss
    man lernen, …“, „soll trösten, dass …“."""
    if token.tag_ in VERB_TAGS:
        return speech_verb(token, lexicon)
    if token.tag_ == "NN":
        return token.lemma_ in spkatt_inventory()[1]
    return False
