"""GET /api/health: the service answers and its database is reachable."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from ... import __version__
from ...errors import Errors
from ..deps import SessionDep, http_error
from ..schemas import ErrorResponse, Health

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Health, responses={503: {"model": ErrorResponse}})
def health(session: SessionDep) -> Health:
    """``status: ok`` with versions and the database backend; 503 when the database fails."""
    from ...record import model_version

    try:
        session.execute(text("SELECT 1"))
    except SQLAlchemyError:
        raise http_error(503, Errors.E408, status=503, detail="database unavailable") from None
    backend = session.get_bind().dialect.name
    return Health(version=__version__, model_version=model_version(), database=backend)
