"""Ingest stage, archives: WARC/ARC files and JSONL dumps -> ``RawInput`` per article.

WARC: ``response`` (and ``resource``) records whose payload is HTML, read with warcio; a broken
record ends the archive with an error naming its offset. JSONL: one object per line, with the
field names of ``JsonlFields`` (``url`` + ``html``, or ``title`` + ``text``); a bad line is an
error for that line only.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import Errors, ZitateError
from .settings import IngestSettings


@dataclass(frozen=True)
class RawInput:
    """One article's raw material: HTML or text bytes, or a text with a given title."""

    name: str
    data: bytes
    kind: str  # html | text
    url: str | None = None
    charset: str | None = None
    title: str | None = None


HTML_TYPES = ("text/html", "application/xhtml+xml")


def iter_warc(path: Path, settings: IngestSettings) -> Iterator[RawInput | ZitateError]:
    """HTML responses of a WARC/ARC file, in order; a broken record stops with an error."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    name = str(path)
    found = 0
    with path.open("rb") as stream:
        records = ArchiveIterator(stream, arc2warc=True)
        while True:
            offset = records.offset if hasattr(records, "offset") else "?"
            try:
                record = next(records)
                item = _warc_item(record, name, settings)
            except StopIteration:
                break
            except (ArchiveLoadFailed, ValueError, OSError, EOFError, AttributeError) as err:
                # warcio raises AttributeError, too, on a record with mangled headers
                yield ZitateError(Errors.E104, name, offset=offset, detail=_short(err))
                return
            if item is not None:
                found += 1
                yield item
    if not found:
        yield ZitateError(Errors.E109, name)


def _warc_item(record, name: str, settings: IngestSettings) -> RawInput | ZitateError | None:
    if record.rec_type not in ("response", "resource"):
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI")
    http = record.http_headers
    ctype = (http.get_header("Content-Type") if http else None) or (
        record.rec_headers.get_header("Content-Type") or ""
    )
    if http and http.get_statuscode() and not http.get_statuscode().startswith("2"):
        return None
    if not ctype.lower().startswith(HTML_TYPES):
        return None
    label = f"{name}#{uri}" if uri else name
    data = record.content_stream().read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:
        return ZitateError(
            Errors.E007, label, size=f"more than {settings.max_bytes}", limit=settings.max_bytes
        )
    charset = ctype.split("charset=")[-1].strip() if "charset=" in ctype else None
    return RawInput(label, data, "html", url=uri, charset=charset)


def iter_jsonl(lines: Iterator[bytes], name: str, settings: IngestSettings):
    """Articles of a JSONL dump; a line that is not an object with HTML or text is an error."""
    fields = settings.jsonl
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        label = f"{name}:{number}"
        try:
            obj = json.loads(line)
        except ValueError as err:
            yield ZitateError(Errors.E105, name, line=number, detail=f"not JSON ({_short(err)})")
            continue
        if not isinstance(obj, dict):
            yield ZitateError(Errors.E105, name, line=number, detail="not a JSON object")
            continue
        url = obj.get(fields.url) if isinstance(obj.get(fields.url), str) else None
        html, text = obj.get(fields.html), obj.get(fields.text)
        if isinstance(html, str) and html.strip():
            yield RawInput(label, html.encode("utf-8"), "html", url=url)
        elif isinstance(text, str) and text.strip():
            title = obj.get(fields.title) if isinstance(obj.get(fields.title), str) else None
            yield RawInput(label, text.encode("utf-8"), "text", url=url, title=title)
        else:
            detail = f"no {fields.html!r} or {fields.text!r} field with content"
            yield ZitateError(Errors.E105, name, line=number, detail=detail)


def _short(err: BaseException) -> str:
    text = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    return text[:120]
