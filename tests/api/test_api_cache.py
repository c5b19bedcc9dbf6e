"""Issue 16, read answers served from the cache: the database's change counter (triggers of
``0009_changes``) grows with every write by any process and never with a read, so a cached
answer of ``/api/articles``, ``/api/quotes`` or ``/api/speakers`` is never stale — after an
ingest through the API, a write of another connection, or a deletion — on SQLite and
PostgreSQL; ``/api/health`` answers while every pooled connection is taken."""

from __future__ import annotations

import time

from sqlalchemy import delete
from sqlalchemy.orm import Session

from zitate.api.cache import answers
from zitate.ingest import iter_articles
from zitate.record import build_record
from zitate.store.changes import change_number
from zitate.store.db import make_engine
from zitate.store.ingest import Analysis, Ingestor
from zitate.store.models import Article

from .conftest import TOKEN

TEXT = (
    "Berlin (dpa) - Die Bundesregierung hat die Vorwürfe am Montag zurückgewiesen. „Wir haben "
    "nichts zu verbergen“, sagte Regierungssprecher Steffen Hebestreit in Berlin. Die Opposition "
    "kündigte an, den Fall im Bundestag zur Sprache zu bringen."
)


def _store_pages(engine, pages) -> list:
    articles = [a for a in iter_articles([str(p) for p in pages])]
    ingestor = Ingestor(engine, analyse=False)
    for article in articles:
        ingestor.ingest(article, lambda a: Analysis(build_record(a), analysed=False))
    return articles


def _number(engine) -> int:
    with Session(engine) as session:
        return change_number(session)


def test_the_counter_grows_with_writes_not_with_reads(client, engine, full_gold_pages):
    before = _number(engine)
    client.get("/api/articles")
    client.get("/api/quotes", params={"q": "Regierung"})
    assert _number(engine) == before
    _store_pages(engine, full_gold_pages[:1])
    after = _number(engine)
    assert after > before
    with Session(engine) as session, session.begin():
        session.execute(delete(Article))
    assert _number(engine) > after


def test_cached_answers_follow_every_write(client, engine, full_gold_pages):
    assert client.get("/api/articles").json()["total"] == 0
    hits = answers.hits
    assert client.get("/api/articles").json()["total"] == 0
    assert answers.hits == hits + 1  # the second answer came from the cache
    # a write through another engine (another process would do the same)
    other = make_engine(str(engine.url.render_as_string(hide_password=False)))
    try:
        stored = _store_pages(other, full_gold_pages[:2])
    finally:
        other.dispose()
    listed = client.get("/api/articles").json()
    assert listed["total"] == 2
    assert {a["id"] for a in listed["items"]} == {a.id for a in stored}
    # an ingest through the API: the quotation is found at once, the speaker listed
    headers = {"content-type": "text/plain", "authorization": f"Bearer {TOKEN}"}
    assert client.get("/api/quotes", params={"q": "verbergen"}).json()["total"] == 0
    assert client.post("/api/articles", content=TEXT.encode(), headers=headers).status_code == 201
    found = client.get("/api/quotes", params={"q": "verbergen"}).json()
    assert found["total"] == 1
    assert "nichts zu verbergen" in found["items"][0]["quote"]["text"]
    names = [s["name"] for s in client.get("/api/speakers").json()["items"]]
    assert any("Hebestreit" in name for name in names), names
    whole = client.get("/api/speakers", params={"limit": 100}).json()
    pages = [client.get("/api/speakers", params={"limit": 1, "offset": i}).json() for i in (0, 1)]
    assert [p["total"] for p in pages] == [whole["total"]] * 2
    assert pages[0]["items"] + pages[1]["items"] == whole["items"][:2]
    assert client.get("/api/articles").json()["total"] == 3
    # a deletion
    with Session(engine) as session, session.begin():
        session.execute(delete(Article).where(Article.id == stored[0].id))
    assert client.get("/api/articles").json()["total"] == 2
    assert client.get(f"/api/articles/{stored[0].id}").status_code == 404


def test_cached_answer_is_the_validated_answer(client, engine, full_gold_pages):
    stored = _store_pages(engine, full_gold_pages[:1])
    first = client.get(f"/api/articles/{stored[0].id}")
    second = client.get(f"/api/articles/{stored[0].id}")
    assert first.status_code == second.status_code == 200
    assert first.headers["content-type"] == "application/json"
    assert first.content == second.content
    assert first.json()["article"]["id"] == stored[0].id


def test_health_answers_while_the_pool_is_taken(client, engine):
    assert client.get("/api/health").status_code == 200
    pool = engine.pool
    taken = [engine.connect() for _ in range(pool.size() + pool._max_overflow)]
    try:
        time.sleep(1.1)  # the last ping is too old: this health check pings the database
        started = time.perf_counter()
        for _ in range(20):
            assert client.get("/api/health").status_code == 200
        assert time.perf_counter() - started < 10  # no wait for the pool (its timeout: 30 s)
    finally:
        for conn in taken:
            conn.close()
