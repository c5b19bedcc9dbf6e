"""GET /api/health: the service answers and its database is reachable.

The route runs on the event loop and pings the database in a thread of its own small pool (not
the one of the synchronous routes), so it answers within milliseconds while every thread of the
data routes is busy.
"""

from __future__ import annotations

import anyio
import anyio.to_thread
from fastapi import APIRouter
from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

from ... import __version__
from ...errors import Errors
from ..deps import EngineDep, http_error
from ..schemas import ErrorResponse, Health

router = APIRouter(tags=["health"])
_limiter: anyio.CapacityLimiter | None = None  # per process; made on the first request


@router.get("/health", response_model=Health, responses={503: {"model": ErrorResponse}})
async def health(engine: EngineDep) -> Health:
    """``status: ok`` with versions and the database backend; 503 when the database fails."""
    global _limiter
    if _limiter is None:
        _limiter = anyio.CapacityLimiter(4)
    try:
        model = await anyio.to_thread.run_sync(_ping, engine, limiter=_limiter)
    except SQLAlchemyError:
        raise http_error(503, Errors.E408, status=503, detail="database unavailable") from None
    return Health(version=__version__, model_version=model, database=engine.dialect.name)


def _ping(engine: Engine) -> str:
    from ...record import model_version

    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    return model_version()
