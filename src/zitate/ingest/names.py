"""Ingest stage, scraped text: whether a line of a byline is a person's name.

Takes single lines of already-scraped text and gives whether a line is only a person's name
(„Jennifer Pahlke“: two to four capitalised words, the first a known first name from
``zitate/data/first_names.json``, the first-name registers of German cities) and the name
without a role the page's markup glued to it („Ulrich ExnerKorrespondent“ -> „Ulrich Exner“).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

NAME = re.compile(r"^[A-ZÄÖÜ][\w'’.-]+(?:\s+(?:von|van|de|der|zu)?\s*[A-ZÄÖÜ][\w'’.-]+){1,3}$")
_GLUED = re.compile(r"(?<=[a-zäöüß]{4})[A-ZÄÖÜ][a-zäöüß]{4,}\b.*$")
FIRST_NAMES = Path(__file__).parent.parent / "data" / "first_names.json"


def is_person_name(text: str) -> bool:
    """A line that is only a person's name: two to four capitalised words, the first a known
    first name (``zitate/data/first_names.json``)."""
    words = unglue(text).split()
    return (
        2 <= len(words) <= 4
        and bool(NAME.match(" ".join(words)))
        and words[0] in _first_names()
        and not any(w.isupper() and len(w) > 1 for w in words)
    )


def unglue(name: str) -> str:
    """A name without a role glued to it by the page's markup: „Ulrich ExnerKorrespondent“ ->
    „Ulrich Exner“ (a capital after four or more lower-case letters starts a glued word)."""
    return _GLUED.sub("", name).strip()


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    return frozenset(json.loads(FIRST_NAMES.read_text("utf-8"))["names"])
