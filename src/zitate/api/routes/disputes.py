"""GET /api/disputes: who contradicts whom — stored denials, contradictions and confirmations
with both statements, their speakers, articles, dates and outlets; filtered and paginated.

The rows come from ``zitate.store.disputes.list_disputes``: relations inside one article (found by
the disputes stage) and across articles (linked after storage, ``across: true``; the two sides
then name different articles). ``from``/``to`` compare against the denial's publication date.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel

from ...store.disputes import list_disputes
from ..deps import SessionDep, closes_session
from ..schemas import ErrorResponse
from .articles import Limit, Offset
from .quotes import search_text

router = APIRouter(tags=["disputes"])

RelationType = Literal["denies", "contradicts", "confirms"]


class DisputeSide(BaseModel):
    article_id: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    quote_id: str
    text: str
    speaker: str | None = None
    type: str


class DisputeOut(BaseModel):
    type: RelationType
    confidence: float | None = None
    across: bool
    source: DisputeSide
    target: DisputeSide


class DisputePage(BaseModel):
    items: list[DisputeOut]
    total: int
    limit: int
    offset: int


@router.get(
    "/disputes",
    response_model=DisputePage,
    responses={422: {"model": ErrorResponse}},
    summary="Who contradicts whom",
)
@closes_session
def get_disputes(
    session: SessionDep,
    q: Annotated[str | None, search_text(description="Words in either statement")] = None,
    speaker: Annotated[
        str | None, search_text(description="Part of a speaker's name, either side")
    ] = None,
    outlet: Annotated[
        str | None, search_text(description="Part of an outlet's name, either side")
    ] = None,
    date_from: Annotated[date | None, Query(alias="from", description="Denial on/after")] = None,
    date_to: Annotated[date | None, Query(alias="to", description="Denial on/before")] = None,
    type: RelationType | None = None,
    across: Annotated[
        bool | None, Query(description="true: only across articles; false: only within")
    ] = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict:
    """Denials (``denies``), contradictions and confirmations: each with the statement that
    answers (``source``) and the claim it answers (``target``), their speakers, articles,
    outlets and dates, the confidence of the target, and whether the two are in different
    articles (``across``). Newest denials first."""
    total, items = list_disputes(
        session,
        q=q,
        speaker=speaker,
        outlet=outlet,
        date_from=date_from.isoformat() if date_from else None,
        date_to=date_to.isoformat() if date_to else None,
        type=type,
        across=across,
        limit=limit,
        offset=offset,
    )
    return {"items": items, "total": total, "limit": limit, "offset": offset}
