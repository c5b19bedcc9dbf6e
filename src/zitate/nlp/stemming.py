"""NLP stage, stemming: German words -> their Snowball stems (one helper for every stage).

Input: a word or a text. Output: the Snowball German stem of a word in lower case („Regierungen“
-> „regier“, „Vorwürfe“ -> „vorwurf“), or the stems of a text's words. The stemmer is
``snowballstemmer`` 2.2's pure-Python German one (pinned: its stems equal PostgreSQL's
``german_stem``, see ``zitate.store.stemming``), wrapped so that every stage stems alike: the
disputes stage compares the words of a denial and a claim with it, the storage stage fills
SQLite's full-text index and stems search words with it.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

from snowballstemmer.german_stemmer import GermanStemmer

WORD = re.compile(r"[^\W_]+")
_STEMMER = GermanStemmer()
_LOCK = threading.Lock()  # a Snowball stemmer object keeps state while it stems a word


@lru_cache(maxsize=262_144)
def stem_word(word: str) -> str:
    """The Snowball German stem of ``word`` in lower case („Regierungen“ -> „regier“)."""
    with _LOCK:
        return _STEMMER.stemWord(word.lower())


def stem_text(text: str | None) -> str | None:
    """The stems of the words of ``text`` (letters and digits), separated by spaces."""
    if text is None:
        return None
    return " ".join(stem_word(w) for w in WORD.findall(text))
