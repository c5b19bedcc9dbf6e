"""Issue 16, read answers served from the cache: the database's change counter (triggers of
``0009_changes``) grows with every write by any process and never with a read, so a cached
answer of ``/api/articles``, ``/api/quotes`` or ``/api/speakers`` is never stale — after an
ingest through the API, a write of another connection, or a deletion — on SQLite and
PostgreSQL; ``/api/health`` answers while every pooled connection is taken."""

from __future__ import annotations

import threading
import time

import pytest
from pydantic import BaseModel, model_validator
from sqlalchemy import delete, text, update
from sqlalchemy.orm import Session

from zitate.api.cache import answers, cached_answer, cached_value
from zitate.api.schemas import ArticlePage
from zitate.ingest import iter_articles
from zitate.record import build_record
from zitate.store.changes import change_number, change_stamp
from zitate.store.db import downgrade, make_engine, upgrade
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


def test_a_database_created_again_is_never_answered_from_the_old_cache(
    client, engine, full_gold_pages
):
    """The counter of a database deleted and created again under the same URL starts at 0
    again: the server (still running, its cache filled) must answer from the new database
    even when the counter reaches the old value — the database's token tells them apart."""
    old = _store_pages(engine, full_gold_pages[:2])
    old_token, old_number = _stamp(engine)
    listed = client.get("/api/articles").json()
    assert listed["total"] == 2
    assert client.get(f"/api/articles/{old[0].id}").status_code == 200
    downgrade(engine)  # the database dropped and created again, same URL, same server
    upgrade(engine)
    new = _store_pages(engine, full_gold_pages[2:3])
    with engine.begin() as conn:  # the new counter at the old value: only the token differs
        conn.execute(text("UPDATE db_changes SET n = :n WHERE id = 1"), {"n": old_number})
    token, number = _stamp(engine)
    assert number == old_number and token and token != old_token
    listed = client.get("/api/articles").json()
    assert listed["total"] == 1
    assert [a["id"] for a in listed["items"]] == [new[0].id]
    assert client.get(f"/api/articles/{old[0].id}").status_code == 404


def test_an_update_by_another_connection_changes_the_answer(client, engine, full_gold_pages):
    """A write that changes no count (a new title of a stored article), committed by another
    engine's connection while the answer is cached, is in the next answer."""
    stored = _store_pages(engine, full_gold_pages[:1])
    first = client.get("/api/articles").json()["items"][0]
    assert first["id"] == stored[0].id and first["title"] != "Neuer Titel"
    assert client.get("/api/articles").json()["items"][0]["title"] == first["title"]  # cached
    other = make_engine(str(engine.url.render_as_string(hide_password=False)))
    try:
        with other.begin() as conn:
            conn.execute(
                update(Article).where(Article.id == stored[0].id).values(title="Neuer Titel")
            )
    finally:
        other.dispose()
    assert client.get("/api/articles").json()["items"][0]["title"] == "Neuer Titel"


def _stamp(engine) -> tuple[str, int]:
    with Session(engine) as session:
        return change_stamp(session)


def test_cache_key_names_the_route_and_binds_its_arguments(engine):
    """Two routes of the same name (different qualified names) never share answers; a
    positional and a keyword session, and a default written out or not, give the same key."""
    calls: list[str] = []

    class First:
        @staticmethod
        @cached_answer(ArticlePage)
        def listing(session, limit: int = 20, offset: int = 0) -> dict:
            calls.append("first")
            return {"items": [], "total": 1, "limit": limit, "offset": offset}

    class Second:
        @staticmethod
        @cached_answer(ArticlePage)
        def listing(session, limit: int = 20, offset: int = 0) -> dict:
            calls.append("second")
            return {"items": [], "total": 2, "limit": limit, "offset": offset}

    def total(route, positional: bool = False, **kwargs) -> int:
        with Session(engine) as session:
            if positional:
                response = route(session, *kwargs.values())
            else:
                response = route(session=session, **kwargs)
            return ArticlePage.model_validate_json(response.body).total

    assert total(First.listing) == 1
    assert total(Second.listing) == 2  # same __name__, another route: not the first's answer
    assert total(First.listing, positional=True, limit=20) == 1  # positional: the same key
    assert total(Second.listing, limit=20, offset=0) == 2
    assert calls == ["first", "second"]
    with Session(engine) as session:
        assert First.listing.data(session)["total"] == 1  # the plain data, uncached
    assert calls == ["first", "second", "first"]
    with pytest.raises(TypeError):
        cached_answer(ArticlePage)(lambda limit: {})


def test_a_miss_validates_after_the_connection_is_back(engine):
    """On a miss the route's queries hold the request's connection, the validation of the
    answer does not (it may be slow; other requests wait for connections meanwhile)."""
    held: list[int] = []

    class Probe(BaseModel):
        total: int

        @model_validator(mode="after")
        def connections(self):
            held.append(engine.pool.checkedout())
            return self

    @cached_answer(Probe)
    def probe(session, kind: str = "probe") -> dict:
        assert engine.pool.checkedout() == 1  # the stamp was read over the request's connection
        return {"total": 7}

    with Session(engine) as session:
        assert probe(session=session).body == b'{"total":7}'
    assert held == [0]


def test_the_shared_value_is_computed_once_however_many_ask(engine):
    """The speaker ranking (any ``cached_value``) is computed once per database change, also
    when many requests miss it at the same moment; a write computes it once more."""
    computed: list[int] = []
    ready = threading.Barrier(8)

    def compute() -> list[int]:
        time.sleep(0.2)  # the others arrive while the first computes
        computed.append(1)
        return [1, 2, 3]

    def ask(results: list) -> None:
        with Session(engine) as session:
            ready.wait()
            results.append(cached_value(session, "ranking-test", compute))

    def round_of_requests() -> list:
        results: list = []
        threads = [threading.Thread(target=ask, args=(results,)) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return results

    assert round_of_requests() == [[1, 2, 3]] * 8
    assert len(computed) == 1
    assert round_of_requests() == [[1, 2, 3]] * 8
    assert len(computed) == 1  # nothing written: still the one computation
    with Session(engine) as session, session.begin():
        session.execute(text("UPDATE db_changes SET n = n + 1 WHERE id = 1"))  # as a trigger
    round_of_requests()
    assert len(computed) == 2


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
