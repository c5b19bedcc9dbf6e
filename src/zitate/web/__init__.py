"""Web stage: stored records and pasted articles -> HTML pages for people, served by the API app.

Takes the database and the pipeline of ``zitate.api`` (its dependencies and route functions) and
gives server-rendered pages — Jinja2 templates, one CSS file and a small script for the details
pane, shipped as package data: search (``/``), article (``/articles/{id}``), speakers
(``/speakers``, ``/speakers/{id}``), who contradicts whom (``/disputes``), statistics (``/stats``)
and paste (``/paste``). ``install_pages`` adds them to the app; errors of paths outside ``/api``
(and the OpenAPI docs) are then answered with an HTML page instead of the API's JSON error, with
the same status.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.staticfiles import StaticFiles
from starlette.responses import Response

from .disputes import router as disputes_router
from .messages import german
from .routes import error_page, router
from .stats_page import router as stats_router

STATIC = Path(__file__).parent / "static"
NOT_PAGES = ("/api/", "/docs", "/redoc", "/openapi.json", "/static/")
TITLES = {
    400: "Ungültige Anfrage",
    404: "Seite nicht gefunden",
    405: "Methode nicht erlaubt",
    413: "Eingabe zu groß",
    415: "Falsches Format",
    422: "Ungültige Anfrage",
    500: "Interner Fehler",
    503: "Dienst nicht verfügbar",
}

Handler = Callable[[Request, Exception], Awaitable[Response]]


def is_page(path: str) -> bool:
    """Whether ``path`` belongs to the web pages (everything but the API, docs and assets)."""
    return path != "/api" and not path.startswith(NOT_PAGES)


def install_pages(app: FastAPI) -> None:
    """Mount the pages and their assets on ``app``; call it after the app's exception handlers
    are registered, so that page errors become HTML pages."""
    app.include_router(router)
    app.include_router(disputes_router)
    app.include_router(stats_router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for key, handler in list(app.exception_handlers.items()):
        app.add_exception_handler(key, _html_for_pages(handler))


def _html_for_pages(handler: Handler) -> Handler:
    """``handler``, whose JSON error answer becomes an error page for page paths."""

    async def answer(request: Request, err: Exception) -> Response:
        response = await handler(request, err)
        if not is_page(request.url.path):
            return response
        try:
            error = json.loads(bytes(response.body))["error"]
            code = error["code"]
            message = f"{german(code, error['message'], response.status_code)} ({code})"
        except (ValueError, KeyError, TypeError):
            message = "Die Anfrage konnte nicht beantwortet werden."
        status = response.status_code
        page = error_page(request, status, TITLES.get(status, f"Fehler {status}"), message)
        for name in ("www-authenticate", "allow"):
            if name in response.headers:
                page.headers[name] = response.headers[name]
        return page

    return answer
