"""GET /api/stats and /api/stats/top: who is quoted, counted over the quotation search's filters.

Input: the filters of ``GET /api/quotes`` (``q``, ``speaker``, ``outlet``, ``from``, ``to``,
``type``, ``medium``) and ``by`` (1-3 of outlet, gender, category, party, kind, month, type,
medium). Output: the counts of ``zitate.store.stats`` — the same JSON as ``zitate stats
--format json``; a bad ``by`` or query is a 400 (E325, E310).
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from ...store.search import SearchFilter
from ...store.stats import DIMENSIONS, MAX_TOP, quote_stats, top_speakers
from ..deps import SessionDep, closes_session
from ..schemas import ErrorResponse, Medium, QuoteType
from .quotes import search_text

router = APIRouter(tags=["stats"])
ERRORS = {s: {"model": ErrorResponse} for s in (400, 422)}


class StatsAnswer(BaseModel):
    by: list[str] = Field(description="The dimensions counted by, in order.")
    filter: dict[str, Any] = Field(description="The filters applied.")
    total: int = Field(description="Quotations matching the filters.")
    rows: list[dict[str, str | int | float | None]] = Field(
        description="One row per combination: each dimension's value (null: no linked speaker, "
        "not a person, no date), `n` quotations and `share` of those with the same values of "
        "the dimensions before the last (of `total` with one dimension)."
    )


class TopSpeaker(BaseModel):
    id: int
    name: str
    kind: str
    gender: str | None
    category: str | None
    party: str | None
    n: int
    share: float


class OutletTop(BaseModel):
    outlet: str | None
    total: int
    speakers: list[TopSpeaker]


class TopAnswer(BaseModel):
    filter: dict[str, Any]
    outlets: list[OutletTop]


def _filter(q, speaker, outlet, date_from, date_to, type, medium) -> SearchFilter:
    return SearchFilter(
        q, speaker, outlet, date_from, date_to, type.value if type else None,
        medium.value if medium else None,
    )  # fmt: skip


Q = Annotated[str | None, search_text(description="Words in the quotation: Waffenruhe, Regier*")]
Speaker = Annotated[str | None, search_text(description="Part of the speaker's name, or an id")]
Outlet = Annotated[str | None, search_text(description="Part of the outlet's name")]
From = Annotated[date | None, Query(alias="from", description="Published on/after")]
To = Annotated[date | None, Query(alias="to", description="Published on/before")]


@router.get("/stats", response_model=StatsAnswer, responses=ERRORS)
@closes_session
def stats(
    session: SessionDep,
    by: Annotated[
        str, Query(max_length=100, description=f"1-3 of {', '.join(DIMENSIONS)}, comma-separated")
    ] = "gender",
    q: Q = None,
    speaker: Speaker = None,
    outlet: Outlet = None,
    date_from: From = None,
    date_to: To = None,
    type: QuoteType | None = None,
    medium: Medium | None = None,
) -> dict:
    """Quotations matching the search's filters, counted by speaker gender, category, party,
    outlet, month… with shares (``zitate stats``)."""
    f = _filter(q, speaker, outlet, date_from, date_to, type, medium)
    return quote_stats(session, f, by)


@router.get("/stats/top", response_model=TopAnswer, responses=ERRORS)
@closes_session
def top(
    session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=MAX_TOP, description="Speakers per outlet")] = 5,
    q: Q = None,
    speaker: Speaker = None,
    outlet: Outlet = None,
    date_from: From = None,
    date_to: To = None,
    type: QuoteType | None = None,
    medium: Medium | None = None,
) -> dict:
    """The most quoted speakers per outlet among the quotations matching the filters."""
    f = _filter(q, speaker, outlet, date_from, date_to, type, medium)
    return top_speakers(session, f, limit)
