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
from pydantic import BaseModel, Field

from ...store.disputes import list_disputes
from ..deps import SessionDep, closes_session
from ..schemas import ErrorResponse
from .articles import Limit, Offset
from .quotes import search_text

router = APIRouter(tags=["disputes"])

RelationType = Literal["denies", "contradicts", "confirms"]


class DisputeSide(BaseModel):
    """One statement of a dispute: the one that answers (``source``) or the claim (``target``)."""

    article_id: str = Field(description="Id of the article the statement is in")
    title: str | None = Field(default=None, description="That article's title")
    outlet: str | None = Field(default=None, description="That article's outlet (site)")
    published: str | None = Field(
        default=None, description="That article's publication date (ISO 8601), if known"
    )
    quote_id: str = Field(description="The statement's quotation id within its article („q3“)")
    text: str = Field(description="The statement's words")
    speaker: str | None = Field(
        default=None, description="Its speaker: entity name, else the mention („die Regierung“)"
    )
    type: str = Field(description="Its quotation type (Direct, Indirect, Reported, …)")


class DisputeOut(BaseModel):
    """A relation between two statements of different speakers."""

    type: RelationType = Field(
        description="``denies``, ``contradicts`` or ``confirms``: what source does to target"
    )
    confidence: float | None = Field(
        default=None, description="How sure the link to this claim is, in (0, 1)"
    )
    across: bool = Field(description="True when the two statements are in different articles")
    source: DisputeSide = Field(description="The statement that denies, contradicts or confirms")
    target: DisputeSide = Field(description="The claim it answers")


class DisputePage(BaseModel):
    """One page of disputes, newest denials first."""

    items: list[DisputeOut]
    total: int = Field(description="Disputes matching the filters (all pages)")
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
    type: Annotated[RelationType | None, Query(description="Only relations of this type")] = None,
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
