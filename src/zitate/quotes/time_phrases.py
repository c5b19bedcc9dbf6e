"""Time adverbials between a verb of saying and its postposed subject („…, erklärte am späten
Montagabend der Sprecher des Krisenstabes …“, „…, sagte am Dienstag der Minister“).

Stage: quotation attribution (a helper of the rules' speaker search, ``candidates``). Input: a
tagged ``Doc`` and a token id. Output: the id of the first token after a time phrase that opens
there (``after_time_phrase``: „am“/„im“, adjectives or numbers, a time noun), else the id
itself. The time nouns are the ``news_times`` of ``data/unmarked_speech.json`` (weekdays,
months, „gestern“) and compounds that start with a weekday („Mittwochfrüh“).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc

DATA = "unmarked_speech.json"
OPENERS = frozenset({"am", "im"})
INNER_TAGS = frozenset({"ADJA", "ADV", "CARD"})
WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MAX_INNER = 2


@lru_cache(maxsize=1)
def news_times() -> frozenset[str]:
    """Weekdays, months and „gestern“ (``news_times`` of ``data/unmarked_speech.json``)."""
    data = json.loads(resources.files("zitate").joinpath("data", DATA).read_text("utf-8"))
    return frozenset(data["news_times"])


def time_noun(text: str) -> bool:
    """A weekday, month or a compound of a weekday („Montagabend“, „Mittwochfrüh“)."""
    return text in news_times() or text.startswith(WEEKDAYS)


def after_time_phrase(doc: Doc, i: int, end: int) -> int:
    """The token after „am späten Montagabend“ / „am Dienstag“ at ``i``, else ``i``."""
    if i >= end or doc[i].lower_ not in OPENERS:
        return i
    j = i + 1
    while j < end and j - i <= MAX_INNER and doc[j].tag_ in INNER_TAGS:
        j += 1
    if j < end and doc[j].tag_ in ("NN", "NE") and time_noun(doc[j].text):
        return j + 1
    return i
