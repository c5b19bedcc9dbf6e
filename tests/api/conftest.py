"""Fixtures for the API tests: the app on the store tests' databases (SQLite and PostgreSQL,
a fresh database per test), dependencies overridden, one lazily loaded pipeline per session."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from store.conftest import db_url, engine, full_gold_pages, postgres_base  # noqa: F401
from zitate.api.core.config import Settings
from zitate.api.deps import Pipeline, get_engine, get_pipeline
from zitate.app import create_app

TOKEN = "s3cret-token"
MAX_BODY = 600_000


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The attribution pipeline, loaded by the first test that analyses a text."""
    return Pipeline()


@pytest.fixture
def settings(db_url: str) -> Settings:  # noqa: F811
    return Settings(db_url=db_url, api_token=TOKEN, max_body_bytes=MAX_BODY)


@pytest.fixture
def client(settings: Settings, engine, pipeline: Pipeline):  # noqa: F811
    app = create_app(settings)
    app.dependency_overrides[get_engine] = lambda: engine
    app.dependency_overrides[get_pipeline] = lambda: pipeline
    with TestClient(app) as client:
        yield client
