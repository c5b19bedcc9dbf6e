"""API settings: one pydantic-settings class, read from ``ZITATE_*`` environment variables.

``get_settings()`` reads them when first called (never at import time) and keeps the result.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DB_URL = "sqlite:///zitate.db"


class Settings(BaseSettings):
    """``ZITATE_DB_URL``, ``ZITATE_API_TOKEN``, ``ZITATE_MAX_BODY_BYTES``, ``ZITATE_MODEL``;
    the server's concurrency: ``ZITATE_THREADS`` (threads of the synchronous routes; the
    database pool holds as many connections, plus ``ZITATE_DB_POOL_EXTRA``), the GIL's switch
    interval of a server process (``ZITATE_SWITCH_INTERVAL``) and the analyses' limits
    ``ZITATE_ANALYSIS_*`` (``zitate.api.analysis``)."""

    model_config = SettingsConfigDict(env_prefix="ZITATE_", extra="ignore")

    db_url: str = DEFAULT_DB_URL
    api_token: SecretStr | None = None  # no token: POST /api/articles is disabled
    max_body_bytes: int = Field(default=5 * 1024 * 1024, gt=0)
    model: Path | None = None  # base pipeline folder; None: the committed one
    # few threads: the routes are CPU-bound (SQLite in-process, serialisation); more threads only
    # queue for the GIL, and the event loop (health, accepting) with them
    threads: int = Field(default=8, ge=1, le=1000)
    db_pool_extra: int = Field(default=8, ge=0, le=1000)  # health checks, the pages' requests
    # seconds a thread may hold the GIL while another waits for it (Python's default: 0.005):
    # the event loop (health, accepting, writing answers) waits for the GIL after every socket
    # call, each time up to this long behind the routes' busy threads
    switch_interval: float = Field(default=0.001, gt=0, le=0.1)
    db_pool_timeout: float = Field(default=10.0, gt=0)
    analysis_processes: bool = False  # ``zitate serve`` sets it: one process per lane
    analysis_budget: float = Field(default=30.0, gt=0)
    analysis_queue_timeout: float = Field(default=10.0, ge=0)
    analysis_max_queue: int = Field(default=8, ge=0)
    analysis_large_chars: int = Field(default=20_000, ge=1)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The settings of this process, read from the environment on the first call."""
    return Settings()
