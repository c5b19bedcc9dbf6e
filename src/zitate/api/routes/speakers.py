"""GET /api/speakers, GET /api/speakers/{id}: who is quoted, and how often.

A speaker is, for now, the document-level entities that speak quotations grouped by name and
kind across articles (cross-article entity linking comes later). Its id encodes name and kind.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy import Select, distinct, func, select

from ...errors import Errors
from ...store.models import Alias, Entity, Quotation
from ..deps import SessionDep, http_error
from ..schemas import ErrorResponse, SpeakerDetail, SpeakerPage
from .articles import Limit, Offset
from .quotes import QuoteFilter, like_pattern, parse_speaker_id, quote_page, search_text, speaker_id

router = APIRouter(prefix="/speakers", tags=["speakers"])


def speakers_query() -> Select:
    """``(name, kind, n_quotes, n_articles)`` per speaking entity name and kind."""
    return (
        select(
            Entity.name,
            Entity.kind,
            func.count(Quotation.id).label("n_quotes"),
            func.count(distinct(Entity.article_id)).label("n_articles"),
        )
        .join(Quotation, Quotation.speaker_entity_id == Entity.id)
        .group_by(Entity.name, Entity.kind)
    )


def speaker_out(row) -> dict:
    return {
        "id": speaker_id(row.name, row.kind),
        "name": row.name,
        "kind": row.kind,
        "n_quotes": row.n_quotes,
        "n_articles": row.n_articles,
    }


@router.get("", response_model=SpeakerPage, responses={422: {"model": ErrorResponse}})
def list_speakers(
    session: SessionDep,
    q: Annotated[str | None, search_text(description="Part of the name")] = None,
    kind: Annotated[str | None, Query(pattern=r"^[A-Z]{1,16}$", description="PER, ORG, …")] = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict:
    """Speakers with their quotation and article counts, most quoted first."""
    query = speakers_query()
    if q:
        query = query.where(Entity.name.ilike(like_pattern(q), escape="\\"))
    if kind:
        query = query.where(Entity.kind == kind)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.execute(
        query.order_by(func.count(Quotation.id).desc(), Entity.name, Entity.kind)
        .limit(limit)
        .offset(offset)
    )
    items = [speaker_out(row) for row in rows]
    return {"items": items, "total": total, "limit": limit, "offset": offset}


@router.get(
    "/{speaker_id}", response_model=SpeakerDetail, responses={404: {"model": ErrorResponse}}
)
def get_speaker(session: SessionDep, speaker_id: str, limit: Limit = 20, offset: Offset = 0):
    """One speaker: counts, the aliases the articles use, and a page of their quotations."""
    key = parse_speaker_id(speaker_id) if len(speaker_id) <= 2000 else None
    row = None
    if key is not None:
        name, kind = key
        query = speakers_query().where(Entity.name == name, Entity.kind == kind)
        row = session.execute(query).first()
    if row is None:
        raise http_error(404, Errors.E404, what="speaker", id=speaker_id[:100])
    aliases = session.scalars(
        select(Alias.alias)
        .join(Entity, Alias.entity_id == Entity.id)
        .where(Entity.name == row.name, Entity.kind == row.kind)
        .distinct()
        .order_by(Alias.alias)
    ).all()
    quotes = quote_page(session, QuoteFilter(entity=(row.name, row.kind)), limit, offset)
    return speaker_out(row) | {"aliases": list(aliases), "quotes": quotes}
