"""Storage stage, speakers: who is quoted, as canonical (cross-article) entities.

Input: a session on a linked database (``zitate.store.linking``). Output: plain dicts for the
API, the command line and the web pages — ``top_speakers`` (most quoted first, with quotation and
article counts), ``speaker_detail`` (names and roles with their dates, outlets, most frequent
cues, quotations over time) and ``speaker_quotes`` (a page of one speaker's ``Quotation`` rows).
A quotation counts for the canonical entity its speaker's document entity is linked to.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, distinct, func, or_, select
from sqlalchemy.orm import Session, selectinload

from .models import Article, CanonicalAlias, CanonicalEntity, Entity, Quotation, Source
from .search import like_pattern

MAX_CUES = 10


def _counts() -> Select:
    """``(id, name, kind, n_quotes, n_articles)`` per canonical entity that speaks."""
    n_quotes = func.count(Quotation.id).label("n_quotes")
    return (
        select(
            CanonicalEntity.id,
            CanonicalEntity.name,
            CanonicalEntity.kind,
            n_quotes,
            func.count(distinct(Quotation.article_id)).label("n_articles"),
        )
        .join(Entity, Entity.canonical_id == CanonicalEntity.id)
        .join(Quotation, Quotation.speaker_entity_id == Entity.id)
        .group_by(CanonicalEntity.id, CanonicalEntity.name, CanonicalEntity.kind)
    )


def _speaker(row) -> dict[str, Any]:
    return {
        "id": row.id,
        "name": row.name,
        "kind": row.kind,
        "n_quotes": row.n_quotes,
        "n_articles": row.n_articles,
    }


def top_speakers(
    session: Session, limit: int = 20, offset: int = 0, *, q: str | None = None,
    kind: str | None = None,
) -> dict[str, Any]:  # fmt: skip
    """The most quoted canonical entities: ``{"items": [{"id", "name", "kind", "n_quotes",
    "n_articles"}], "total", "limit", "offset"}``; ``q`` narrows to a part of a name or role
    („Trump“, „US-Präsident“), ``kind`` to PER, ORG…"""
    query = _counts()
    if q:
        pattern = like_pattern(q)
        named = select(CanonicalAlias.canonical_id).where(
            CanonicalAlias.alias.ilike(pattern, escape="\\")
        )
        query = query.where(
            or_(CanonicalEntity.name.ilike(pattern, escape="\\"), CanonicalEntity.id.in_(named))
        )
    if kind:
        query = query.where(CanonicalEntity.kind == kind)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.execute(
        query.order_by(func.count(Quotation.id).desc(), CanonicalEntity.name, CanonicalEntity.id)
        .limit(limit)
        .offset(offset)
    )
    return {"items": [_speaker(r) for r in rows], "total": total, "limit": limit, "offset": offset}


def speaker_detail(
    session: Session, canonical_id: int, *, limit: int | None = 1000
) -> dict[str, Any] | None:
    """One canonical entity, or ``None`` if there is none with ``canonical_id``:

    ``id``, ``name``, ``kind``, ``locked``, ``n_quotes``, ``n_articles``, ``n_mentions`` (document
    entities linked), ``first_quoted``/``last_quoted`` (publication dates), ``aliases`` (names
    and role titles: ``alias``, ``type`` name|role, ``first_seen``, ``last_seen``, ``count``),
    ``outlets`` (``name``, ``n_quotes``), ``cues`` (the most frequent, lower-cased: ``cue``,
    ``n_quotes``) and ``timeline``: its quotations ordered by publication date (undated last),
    each with ``quote_id``, ``type``, ``medium``, ``text``, ``cue``, ``date`` and ``article``
    (``id``, ``title``, ``source``); with ``limit``, the newest ``limit`` of them."""
    entity = session.get(CanonicalEntity, canonical_id)
    if entity is None:
        return None
    counts = session.execute(_counts().where(CanonicalEntity.id == canonical_id)).first()
    spoken = _spoken(canonical_id)
    dates = session.execute(
        select(func.min(Article.published), func.max(Article.published)).where(
            Article.id.in_(select(Quotation.article_id).where(spoken))
        )
    ).one()
    n_mentions = session.scalar(
        select(func.count()).select_from(Entity).where(Entity.canonical_id == canonical_id)
    )
    return {
        "id": entity.id,
        "name": entity.name,
        "kind": entity.kind,
        "locked": entity.locked,
        "gender": entity.gender,
        "category": entity.category,
        "party": entity.party,
        "profile": entity.profile,
        "n_quotes": counts.n_quotes if counts else 0,
        "n_articles": counts.n_articles if counts else 0,
        "n_mentions": n_mentions or 0,
        "first_quoted": dates[0],
        "last_quoted": dates[1],
        "aliases": aliases_of(session, canonical_id),
        "outlets": _outlets(session, canonical_id),
        "cues": _cues(session, canonical_id),
        "timeline": _timeline(session, canonical_id, limit),
    }


def aliases_of(session: Session, canonical_id: int) -> list[dict[str, Any]]:
    """Names first, then role titles; each by how many document entities carry it."""
    rows = session.scalars(
        select(CanonicalAlias)
        .where(CanonicalAlias.canonical_id == canonical_id)
        .order_by(CanonicalAlias.type, CanonicalAlias.count.desc(), CanonicalAlias.alias)
    )
    return [
        {
            "alias": a.alias,
            "type": a.type,
            "first_seen": a.first_seen.isoformat() if a.first_seen else None,
            "last_seen": a.last_seen.isoformat() if a.last_seen else None,
            "count": a.count,
        }
        for a in rows
    ]


def speaker_quotes(
    session: Session, canonical_id: int, limit: int = 20, offset: int = 0
) -> tuple[list[Quotation], int]:
    """A page of the quotations of ``canonical_id`` (newest articles first, in text order) with
    their article, source and speaker loaded, and how many there are in all."""
    where = _spoken(canonical_id)
    total = session.scalar(select(func.count()).select_from(Quotation).where(where)) or 0
    rows = session.scalars(
        select(Quotation)
        .join(Article, Article.id == Quotation.article_id)
        .where(where)
        .options(
            selectinload(Quotation.article).selectinload(Article.source),
            selectinload(Quotation.speaker_entity),
            selectinload(Quotation.addressee_entity),
        )
        .order_by(Article.published.desc().nulls_last(), Article.id, Quotation.position)
        .limit(limit)
        .offset(offset)
    ).all()
    return list(rows), total


def _spoken(canonical_id: int):
    """The condition „the quotation's speaker is linked to ``canonical_id``“."""
    linked = select(Entity.id).where(Entity.canonical_id == canonical_id)
    return Quotation.speaker_entity_id.in_(linked)


def _outlets(session: Session, canonical_id: int) -> list[dict[str, Any]]:
    n = func.count(Quotation.id)
    rows = session.execute(
        select(Source.name, n)
        .join(Article, Article.source_id == Source.id)
        .join(Quotation, Quotation.article_id == Article.id)
        .where(_spoken(canonical_id))
        .group_by(Source.name)
        .order_by(n.desc(), Source.name)
    )
    return [{"name": name, "n_quotes": count} for name, count in rows]


def _cues(session: Session, canonical_id: int) -> list[dict[str, Any]]:
    cue = func.lower(Quotation.cue_text)
    n = func.count(Quotation.id)
    rows = session.execute(
        select(cue, n)
        .where(_spoken(canonical_id), Quotation.cue_text.is_not(None))
        .group_by(cue)
        .order_by(n.desc(), cue)
        .limit(MAX_CUES)
    )
    return [{"cue": text, "n_quotes": count} for text, count in rows]


def _timeline(session: Session, canonical_id: int, limit: int | None) -> list[dict[str, Any]]:
    query = (
        select(Quotation, Article.title, Article.published, Source.name)
        .join(Article, Article.id == Quotation.article_id)
        .outerjoin(Source, Source.id == Article.source_id)
        .where(_spoken(canonical_id))
        .order_by(
            Article.published.desc().nulls_last(), Article.id.desc(), Quotation.position.desc()
        )
    )
    if limit is not None:
        query = query.limit(limit)
    rows = session.execute(query).all()
    dated = [r for r in rows if r.published][::-1]
    undated = [r for r in rows if not r.published][::-1]
    return [
        {
            "quote_id": quote.local_id,
            "type": quote.type,
            "medium": quote.medium,
            "text": quote.text,
            "cue": quote.cue_text,
            "date": published,
            "article": {"id": quote.article_id, "title": title, "source": source},
        }
        for quote, title, published, source in dated + undated
    ]
