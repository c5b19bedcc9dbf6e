"""Names spelled with and without their diacritics: one name, written in its full spelling.

Stage: resolve (used by ``zitate.resolve.mentions`` when mentions are grouped into entities and
when an entity is named). Input: name words or names (``str``). Output: whether two words are the
same up to diacritics („Davutoglu“ and „Davutoğlu“, „Walesa“ and „Wałęsa“, „Babis“ and
„Babiš“), and a name respelled in the document's fullest spelling of each word.

German news often writes a Turkish, Polish or Czech name once with its letters and once without
them (keyboards, agency wires: „Der türkische Premier Ahmet Davutoglu“ … „sagte Davutoğlu“).
The name with the letters is the person's own spelling, so the entity carries it; the letters
that decompose (ğ, š, ę) lose their marks by Unicode normalisation (NFKD), the letters with a
stroke or without a dot (ł, ø, ı) by the table below.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

# Letters that NFKD leaves whole: their base letter (Polish ł, Danish ø, Turkish ı, Croatian đ).
STROKE_LETTERS = str.maketrans({
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ı": "i", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H",
})  # fmt: skip


@lru_cache(maxsize=65536)
def plain(word: str) -> str:
    """``word`` without its diacritics („Davutoğlu“ -> „Davutoglu“, „Wałęsa“ -> „Walesa“)."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word.translate(STROKE_LETTERS))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare)


def marks(word: str) -> int:
    """How many letters of ``word`` carry a diacritic („Wałęsa“: 2)."""
    return sum(1 for c in word if not c.isascii() and plain(c) != c)


def fullest(name: str, names: Iterable[str]) -> str:
    """``name`` with each word in the spelling of ``names`` that carries the most diacritics
    among those equal to it without them („Ahmet Davutoglu“ with „Davutoğlu“ -> „Ahmet
    Davutoğlu“); ``name`` itself where no other spelling has more."""
    spellings: dict[str, str] = {}
    for other in names:
        for word in other.split():
            if word.isascii():
                continue
            key = plain(word)
            if key != word and marks(word) > marks(spellings.get(key, key)):
                spellings[key] = word
    if not spellings:
        return name
    out = []
    for word in name.split(" "):
        other = spellings.get(plain(word), word)
        out.append(other if marks(other) > marks(word) else word)
    return " ".join(out)
