"""Ingest stage, sources: what the user names (paths, folders, URLs, ``-``) -> ``Article``s.

Each kind of input is a source, a generator of ``RawInput`` (or ``ZitateError``) behind one
``Source`` protocol: HTML files (.html, .htm, .html.gz), text files, WARC/ARC archives, JSONL
dumps, stdin and URLs. ``iter_articles`` turns every raw input into one ``Article`` (language set,
near-duplicates marked) or one ``ZitateError``, in order, so a batch goes on after a bad input.
"""

from __future__ import annotations

import io
import logging
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol

from ..errors import Errors, ZitateError, unexpected
from .archives import RawInput, iter_jsonl, iter_warc
from .article import Article
from .settings import MAX_BYTES, IngestSettings

log = logging.getLogger(__name__)
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
TEXT_SUFFIXES = {".txt", ".text", ""}
WARC_SUFFIXES = {".warc", ".arc"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED = HTML_SUFFIXES | TEXT_SUFFIXES | WARC_SUFFIXES | JSONL_SUFFIXES


class Source(Protocol):
    def fetch(self) -> Iterator[RawInput | ZitateError]: ...


class FileSource:
    """One file: HTML, text, WARC or JSONL, optionally gzipped (``.gz``)."""

    def __init__(self, path: Path, settings: IngestSettings) -> None:
        self.path, self.settings = path, settings

    def fetch(self) -> Iterator[RawInput | ZitateError]:
        name, kind = str(self.path), kind_of(self.path)
        if kind == "warc":
            yield from _guarded_iter(lambda: iter_warc(self.path, self.settings), name)
            return
        try:
            data = read_file(self.path, self.settings.max_bytes)
        except ZitateError as err:
            yield err
            return
        if kind == "jsonl":
            yield from iter_jsonl(iter(io.BytesIO(data)), name, self.settings)
        else:
            yield RawInput(name, data, kind if kind != "sniff" else sniff(data))


class FolderSource:
    """Every supported file below a folder, in sorted order."""

    def __init__(self, path: Path, settings: IngestSettings) -> None:
        self.path, self.settings = path, settings

    def fetch(self) -> Iterator[RawInput | ZitateError]:
        files = sorted(
            p for p in self.path.rglob("*") if p.is_file() and base_suffix(p) in SUPPORTED
        )
        if not files:
            yield ZitateError(Errors.E002, str(self.path))
        for file in files:
            yield from FileSource(file, self.settings).fetch()


class StdinSource:
    """Standard input: HTML or text (sniffed), or JSONL when every line is an object."""

    def __init__(self, settings: IngestSettings) -> None:
        self.settings = settings

    def fetch(self) -> Iterator[RawInput | ZitateError]:
        data = sys.stdin.buffer.read(self.settings.max_bytes + 1)
        if len(data) > self.settings.max_bytes:
            yield ZitateError(Errors.E007, "-", size=len(data), limit=self.settings.max_bytes)
            return
        if _looks_jsonl(data):
            yield from iter_jsonl(iter(io.BytesIO(data)), "-", self.settings)
        else:
            yield RawInput("-", data, sniff(data))


class UrlSource:
    """One http(s) URL, fetched with the limits of ``fetch.fetch_url``."""

    def __init__(self, url: str, settings: IngestSettings) -> None:
        self.url, self.settings = url, settings

    def fetch(self) -> Iterator[RawInput | ZitateError]:
        from .fetch import fetch_url

        try:
            data, final, charset = fetch_url(self.url, self.settings)
        except ZitateError as err:
            yield err
            return
        yield RawInput(self.url, data, "html", url=final, charset=charset)


def source_for(item: str, settings: IngestSettings) -> Source:
    if item == "-":
        return StdinSource(settings)
    if item[:8].lower().startswith(("http://", "https://")):  # a scheme is case-insensitive
        return UrlSource(item, settings)
    path = Path(item)
    return FolderSource(path, settings) if path.is_dir() else FileSource(path, settings)


def iter_raw(inputs: Iterable[str], settings: IngestSettings) -> Iterator[RawInput | ZitateError]:
    """The raw inputs of each named input; an unexpected exception while reading one ends that
    input with its error (E110), and the next is read."""
    for item in inputs:
        try:
            yield from source_for(item, settings).fetch()
        except Exception as err:  # noqa: BLE001 - becomes the input's error record
            log.warning("reading %s failed", item, exc_info=True)
            yield unexpected(Errors.E110, item, err)


def iter_articles(
    inputs: Iterable[str],
    max_bytes: int | None = None,
    settings: IngestSettings | None = None,
) -> Iterator[Article | ZitateError]:
    """One ``Article`` or ``ZitateError`` per raw input, language and duplicates marked."""
    settings = settings or IngestSettings()
    if max_bytes is not None:
        from dataclasses import replace

        settings = replace(settings, max_bytes=max_bytes)
    dedup = None
    if settings.find_duplicates:
        from .dedup import Deduplicator

        dedup = Deduplicator(settings.duplicate_threshold)
    for raw in iter_raw(inputs, settings):
        if isinstance(raw, ZitateError):
            yield raw
            continue
        try:
            article = to_article(raw)
            if settings.detect_language:
                from .lang import detect_language

                article.language = detect_language(article.text)
            if dedup is not None:
                article.duplicate_of = dedup.check(article)
        except ZitateError as err:
            yield err
            continue
        except Exception as err:  # noqa: BLE001 - one bad page does not stop the batch
            log.warning("extracting %s failed", raw.name, exc_info=True)
            yield unexpected(Errors.E110, raw.name, err)
            continue
        yield article


def to_article(raw: RawInput) -> Article:
    """Raw bytes -> ``Article`` with the HTML or text extractor."""
    if raw.kind == "html":
        from .html import article_from_html

        return article_from_html(raw.data, raw.name, url=raw.url, charset=raw.charset)
    from .text import article_from_text, decode_text

    text = decode_text(raw.data, raw.name)
    source = Path(raw.name).name if raw.url is None and raw.name != "-" else None
    return article_from_text(text, raw.name, source=source, title=raw.title, url=raw.url)


# --- files -----------------------------------------------------------------------------------


def base_suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if suffixes and suffixes[-1] == ".gz":
        return suffixes[0] if len(suffixes) == 2 else ""
    return path.suffix.lower()


def kind_of(path: Path) -> str:
    suffix = base_suffix(path)
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in WARC_SUFFIXES:
        return "warc"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return "sniff"


def read_file(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """Bytes of a file (gunzipped for ``.gz``), within ``max_bytes`` before and after."""
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
    if path.suffix.lower() == ".gz" or data[:2] == b"\x1f\x8b":
        data = gunzip(data, name, max_bytes)
    return data


def gunzip(data: bytes, name: str, max_bytes: int) -> bytes:
    """Decompress gzip data; a stream without its end marker is truncated, hence an error."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error as err:
        raise ZitateError(Errors.E103, name, detail=str(err)) from None
    if len(out) > max_bytes:
        raise ZitateError(Errors.E007, name, size=f"more than {max_bytes}", limit=max_bytes)
    if not inflater.eof:
        raise ZitateError(Errors.E103, name, detail="stream ends before its end marker")
    return out


def sniff(data: bytes) -> str:
    """``html`` when the bytes start like a web page, else ``text``."""
    head = data[:2048].lstrip().lower()
    if head.startswith((b"\xef\xbb\xbf",)):
        head = head[3:].lstrip()
    markers = (b"<!doctype html", b"<html", b"<head", b"<?xml", b"<body", b"<meta", b"<!--")
    return "html" if head.startswith(markers) else "text"


def _looks_jsonl(data: bytes) -> bool:
    lines = [ln.strip() for ln in data.splitlines() if ln.strip()]
    return bool(lines) and all(ln.startswith(b"{") and ln.endswith(b"}") for ln in lines[:20])


def _guarded_iter(make, name: str) -> Iterator[RawInput | ZitateError]:
    try:
        yield from make()
    except OSError as err:
        yield ZitateError(Errors.E006, name, detail=err.strerror or str(err))
