"""GET /api/speakers, GET /api/speakers/{id}: who is quoted, and how often.

A speaker is a canonical (cross-article) entity of ``zitate.store.linking``: „Trump“, „Donald
Trump“ and „US-Präsident Donald Trump“ in several articles are one speaker, whose id is the
canonical entity's id (as in ``zitate entities list``). The queries are
``zitate.store.speakers``'s, shared with the command line and the web pages.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ...errors import Errors
from ...store.search import id_number
from ...store.speakers import speaker_detail, speaker_quotes, top_speakers
from ..cache import cached_answer, cached_value
from ..deps import SessionDep, closes_session, http_error
from ..schemas import ErrorResponse, SpeakerDetail, SpeakerPage
from .articles import Limit, Offset
from .quotes import hit, search_text

router = APIRouter(prefix="/speakers", tags=["speakers"])
MAX_TIMELINE = 1000  # the detail's timeline holds the newest this many quotations
ALL = 2**31 - 1  # no limit


@router.get("", response_model=SpeakerPage, responses={422: {"model": ErrorResponse}})
@closes_session
@cached_answer(SpeakerPage)
def list_speakers(
    session: SessionDep,
    q: Annotated[str | None, search_text(description="Part of a name or role title")] = None,
    kind: Annotated[str | None, Query(pattern=r"^[A-Z]{1,16}$", description="PER, ORG, …")] = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict:
    """Speakers with their quotation and article counts, most quoted first."""
    if q or kind:
        return top_speakers(session, limit, offset, q=q, kind=kind)
    # every page of the plain listing slices one ranking, computed once per database change
    ranking = cached_value(session, "speakers", lambda: top_speakers(session, ALL, 0)["items"])
    items = ranking[offset : offset + limit]
    return {"items": items, "total": len(ranking), "limit": limit, "offset": offset}


@router.get(
    "/{speaker_id}", response_model=SpeakerDetail, responses={404: {"model": ErrorResponse}}
)
@closes_session
@cached_answer(SpeakerDetail)
def get_speaker(session: SessionDep, speaker_id: str, limit: Limit = 20, offset: Offset = 0):
    """One speaker: counts, names and role titles with their dates, outlets, most frequent
    cues, the quotations over time (``timeline``, oldest first; the newest 1000) and a page of
    them with their articles (``quotes``, newest first)."""
    canonical_id = id_number(speaker_id)
    detail = None
    if canonical_id is not None:
        detail = speaker_detail(session, canonical_id, limit=MAX_TIMELINE)
    if detail is None:
        raise http_error(404, Errors.E404, what="speaker", id=speaker_id[:100])
    rows, total = speaker_quotes(session, canonical_id, limit, offset)
    page = {"items": [hit(row) for row in rows], "total": total, "limit": limit, "offset": offset}
    return detail | {"quotes": page}
