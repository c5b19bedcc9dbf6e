"""Verbless headline statements: a name, a preposition and a stance without a verb („Pühringer
über Sympathiebekundung "wenig erfreut"“, „Haimbuchner nach Sondierungsgespräch "positiv
gestimmt"“, „Auch Bundeskanzler Werner Faymann für mögliche Ausweitung der Kontrollen“).

Stage: quotation attribution, after the speakers are ranked (``model``). Input: a tagged
``Doc`` and its quotations (``Found``). Output: the quotations with a Reported statement for
each such part of the document's first sentence (split at commas, semicolons and dashes) that
no quotation covers: a part without a finite verb that opens (after an adverb like „Auch“)
with a noun phrase that ends in a name (tagged so, a person entity or the surname of one in
the body), then „für“ / „gegen“ (a side taken), or „über“ /
„nach“ with a feeling of ``headline_stances`` (``data/speech_phrases.json``) after it. Its
speaker is that noun phrase. A headline of events („24 Verletzte bei Angriff auf Armeeposten“)
names no person before its preposition and says nothing.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..nlp.mood import FINITE_TAGS as FINITE
from .candidates import Found
from .name_tags import surnames
from .speech_phrases import phrases

SIDES = frozenset({"für", "gegen"})
FEELINGS = frozenset({"über", "nach"})
SPLITS = frozenset({",", ";", "–", "—", ":"})
NAME_TAGS = frozenset({"NE", "NN"})
LEADING_TAGS = frozenset({"ADV"})
PERSON = "PER"


def headline_statements(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with the verbless statements of the first sentence, in document order."""
    sent = next((s for s in doc.sents if any(not t.is_space for t in s)), None)
    if sent is None:
        return found
    covered = {i for item in found for i in item.quote}
    names = surnames(doc)  # „Pühringer“ tagged as a noun in the headline, a name in the body
    added = []
    for part in _parts(sent):
        if set(part) & covered or any(doc[i].tag_ in FINITE for i in part):
            continue
        speaker = _stance_speaker(doc, part, names)
        if speaker:
            added.append(Found(part, None, speaker, [], "Reported", "Speech", 0.6))
    if not added:
        return found
    return sorted([*found, *added], key=lambda item: min(item.quote, default=0))


def _parts(sent: Span) -> list[list[int]]:
    """The token ids of ``sent`` split at ``SPLITS``, without space and final punctuation."""
    parts, current = [], []
    for token in sent:
        if token.text in SPLITS or token.is_space:
            parts.append(current)
            current = []
        elif not (token.is_punct and token.text in ".!?"):
            current.append(token.i)
    parts.append(current)
    return [p for p in parts if p]


def _stance_speaker(doc: Doc, part: list[int], names: set[str]) -> list[int]:
    """The name that opens ``part`` before a stance (see the module docstring), else ``[]``."""
    k = 0
    while k < len(part) and doc[part[k]].tag_ in LEADING_TAGS:
        k += 1
    start = k
    while k < len(part) and doc[part[k]].tag_ in NAME_TAGS:
        k += 1
    speaker = part[start:k]
    if not speaker or k >= len(part) or doc[part[-1]].is_punct and len(part) - k < 2:
        return []
    last = doc[speaker[-1]]
    if not (last.tag_ == "NE" or last.ent_type_ == PERSON or last.text in names):
        return []
    preposition = doc[part[k]].lower_
    if preposition in SIDES and k + 1 < len(part):
        return speaker
    stances = frozenset(phrases()["headline_stances"])
    if preposition in FEELINGS and any(doc[i].lower_ in stances for i in part[k + 1 :]):
        return speaker
    return []
