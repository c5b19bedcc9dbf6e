"""The FastAPI application: routers under ``/api``, OpenAPI at ``/docs`` and ``/redoc`` (assets
served from the package, ``docs.py``), and one error shape.

Every error answer is ``{"error": {"code", "message"}}``: ``ZitateError`` (bad input: 400; too
large: 413; models or database unavailable: 503), request validation (422), ``HTTPException``
(its status) and anything unexpected (500, message without internals).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import Errors, ZitateError
from .core.config import Settings, get_settings
from .deps import dispose_engines
from .docs import install_docs
from .routes import articles, disputes, extract, health, quotes, speakers, stats
from .status import STATUS_OF

log = logging.getLogger(__name__)


def error_response(status: int, code: str, message: str, headers=None) -> JSONResponse:
    body = {"error": {"code": code, "message": message}}
    return JSONResponse(body, status_code=status, headers=headers)


async def zitate_error(_request: Request, err: Exception) -> JSONResponse:
    assert isinstance(err, ZitateError)
    retry = getattr(err, "retry_after", None)
    headers = {"Retry-After": str(retry)} if retry else None
    return error_response(STATUS_OF.get(err.code, 400), err.code, str(err), headers)


async def validation_error(_request: Request, err: Exception) -> JSONResponse:
    assert isinstance(err, RequestValidationError)
    parts = []
    for item in err.errors():
        where = ".".join(str(p) for p in item.get("loc", ()))
        parts.append(f"{where}: {item.get('msg', 'invalid')}")
    detail = "; ".join(parts) or "malformed request"
    return error_response(422, Errors.E407.name, Errors.E407.value.format(detail=detail))


async def http_exception(_request: Request, err: Exception) -> JSONResponse:
    assert isinstance(err, StarletteHTTPException)
    detail = err.detail
    if isinstance(detail, dict) and {"code", "message"} <= detail.keys():
        code, message = str(detail["code"]), str(detail["message"])
    else:
        code = Errors.E408.name
        message = Errors.E408.value.format(status=err.status_code, detail=detail)
    return error_response(err.status_code, code, message, getattr(err, "headers", None))


async def unexpected_error(_request: Request, err: Exception) -> JSONResponse:
    log.exception("unexpected error: %s", err)
    return error_response(500, Errors.E499.name, Errors.E499.value)


def lifespan_for(settings: Settings):
    """Start-up: the thread pool of the synchronous routes gets ``settings.threads`` threads
    (the database pool is sized to match) and the process the GIL switch interval
    ``settings.switch_interval`` (the event loop, where health answers, takes the GIL back
    sooner from the routes' threads); shutdown: engines and analysis processes closed."""

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        import anyio.to_thread

        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.threads
        previous = sys.getswitchinterval()
        sys.setswitchinterval(settings.switch_interval)
        try:
            yield
        finally:
            sys.setswitchinterval(previous)
            dispose_engines()

    return lifespan


def create_api(settings: Settings | None = None) -> FastAPI:
    """The JSON API alone (``zitate.app.create_app`` adds the web pages); ``settings`` replaces
    the environment's (``get_settings()``)."""
    fixed = settings or get_settings()
    app = FastAPI(
        title="zitate",
        summary="Who said what, to whom, in German news.",
        version=__version__,
        lifespan=lifespan_for(fixed),
        docs_url=None,
        redoc_url=None,
    )
    install_docs(app)
    app.state.settings = fixed  # ``deps.app_settings``, not an override (see there)
    routers = (articles, quotes, speakers, disputes, stats)
    for router in (health.router, *(module.router for module in routers)):
        app.include_router(router, prefix="/api")
    app.include_router(extract.router, prefix="/api")
    app.add_exception_handler(ZitateError, zitate_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(StarletteHTTPException, http_exception)
    app.add_exception_handler(Exception, unexpected_error)
    return app
