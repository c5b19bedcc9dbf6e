"""API stage, read cache: the JSON answers of the read routes (``/api/quotes``,
``/api/articles``, ``/api/speakers`` and one article or speaker), kept per server process.

Input: a synchronous route that takes a ``session`` and returns plain data, and the pydantic
model of its answer. Output: the same answer as a ready JSON ``Response``. The key is the
database, the route, its parameters and the database's change counter
(``zitate.store.changes``: bumped by triggers in every writer's transaction, whichever process
writes). The counter is read *before* the data, in the request's own session, so an answer is
never older than the number it is kept under; after any write the number is larger and every
answer is computed afresh. A hit costs one primary-key query and no validation or
serialisation. At most ``MAX_BYTES`` of answers are kept (least recently used go first).
``cached_value`` keeps what every page of a listing shares (the whole speaker ranking, the
number of articles) under the same kind of key, so another page costs no aggregate query.
"""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict

from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from sqlalchemy.orm import Session

from ..store.changes import change_number

MAX_BYTES = 32 * 1024 * 1024
MAX_VALUES = 64  # whole lists kept by ``cached_value`` (a few per database and change)
NUMBER = "zitate.changes"  # the change number a request read, in ``session.info``


class AnswerCache:
    """A thread-safe LRU map ``key -> bytes`` bounded by the total size of its values."""

    def __init__(self, max_bytes: int = MAX_BYTES) -> None:
        self.max_bytes = max_bytes
        self._items: OrderedDict[tuple, bytes] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, key: tuple) -> bytes | None:
        with self._lock:
            body = self._items.get(key)
            if body is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
            return body

    def put(self, key: tuple, body: bytes) -> None:
        if len(body) > self.max_bytes // 8:
            return  # one huge answer never pushes out the rest
        with self._lock:
            old = self._items.pop(key, None)
            self._size += len(body) - (len(old) if old is not None else 0)
            self._items[key] = body
            while self._size > self.max_bytes:
                _, dropped = self._items.popitem(last=False)
                self._size -= len(dropped)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._size = 0


answers = AnswerCache()


def cached_answer(model: type[BaseModel]):
    """Decorator of a synchronous read route with a ``session`` keyword parameter (put it under
    ``closes_session``): its answer validated by ``model`` once, then served from
    ``answers`` while the database's change counter stays the same. Errors are not kept. A
    call with the session as a positional argument (the web pages call the routes as
    functions) gets the route's plain data, uncached."""

    def wrap(route):
        @functools.wraps(route)
        def run(*args, **kwargs):
            session: Session | None = kwargs.get("session")
            if session is None:  # called from Python (the web pages): the plain data, as is
                return route(*args, **kwargs)
            number = change_number(session)  # before the data: see the module docstring
            session.info[NUMBER] = number
            params = tuple(sorted((k, repr(v)) for k, v in kwargs.items() if k != "session"))
            key = (_database(session), route.__name__, params, number)
            body = answers.get(key)
            if body is None:
                data = route(*args, **kwargs)
                answer = jsonable_encoder(model.model_validate(data))
                body = JSONResponse(answer).body
                answers.put(key, body)
            return Response(content=body, media_type="application/json")

        return run

    return wrap


_values: OrderedDict[tuple, object] = OrderedDict()
_values_lock = threading.Lock()


def cached_value(session: Session, name: str, compute):
    """``compute()`` once per database, ``name`` and change number (the one the request read
    first, else read now): a value that every page of a listing shares — the whole speaker
    ranking, the number of articles — so that another page of it costs no aggregate query."""
    number = session.info.get(NUMBER)
    if number is None:
        number = session.info[NUMBER] = change_number(session)
    key = (_database(session), name, number)
    with _values_lock:
        if key in _values:
            _values.move_to_end(key)
            return _values[key]
    value = compute()
    with _values_lock:
        _values[key] = value
        while len(_values) > MAX_VALUES:
            _values.popitem(last=False)
    return value


def _database(session: Session) -> str:
    bind = session.get_bind()
    return bind.url.render_as_string(hide_password=True)
