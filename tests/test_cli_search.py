"""Issue 5: ``zitate quotes`` (table, json, csv; bad filter values), ``zitate export`` (jsonl,
csv, parquet round trips; atomic output) and ``zitate bench search`` (builds, then reuses, its
database) on real Wikinews articles with their hand-annotated quotations."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from store.wikinews import store
from zitate.store import open_db
from zitate.store.export import COLUMNS, atomic_output


def zitate(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "zitate", *args], capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="module")
def database(tmp_path_factory, shared_data) -> tuple[str, dict[str, dict]]:
    """A SQLite database with the three articles; their records by article id."""
    path = tmp_path_factory.mktemp("cli") / "zitate.db"
    engine = open_db(f"sqlite:///{path}")
    records = store(engine, shared_data)
    engine.dispose()
    return str(path), records


def profiles_of(db: str) -> dict[tuple[str, str], tuple]:
    """(article id, entity id) -> gender, category, party of its canonical entity in ``db``."""
    from sqlalchemy import select

    from zitate.store.db import session_factory
    from zitate.store.models import CanonicalEntity, Entity

    engine = open_db(f"sqlite:///{db}")
    try:
        with session_factory(engine)() as session:
            rows = session.execute(
                select(Entity.article_id, Entity.local_id, CanonicalEntity.gender,
                       CanonicalEntity.category, CanonicalEntity.party)
                .outerjoin(CanonicalEntity, CanonicalEntity.id == Entity.canonical_id)
            )  # fmt: skip
            return {(a, e): tuple(rest) for a, e, *rest in rows}
    finally:
        engine.dispose()


def rows_of(records: dict[str, dict], db: str | None = None) -> dict[tuple[str, str], dict]:
    """The export row of every stored quotation, from the records (None as given) and, with
    ``db``, the cross-article entity ids and their profiles stored there."""
    from datetime import date

    from sqlalchemy import select

    from zitate.store.models import Entity

    canonical, profiles = {}, profiles_of(db) if db else {}
    if db:
        engine = open_db(f"sqlite:///{db}")
        with engine.connect() as conn:
            rows = conn.execute(select(Entity.article_id, Entity.local_id, Entity.canonical_id))
            canonical = {(a, e): c for a, e, c in rows}
        engine.dispose()
    out = {}
    for article_id, record in records.items():
        article = record["article"]
        names = {e["id"]: e["name"] for e in record["entities"]}
        for q in record["quotes"]:
            speaker, addressee = q["speaker"] or {}, q["addressee"] or {}
            out[(article_id, q["id"])] = {
                "article_id": article_id,
                "quote_id": q["id"],
                "url": article["url"],
                "title": article["title"],
                "outlet": article["source"],
                "published": date.fromisoformat(article["published"][:10]),
                "type": q["type"],
                "medium": q["medium"],
                "speaker": speaker.get("text"),
                "speaker_entity_id": canonical.get((article_id, speaker.get("entity"))),
                "entity": names.get(speaker.get("entity")),
                **dict(
                    zip(
                        ("gender", "category", "party"),
                        (profiles or {}).get((article_id, speaker.get("entity")), (None,) * 3),
                        strict=True,
                    )
                ),
                "cue": (q["cue"] or {}).get("text"),
                "addressee": addressee.get("text"),
                "addressee_entity_id": canonical.get((article_id, addressee.get("entity"))),
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
    return out


def as_text(row: dict) -> dict:
    """A typed export row as CSV reads it back: text, empty for None."""
    return {k: ("" if v is None else str(v)) for k, v in row.items()}


def test_quotes_table_json_and_csv(database):
    db, records = database
    table = zitate("quotes", "Waffenruhe", "--db", db)
    assert table.returncode == 0, table.stderr
    assert "1–1 of 1" in table.stdout and "taz.de" in table.stdout
    assert "2008-12-31" in table.stdout and "Waffenruhe" in table.stdout
    page = json.loads(zitate("quotes", "Gazastreifen", "--db", db, "-f", "json").stdout)
    assert page["total"] == len(page["items"]) > 3
    assert all("Gazastreifen" in h["quote"]["text"] for h in page["items"])
    for h in page["items"]:  # the words the query matched, as GET /api/quotes gives them
        marked = {h["quote"]["text"][start:end] for start, end in h["highlights"]}
        assert marked and all(w.startswith("Gazastreifen") for w in marked), marked
    out = zitate("quotes", "--outlet", "spiegel", "--type", "Direct", "--db", db, "-f", "csv")
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    expected = [
        r
        for r in rows_of(records).values()
        if r["outlet"] == "www.spiegel.de" and r["type"] == "Direct"
    ]
    assert len(rows) == len(expected) == 2
    assert {r["text"] for r in rows} == {r["text"] for r in expected}
    limited = json.loads(zitate("quotes", "--db", db, "--limit", "2", "-f", "json").stdout)
    assert limited["total"] == len(rows_of(records)) and len(limited["items"]) == 2
    assert all(h["highlights"] == [] for h in limited["items"])  # no query, nothing marked


@pytest.mark.parametrize(
    "args, message",
    [
        (["--from", "31.12.2008"], "'31.12.2008' does not match"),
        (["--to", "2008-13-01"], "'2008-13-01' does not match"),
        (["--type", "Shouted"], "'Shouted' is not one of"),
        (["--medium", "Telepathy"], "'Telepathy' is not one of"),
        (["--limit", "0"], "--limit"),
        (['"Waffenruhe'], "cannot search for '\"Waffenruhe': a quotation mark is not closed"),
        (["*"], "'*' must follow a word"),
    ],
)
def test_quotes_bad_values_are_clear_errors(database, args, message):
    out = zitate("quotes", *args, "--db", database[0])
    assert out.returncode == 2
    assert message in " ".join(out.stderr.split())
    assert "Traceback" not in out.stderr


def test_quotes_on_a_missing_database(tmp_path):
    out = zitate("quotes", "Waffenruhe", "--db", str(tmp_path / "none.db"))
    assert out.returncode == 2 and "no such file" in out.stderr
    assert not (tmp_path / "none.db").exists()  # nothing created


def test_export_jsonl_round_trip(database, tmp_path):
    db, records = database
    target = tmp_path / "records.jsonl"
    out = zitate("export", "--db", db, "--format", "jsonl", "--output", str(target))
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("3 articles written")
    exported = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert {r["article"]["id"]: r for r in exported} == records
    dates = [r["article"]["published"] for r in exported]
    assert dates == sorted(dates, reverse=True)  # newest first


def test_export_csv_and_parquet_round_trip(database, tmp_path):
    import pyarrow.parquet as pq

    db, records = database
    expected = rows_of(records, db)
    csv_path, parquet_path = tmp_path / "quotes.csv", tmp_path / "quotes.parquet"
    for fmt, path in (("csv", csv_path), ("parquet", parquet_path)):
        out = zitate("export", "--db", db, "-f", fmt, "-o", str(path))
        assert out.returncode == 0, out.stderr
        assert out.stdout.startswith(f"{len(expected)} quotations written")
    with csv_path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == COLUMNS
        from_csv = list(reader)
    assert as_text(next(iter(expected.values()))) in from_csv  # csv has no null: empty fields
    assert {(r["article_id"], r["quote_id"]): r for r in from_csv} == {
        key: as_text(row) for key, row in expected.items()
    }
    table = pq.read_table(parquet_path)
    assert tuple(table.column_names) == COLUMNS
    from_parquet = table.to_pylist()
    assert {(r["article_id"], r["quote_id"]): r for r in from_parquet} == expected
    assert [(r["article_id"], r["quote_id"]) for r in from_parquet] == [
        (r["article_id"], r["quote_id"]) for r in from_csv
    ]  # same order: newest article first, quotations in text order


def test_export_to_standard_output(database):
    """``--output -``: the rows on stdout (no file named ``-``), the summary on stderr."""
    import pyarrow.parquet as pq

    db, records = database
    expected = rows_of(records, db)
    out = zitate("export", "--db", db, "-f", "csv", "-o", "-")
    assert out.returncode == 0, out.stderr
    assert out.stderr.startswith(f"{len(expected)} quotations written to standard output")
    rows = list(csv.DictReader(io.StringIO(out.stdout, newline="")))
    assert {(r["article_id"], r["quote_id"]): r for r in rows} == {
        key: as_text(row) for key, row in expected.items()
    }
    binary = subprocess.run(
        [sys.executable, "-m", "zitate", "export", "--db", db, "-f", "parquet", "--output", "-"],
        capture_output=True, timeout=300,
    )  # fmt: skip
    assert binary.returncode == 0, binary.stderr
    table = pq.read_table(io.BytesIO(binary.stdout))
    assert {(r["article_id"], r["quote_id"]): r for r in table.to_pylist()} == expected
    lines = zitate("export", "--db", db, "--output", "-").stdout.splitlines()
    assert {json.loads(line)["article"]["id"] for line in lines} == set(records)
    assert not Path("-").exists()


def test_export_errors_and_atomic_output(database, tmp_path):
    db = database[0]
    out = zitate("export", "--db", db, "-f", "csv", "-o", str(tmp_path / "no" / "such.csv"))
    assert out.returncode == 2 and "cannot write" in out.stderr
    out = zitate("export", "--db", db, "-f", "xml", "-o", str(tmp_path / "x.xml"))
    assert out.returncode == 2 and "'xml' is not one of" in " ".join(out.stderr.split())
    # an export that fails half-way leaves the previous file as it was, and no temporary file
    target = tmp_path / "quotes.csv"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_output(target) as handle:
        handle.write("half a file")
        raise RuntimeError("interrupted")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["quotes.csv"]
    with atomic_output(target) as handle:
        handle.write("new\n")
    assert target.read_text(encoding="utf-8") == "new\n"
    assert [p.name for p in tmp_path.iterdir()] == ["quotes.csv"]


def test_bench_search_builds_then_reuses_its_database(tmp_path, shared_data: Path):
    """A small run (not a timing test): the JSON last line, then the database reused."""
    db = f"sqlite:///{tmp_path / 'bench.db'}"
    args = ["bench", "search", "--quotes", "400", "--queries", "30", "--db", db]
    args += ["--data", str(shared_data), "--json"]
    first = zitate(*args)
    assert first.returncode == 0, first.stderr
    figures = json.loads(first.stdout.strip().splitlines()[-1])
    assert figures["quotes"] == 400 and figures["queries"] == 30
    assert 0 < figures["p50_ms"] <= figures["p95_ms"] <= figures["p99_ms"]
    assert "building 400 quotations" in first.stderr
    second = zitate(*args)
    assert second.returncode == 0 and "reusing the database" in second.stderr
    other = zitate(*[a if a != "400" else "500" for a in args])
    assert other.returncode == 2 and "holds 400 quotations, not 500" in other.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["train", "base", "--output", "-"],
        ["train", "quotes", "--output", "-"],
        ["train", "lexicons", "--output", "-"],
        ["spark", "run", "samples", "--output", "-"],
    ],
)
def test_folder_outputs_refuse_standard_output(args, tmp_path):
    """``--output -`` is standard output for files; a folder output says it cannot be one."""
    out = subprocess.run(
        [sys.executable, "-m", "zitate", *args], capture_output=True, text=True, timeout=300,
        cwd=tmp_path,
    )  # fmt: skip
    assert out.returncode == 2 and "--output -:" in out.stderr and "is a folder" in out.stderr
    assert not (tmp_path / "-").exists()
