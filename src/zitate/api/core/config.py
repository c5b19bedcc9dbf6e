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
    """``ZITATE_DB_URL``, ``ZITATE_API_TOKEN``, ``ZITATE_MAX_BODY_BYTES``, ``ZITATE_MODEL``."""

    model_config = SettingsConfigDict(env_prefix="ZITATE_", extra="ignore")

    db_url: str = DEFAULT_DB_URL
    api_token: SecretStr | None = None  # no token: POST /api/articles is disabled
    max_body_bytes: int = Field(default=5 * 1024 * 1024, gt=0)
    model: Path | None = None  # base pipeline folder; None: the committed one


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The settings of this process, read from the environment on the first call."""
    return Settings()
