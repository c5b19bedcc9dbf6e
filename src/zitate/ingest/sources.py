"""Ingest stage, sources: what the user names (paths, ``-``) -> raw inputs -> ``Article``s.

``iter_articles`` yields one ``Article`` or one ``ZitateError`` per input, in order, so a batch
goes on after a bad input and the caller decides how to report it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import Errors, ZitateError
from .article import Article
from .text import article_from_text, decode_text

TEXT_SUFFIXES = {".txt", ".text", ""}
MAX_BYTES = 50 * 1024 * 1024


def iter_articles(
    inputs: Iterable[str], max_bytes: int = MAX_BYTES
) -> Iterator[Article | ZitateError]:
    for item in inputs:
        if item == "-":
            yield _guard(lambda: _from_bytes(sys.stdin.buffer.read(), "-", max_bytes))
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in TEXT_SUFFIXES)
            if not files:
                yield ZitateError(Errors.E002, item)
            for file in files:
                yield _guard(lambda file=file: _from_file(file, max_bytes))
        else:
            yield _guard(lambda path=path: _from_file(path, max_bytes))


def _guard(fn) -> Article | ZitateError:
    try:
        return fn()
    except ZitateError as err:
        return err


def _from_file(path: Path, max_bytes: int) -> Article:
    name = str(path)
    if not path.exists():
        raise ZitateError(Errors.E001, name)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ZitateError(Errors.E007, name, size=size, limit=max_bytes)
        data = path.read_bytes()
    except OSError as err:
        raise ZitateError(Errors.E006, name, detail=err.strerror or str(err)) from None
    return _from_bytes(data, name, max_bytes, source=path.name)


def _from_bytes(data: bytes, name: str, max_bytes: int, source: str | None = None) -> Article:
    if len(data) > max_bytes:
        raise ZitateError(Errors.E007, name, size=len(data), limit=max_bytes)
    return article_from_text(decode_text(data, name), name, source=source)
