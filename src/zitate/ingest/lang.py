"""Ingest stage, language: article text -> ISO 639-1 code (py3langid, restricted to the
languages German news sites publish in, so short texts are not sent to exotic labels)."""

from __future__ import annotations

from functools import cache

LANGUAGES = ["de", "en", "fr", "it", "es", "nl", "pl", "tr", "ru", "uk", "pt", "da", "sv", "cs"]


@cache
def _identifier():
    from py3langid.langid import _load_identifier

    return _load_identifier(norm_probs=True, langs=LANGUAGES)


def detect_language(text: str) -> str | None:
    """The language of ``text`` (first 3,000 characters), or None for too little text."""
    sample = text[:3000]
    if len(sample.split()) < 5:
        return None
    lang, _ = _identifier().classify(sample)
    return lang
