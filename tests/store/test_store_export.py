"""Issue 5, export: ``zitate.store.export`` writes the stored records (jsonl) and one row per
quotation (csv, parquet) that read back to what was stored — on SQLite and PostgreSQL. Issue 15:
the rows have url, title, entity ids, addressee and confidence, and Parquet keeps their types
(dates, integers, floats)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from sqlalchemy import select

from zitate.store.db import session_factory
from zitate.store.export import COLUMNS, export
from zitate.store.models import Entity

from .wikinews import store


@pytest.fixture
def stored(engine, shared_data) -> dict[str, dict]:
    return store(engine, shared_data)


def profiles(engine) -> dict[tuple[str, str], tuple]:
    """(article id, entity id) -> (gender, category, party) of its canonical entity."""
    from zitate.store.models import CanonicalEntity

    with session_factory(engine)() as session:
        rows = session.execute(
            select(Entity.article_id, Entity.local_id, CanonicalEntity.gender,
                   CanonicalEntity.category, CanonicalEntity.party)
            .outerjoin(CanonicalEntity, CanonicalEntity.id == Entity.canonical_id)
        )  # fmt: skip
        return {(a, e): tuple(rest) for a, e, *rest in rows}


def expected_rows(records: dict[str, dict], canonical: dict, profile: dict) -> list[dict]:
    """Export rows from the records: newest article first, quotations in text order;
    ``canonical``: (article id, entity id) -> the id of its cross-article entity; ``profile``:
    (article id, entity id) -> gender, category and party of that entity."""
    rows = []
    ordered = sorted(records.values(), key=lambda r: r["article"]["published"], reverse=True)
    for record in ordered:
        article = record["article"]
        names = {e["id"]: e["name"] for e in record["entities"]}
        for q in record["quotes"]:
            speaker, addressee = q["speaker"] or {}, q["addressee"] or {}
            rows.append(
                {
                    "article_id": article["id"],
                    "quote_id": q["id"],
                    "url": article["url"],
                    "title": article["title"],
                    "outlet": article["source"],
                    "published": date.fromisoformat(article["published"][:10]),
                    "type": q["type"],
                    "medium": q["medium"],
                    "speaker": speaker.get("text"),
                    "speaker_entity_id": canonical.get((article["id"], speaker.get("entity"))),
                    "entity": names.get(speaker.get("entity")),
                    **dict(
                        zip(
                            ("gender", "category", "party"),
                            profile.get((article["id"], speaker.get("entity")), (None,) * 3),
                            strict=True,
                        )
                    ),
                    "cue": (q["cue"] or {}).get("text"),
                    "addressee": addressee.get("text"),
                    "addressee_entity_id": canonical.get((article["id"], addressee.get("entity"))),
                    "confidence": q["confidence"],
                    "start": min(s[0] for s in q["spans"]),
                    "end": max(s[1] for s in q["spans"]),
                    "text": q["text"],
                    "relations": "; ".join(
                        f"{r['type']} {r['target_article'] + '/' if 'target_article' in r else ''}"
                        f"{r['target']}"
                        for r in record["relations"]
                        if r["source"] == q["id"]
                    )
                    or None,
                }
            )
    return rows


def canonical_ids(engine) -> dict:
    with session_factory(engine)() as session:
        rows = session.execute(select(Entity.article_id, Entity.local_id, Entity.canonical_id))
        return {(a, e): c for a, e, c in rows}


def test_jsonl_is_one_record_per_article(engine, stored):
    out = io.StringIO()
    with session_factory(engine)() as session:
        assert export(session, "jsonl", out) == 3
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["article"]["id"] for r in records] == [
        r["article"]["id"]
        for r in sorted(stored.values(), key=lambda r: r["article"]["published"], reverse=True)
    ]
    assert {r["article"]["id"]: r for r in records} == stored


def test_csv_and_parquet_rows_read_back(engine, stored):
    import pyarrow.parquet as pq

    expected = expected_rows(stored, canonical_ids(engine), profiles(engine))
    assert any(r["gender"] for r in expected)  # the speakers' profiles are exported
    text, binary = io.StringIO(), io.BytesIO()
    with session_factory(engine)() as session:
        assert export(session, "csv", text) == len(expected)
        assert export(session, "parquet", binary) == len(expected)
    from_csv = list(csv.DictReader(io.StringIO(text.getvalue())))
    assert from_csv == [{k: "" if v is None else str(v) for k, v in r.items()} for r in expected]
    binary.seek(0)
    table = pq.read_table(binary)
    assert tuple(table.column_names) == COLUMNS
    assert table.to_pylist() == expected
    types = {f.name: str(f.type) for f in table.schema}
    assert types["published"] == "date32[day]" and types["confidence"] == "double"
    assert types["start"] == types["speaker_entity_id"] == "int64"


def test_an_empty_database_exports_empty_files(engine):
    import pyarrow.parquet as pq

    text, binary = io.StringIO(), io.BytesIO()
    with session_factory(engine)() as session:
        assert export(session, "jsonl", io.StringIO()) == 0
        assert export(session, "csv", text) == 0
        assert export(session, "parquet", binary) == 0
    assert text.getvalue().strip() == ",".join(COLUMNS)
    binary.seek(0)
    table = pq.read_table(binary)
    assert table.num_rows == 0 and tuple(table.column_names) == COLUMNS
