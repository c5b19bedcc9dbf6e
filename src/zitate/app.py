"""Serving stage, the whole application: the JSON API (``zitate.api``) with the web pages
(``zitate.web``) on top, as ``zitate serve`` runs it.

Input: ``Settings`` (or the environment's). Output: the FastAPI app — routers under ``/api``, the
OpenAPI docs, and the HTML pages, which reuse the API's routes (so the API never imports the
pages: the flow is api → web → app).
"""

from __future__ import annotations

from fastapi import FastAPI

from .api.core.config import Settings
from .api.main import create_api
from .web import install_pages


def create_app(settings: Settings | None = None) -> FastAPI:
    """The API and the pages; ``settings`` replaces the environment's (``get_settings()``)."""
    app = create_api(settings)
    install_pages(app)  # after the API's error handlers: errors of the pages become HTML pages
    return app
