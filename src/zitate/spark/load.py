"""Spark stage, bulk load: a ``zitate spark run`` output folder -> database rows (``zitate load``).

Input: the Parquet datasets of ``zitate.spark.tables`` (read with pyarrow, month by month; no
Spark needed) and a migrated database (``zitate.store.open_db``). Output: the same rows
``zitate ingest`` writes — articles, quotations, entities, mentions, relations, the signatures of
the originals (so a later ``zitate ingest`` finds copies of them) — and the cross-article
entities of the Spark linking stage.

Articles go in publication order (date, then id) in transactions of ``batch`` articles (on
PostgreSQL one ``COPY`` per table and batch, ``zitate.store.bulk``; on SQLite one statement per
table and article, ``zitate.store.crud``); a stored article is left as it is, so
loading twice changes nothing and an interrupted load resumes. In the same transaction the new
document entities are linked as Spark linked them (``SparkEntities``): each Spark canonical
entity (``canonical_id`` of ``entities/``) becomes one canonical entity of the database, except
that the user corrections come first (``entities merge|split|rename``: a name they pin goes to
its entity, a merged-away entity is followed to the one it was merged into), so corrections
are kept. Spark entities are not matched with canonical entities the database had before
(``zitate entities relink`` links everything by the store's rules). After the last batch the
aliases and names of the touched entities are computed (``zitate.store.aliases``); document
entities without a Spark link (an output of an older job) are linked by
``zitate.store.linking.relink``. Then the speaker profiles are computed
(``zitate.store.profiles.profile_all``). Last, open denials are linked to claims of other
articles (``zitate.store.disputes.link_all``), as ``zitate ingest`` does after each article.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, bindparam, select, update
from sqlalchemy.exc import SQLAlchemyError

from ..errors import Errors, ZitateError
from ..ingest import dedup
from ..ingest.article import Article as ArticleIn
from ..ingest.article import Paragraph
from ..resolve.names import parse_name
from ..store import aliases, bulk, crud, disputes, linking, profiles, signatures
from ..store.db import session_factory
from ..store.models import Article, CanonicalAlias, CanonicalEntity, Entity, utcnow
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
    with sessions() as session:
        known = SparkEntities(linking.Corrections.replay(session))
    for month in tables.months(folder):
        records = tables.read_records(folder, month)
        links = tables.read_links(folder, month)
        for start in range(0, len(records), batch):
            _store(sessions, records[start : start + batch], stats, known, links)
            if progress:
                progress(stats)
    stats.linked = len(known.articles)
    with sessions() as session:  # and those an interrupted load linked but did not name
        touched = sorted(known.touched | _without_aliases(session, set(known.mapping.values())))
    for start in range(0, len(touched), 500):  # names and aliases of the linked entities
        with sessions.begin() as session:
            aliases.refresh(session, touched[start : start + 500], known.corrections.referenced)
    stats.linked += linking.relink(sessions)["articles"]  # entities Spark did not link
    if stats.linked:  # speaker profiles of the entities the new articles name
        profiles.profile_all(sessions)
    with sessions() as session, session.begin():  # denials answered in other articles
        disputes.link_all(session)
    return stats


def _without_aliases(session, ids: set[int]) -> set[int]:
    """The canonical entities of ``ids`` that have no alias yet."""
    found: set[int] = set()
    ordered = sorted(ids)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start : start + 500]
        named = select(CanonicalAlias.canonical_id).where(CanonicalAlias.canonical_id.in_(chunk))
        query = select(CanonicalEntity.id).where(
            CanonicalEntity.id.in_(chunk), CanonicalEntity.id.not_in(named)
        )
        found |= set(session.scalars(query))
    return found


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


def _store(sessions, records: list, stats: LoadStats, known: SparkEntities, links: dict) -> None:
    """One transaction for ``records``; after a failure, one per record (only the bad fails)."""
    try:
        with sessions.begin() as session:
            linking.lock(session)  # before the first write, as every writer (``linking.lock``)
            added = _add(session, records)
            done = known.link(session, [record["article"]["id"] for record, _, _ in records], links)
    except SQLAlchemyError:
        for one in records:
            try:
                with sessions.begin() as session:
                    linking.lock(session)
                    added = _add(session, [one])
                    done = known.link(session, [one[0]["article"]["id"]], links)
            except SQLAlchemyError as err:
                stats.failed += 1
                detail = str(getattr(err, "orig", None) or err).strip().splitlines()[0]
                message = ZitateError(Errors.E302, input=one[0]["input"], detail=detail)
                stats.errors.append(str(message))
                continue
            known.commit(done)
            _count(stats, [one], added)
        return
    known.commit(done)
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


class SparkEntities:
    """The canonical entities of a Spark output in the database, during one load: which
    database entity each Spark ``canonical_id`` became (``mapping``), learnt from the document
    entities linked so far (also those of an interrupted earlier load), and the user
    corrections, which come first."""

    def __init__(self, corrections: linking.Corrections) -> None:
        self.corrections = corrections
        self.mapping: dict[int, int] = {}  # Spark canonical id -> database canonical id
        self.touched: set[int] = set()  # database canonical ids given document entities
        self.articles: set[str] = set()  # articles whose entities were linked

    def link(self, session, article_ids: list[str], links: dict) -> tuple:
        """Link the unlinked document entities of ``article_ids`` that Spark linked (``links``:
        ``(article id, local id) -> Spark id``); returns what ``commit`` keeps once the
        transaction is through (nothing here changes this object)."""
        linking.lock(session)  # as every writer of canonical entities (ingest, merge, split)
        rows = session.execute(
            select(Entity.id, Entity.article_id, Entity.local_id, Entity.name, Entity.kind,
                   Entity.canonical_id)
            .where(Entity.article_id.in_(article_ids))
            .order_by(Entity.article_id, Entity.position)
        ).all()  # fmt: skip
        mapping: dict[int, int] = {}
        wanted: list[tuple] = []  # (row, Spark id, pinned id)
        for row in rows:
            spark_id = links.get((row.article_id, row.local_id))
            if spark_id is None:
                continue
            pin = self.corrections.pinned(row.article_id, parse_name(row.name, row.kind))
            if row.canonical_id is not None:  # linked before: learn where Spark's entity went
                if pin is None and spark_id not in self.mapping:
                    mapping.setdefault(spark_id, self.corrections.resolve(row.canonical_id))
                continue
            wanted.append((row, spark_id, pin))
        known = {**self.mapping, **mapping}
        candidates = {known.get(s) for _, s, _ in wanted} | {p for _, _, p in wanted}
        candidates = {self.corrections.resolve(i) for i in candidates if i is not None}
        existing = set(
            session.scalars(select(CanonicalEntity.id).where(CanonicalEntity.id.in_(candidates)))
        ) if candidates else set()  # fmt: skip
        targets: list[tuple[int, int | None, int]] = []  # (entity row, canonical id, Spark id)
        new: dict[int, dict] = {}
        for row, spark_id, pin in wanted:
            if pin in existing:
                targets.append((row.id, pin, spark_id))
                continue
            target = self.corrections.resolve(known.get(spark_id))
            if target in existing:
                targets.append((row.id, target, spark_id))
                continue
            if spark_id not in new:
                name = parse_name(row.name, row.kind).display or row.name
                new[spark_id] = {"name": name[:2000], "kind": row.kind, "locked": False,
                                 "created_at": utcnow()}  # fmt: skip
            targets.append((row.id, None, spark_id))  # the new entity, once inserted
        if new:
            inserted = linking.insert_canonical(session, list(new.values()))
            mapping.update(zip(new, inserted, strict=True))
        resolved = [(e, mapping[s] if t is None else t) for e, t, s in targets]
        if resolved:
            table = Entity.__table__
            session.execute(
                update(table)
                .where(table.c.id == bindparam("entity_id"))
                .values(canonical_id=bindparam("target")),
                [{"entity_id": e, "target": t} for e, t in resolved],
            )
        linked = {row.article_id for row, _, _ in wanted}
        return mapping, {t for _, t in resolved}, linked

    def commit(self, done: tuple) -> None:
        mapping, touched, articles = done
        self.mapping.update(mapping)  # learnt ids only where none was known; new ones replace
        self.touched |= touched
        self.articles |= articles
