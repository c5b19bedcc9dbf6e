"""Speaker phrases of a common noun and a name in apposition, as the Wikinews annotation marks
them: „Der Nachfolger des … Airbus-Chefs Christian Streiff, Louis Gallois, hat angekündigt“ (the
speaker found is the name alone) and „der Sprecher der Bewegung …, Ehsanullah Ehsan, sagte“ (the
speaker found is the noun phrase alone). Both take the other half.

Stage: quotation attribution (role decoding), in ``finish`` after ``cuespan.with_apposition``.
Input: a tagged ``Doc`` (STTS ``tag_``), a composed quotation (``Found``) and its speaker token
ids. Output: the speaker token ids, extended or unchanged.

Only when the name stands between two commas and the finite verb (the cue, if the quotation
has one, or its auxiliary) follows the second comma right away, or, for a speaker after its
cue, the name ends the sentence („…, so der Sprecher …, Ehsanullah Ehsan.“), so a relative
clause („…, Northrop Grumman, der …“) or an enumeration keeps the speaker as found.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from .candidates import Found
from .cuespan import APPOSITION_STARTS, APPOSITION_TAGS
from .speakers import FINITE

MAX_NAME = 4
AUXILIARIES = frozenset({"VAFIN", "VMFIN"})
# What may stand right before the noun phrase of an apposition that precedes the name: the
# sentence start or a clause opener („Wie die Mitarbeiterin seines Büros, Arminda Thomas, …“).
OPENERS = frozenset({"KOUS", "KOKOM", "PWAV", "$,", "$.", "$(", "KON"})


def with_name_apposition(doc: Doc, found: Found, speaker: Sequence[int]) -> list[int]:
    """``speaker`` with the name after its noun phrase or the noun phrase before its name."""
    ids = sorted(speaker)
    if not ids or any(b != a + 1 for a, b in zip(ids, ids[1:], strict=False)):
        return ids
    return _name_after(doc, found, ids) or _phrase_before(doc, found, ids) or ids


def _verb_after(doc: Doc, found: Found, comma: int) -> bool:
    """Whether the comma at ``comma`` is followed by the finite verb of the quotation."""
    verb = comma + 1
    if verb >= len(doc) or doc[comma].text != "," or doc[verb].tag_ not in FINITE:
        return False
    if found.cue is None or found.cue.i == verb:
        return True
    # „…, Louis Gallois, hat angekündigt“: the auxiliary of the cue's verbal complex
    sent = doc[verb].sent
    if doc[verb].tag_ not in AUXILIARIES or not verb < found.cue.i < sent.end:
        return False
    return not any(doc[i].tag_ == "$," for i in range(verb + 1, found.cue.i))


def _postposed_end(doc: Doc, found: Found, ids: list[int], end: int) -> bool:
    """Whether the speaker ``ids`` follows its cue and the name ending at ``end`` closes the
    sentence („…, so der Sprecher der Bewegung …, Ehsanullah Ehsan.“)."""
    sent = doc[ids[0]].sent
    if found.cue is None or not found.cue.i < ids[0]:
        return False
    return end == sent.end or (end == sent.end - 1 and doc[end].tag_ == "$.")


def _name_after(doc: Doc, found: Found, ids: list[int]) -> list[int]:
    """„der Sprecher der Bewegung …“ + „, Ehsanullah Ehsan“ before „, sagte“."""
    last = ids[-1]
    if doc[last].tag_ not in ("NN", "NE") or not any(doc[i].tag_ == "NN" for i in ids):
        return []
    if last + 2 >= len(doc) or doc[last + 1].text != ",":
        return []
    end = last + 2
    while end < len(doc) and end - last - 2 < MAX_NAME and doc[end].tag_ == "NE":
        end += 1
    if end == last + 2 or end > len(doc):
        return []
    if not _postposed_end(doc, found, ids, end) and (
        end >= len(doc) or not _verb_after(doc, found, end)
    ):
        return []
    return [*ids, *range(last + 1, end)]


def _phrase_before(doc: Doc, found: Found, ids: list[int]) -> list[int]:
    """„Der Nachfolger des … Airbus-Chefs Christian Streiff ,“ + „Louis Gallois“ before „, hat“."""
    first, last = ids[0], ids[-1]
    if any(doc[i].tag_ != "NE" for i in ids) or len(ids) > MAX_NAME or first < 2:
        return []
    if doc[first - 1].text != "," or last + 1 >= len(doc) or not _verb_after(doc, found, last + 1):
        return []
    sent_start = doc[first].sent.start
    start = first - 1
    while (
        start > sent_start
        and doc[start - 1].tag_ in APPOSITION_TAGS
        and doc[start - 1].tag_ != "KON"
    ):
        start -= 1
    while start < first - 1 and doc[start].tag_ not in APPOSITION_STARTS:
        start += 1
    phrase = range(start, first - 1)
    if not phrase or not any(doc[i].tag_ == "NN" for i in phrase):
        return []
    if start > sent_start and doc[start - 1].tag_ not in OPENERS:
        return []
    return [*phrase, first - 1, *ids]
