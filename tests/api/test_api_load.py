"""Issue 16 (part B), a server that holds load: the database pool sized to the route threads,
SQLite in WAL mode with a busy timeout, ``zitate serve --workers 2`` as real processes, and the
analysis queue of ``POST /api/extract`` refusing with 503 when it is full or over its budget."""

from __future__ import annotations

import sys

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from zitate.api.analysis import Limits, Pipeline
from zitate.api.core.config import Settings
from zitate.api.deps import dispose_engines, get_pipeline
from zitate.app import create_app
from zitate.bench.api import Server
from zitate.store import open_db

TEXT = (
    "Berlin (dpa) - Die Regierung hat die Vorwürfe zurückgewiesen. „Wir haben nichts zu "
    "verbergen“, sagte Regierungssprecher Steffen Hebestreit am Montag in Berlin. Die Opposition "
    "kündigte an, den Fall im Bundestag zur Sprache zu bringen."
)


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout_and_a_sized_pool(tmp_path):
    engine = open_db(f"sqlite:///{tmp_path / 'z.db'}", pool_size=12, pool_timeout=3)
    try:
        with engine.connect() as conn:
            assert conn.scalar(text("PRAGMA journal_mode")) == "wal"
            assert conn.scalar(text("PRAGMA busy_timeout")) == 30000
            assert conn.scalar(text("PRAGMA foreign_keys")) == 1
        assert engine.pool.size() == 12
        assert engine.pool._timeout == 3
    finally:
        engine.dispose()


def test_the_server_pool_holds_a_connection_for_every_route_thread(tmp_path):
    settings = Settings(db_url=f"sqlite:///{tmp_path / 'z.db'}", threads=6, db_pool_extra=3)
    before = sys.getswitchinterval()
    with TestClient(create_app(settings)) as client:
        # the event loop takes the GIL back from the route threads after 1 ms, not Python's 5
        assert sys.getswitchinterval() == pytest.approx(0.001)
        assert client.get("/api/health").status_code == 200
        for _ in range(30):  # every request gives its connection back
            assert client.get("/api/articles").status_code == 200
            assert client.get("/", params={"q": "Regierung"}).status_code == 200  # a page
        from zitate.api.deps import _engines

        pool = _engines[settings.db_url].pool
        assert pool.size() == 9
        assert pool.checkedout() == 0
    assert sys.getswitchinterval() == before
    dispose_engines()


def test_serve_with_two_workers_answers_health(tmp_path):
    with Server(f"sqlite:///{tmp_path / 'z.db'}", workers=2, create=True) as server:
        answer = httpx.get(f"{server.url}/api/health", timeout=10)
        assert answer.status_code == 200
        assert answer.json()["database"] == "sqlite"
        processes = {httpx.get(f"{server.url}/api/health", timeout=10).status_code}
        assert processes == {200}
    assert server.process.poll() is not None  # stopped


@pytest.fixture
def limited_client(tmp_path):
    pipeline = Pipeline(limits=Limits(budget=60, queue_timeout=0.2, max_queue=0))
    app = create_app(Settings(db_url=f"sqlite:///{tmp_path / 'z.db'}"))
    app.dependency_overrides[get_pipeline] = lambda: pipeline
    with TestClient(app) as client:
        yield client, pipeline
    pipeline.close()
    dispose_engines()


def test_extract_is_refused_with_503_when_its_lane_is_busy(limited_client):
    client, pipeline = limited_client
    lane = pipeline.lanes["normal"]
    with lane._lock:  # an analysis is running on the lane; no room to wait (max_queue=0)
        answer = client.post("/api/extract", content=TEXT.encode(), headers=PLAIN)
    assert answer.status_code == 503
    assert answer.json()["error"]["code"] == "E420"
    assert int(answer.headers["retry-after"]) >= 1
    assert lane.waiting == 0


def test_a_long_text_takes_the_other_lane(limited_client):
    _client, pipeline = limited_client
    from zitate.ingest.text import article_from_text

    long_article = article_from_text(TEXT * 200, "long")
    assert pipeline.lane_of(long_article).name == "large"
    assert pipeline.lane_of(article_from_text(TEXT, "short")).name == "normal"


def test_extract_over_its_time_budget_is_a_503(tmp_path):
    pipeline = Pipeline(limits=Limits(budget=0.01))
    app = create_app(Settings(db_url=f"sqlite:///{tmp_path / 'z.db'}"))
    app.dependency_overrides[get_pipeline] = lambda: pipeline
    with TestClient(app) as client:
        answer = client.post("/api/extract", content=TEXT.encode(), headers=PLAIN)
    assert answer.status_code == 503
    error = answer.json()["error"]
    assert error["code"] == "E421" and "time budget" in error["message"]
    pipeline.close()
    dispose_engines()


PLAIN = {"Content-Type": "text/plain; charset=utf-8"}


def test_the_load_generator_speaks_http_to_the_real_server(tmp_path):
    """``zitate bench api``'s light client (``bench.loadgen``) against ``zitate serve``: the
    statuses httpx sees, several answers over one keep-alive connection, an umlaut in the
    query, and a short run of the benchmark's driver with no errors."""
    import asyncio

    from zitate.bench.api import QUOTES, _drive
    from zitate.bench.loadgen import Connection

    paths = [
        "/api/health", "/api/articles?limit=5", "/api/quotes?q=Bürgermeister", "/api/speakers",
        "/api/articles/nosuchid", "/api/articles?offset=-1", "/api/quotes?speaker=99999999999",
    ]  # fmt: skip

    async def statuses(port: int) -> tuple[list[int], bool]:
        connection = Connection("127.0.0.1", port)
        found = [await connection.get(path) for path in paths]
        writer = connection.writer
        found.append(await connection.get("/api/articles"))
        kept = writer is not None and connection.writer is writer  # the same connection
        connection.close()
        return found, kept

    with Server(f"sqlite:///{tmp_path / 'z.db'}", workers=1, create=True) as server:
        expected = [httpx.get(server.url + path, timeout=30).status_code for path in paths]
        assert expected == [200, 200, 200, 200, 404, 422, 422]
        found, kept = asyncio.run(statuses(server.port))
        assert found == [*expected, 200]
        assert kept
        driven = asyncio.run(_drive(server.url, 5, 1.0, 60, ["Bürgermeister", "Regierung"], 1))
    for key in (QUOTES, "/api/articles", "/api/speakers"):
        times, errors = driven[key]
        assert times and errors == 0, (key, errors)
