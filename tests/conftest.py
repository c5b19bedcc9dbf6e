"""Shared fixtures: the public data folder beside the repository and the base pipeline."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def shared_data_dir() -> Path:
    return Path(os.environ.get("ZITATE_SHARED_DATA") or REPO.parent / "shared" / "data")


@pytest.fixture(scope="session")
def shared_data() -> Path:
    folder = shared_data_dir()
    if not folder.is_dir():
        pytest.skip(f"shared data not found at {folder}; set ZITATE_SHARED_DATA")
    return folder


@pytest.fixture(scope="session")
def nlp():
    """The committed German base pipeline (loaded once per test session)."""
    import zitate

    return zitate.load()


@pytest.fixture(scope="session")
def analyse(nlp):
    """Text -> (doc, quotes, entities): base pipeline, the shipped attribution model and
    speaker resolution inside the article (``resolve_speakers``)."""
    from zitate.quotes.component import SPANS_KEY, QuoteAttributor
    from zitate.quotes.model import load_model
    from zitate.resolve import resolve_speakers

    attributor = QuoteAttributor(nlp, "zitate_quotes", SPANS_KEY, load_model())

    def run(text: str):
        doc = attributor(nlp(text))
        quotes, entities = resolve_speakers(doc, doc._.zitate_quotes)
        return doc, quotes, entities

    return run
