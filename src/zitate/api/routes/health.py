"""GET /api/health: the service answers and its database is reachable.

The route runs on the event loop. The database is pinged at most once per ``PING_EVERY``
seconds, in a thread of the route's own small limiter and over a connection of its own
(``deps.health_engine``, never one of the data routes' pool); meanwhile the answer of the last
ping is given at once. So health answers within milliseconds while every thread and pooled
connection of the data routes is busy, and says 503 within ``PING_EVERY`` seconds of the
database failing.
"""

from __future__ import annotations

import time

import anyio
import anyio.to_thread
from fastapi import APIRouter
from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

from ... import __version__
from ...errors import Errors
from ..deps import EngineDep, health_engine, http_error
from ..schemas import ErrorResponse, Health

router = APIRouter(tags=["health"])
PING_EVERY = 1.0  # seconds an answer of the database is trusted
_limiter: anyio.CapacityLimiter | None = None  # per process; made on the first request
_last: dict[str, tuple[float, str]] = {}  # database -> (time of the last good ping, model)


@router.get("/health", response_model=Health, responses={503: {"model": ErrorResponse}})
async def health(engine: EngineDep) -> Health:
    """``status: ok`` with versions and the database backend; 503 when the database fails."""
    global _limiter
    key = str(engine.url)
    last = _last.get(key)
    if last is not None and time.monotonic() - last[0] < PING_EVERY:
        return Health(version=__version__, model_version=last[1], database=engine.dialect.name)
    if _limiter is None:
        _limiter = anyio.CapacityLimiter(2)
    try:
        model = await anyio.to_thread.run_sync(_ping, engine, limiter=_limiter)
    except SQLAlchemyError:
        _last.pop(key, None)
        raise http_error(503, Errors.E408, status=503, detail="database unavailable") from None
    _last[key] = (time.monotonic(), model)
    return Health(version=__version__, model_version=model, database=engine.dialect.name)


def _ping(engine: Engine) -> str:
    from ...record import model_version

    with health_engine(engine).connect() as conn:
        conn.execute(text("SELECT 1"))
    return model_version()
