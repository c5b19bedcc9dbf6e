"""API stage, read cache: the JSON answers of the read routes (``/api/quotes``,
``/api/articles``, ``/api/speakers`` and one article or speaker), kept per server process.

Input: a synchronous route that takes a ``session`` and returns plain data, and the pydantic
model of its answer. Output: the same answer as a ready JSON ``Response``. The key is the
database (URL and the random token it was created with), the route (module and qualified name),
its bound arguments and the database's change counter (``zitate.store.changes``: bumped by
triggers in every writer's transaction, whichever process writes). The stamp is read *before*
the data, in the request's own session, so an answer is never older than the number it is kept
under; after any write the number is larger and every answer is computed afresh, and a database
created again under the same URL (its counter back at 0) has another token. A hit costs one
primary-key query and no validation or serialisation; the request's connection goes back to
the pool before an answer is validated. At most ``MAX_BYTES`` of answers are kept (least
recently used go first). ``cached_value`` keeps what every page of a listing shares (the whole
speaker ranking, the number of articles) under the same kind of key, computed once per change
however many requests ask at once, so another page costs no aggregate query. A miss is
serialised by pydantic's own JSON serialiser (``model_dump_json``): the same bytes as FastAPI's
``jsonable_encoder`` + ``JSONResponse`` for every answer of the bench database, at 1/6–1/9 of
the CPU time (the encoder walks the validated model in Python, ~600 calls per page of hits).
"""

from __future__ import annotations

import functools
import inspect
import threading
from collections import OrderedDict

from fastapi.responses import Response
from pydantic import BaseModel
from sqlalchemy.orm import Session

from ..store.changes import change_stamp

MAX_BYTES = 32 * 1024 * 1024
MAX_VALUES = 64  # whole lists kept by ``cached_value`` (a few per database and change)
NUMBER = "zitate.changes"  # the change stamp a request read, in ``session.info``


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
    """Decorator of a synchronous read route that has a ``session`` parameter (put it under
    ``closes_session``): its answer validated by ``model`` once, then served from ``answers``
    while the database's change stamp stays the same. Errors are not kept.

    The key is the database (its URL and ``token``), the route (module and qualified name), its
    arguments bound to its signature (defaults filled in, the session left out, in the order of
    the signature; positional and keyword calls give the same key) and the change counter. The
    session's connection goes back to the pool as soon as the data is read: a hit holds it for
    the one stamp query, a miss for the route's queries, never while validating or serialising.
    The route's plain data, uncached, is ``decorated.data`` (the web pages call it)."""

    def wrap(route):
        signature = inspect.signature(route)
        if "session" not in signature.parameters:
            raise TypeError(f"{route.__qualname__}: a cached route needs a session parameter")
        name = f"{route.__module__}.{route.__qualname__}"

        @functools.wraps(route)
        def run(*args, **kwargs):
            bound = signature.bind(*args, **kwargs)
            bound.apply_defaults()
            session = bound.arguments["session"]
            if not isinstance(session, Session):
                raise TypeError(f"{name}: session is a {type(session).__name__}, not a Session")
            try:
                token, number = change_stamp(session)  # before the data: see the module docstring
                session.info[NUMBER] = (token, number)
                params = tuple((k, repr(v)) for k, v in bound.arguments.items() if k != "session")
                key = (_database(session), token, name, params, number)
                body = answers.get(key)
                if body is not None:
                    return Response(content=body, media_type="application/json")
                data = route(*args, **kwargs)
            finally:
                session.close()  # the connection back to the pool before any validation
            body = model.model_validate(data).model_dump_json().encode()
            answers.put(key, body)
            return Response(content=body, media_type="application/json")

        run.data = route  # the plain data, uncached, for callers with a session of their own
        return run

    return wrap


_values: OrderedDict[tuple, object] = OrderedDict()
_values_lock = threading.Lock()
_computing: dict[tuple, threading.Lock] = {}  # keys being computed: one lock each


def cached_value(session: Session, name: str, compute):
    """``compute()`` once per database, ``name`` and change stamp (the one the request read
    first, else read now): a value that every page of a listing shares — the whole speaker
    ranking, the number of articles — so that another page of it costs no aggregate query.
    Concurrent requests that miss the same key wait for one computation (one per change,
    never one per request)."""
    stamp = session.info.get(NUMBER)
    if stamp is None:
        stamp = session.info[NUMBER] = change_stamp(session)
    key = (_database(session), name, *stamp)
    with _values_lock:
        if key in _values:
            _values.move_to_end(key)
            return _values[key]
        computing = _computing.setdefault(key, threading.Lock())
    with computing:  # the first request computes; the others wait for its value
        with _values_lock:
            if key in _values:
                return _values[key]
        try:
            value = compute()
            with _values_lock:
                _values[key] = value
                while len(_values) > MAX_VALUES:
                    _values.popitem(last=False)
        finally:
            with _values_lock:
                _computing.pop(key, None)
    return value


def _database(session: Session) -> str:
    bind = session.get_bind()
    return bind.url.render_as_string(hide_password=True)
