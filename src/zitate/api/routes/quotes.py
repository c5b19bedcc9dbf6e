"""GET /api/quotes: stored quotations, filtered and paginated.

``q`` is a case-insensitive substring match (``LIKE``) over the quotation text for now; full-text
search (SQLite FTS5, PostgreSQL tsvector) is a later step. ``from``/``to`` compare against the
article's publication date (inclusive days); articles without a date drop out of date filters.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from ...store.crud import quote_record
from ...store.models import Article, Entity, Quotation
from ..deps import SessionDep
from ..schemas import ErrorResponse, Medium, QuotePage, QuoteType
from .articles import Limit, Offset

router = APIRouter(tags=["quotes"])


def speaker_id(name: str, kind: str) -> str:
    """The id of the speaker ``name`` of ``kind`` (url-safe base64 of ``kind\\tname``)."""
    return base64.urlsafe_b64encode(f"{kind}\t{name}".encode()).decode().rstrip("=")


def parse_speaker_id(value: str) -> tuple[str, str] | None:
    """``speaker_id`` -> ``(name, kind)``, or ``None`` when ``value`` is not such an id."""
    try:
        raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    kind, sep, name = raw.partition("\t")
    return (name, kind) if sep and name and kind and "\x00" not in raw else None


def like_pattern(text: str) -> str:
    """``%text%`` for a case-insensitive ``LIKE``, with ``%``, ``_`` and ``\\`` escaped."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@dataclass
class QuoteFilter:
    q: str | None = None
    speaker: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    type: QuoteType | None = None
    medium: Medium | None = None
    entity: tuple[str, str] | None = None  # (name, kind) of a speaker entity


def filtered(query: Select, f: QuoteFilter, speaker: type[Entity]) -> Select:
    """``query`` over ``Quotation`` joined with ``Article`` and the ``speaker`` entity, narrowed
    by ``f``."""
    if f.q:
        query = query.where(Quotation.text.ilike(like_pattern(f.q), escape="\\"))
    if f.speaker:
        pattern = like_pattern(f.speaker)
        query = query.where(
            or_(
                Quotation.speaker_text.ilike(pattern, escape="\\"),
                speaker.name.ilike(pattern, escape="\\"),
            )
        )
    if f.date_from:
        query = query.where(Article.published >= f.date_from.isoformat())
    if f.date_to:
        # "~" sorts after every character of an ISO date, so the whole day is included
        query = query.where(Article.published < f"{f.date_to.isoformat()}~")
    if f.type:
        query = query.where(Quotation.type == f.type.value)
    if f.medium:
        query = query.where(Quotation.medium == f.medium.value)
    if f.entity:
        query = query.where(speaker.name == f.entity[0], speaker.kind == f.entity[1])
    return query


def quote_page(session: Session, f: QuoteFilter, limit: int, offset: int) -> dict:
    """One page of quotations matching ``f``, newest articles first, in text order."""
    speaker = aliased(Entity)
    base = (
        select(Quotation)
        .join(Article, Quotation.article_id == Article.id)
        .outerjoin(speaker, Quotation.speaker_entity_id == speaker.id)
    )
    query = filtered(base, f, speaker)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.scalars(
        query.options(
            selectinload(Quotation.article).selectinload(Article.source),
            selectinload(Quotation.speaker_entity),
            selectinload(Quotation.addressee_entity),
        )
        .order_by(Article.published.desc().nulls_last(), Article.id, Quotation.position)
        .limit(limit)
        .offset(offset)
    )
    items = [hit(row) for row in rows]
    return {"items": items, "total": total, "limit": limit, "offset": offset}


def hit(row: Quotation) -> dict:
    article, entity = row.article, row.speaker_entity
    return {
        "quote": quote_record(row),
        "article": {
            "id": article.id,
            "title": article.title,
            "url": article.url,
            "source": article.source.name if article.source else None,
            "published": article.published,
        },
        "speaker_name": entity.name if entity else None,
        "speaker_id": speaker_id(entity.name, entity.kind) if entity else None,
    }


def search_text(description: str):
    """A free-text query parameter: at most 200 characters, no NUL (PostgreSQL refuses it)."""
    return Query(max_length=200, pattern=r"^[^\x00]*$", description=description)


@router.get("/quotes", response_model=QuotePage, responses={422: {"model": ErrorResponse}})
def list_quotes(
    session: SessionDep,
    q: Annotated[str | None, search_text(description="Words in the quotation")] = None,
    speaker: Annotated[
        str | None, search_text(description="Part of the speaker's name or mention")
    ] = None,
    date_from: Annotated[date | None, Query(alias="from", description="Published on/after")] = None,
    date_to: Annotated[date | None, Query(alias="to", description="Published on/before")] = None,
    type: QuoteType | None = None,
    medium: Medium | None = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict:
    """Stored quotations with their article and speaker, filtered; paginated."""
    f = QuoteFilter(q, speaker, date_from, date_to, type, medium)
    return quote_page(session, f, limit, offset)
