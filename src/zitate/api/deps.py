"""Dependencies of the routes, as ``Annotated`` types: settings, database engine and a session
per request, the NLP pipeline (loaded lazily, once per process), the size-limited request body
and the API token check.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from ..errors import Errors
from .core.config import Settings, get_settings

SettingsDep = Annotated[Settings, Depends(get_settings)]


def http_error(status: int, code: Errors, **fields: object) -> HTTPException:
    """An ``HTTPException`` whose detail is the error object ``{"code", "message"}``."""
    return HTTPException(status, detail={"code": code.name, "message": code.value.format(**fields)})


_engine_lock = threading.Lock()
_engines: dict[str, Engine] = {}


def get_engine(settings: SettingsDep) -> Engine:
    """The migrated database of ``settings.db_url``, opened on first use and kept."""
    from ..store import open_db

    with _engine_lock:
        if settings.db_url not in _engines:
            _engines[settings.db_url] = open_db(settings.db_url)
        return _engines[settings.db_url]


def dispose_engines() -> None:
    with _engine_lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()


EngineDep = Annotated[Engine, Depends(get_engine)]


def get_session(engine: EngineDep) -> Iterator[Session]:
    """One session per request; read-only routes never commit, so it ends in a rollback."""
    with Session(engine, expire_on_commit=False) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


class Pipeline:
    """The attribution pipeline, loaded with the first text it analyses; calls are serialised
    (one spaCy pipeline is not meant to be run by several threads at once)."""

    def __init__(self, model=None, nlp: Any | None = None) -> None:
        self.model = model
        self._nlp = nlp
        self._lock = threading.Lock()

    def __call__(self, text: str):
        """The analysed ``Doc`` of ``text``, of any length (``nlp.long.analyse``)."""
        from ..nlp.long import analyse

        with self._lock:
            if self._nlp is None:
                from ..quotes.pipeline import attribution_pipeline

                self._nlp = attribution_pipeline(self.model)
            return analyse(self._nlp, text)


_pipelines: dict[Any, Pipeline] = {}


def get_pipeline(settings: SettingsDep) -> Pipeline:
    """The process's ``Pipeline`` for ``settings.model`` (the models load on first use)."""
    with _engine_lock:
        return _pipelines.setdefault(settings.model, Pipeline(settings.model))


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
