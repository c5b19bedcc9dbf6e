"""GET /api/quotes: stored quotations, filtered and paginated.

``q`` is full-text search over the quotation text (``zitate.store.search``: words, „phrases“,
prefixes ``Regier*``; SQLite FTS5, PostgreSQL tsvector with German stemming): best matches first
when the words match at most 500 quotations, else the most recently stored first
(``RANK_LIMIT``; PostgreSQL then estimates the total: ``total_exact`` false); an unreadable query
is a 400 (E310). ``from``/``to`` compare against the article's publication
date (inclusive days); articles without a date drop out of date filters.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy.orm import Session

from ...errors import Errors
from ...store.crud import quote_record
from ...store.models import Quotation
from ...store.search import (  # noqa: F401 (speakers use like_pattern, search_quotes)
    MAX_ID,
    id_number,
    like_pattern,
    match_spans,
    search_page,
    search_quotes,
)
from ..cache import cached_answer
from ..deps import SessionDep, closes_session, http_error
from ..schemas import ErrorResponse, Medium, QuotePage, QuoteType
from .articles import Limit, Offset

router = APIRouter(tags=["quotes"])


@dataclass
class QuoteFilter:
    q: str | None = None
    speaker: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    type: QuoteType | None = None
    medium: Medium | None = None
    entity: tuple[str, str] | None = None  # (name, kind) of a speaker entity
    outlet: str | None = None


def quote_page(session: Session, f: QuoteFilter, limit: int, offset: int) -> dict:
    """One page of quotations matching ``f`` (``zitate.store.search.search_page``): best
    matches first when ``f.q`` is given and matches at most ``RANK_LIMIT`` quotations, else the
    most recently stored first; without ``f.q`` newest articles first, in text order."""
    found = search_page(
        session,
        f.q,
        speaker=f.speaker,
        outlet=f.outlet,
        date_from=f.date_from,
        date_to=f.date_to,
        type=f.type.value if f.type else None,
        medium=f.medium.value if f.medium else None,
        entity=f.entity,
        limit=limit,
        offset=offset,
    )
    items = [hit(row, f.q) for row in found.rows]
    return {
        "items": items, "total": found.total, "total_exact": found.exact,
        "limit": limit, "offset": offset,
    }  # fmt: skip


def hit(row: Quotation, query: str | None = None) -> dict:
    """The API's hit of ``row``; with ``query``, the ranges of the quotation text it matched."""
    article, entity = row.article, row.speaker_entity
    return {
        "highlights": [list(span) for span in match_spans(row.text, query)],
        "quote": quote_record(row),
        "article": {
            "id": article.id,
            "title": article.title,
            "url": article.url,
            "source": article.source.name if article.source else None,
            "published": article.published,
        },
        "speaker_name": entity.name if entity else None,
        "speaker_id": entity.canonical_id if entity else None,
    }


def search_text(description: str):
    """A free-text query parameter: at most 200 characters, no NUL (PostgreSQL refuses it)."""
    return Query(max_length=200, pattern=r"^[^\x00]*$", description=description)


@router.get(
    "/quotes", response_model=QuotePage, responses={s: {"model": ErrorResponse} for s in (400, 422)}
)
@closes_session
@cached_answer(QuotePage)
def list_quotes(
    session: SessionDep,
    q: Annotated[
        str | None,
        search_text(
            description='Words in the quotation: Waffenruhe, "sofortige Waffenruhe", Regier*'
        ),
    ] = None,
    speaker: Annotated[
        str | None, search_text(description="Part of the speaker's name or mention")
    ] = None,
    outlet: Annotated[str | None, search_text(description="Part of the outlet's name")] = None,
    date_from: Annotated[date | None, Query(alias="from", description="Published on/after")] = None,
    date_to: Annotated[date | None, Query(alias="to", description="Published on/before")] = None,
    type: QuoteType | None = None,
    medium: Medium | None = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict:
    """Stored quotations with their article and speaker, searched and filtered; paginated. With
    ``q``: ranked by relevance when the words match at most 500 quotations, else the most
    recently stored first (``total_exact`` false: ``total`` is an estimate). An
    all-digit ``speaker`` is also a speaker id, 0 to 2,147,483,647 (422 beyond)."""
    if speaker and speaker.isascii() and speaker.isdigit() and id_number(speaker) is None:
        raise http_error(422, Errors.E407, detail=f"speaker: an id is at most {MAX_ID}")
    f = QuoteFilter(q, speaker, date_from, date_to, type, medium, outlet=outlet)
    return quote_page(session, f, limit, offset)
