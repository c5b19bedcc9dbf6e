"""Benchmark of bulk storage (``zitate bench load``): analysed records -> PostgreSQL rows, the
per-article statements of ``zitate ingest`` (``zitate.store.crud``) against one ``COPY`` per table
and batch (``zitate.store.bulk``, what ``zitate load`` does on PostgreSQL), in the same run.

Input: a PostgreSQL URL and a number of articles. The 40 pages of ``shared/data/html`` are
analysed once; their records are stored again and again under new ids (like ``zitate bench api``)
until the number is reached, in transactions of ``batch`` articles, first one way, then the other,
each into its own fresh schema that is dropped afterwards (the database's own tables are never
touched). Output: a dict with ``articles``, ``quotations``, ``rows_per_article``,
``statements_articles_per_s``, ``copy_articles_per_s`` and ``speedup`` (storage only: the analysis
and the MinHash signatures are left out, the same for both).
"""

from __future__ import annotations

import copy
import hashlib
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from ..errors import Errors, ZitateError
from ..store import bulk, crud
from ..store.db import open_db, session_factory
from .api import _analyse_pages


def copies(records: list[dict], n: int) -> list[tuple[dict, bool, str | None]]:
    """``n`` records made of ``records`` under new ids (the first round keeps the ids)."""
    out = []
    for number in range(n):
        record = copy.deepcopy(records[number % len(records)])
        round_no = number // len(records)
        if round_no:
            article = record["article"]
            article["id"] = hashlib.sha1(f"{article['id']}/{round_no}".encode()).hexdigest()
            if article.get("duplicate_of"):
                old = article["duplicate_of"]
                article["duplicate_of"] = hashlib.sha1(f"{old}/{round_no}".encode()).hexdigest()
        out.append((record, bool(record["quotes"]), None))
    return out


def run(
    url: str,
    data: Path,
    articles: int = 2000,
    batch: int = 200,
    log: Callable[[str], None] = print,
) -> dict:
    if make_url(url).get_backend_name() != "postgresql":
        raise ZitateError(Errors.E300, url=url, detail="bench load needs a PostgreSQL URL")
    records = _analyse_pages(data, log)
    items = copies(records, articles)
    rows = sum(
        1 + len(r["quotes"]) + len(r["relations"] or [])
        + sum(1 + len(e.get("mentions") or []) + len(e.get("aliases") or []) for e in r["entities"])
        for r, _, _ in items
    )  # fmt: skip
    result = {
        "articles": len(items),
        "quotations": sum(len(r["quotes"]) for r, _, _ in items),
        "rows_per_article": round(rows / len(items), 1),
    }
    for name, store in (("statements", _by_statements), ("copy", bulk.copy_records)):
        seconds = _timed(url, items, batch, store)
        result[f"{name}_seconds"] = round(seconds, 2)
        result[f"{name}_articles_per_s"] = round(len(items) / seconds, 1)
        log(f"{name}: {len(items)} articles in {seconds:.1f} s")
    ratio = result["copy_articles_per_s"] / result["statements_articles_per_s"]
    result["speedup"] = round(ratio, 2)
    return result


def _by_statements(session, items) -> None:
    for record, analysed, skip_reason in items:
        crud.add_record(session, record, analysed=analysed, skip_reason=skip_reason)
    session.flush()


def _timed(url: str, items: list, batch: int, store: Callable) -> float:
    """Seconds to store ``items`` with ``store`` into a fresh schema of ``url`` (then dropped)."""
    schema = f"zitate_bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    scoped = make_url(url).update_query_dict({"options": f"-csearch_path={schema}"})
    engine = open_db(scoped.render_as_string(hide_password=False))
    try:
        sessions = session_factory(engine)
        started = time.perf_counter()
        for start in range(0, len(items), batch):
            with sessions.begin() as session:
                store(session, items[start : start + batch])
        return time.perf_counter() - started
    finally:
        engine.dispose()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
