"""Fixtures for the web page tests: the bundled sample articles ingested (with their analysis)
into one SQLite database per test session, the app over it, and a client."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.conftest import MAX_BODY, pipeline  # noqa: F401
from store.conftest import full_gold_pages  # noqa: F401
from zitate.api.core.config import Settings
from zitate.api.deps import Pipeline, get_pipeline
from zitate.app import create_app
from zitate.ingest import iter_articles
from zitate.record import build_record
from zitate.store import open_db
from zitate.store.crud import record_of
from zitate.store.ingest import Analysis, Ingestor
from zitate.store.models import Article

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def ingest(url: str, inputs: list[str], pipeline: Pipeline) -> list[dict]:  # noqa: F811
    """Store ``inputs`` with their analysis in the database at ``url``; their stored records."""
    engine = open_db(url)
    try:
        ingestor = Ingestor(engine)
        ids = []
        for article in iter_articles(inputs):
            assert not isinstance(article, Exception), article
            analyse = lambda a: Analysis(build_record(a, pipeline(a.text)), analysed=True)  # noqa: E731
            assert ingestor.ingest(article, analyse) in ("new", "duplicate")
            ids.append(article.id)
        with ingestor.sessions() as session:
            return [record_of(session.get(Article, i)) for i in ids]
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory, pipeline) -> tuple[str, list[dict]]:  # noqa: F811
    """(URL, stored records) of a SQLite database holding the four sample articles."""
    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'samples.db'}"
    records = ingest(url, sorted(str(p) for p in SAMPLES.glob("*.txt")), pipeline)
    assert len(records) == 4 and all(r["quotes"] for r in records)
    return url, records


def make_client(url: str, pipeline: Pipeline) -> TestClient:  # noqa: F811
    app = create_app(Settings(db_url=url, max_body_bytes=MAX_BODY))
    app.dependency_overrides[get_pipeline] = lambda: pipeline
    return TestClient(app)


@pytest.fixture(scope="module")
def client(sample_db, pipeline):  # noqa: F811
    with make_client(sample_db[0], pipeline) as client:
        yield client


@pytest.fixture(scope="session")
def records(sample_db) -> list[dict]:
    return sample_db[1]
