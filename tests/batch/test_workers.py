"""``zitate ingest --workers``: the models run in worker processes, the ingesting process extracts
and stores — and the database ends up exactly as without workers."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from zitate.batch.workers import Analyser, WorkerPool, ingest_batches
from zitate.errors import Errors, ZitateError
from zitate.ingest.article import skip_reason
from zitate.ingest.text import article_from_text
from zitate.store import open_db
from zitate.store.db import session_factory
from zitate.store.export import iter_records
from zitate.store.ingest import Ingestor
from zitate.store.models import CanonicalEntity

REPO = Path(__file__).resolve().parents[2]
SAMPLES = sorted((REPO / "samples").glob("*.txt"))


def sample(i: int):
    """The ``i``-th Wikinews sample as an ``Article``."""
    return article_from_text(SAMPLES[i].read_text(encoding="utf-8"), str(SAMPLES[i]))


def zitate(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "zitate", *args], capture_output=True, text=True, timeout=900
    )


def stored(url: str) -> tuple[list[dict], list[str]]:
    """Every stored record (as ``zitate export`` writes it) and the canonical entity names."""
    engine = open_db(url)
    try:
        with session_factory(engine)() as session:
            records = sorted(iter_records(session), key=lambda r: r["article"]["id"])
            names = sorted(session.scalars(select(CanonicalEntity.name)))
    finally:
        engine.dispose()
    return records, names


@pytest.fixture(scope="module")
def pages(shared_data: Path) -> list[str]:
    """Six real pages of ``shared/data/html`` and the four Wikinews samples."""
    html = sorted((shared_data / "html").glob("*.html"))[:6]
    return [str(p) for p in html + SAMPLES]


def test_workers_store_what_one_process_stores(tmp_path, pages):
    one, two = f"sqlite:///{tmp_path / 'one.db'}", f"sqlite:///{tmp_path / 'two.db'}"
    alone = zitate("ingest", "--db", one, *pages)
    assert alone.returncode == 0, alone.stderr
    parallel = zitate("ingest", "--workers", "2", "--db", two, *pages)
    assert parallel.returncode == 0, parallel.stderr
    assert (
        parallel.stdout.split(";")[0]
        == alone.stdout.split(";")[0]
        == (f"{len(pages)} articles: {len(pages)} new, 0 unchanged, 0 duplicate, 0 failed")
    )
    records_one, names_one = stored(one)
    records_two, names_two = stored(two)
    assert json.dumps(records_two, sort_keys=True) == json.dumps(records_one, sort_keys=True)
    assert names_two == names_one
    quotes = [q for r in records_two for q in r["quotes"]]
    assert len(quotes) > 50 and sum(q["speaker"] is not None for q in quotes) > len(quotes) / 2
    again = zitate("ingest", "--workers", "2", "--db", two, *pages)
    assert again.returncode == 0, again.stderr
    assert f"0 new, {len(pages)} unchanged" in again.stdout


def test_no_worker_starts_when_every_article_is_stored(tmp_path):
    engine = open_db(f"sqlite:///{tmp_path / 'z.db'}")
    articles = [sample(i) for i in range(len(SAMPLES))]
    ingest_batches(Ingestor(engine, analyse=False), [articles], Analyser(only_article=True), print)
    seen = []
    with WorkerPool(2) as pool:
        ingest_batches(
            Ingestor(engine, analyse=False), [articles], pool, lambda _, done: seen.extend(done)
        )
        assert not pool.started
    engine.dispose()
    assert seen == ["unchanged"] * len(articles)


def test_a_missing_model_stops_before_any_worker_starts(tmp_path):
    out = zitate(
        "ingest", "--workers", "2", "--model", str(tmp_path / "nope"),
        "--db", f"sqlite:///{tmp_path / 'z.db'}", str(SAMPLES[0]),
    )  # fmt: skip
    assert out.returncode == 2
    assert "nope" in out.stderr and "not found" in out.stderr


def test_a_worker_model_error_reaches_the_ingest(tmp_path):
    """A pipeline folder without a tagger fails in the worker's model load (E206); the error is
    raised by ``start`` in the ingesting process, not lost in the worker."""
    folder = tmp_path / "blank"
    import spacy

    spacy.blank("de").to_disk(folder)
    engine = open_db(f"sqlite:///{tmp_path / 'z.db'}")
    with WorkerPool(1, model=folder) as pool, pytest.raises(ZitateError) as err:
        ingest_batches(Ingestor(engine), [[sample(0)]], pool, print)
    engine.dispose()
    assert err.value.code == "E206" and "no tagger" in str(err.value)


def test_zitate_errors_cross_processes_intact():
    err = ZitateError(Errors.E102, "seite.html")
    back = pickle.loads(pickle.dumps(err))
    assert (back.code, back.input, back.reason, str(back)) == (
        "E102", "seite.html", "no article text found on the page", str(err),
    )  # fmt: skip
    assert back.to_record() == err.to_record()


def test_analyser_skips_other_languages_and_duplicates():
    german, english, copy = sample(0), sample(1), sample(2)
    english.language = "en"
    copy.duplicate_of = german.id
    assert skip_reason(german) is None
    assert skip_reason(english) == "language is 'en', not German"
    assert skip_reason(copy) == f"near-duplicate of article {german.id}"
    analyser = Analyser(only_article=True)
    results = analyser([german, english, copy])
    assert [r.analysed for r in results] == [False, False, False]
    assert analyser.nlp is None and analyser.load_seconds == 0.0  # --only-article: no model
