"""Storage stage, export: the stored articles and quotations -> a JSONL, CSV or Parquet file.

``jsonl``: one extraction record (``shared/OUTPUT.md``) per article, as ``GET /api/articles/{id}``
gives it. ``csv`` and ``parquet``: one row per quotation with the typed columns of ``SCHEMA``
(article id, quotation id, url, title, outlet, publication day as a date, type, medium, speaker
mention, the id of the speaker's cross-article entity, the name of its entity in the article and
the gender, category and party of the cross-article entity's profile, cue, addressee and its
entity id, confidence as a float, first and last character offset of the quotation as integers,
text, the relations it is the source of: „denies q2“), also what ``zitate quotes --format csv``
prints. Parquet keeps the types (``date32``, ``int64``, ``float64``); CSV writes dates as ISO days.

Rows are read in batches (newest articles first, quotations in text order), so an export does
not hold the database in memory. ``atomic_output`` writes next to the target and renames at the
end: an interrupted export leaves the previous file, or none, never half a file.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import date
from pathlib import Path
from typing import IO, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..errors import Errors, ZitateError
from .crud import RECORD_LOAD, record_of
from .models import Article, Entity, Quotation

ExportFormat = Literal["jsonl", "csv", "parquet"]
#: Column name -> type of the csv/parquet rows (pyarrow type names).
SCHEMA = {
    "article_id": "string", "quote_id": "string", "url": "string", "title": "string",
    "outlet": "string", "published": "date32", "type": "string", "medium": "string",
    "speaker": "string", "speaker_entity_id": "int64", "entity": "string",
    "gender": "string", "category": "string", "party": "string", "cue": "string",
    "addressee": "string", "addressee_entity_id": "int64", "confidence": "float64",
    "start": "int64", "end": "int64", "text": "string", "relations": "string",
}  # fmt: skip
COLUMNS = tuple(SCHEMA)
BATCH = 1000


def published_day(value: str | None) -> date | None:
    """The day of a stored publication date (ISO 8601, a day or a time), or None."""
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def quotation_row(row: Quotation) -> dict:
    """The typed export row of one quotation (its article, source and entities loaded)."""
    article = row.article
    spans = row.spans or []
    speaker, addressee = row.speaker_entity, row.addressee_entity
    return {
        "article_id": row.article_id,
        "quote_id": row.local_id,
        "url": article.url,
        "title": article.title,
        "outlet": article.source.name if article.source else None,
        "published": published_day(article.published),
        "type": row.type,
        "medium": row.medium,
        "speaker": row.speaker_text,
        "speaker_entity_id": speaker.canonical_id if speaker else None,
        "entity": speaker.name if speaker else None,
        **_profile(row),
        "cue": row.cue_text,
        "addressee": row.addressee_text,
        "addressee_entity_id": addressee.canonical_id if addressee else None,
        "confidence": row.confidence,
        "start": min(s[0] for s in spans) if spans else None,
        "end": max(s[1] for s in spans) if spans else None,
        "text": row.text,
        "relations": relations_of(row),
    }


def relations_of(row: Quotation) -> str | None:
    """The relations this quotation is the source of: „denies q2“, or „denies <article id>/q2“
    for a claim in another article; ``; ``-separated, ``None`` when there are none."""
    found = [
        f"{r.type} {r.target_article_id + '/' if r.target_article_id else ''}{r.target}"
        for r in row.article.relations
        if r.source == row.local_id
    ]
    return "; ".join(found) or None


def _profile(row: Quotation) -> dict:
    """Gender, category and party of the speaker's canonical entity (None where unknown)."""
    canonical = row.speaker_entity.canonical if row.speaker_entity else None
    return {
        "gender": canonical.gender if canonical else None,
        "category": canonical.category if canonical else None,
        "party": canonical.party if canonical else None,
    }


def iter_records(session: Session) -> Iterator[dict]:
    """The record of every stored article, newest first."""
    query = (
        select(Article)
        .options(*RECORD_LOAD)
        .order_by(Article.published.desc().nulls_last(), Article.id)
        .execution_options(yield_per=BATCH)
    )
    for article in session.scalars(query):
        yield record_of(article)


def iter_rows(session: Session) -> Iterator[dict]:
    """The export row of every stored quotation, newest articles first, in text order."""
    query = (
        select(Quotation)
        .join(Article, Quotation.article_id == Article.id)
        .options(
            selectinload(Quotation.article).selectinload(Article.source),
            selectinload(Quotation.article).selectinload(Article.relations),
            selectinload(Quotation.speaker_entity).selectinload(Entity.canonical),
            selectinload(Quotation.addressee_entity),
        )
        .order_by(Article.published.desc().nulls_last(), Article.id, Quotation.position)
        .execution_options(yield_per=BATCH)
    )
    for row in session.scalars(query):
        yield quotation_row(row)


def write_csv(rows: Iterator[dict], out: IO[str]) -> int:
    """``rows`` as CSV with a header line (``COLUMNS``); returns the number of rows."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow(row)
        n += 1
    return n


def write_jsonl(records: Iterator[dict], out: IO[str]) -> int:
    """One JSON object per line; returns the number of lines."""
    n = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_parquet(rows: Iterator[dict], out: IO[bytes]) -> int:
    """``rows`` as one Parquet table (the nullable typed columns of ``SCHEMA``), written in row
    groups of ``BATCH`` rows; returns the number of rows."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(name, getattr(pa, kind)()) for name, kind in SCHEMA.items()])
    n = 0
    with pq.ParquetWriter(out, schema) as writer:
        batch: list[dict] = []
        for row in rows:
            batch.append(row)
            if len(batch) == BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        if batch or not n:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n


def export(session: Session, format: ExportFormat, out: IO) -> int:
    """Write the database in ``format`` to ``out`` (text for jsonl and csv, binary for parquet);
    returns the number of records (jsonl) or rows (csv, parquet)."""
    if format == "jsonl":
        return write_jsonl(iter_records(session), out)
    if format == "csv":
        return write_csv(iter_rows(session), out)
    return write_parquet(iter_rows(session), out)


@contextmanager
def atomic_output(path: Path, binary: bool = False) -> Iterator[IO]:
    """A file object whose content replaces ``path`` only when the block ends without an error
    (a temporary file beside it, renamed). Raises ``ZitateError`` E311 when it cannot be
    written."""
    path = Path(path)
    if path.is_dir():
        raise ZitateError(Errors.E311, path=str(path), detail="it is a directory")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as err:
        raise ZitateError(Errors.E311, path=str(path), detail=err.strerror or str(err)) from None
    try:
        mode = "wb" if binary else "w"
        extra = {} if binary else {"encoding": "utf-8", "newline": ""}
        with os.fdopen(fd, mode, **extra) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # as an ordinary new file, not mkstemp's 0600
        os.replace(tmp, path)
    except OSError as err:
        with suppress(OSError):
            os.unlink(tmp)
        raise ZitateError(Errors.E311, path=str(path), detail=err.strerror or str(err)) from None
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise
