"""Dated aliases of canonical entities, computed from the document entities linked to them.

Stage: store, cross-article (used by ``zitate.store.linking`` and the entity corrections).
Input: canonical entity ids whose links changed. Output: their ``CanonicalAlias`` rows — each
name („Donald Trump“, „Trump“) and role title („US-Präsident“) with how many document entities
carry it and the first and last publication date seen — and, unless a user named it, the
entity's name (a person's most complete name, anything else's most frequent one).

``refresh`` recomputes from every linked document entity and deletes entities left without any;
``add_article`` only adds one new article's document entities (the ingest of a new article, so
that its cost does not grow with how often an entity was named before).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Row, delete, insert, select, update
from sqlalchemy.orm import Session

from ..resolve.crosslink import best_name
from ..resolve.names import fold, parse_name
from .models import Alias, Article, CanonicalAlias, CanonicalEntity, Entity

Tally = dict[tuple[str, str], "_AliasTally"]  # (type, key) -> tally


@dataclass
class _AliasTally:
    displays: Counter = field(default_factory=Counter)
    short: str | None = None
    count: int = 0
    first: date | None = None
    last: date | None = None

    def add(self, display: str, day: date | None, n: int = 1) -> None:
        self.displays[display] += n
        self.count += n
        self.dated(day)

    def dated(self, day: date | None) -> None:
        if day is not None:
            self.first = min(self.first or day, day)
            self.last = max(self.last or day, day)


def refresh(session: Session, ids: Iterable[int | None], keep: set[int] = frozenset()) -> None:
    """Recompute aliases and names of the canonical entities ``ids`` from all their document
    entities; delete the ones left without any, unless locked or in ``keep`` (the ids a user
    correction names: those keep their aliases, with count 0)."""
    ids = {i for i in ids if i is not None}
    if not ids:
        return
    session.flush()
    tallies = _tallies(session, ids)
    rows = session.scalars(select(CanonicalEntity).where(CanonicalEntity.id.in_(ids))).all()
    live = [row for row in rows if row.id in tallies]
    if live:
        session.execute(
            delete(CanonicalAlias).where(CanonicalAlias.canonical_id.in_([r.id for r in live]))
        )
        aliases = {row.id: _aliases(row.id, tallies[row.id]) for row in live}
        # a Core insert: one executemany (the ORM's would split the rows by their None values)
        new = [a for v in aliases.values() for a in v]
        session.execute(insert(CanonicalAlias.__table__), new)
        for row in live:
            if not row.locked:
                row.name = _best_name(row, aliases[row.id])
    orphans = [row for row in rows if row.id not in tallies]
    kept = [r.id for r in orphans if r.locked or r.id in keep]
    if kept:
        session.execute(
            update(CanonicalAlias).where(CanonicalAlias.canonical_id.in_(kept)).values(count=0)
        )
    delete_canonical(session, [r.id for r in orphans if r.id not in kept])
    session.flush()


def add_article(session: Session, article_id: str, ids: Iterable[int]) -> None:
    """Add the document entities of the new article ``article_id`` to the aliases of the
    canonical entities ``ids`` they are linked to (counts and dates updated in place)."""
    ids = set(ids)
    if not ids:
        return
    session.flush()
    tallies = _tallies(session, ids, article_id)
    columns = [c for c in CanonicalAlias.__table__.c if c.name != "canonical_id"]
    stored: dict[tuple[int, str, str], dict] = {
        (r.canonical_id, r.type, r.key): dict(r._mapping)
        for r in session.execute(
            select(CanonicalAlias.canonical_id, *columns).where(
                CanonicalAlias.canonical_id.in_(ids)
            )
        )
    }
    new: list[dict] = []
    changed: list[dict] = []
    gone: list[int] = []
    for canonical_id, tally in tallies.items():
        for (type_, key), entry in tally.items():
            row = stored.get((canonical_id, type_, key[:255]))
            if type_ == "name" and row is None and key.endswith("s"):
                row = stored.get((canonical_id, type_, key[:-1][:255]))  # a genitive
            if row is None:  # a new alias; „Italien“ takes over the counts of „Italiens“
                row = _aliases(canonical_id, {(type_, key): entry})[0]
                genitive = stored.pop((canonical_id, type_, f"{key}s"[:255]), None)
                if type_ == "name" and genitive is not None:
                    dates = genitive["first_seen"], genitive["last_seen"]
                    _merge_into(row, genitive["count"], *dates)
                    gone.append(genitive["id"])
                new.append(row)
                stored[(canonical_id, type_, row["key"])] = row
            else:
                _merge_into(row, entry.count, entry.first, entry.last)
                if "id" in row and row not in changed:
                    changed.append(row)
    if gone:
        session.execute(delete(CanonicalAlias).where(CanonicalAlias.id.in_(gone)))
    if new:  # Core, as in ``refresh``: one executemany
        session.execute(insert(CanonicalAlias.__table__), new)
    if changed:
        session.execute(
            update(CanonicalAlias),
            [{k: r[k] for k in ("id", "count", "first_seen", "last_seen")} for r in changed],
        )
    by_entity: dict[int, list[dict]] = defaultdict(list)
    for (canonical_id, _, _), alias in stored.items():
        by_entity[canonical_id].append(alias)
    query = select(CanonicalEntity.id, CanonicalEntity.name, CanonicalEntity.kind).where(
        CanonicalEntity.id.in_(ids), CanonicalEntity.locked.is_(False)
    )
    renamed = [
        {"id": row.id, "name": name}
        for row in session.execute(query)
        if (name := _best_name(row, by_entity[row.id])) != row.name
    ]
    if renamed:  # ORM bulk UPDATE by primary key: loaded objects get the new name too
        session.execute(update(CanonicalEntity), renamed)


def _merge_into(row: dict, count: int, first: date | None, last: date | None) -> None:
    row["count"] += count
    for day in (first, last):
        if day is not None:
            row["first_seen"] = min(row["first_seen"] or day, day)
            row["last_seen"] = max(row["last_seen"] or day, day)


def _tallies(session: Session, ids: set[int], article_id: str | None = None) -> dict[int, Tally]:
    """canonical id -> its aliases counted over its document entities (of ``article_id``)."""
    query = (
        select(Entity.id, Entity.canonical_id, Entity.name, Entity.kind, Article.published)
        .join(Article, Article.id == Entity.article_id)
        .where(Entity.canonical_id.in_(ids))
    )
    roles_query = (
        select(Alias.entity_id, Alias.alias)
        .join(Entity, Entity.id == Alias.entity_id)
        .where(Entity.canonical_id.in_(ids))
    )
    if article_id is not None:
        query = query.where(Entity.article_id == article_id)
        roles_query = roles_query.where(Entity.article_id == article_id)
    roles: dict[int, list[str]] = defaultdict(list)
    for entity_id, alias in session.execute(roles_query):
        roles[entity_id].append(alias)
    out: dict[int, Tally] = defaultdict(dict)
    for entity_id, canonical_id, entity_name, kind, published in session.execute(query):
        name = parse_name(entity_name, kind)
        seen: dict[tuple[str, str], str] = {
            ("role" if name.role else "name", name.key): name.display
        }
        seen |= {("role", fold(t)): t for t in name.titles}
        seen |= {("role", fold(a)): a for a in roles[entity_id] if fold(a)}
        tally = out[canonical_id]
        for key, display in seen.items():
            entry = tally.setdefault(key, _AliasTally())
            if key[0] == "name":
                entry.short = name.short
            entry.add(display, published_day(published))
    for tally in out.values():
        _fold_genitives(tally)
    return out


def _fold_genitives(tally: Tally) -> None:
    """„Sebastian Hendels“ counts as „Sebastian Hendel“ when both are names of the entity."""
    for type_, key in list(tally):
        base = ("name", key[:-1])
        if type_ == "name" and key.endswith("s") and base in tally:
            gone = tally.pop((type_, key))
            tally[base].count += gone.count
            tally[base].dated(gone.first)
            tally[base].dated(gone.last)


def _aliases(canonical_id: int, tally: Tally) -> list[dict]:
    return [
        {
            "canonical_id": canonical_id,
            "type": type_,
            "alias": entry.displays.most_common(1)[0][0],
            "key": key[:255],
            "short": entry.short if type_ == "name" else None,
            "first_seen": entry.first,
            "last_seen": entry.last,
            "count": entry.count,
        }
        for (type_, key), entry in sorted(tally.items())
    ]


def _best_name(row: CanonicalEntity | Row, aliases: list[dict]) -> str:
    """The name of ``row`` from its aliases (``zitate.resolve.crosslink.best_name``)."""
    return best_name(row.kind, aliases, row.name)


def delete_canonical(session: Session, ids: list[int]) -> None:
    """Delete canonical entities: their links cleared first, then aliases and rows."""
    if not ids:
        return
    session.execute(update(Entity).where(Entity.canonical_id.in_(ids)).values(canonical_id=None))
    session.execute(delete(CanonicalAlias).where(CanonicalAlias.canonical_id.in_(ids)))
    session.execute(delete(CanonicalEntity).where(CanonicalEntity.id.in_(ids)))


def published_day(published: str | None) -> date | None:
    """The day of an ISO 8601 publication date („2024-11-22T10:15:00+01:00“), else None."""
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None
