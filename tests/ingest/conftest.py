"""Fixtures for the ingest tests: the real sample pages in shared/data/html (never copied)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def shared_data() -> Path:
    return Path(os.environ.get("ZITATE_SHARED_DATA") or REPO.parent / "shared" / "data")


@pytest.fixture(scope="session")
def html_dir() -> Path:
    folder = shared_data() / "html"
    if not folder.is_dir():
        pytest.skip(f"sample pages not found at {folder}; set ZITATE_SHARED_DATA")
    return folder
