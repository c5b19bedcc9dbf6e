"""Spark stage, bulk load: a ``zitate spark run`` output folder -> database rows (``zitate load``).

Input: the Parquet datasets of ``zitate.spark.tables`` (read with pyarrow, month by month; no
Spark needed) and a migrated database (``zitate.store.open_db``). Output: the same rows
``zitate ingest`` writes — articles, quotations, entities, mentions, relations, the signatures of
the originals (so a later ``zitate ingest`` finds copies of them) — and cross-article entities.

Articles go in publication order (date, then id) in transactions of ``batch`` articles (on
PostgreSQL one ``COPY`` per table and batch, ``zitate.store.bulk``; on SQLite one statement per
table and article, ``zitate.store.crud``); a stored article is left as it is, so
loading twice changes nothing and an interrupted load resumes. Then every article whose entities
are not linked yet is linked (``zitate.store.linking.relink``: oldest first, one transaction per
article), so the order, and the result, do not depend on how Spark partitioned the corpus; user
corrections (``entities merge|split|rename``) are stored apart and replayed, so they are kept.
Then the speaker profiles are computed (``zitate.store.profiles.profile_all``). Last, open
denials are linked to claims of other articles (``zitate.store.disputes.link_all``),
as ``zitate ingest`` does after each article.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import SQLAlchemyError

from ..errors import Errors, ZitateError
from ..ingest import dedup
from ..ingest.article import Article as ArticleIn
from ..ingest.article import Paragraph
from ..store import bulk, crud, disputes, linking, profiles, signatures
from ..store.db import session_factory
from ..store.models import Article
from . import tables

BATCH = 200


@dataclass
class LoadStats:
    new: int = 0
    unchanged: int = 0
    failed: int = 0
    quotations: int = 0
    linked: int = 0
    errors: list[str] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)

    def summary(self) -> str:
        seconds = time.monotonic() - self.started
        rate = (self.new + self.unchanged) / max(seconds, 1e-9)
        return (
            f"{self.new + self.unchanged + self.failed} articles: {self.new} new, "
            f"{self.unchanged} unchanged, {self.failed} failed; {self.quotations} quotations; "
            f"{self.linked} articles linked; {seconds:.1f} s, {rate:.1f} articles/s"
        )


def load(
    folder: str | Path,
    engine: Engine,
    *,
    batch: int = BATCH,
    progress: Callable[[LoadStats], None] | None = None,
) -> LoadStats:
    """Store the articles of ``folder`` not stored yet, then link entities; E502 when
    ``folder`` is not a Spark output."""
    folder = Path(folder)
    if not (folder / "articles").is_dir():
        raise ZitateError(Errors.E502, path=str(folder))
    sessions = session_factory(engine)
    stats = LoadStats()
    for month in tables.months(folder):
        records = tables.read_records(folder, month)
        for start in range(0, len(records), batch):
            _store(sessions, records[start : start + batch], stats)
            if progress:
                progress(stats)
    stats.linked = linking.relink(sessions)["articles"]
    if stats.linked:  # speaker profiles of the entities the new articles name
        profiles.profile_all(sessions)
    with sessions() as session, session.begin():  # denials answered in other articles
        disputes.link_all(session)
    return stats


def article_of(record: dict) -> ArticleIn:
    """The ``Article`` a record was made from (for its MinHash signature)."""
    data = record["article"]
    return ArticleIn(
        input=record["input"], text=data["text"],
        paragraphs=[Paragraph(**p) for p in data["paragraphs"]],
        **{key: data[key] for key in (
            "title", "teaser", "url", "source", "published", "updated", "authors", "credits",
            "language", "duplicate_of",
        )},
    )  # fmt: skip


def _store(sessions, records: list, stats: LoadStats) -> None:
    """One transaction for ``records``; after a failure, one per record (only the bad fails)."""
    try:
        with sessions.begin() as session:
            added = _add(session, records)
    except SQLAlchemyError:
        for one in records:
            try:
                with sessions.begin() as session:
                    added = _add(session, [one])
            except SQLAlchemyError as err:
                stats.failed += 1
                detail = str(getattr(err, "orig", None) or err).strip().splitlines()[0]
                message = ZitateError(Errors.E302, input=one[0]["input"], detail=detail)
                stats.errors.append(str(message))
                continue
            _count(stats, [one], added)
        return
    _count(stats, records, added)


def _add(session, records: list) -> set[str]:
    ids = [record["article"]["id"] for record, _, _ in records]
    stored = set(session.scalars(select(Article.id).where(Article.id.in_(ids))))
    new, added = [], set()
    for item in records:
        article_id = item[0]["article"]["id"]
        if article_id not in stored and article_id not in added:
            new.append(item)
            added.add(article_id)
    if session.get_bind().dialect.name == "postgresql":
        bulk.copy_records(session, new)  # one COPY per table for the batch
    else:
        for record, analysed, skip_reason in new:
            crud.add_record(session, record, analysed=analysed, skip_reason=skip_reason)
        session.flush()
    for record, _, _ in new:
        if record["article"]["duplicate_of"] is None:
            mh = dedup.signature(article_of(record))
            if mh is not None:
                signatures.add(session, record["article"]["id"], mh)
    return added


def _count(stats: LoadStats, records: list, added: set[str]) -> None:
    for record, _, _ in records:
        if record["article"]["id"] in added:
            stats.new += 1
            stats.quotations += len(record["quotes"])
        else:
            stats.unchanged += 1
