"""Roles from STTS tags, the addressee in a frame: the noun phrase after „gegenüber“, a cue
verb's dative object („teilte dem Sender CNN mit“) or its „an“ phrase („appellierte an die
Fluglinien“).

Stage: quotation attribution (roles). Input: a ``Doc`` with STTS ``tag_`` and lemmas, the
frame's token ids, the cue token and the speaker's token ids. Output: the addressee's token ids
(``addressee_of``) and the cue lemmas whose object right after them is a dative
(``DATIVE_CUES``, also read by ``cuespan``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from .roles import noun_phrase

# Cue verbs whose „der“/„den“ object right after them is the addressee (dative), not a subject:
# „Sie warf der Bundesregierung vor“, „Der Bundesrat schlug dem Bundestag vor“.
DATIVE_CUES = frozenset(
    [
        "vorwerfen",
        "werfen",
        "raten",
        "vorschlagen",
        "schlagen",
        "empfehlen",
        "drohen",
        "versichern",
        "zusichern",
        "sichern",
        "danken",
        "mitteilen",
        "teilen",
    ]
)
# Cue verbs with an „an“ addressee: „appellierte an private Fluglinien“, „wandte sich an Putin“.
AN_CUES = frozenset(["appellieren", "wenden", "richten"])
SKIP_TAGS = frozenset({"ADV", "PTKVZ", "PRF", "ADJD", "PTKNEG"})


def addressee_of(
    doc: Doc, frame: list[int], cue: int | None = None, speaker: Sequence[int] = ()
) -> list[int]:
    """The addressee in the frame: the noun phrase after „gegenüber“, else (with a finite cue
    verb) its dative object („sagte hierzu der Süddeutschen Zeitung“, „teilte dem Sender CNN
    mit“) or „an“ phrase („appellierte an die Fluglinien“); ``[]`` when there is none."""
    inside = set(frame)
    end = max(frame, default=0) + 1
    for i in frame:
        if doc[i].lower_ == "gegenüber" and i + 1 in inside:
            return [j for j in noun_phrase(doc, i + 1, end) if j in inside]
    if cue is None or doc[cue].tag_ not in {"VVFIN", "VVPP"}:
        return []
    lemma = doc[cue].lemma_.lower()
    taken = set(speaker)
    i = cue + 1
    while i < end and i in inside and (i in taken or doc[i].tag_ in SKIP_TAGS):
        i += 1
    if i >= end or i not in inside:
        return []
    word = doc[i].lower_
    dative = word == "dem" or (word in {"der", "den"} and lemma in DATIVE_CUES and taken)
    if word == "an" and lemma in AN_CUES:
        return [j for j in noun_phrase(doc, i + 1, end) if j in inside and j not in taken]
    if not dative or doc[i].tag_ != "ART":
        return []
    return [j for j in noun_phrase(doc, i, end) if j in inside and j not in taken]
