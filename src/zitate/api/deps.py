"""Dependencies of the routes, as ``Annotated`` types: settings, database engine (its pool sized
to the server's threads; the health check has one connection of its own) and a session per
request (closed after the request, also on errors), the analysis ``Pipeline``
(``zitate.api.analysis``: loaded lazily, once per process; bounded queue and time), the
size-limited request body and the API token check.
"""

from __future__ import annotations

import functools
import secrets
import threading
from collections.abc import AsyncIterator
from typing import Annotated, Any

import anyio.to_thread
from fastapi import Depends, HTTPException, Request
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from ..errors import Errors
from .analysis import Limits, Pipeline
from .core.config import Settings, get_settings


async def app_settings(request: Request) -> Settings:
    """The settings of the app that serves the request (``create_api`` keeps them in
    ``app.state.settings``), else the environment's. A dependency of its own rather than an
    entry of ``app.dependency_overrides``: with any override set, FastAPI inspects the
    signature of every dependency again on every request (``get_dependant``: 0.3–0.5 ms CPU of
    a ~1.3 ms cached answer); the overrides stay free for the tests."""
    settings = getattr(request.app.state, "settings", None)
    return settings if isinstance(settings, Settings) else get_settings()


SettingsDep = Annotated[Settings, Depends(app_settings)]


def http_error(status: int, code: Errors, **fields: object) -> HTTPException:
    """An ``HTTPException`` whose detail is the error object ``{"code", "message"}``."""
    return HTTPException(status, detail={"code": code.name, "message": code.value.format(**fields)})


_engine_lock = threading.Lock()
_engines: dict[str, Engine] = {}


async def get_engine(settings: SettingsDep) -> Engine:
    """The migrated database of ``settings.db_url``, opened on first use (in a thread: it may
    migrate) and kept; its pool holds a connection for each thread of the synchronous routes."""
    engine = _engines.get(settings.db_url)
    if engine is None:
        engine = await anyio.to_thread.run_sync(_open_engine, settings)
    return engine


def _open_engine(settings: Settings) -> Engine:
    from ..store import open_db

    with _engine_lock:
        if settings.db_url not in _engines:
            pool = settings.threads + settings.db_pool_extra
            engine = open_db(settings.db_url, pool_size=pool, pool_timeout=settings.db_pool_timeout)
            _engines[settings.db_url] = engine
        return _engines[settings.db_url]


def health_engine(engine: Engine) -> Engine:
    """A second engine of ``engine``'s database with one connection of its own, for the health
    check: it never waits for (or takes) a connection of the routes' pool."""
    url = engine.url.render_as_string(hide_password=False)
    with _engine_lock:
        if url not in _health_engines:
            from ..store.db import make_engine

            _health_engines[url] = make_engine(url, pool_size=1, pool_timeout=5.0)
        return _health_engines[url]


_health_engines: dict[str, Engine] = {}


def dispose_engines() -> None:
    """Close the engines and the analysis processes of this process (the app's shutdown)."""
    with _engine_lock:
        for engine in (*_engines.values(), *_health_engines.values()):
            engine.dispose()
        _engines.clear()
        _health_engines.clear()
        for pipeline in _pipelines.values():
            pipeline.close()
        _pipelines.clear()


EngineDep = Annotated[Engine, Depends(get_engine)]


async def get_session(engine: EngineDep) -> AsyncIterator[Session]:
    """One session per request; read-only routes never commit, so it ends in a rollback.

    On the event loop: making a session opens no connection (the route's thread checks one out
    on its first query), and the read routes give theirs back themselves (``closes_session``),
    so most requests close an empty session here at no cost; only a session that still holds a
    connection (a page, an error half-way) is closed in a thread. A synchronous generator would
    cost every request two more trips through the thread pool (enter and exit), each waiting
    for a thread and for the GIL behind the busy routes."""
    session = Session(engine, expire_on_commit=False)
    try:
        yield session
    finally:
        if session.in_transaction():
            await anyio.to_thread.run_sync(session.close)
        else:
            session.close()


SessionDep = Annotated[Session, Depends(get_session)]


def closes_session(route):
    """A synchronous route that gives its session's connection back to the pool as soon as it
    returns — before FastAPI validates the answer in another thread and closes the session —
    so that requests waiting for a thread never hold connections (no pool exhaustion under
    load). The route must return plain data (no lazy ORM attributes)."""

    @functools.wraps(route)
    def run(*args, **kwargs):
        try:
            return route(*args, **kwargs)
        finally:
            for value in (*args, *kwargs.values()):
                if isinstance(value, Session):
                    value.close()

    return run


_pipelines: dict[Any, Pipeline] = {}


def get_pipeline(settings: SettingsDep) -> Pipeline:
    """The process's ``Pipeline`` for ``settings.model`` and its limits (the models load on
    first use)."""
    limits = Limits(
        budget=settings.analysis_budget,
        queue_timeout=settings.analysis_queue_timeout,
        max_queue=settings.analysis_max_queue,
        large_chars=settings.analysis_large_chars,
    )
    key = (settings.model, settings.analysis_processes, limits)
    with _engine_lock:
        if key not in _pipelines:
            processes = settings.analysis_processes
            _pipelines[key] = Pipeline(settings.model, processes=processes, limits=limits)
        return _pipelines[key]


PipelineDep = Annotated[Pipeline, Depends(get_pipeline)]


async def read_body(request: Request, settings: SettingsDep) -> bytes:
    """The request body, refused with 413 beyond ``settings.max_body_bytes`` — by the declared
    ``Content-Length`` before reading, and while streaming when none is declared."""
    limit = settings.max_body_bytes
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise http_error(413, Errors.E406, limit=limit)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise http_error(413, Errors.E406, limit=limit)
        chunks.append(chunk)
    return b"".join(chunks)


BodyDep = Annotated[bytes, Depends(read_body)]


def require_token(request: Request, settings: SettingsDep) -> None:
    """``Authorization: Bearer TOKEN`` (or ``X-API-Token``) must match ``settings.api_token``:
    401 without a token, 403 with a wrong one or when the server has none configured."""
    if settings.api_token is None or not settings.api_token.get_secret_value().strip():
        raise http_error(403, Errors.E403)  # an empty or blank token configures none
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    token = given.strip() if scheme.lower() == "bearer" else request.headers.get("x-api-token")
    if not token:
        raise HTTPException(
            401,
            detail={"code": Errors.E401.name, "message": Errors.E401.value},
            headers={"WWW-Authenticate": "Bearer"},
        )
    expected = settings.api_token.get_secret_value().encode()
    if not secrets.compare_digest(token.encode(), expected):
        raise http_error(403, Errors.E402)


TokenDep = Depends(require_token)
