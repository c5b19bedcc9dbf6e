"""Storage stage, entity corrections: list and show canonical entities; merge, split, rename.

Input: a session on a linked database and the user's ids and names. Output: the changed rows and
a ``Correction`` row per change, with the pins that ``zitate.store.linking`` replays so that a
correction survives re-ingestion (``zitate ingest --reprocess``, ``zitate entities relink``) and
applies to new articles:

- ``merge(session, [into, other, …])``: the others' document entities move to ``into``; their
  names are pinned to it (a role phrase only within its article), the others are deleted.
- ``split(session, id, name)``: the document entities of ``id`` named ``name`` move to a new
  canonical entity, and the name is pinned to it.
- ``rename(session, id, name)``: ``id`` is called ``name`` from now on (``locked``), and the
  name is pinned to it.

Nothing here commits; bad ids and names raise ``ZitateError`` (E320–E323).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ..errors import Errors, ZitateError
from ..resolve.names import fold, parse_name
from .aliases import delete_canonical, refresh
from .linking import Corrections, lock
from .models import Article, CanonicalAlias, CanonicalEntity, Correction, Entity, Quotation
from .profiles import refresh_profiles
from .search import like_pattern

MAX_NAME = 500


def get_entity(session: Session, canonical_id: int) -> CanonicalEntity:
    """The canonical entity ``canonical_id``; E320 if there is none."""
    entity = session.get(CanonicalEntity, canonical_id)
    if entity is None:
        raise ZitateError(Errors.E320, id=canonical_id)
    return entity


def list_entities(
    session: Session, query: str | None = None, *, limit: int = 20, offset: int = 0,
    kind: str | None = None,
) -> list[dict[str, Any]]:  # fmt: skip
    """Canonical entities, most document entities first: ``id``, ``name``, ``kind``,
    ``locked``, ``n_mentions`` (document entities), ``n_articles``, ``n_quotes``; ``query``
    matches a part of a name or role."""
    n_mentions = func.count(Entity.id.distinct())
    speaking = (
        select(Entity.canonical_id, func.count(Quotation.id).label("n"))
        .join(Quotation, Quotation.speaker_entity_id == Entity.id)
        .group_by(Entity.canonical_id)
        .subquery()
    )
    stmt = (
        select(
            CanonicalEntity,
            n_mentions.label("n_mentions"),
            func.count(Entity.article_id.distinct()).label("n_articles"),
            func.coalesce(func.max(speaking.c.n), 0).label("n_quotes"),
        )
        .outerjoin(Entity, Entity.canonical_id == CanonicalEntity.id)
        .outerjoin(speaking, speaking.c.canonical_id == CanonicalEntity.id)
        .group_by(CanonicalEntity.id)
        .order_by(n_mentions.desc(), CanonicalEntity.name, CanonicalEntity.id)
        .limit(limit)
        .offset(offset)
    )
    if query:
        pattern = like_pattern(query)
        named = select(CanonicalAlias.canonical_id).where(
            CanonicalAlias.alias.ilike(pattern, escape="\\")
        )
        stmt = stmt.where(
            CanonicalEntity.name.ilike(pattern, escape="\\") | CanonicalEntity.id.in_(named)
        )
    if kind:
        stmt = stmt.where(CanonicalEntity.kind == kind)
    return [
        {
            "id": row.id,
            "name": row.name,
            "kind": row.kind,
            "locked": row.locked,
            "n_mentions": mentions,
            "n_articles": articles,
            "n_quotes": quotes,
        }
        for row, mentions, articles, quotes in session.execute(stmt)
    ]


def document_entities(session: Session, canonical_id: int) -> list[dict[str, Any]]:
    """The document entities linked to ``canonical_id``: ``article_id``, ``local_id``,
    ``name``, ``kind``, ``published``, oldest article first."""
    rows = session.execute(
        select(Entity.article_id, Entity.local_id, Entity.name, Entity.kind, Article.published)
        .join(Article, Article.id == Entity.article_id)
        .where(Entity.canonical_id == canonical_id)
        .order_by(Article.published.nulls_last(), Entity.article_id, Entity.position)
    )
    return [
        {"article_id": a, "local_id": lid, "name": n, "kind": k, "published": p}
        for a, lid, n, k, p in rows
    ]


def merge(session: Session, ids: list[int]) -> CanonicalEntity:
    """Merge the canonical entities ``ids[1:]`` into ``ids[0]``; return it."""
    if len(ids) < 2:
        raise ZitateError(Errors.E321, detail="name at least two entities: INTO OTHER…")
    if len(set(ids)) != len(ids):
        raise ZitateError(Errors.E321, detail=f"an id is named twice: {ids}")
    lock(session)
    target, *sources = [get_entity(session, i) for i in ids]
    pins, article_pins = _pins(session, [s.id for s in sources])
    source_ids = [s.id for s in sources]
    session.execute(
        update(Entity).where(Entity.canonical_id.in_(source_ids)).values(canonical_id=target.id)
    )
    delete_canonical(session, source_ids)
    _record(
        session, "merge", target.id,
        {"into": target.id, "from": source_ids, "pins": pins, "article_pins": article_pins},
    )  # fmt: skip
    refresh(session, {target.id}, Corrections.replay(session).referenced)
    refresh_profiles(session, {target.id})
    return target


def split(session: Session, canonical_id: int, name: str) -> CanonicalEntity:
    """Move the document entities of ``canonical_id`` named ``name`` to a new canonical entity
    (named ``name``); return the new one."""
    lock(session)
    source = get_entity(session, canonical_id)
    name = _clean(name, canonical_id, Errors.E322)
    linked = session.scalars(select(Entity).where(Entity.canonical_id == canonical_id)).all()
    moved = [
        e for e in linked if fold(name) in (parse_name(e.name, e.kind).key, fold(e.name))
    ]  # fmt: skip
    if not moved:
        known = ", ".join(sorted({e.name for e in linked})) or "none"
        detail = f"no document entity is named {name!r} (names: {known})"
        raise ZitateError(Errors.E322, id=canonical_id, detail=detail)
    if len(moved) == len(linked):
        detail = f"every document entity is named {name!r}; rename it instead"
        raise ZitateError(Errors.E322, id=canonical_id, detail=detail)
    created = CanonicalEntity(name=name, kind=source.kind, locked=False)
    session.add(created)
    session.flush()
    pins, article_pins = _entity_pins(moved)
    for entity in moved:
        entity.canonical_id = created.id
    _record(
        session, "split", canonical_id,
        {"source": canonical_id, "into": created.id, "alias": name, "pins": pins,
         "article_pins": article_pins},
    )  # fmt: skip
    refresh(session, {canonical_id, created.id}, Corrections.replay(session).referenced)
    refresh_profiles(session, {canonical_id, created.id})
    return created


def rename(session: Session, canonical_id: int, name: str) -> CanonicalEntity:
    """Call ``canonical_id`` ``name`` from now on (``locked``); return it."""
    lock(session)
    entity = get_entity(session, canonical_id)
    name = _clean(name, canonical_id, Errors.E323)
    parsed = parse_name(name, entity.kind)
    pins = [] if parsed.role else [[entity.kind, parsed.key]]
    _record(session, "rename", canonical_id, {"name": name, "old": entity.name, "pins": pins})
    entity.name = name
    entity.locked = True
    session.flush()
    return entity


def corrections(session: Session, canonical_id: int | None = None) -> list[dict[str, Any]]:
    """The corrections log (all, or those naming ``canonical_id``), oldest first."""
    rows = session.scalars(select(Correction).order_by(Correction.id)).all()
    out = []
    for row in rows:
        args = row.args or {}
        named = {row.canonical_id, args.get("into"), args.get("source"), *args.get("from", [])}
        if canonical_id is None or canonical_id in named:
            out.append(
                {"id": row.id, "action": row.action, "canonical_id": row.canonical_id,
                 "args": args, "created_at": row.created_at.isoformat()}
            )  # fmt: skip
    return out


def _clean(name: str, canonical_id: int, code: Errors) -> str:
    name = " ".join((name or "").split())
    if not name or len(name) > MAX_NAME or "\x00" in name:
        detail = f"the name must be 1 to {MAX_NAME} characters without NUL"
        raise ZitateError(code, id=canonical_id, detail=detail)
    return name


def _pins(session: Session, ids: list[int]) -> tuple[list, list]:
    """Pins for every name of the canonical entities ``ids``: their document entities' names,
    and the name aliases of an entity that has no document entity left."""
    entities = session.scalars(select(Entity).where(Entity.canonical_id.in_(ids))).all()
    pins, article_pins = _entity_pins(entities)
    kinds = dict(session.execute(select(CanonicalEntity.id, CanonicalEntity.kind).where(
        CanonicalEntity.id.in_(ids))).all())  # fmt: skip
    for canonical_id, key in session.execute(
        select(CanonicalAlias.canonical_id, CanonicalAlias.key).where(
            CanonicalAlias.canonical_id.in_(ids), CanonicalAlias.type == "name"
        )
    ):
        pin = [kinds[canonical_id], key]
        if pin not in pins:
            pins.append(pin)
    return pins, article_pins


def _entity_pins(entities) -> tuple[list, list]:
    pins: list[list[str]] = []
    article_pins: list[list[str]] = []
    for entity in entities:
        name = parse_name(entity.name, entity.kind)
        if name.role:
            pin = [entity.article_id, entity.kind, name.key]
            if pin not in article_pins:
                article_pins.append(pin)
        elif [entity.kind, name.key] not in pins:
            pins.append([entity.kind, name.key])
    return pins, article_pins


def _record(session: Session, action: str, canonical_id: int, args: dict) -> None:
    session.add(Correction(action=action, canonical_id=canonical_id, args=args))
    session.flush()
