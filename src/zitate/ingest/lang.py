"""Ingest stage, language: article text -> ISO 639-1 code (py3langid, restricted to the
languages German news sites publish in, so short texts are not sent to exotic labels).

Text that is plainly German (many German function words, few English ones) is labelled without
loading the py3langid model (about 0.5 s of start-up), so a small German batch never pays for it.
"""

from __future__ import annotations

import re
import time
from functools import cache

LANGUAGES = ["de", "en", "fr", "it", "es", "nl", "pl", "tr", "ru", "uk", "pt", "da", "sv", "cs"]
_GERMAN = "der die das und ist nicht sich mit den dem des ein eine auf für von zu im auch wird sie"
_GERMAN += " er wurde werden hat haben nach bei noch aus wie über"
GERMAN_WORDS = frozenset(_GERMAN.split(" "))
_OTHER = "the and of to is in that with for was are het een les une del el"
OTHER_WORDS = frozenset(_OTHER.split(" "))
_WORD = re.compile(r"\w+")


_loading = {"seconds": 0.0}


@cache
def _identifier():
    from py3langid.langid import _load_identifier

    started = time.monotonic()
    identifier = _load_identifier(norm_probs=True, langs=LANGUAGES)
    _loading["seconds"] = time.monotonic() - started
    return identifier


def load_seconds() -> float:
    """The time this process spent loading the py3langid model (0.0 while not needed), so that
    ``zitate ingest`` counts it with the other models' loading, not as article processing."""
    return _loading["seconds"]


def detect_language(text: str) -> str | None:
    """The language of ``text`` (first 3,000 characters), or None for too little text."""
    sample = text[:3000]
    if len(sample.split()) < 5:
        return None
    if plainly_german(sample):
        return "de"
    lang, _ = _identifier().classify(sample)
    return lang


def plainly_german(sample: str) -> bool:
    """At least 40 words, a fifth of them German function words, hardly any of other languages."""
    words = _WORD.findall(sample.lower())
    if len(words) < 40:
        return False
    german = sum(w in GERMAN_WORDS for w in words)
    other = sum(w in OTHER_WORDS for w in words)
    return german >= 0.2 * len(words) and other <= 0.02 * len(words)
