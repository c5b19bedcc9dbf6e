"""Fixtures for the storage tests: a fresh database per test, SQLite and PostgreSQL.

PostgreSQL is looked for on 127.0.0.1:5432 (users postgres, root, then the login user; database
``test``), or at ``ZITATE_TEST_POSTGRES_URL``. Each test gets its own schema (via the connection's
``search_path``), dropped afterwards. Without a server the PostgreSQL cases skip with the reason;
with ``ZITATE_REQUIRE_POSTGRES=1`` (set in CI) they fail instead.
"""

from __future__ import annotations

import getpass
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from zitate.store.db import make_engine, open_db

CANDIDATES = [
    "postgresql://postgres@127.0.0.1:5432/test",
    "postgresql://root@127.0.0.1:5432/test",
    f"postgresql://{getpass.getuser()}@127.0.0.1:5432/test",
]


def _postgres_base() -> tuple[str | None, str]:
    """The first PostgreSQL URL that answers, or ``None`` and why none did."""
    import psycopg

    urls = (
        [os.environ["ZITATE_TEST_POSTGRES_URL"]] if "ZITATE_TEST_POSTGRES_URL" in os.environ else []
    )
    reasons = []
    for url in urls or CANDIDATES:
        try:
            psycopg.connect(url, connect_timeout=3).close()
            return url, ""
        except psycopg.Error as err:
            reasons.append(f"{url}: {str(err).strip().splitlines()[0]}")
    return None, "; ".join(reasons)


@pytest.fixture(scope="session")
def postgres_base() -> str:
    url, reason = _postgres_base()
    if url is None:
        message = f"PostgreSQL not reachable ({reason})"
        if os.environ.get("ZITATE_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"{message}, and ZITATE_REQUIRE_POSTGRES=1 requires it")
        pytest.skip(f"{message}; set ZITATE_TEST_POSTGRES_URL or start a server")
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path: Path) -> Iterator[str]:
    """A URL of an empty database: a SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'zitate.db'}"
        return
    base = request.getfixturevalue("postgres_base")
    schema = f"zitate_test_{uuid.uuid4().hex[:12]}"
    admin = make_engine(base)
    with admin.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    try:
        yield f"{base}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()


@pytest.fixture
def engine(db_url: str):
    """The migrated database of ``db_url``; disposed after the test."""
    engine = open_db(db_url)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def full_gold_pages(shared_data: Path) -> list[Path]:
    """The 24 pages of ``shared/data/html`` with complete gold (title, authors, date, body)."""
    folder = shared_data / "html"
    lines = (folder / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]
    pages = [
        folder / cols[0]
        for cols in (line.split("\t") for line in lines)
        if len(cols) > 4 and cols[4].startswith("full: title")
    ]
    assert pages, "MANIFEST.tsv lists no fully annotated pages"
    return pages
