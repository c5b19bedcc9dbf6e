"""NLP stage, grammar helper: whether a name word before a noun is a prenominal (Saxon) genitive.

Takes a tagged ``Doc`` and the index of a name's last word; gives a bool. A German name takes
its genitive as „-s“ („Donald Trumps "America First"“, „Rudolf Augsteins Motto“) or, when it
ends in s, x or z itself, as an apostrophe („Klaus' Motto“). A name that simply ends in s is
no genitive: the word is a first name of its own whose stem is none („Andreas“, „Klaus“,
„Tobias“), or the document uses the same word elsewhere as the subject of a finite verb and
never without the „s“ („Relotius hat ja angeblich mit ihm gesprochen.“ — so „eine Mail an
Relotius Punkte an“ is a dative, not Relotius' points). Also the loader of the first-name
lexicon (``zitate/data/first_names.json``) the later stages read.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc

APOSTROPHES = ("'", "’")


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """First names with the gender the registers give them („f“ or „m“)."""
    path = resources.files("zitate") / "data" / "first_names.json"
    return json.loads(path.read_text("utf-8"))["names"]


def genitive_name(doc: Doc, i: int) -> bool:
    """Whether the name word ``doc[i]`` is in the prenominal genitive (see the module)."""
    word = doc[i].text
    if word.endswith(APOSTROPHES):
        return True
    if not word.endswith("s") or len(word) < 3:
        return False
    stem = word[:-1]
    if any(t.text == stem for t in doc):
        return True  # „Trump … Trumps“
    names = first_names()
    if word in names and stem not in names:
        return False  # „Andreas“, „Klaus“: the s is the name's
    return not any(
        t.text == word and t.i != i and t.i + 1 < len(doc) and doc[t.i + 1].tag_.endswith("FIN")
        for t in doc
    )
