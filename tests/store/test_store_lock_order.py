"""Issue 16, lock order on PostgreSQL: every writer of canonical entities takes the linker's
lock (``zitate.store.linking.lock``) before its first write. An ingest that wrote its article
(and with it the change counter's row, ``0009_changes``) and only then waited for the lock
deadlocked with a merge that held the lock and wrote: PostgreSQL aborted one of them.

Two real sessions: an entity merge holds the linker's lock while the ingest of the Wikinews
Gaza report (gold quotations and speakers, ``store.wikinews``) starts; the merge then writes and
commits, and both must go through. SQLite has a single writer (the database lock) and skips.
"""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from zitate.store import entities
from zitate.store.ingest import Analysis, Ingestor
from zitate.store.linking import _LOCK_KEY as LINKER_KEY
from zitate.store.linking import lock
from zitate.store.models import CanonicalEntity, Entity

from .wikinews import GAZA, article_of, documents, record_of_gold, store


def _waiting_for_the_linker(engine) -> bool:
    """Whether a session of this database waits for the linker's advisory lock right now."""
    query = (
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted "
        "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
        "AND classid = 0 AND objid = :key AND objsubid = 1"
    )
    with engine.connect() as conn:
        return conn.execute(text(query), {"key": LINKER_KEY}).scalar() > 0


def test_ingest_and_merge_at_once_do_not_deadlock(engine, shared_data):
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite: one writer at a time (the database lock), no lock order")
    store(engine, shared_data, positions=(1,))  # Air France: one canonical entity
    with Session(engine) as session, session.begin():
        session.add(CanonicalEntity(name="Hassan Nasrallah", kind="PER", locked=False))
    with Session(engine) as session:
        ids = session.scalars(select(CanonicalEntity.id).order_by(CanonicalEntity.id)).all()
    assert len(ids) == 2, ids
    gaza = documents(shared_data)[GAZA]
    article = article_of(GAZA, gaza)
    record = record_of_gold(article, gaza)
    assert record["entities"], "the Gaza report names speakers: its ingest links entities"

    merge = Session(engine)
    merge.begin()
    lock(merge)  # as ``zitate entities merge`` does first
    outcome: list = []

    def ingest() -> None:
        try:
            outcome.append(Ingestor(engine).ingest(article, lambda a: Analysis(record, True)))
        except Exception as err:  # reported below, with the merge's own failure
            outcome.append(err)

    worker = threading.Thread(target=ingest)
    worker.start()
    try:
        deadline = time.monotonic() + 60
        while not _waiting_for_the_linker(engine):  # the ingest waits for the linker's lock
            assert worker.is_alive(), outcome
            assert time.monotonic() < deadline, "the ingest never waited for the linker's lock"
            time.sleep(0.05)
        merged = entities.merge(merge, [ids[0], ids[1]]).id  # writes: entities, counter, stats
        merge.commit()
    finally:
        merge.close()
        worker.join(120)
    assert outcome == ["new"], outcome
    with Session(engine) as session:
        assert session.get(CanonicalEntity, ids[1]) is None
        assert session.get(CanonicalEntity, merged) is not None
        linked = session.scalar(
            select(Entity.canonical_id).where(Entity.article_id == article.id).limit(1)
        )
        assert linked is not None  # the Gaza report's speakers were linked after the merge
