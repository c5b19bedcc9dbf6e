"""Issue 5: ``zitate ingest`` and ``zitate.store.ingest`` — idempotent, one transaction per
article, ``--reprocess`` on a new model version, the record round trip, the summary line."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from zitate.ingest.text import article_from_text
from zitate.record import build_record
from zitate.store.crud import record_of, row_counts
from zitate.store.db import session_factory
from zitate.store.ingest import Analysis, Ingestor
from zitate.store.models import Article, Entity, Quotation

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "samples" / "wikinews-2007-05-01-phil-spector-wegen-mordes-vor-gericht.txt"
SUMMARY = re.compile(
    r"^(\d+) articles: (\d+) new, (\d+) unchanged, (\d+) duplicate, (\d+) failed; "
    r"(\d+) quotations; [\d.]+ s, [\d.]+ articles/s"
    r"( after [\d.]+ s start-up \(models, libraries\))? "
    r"\((sqlite|postgresql)"
)


def zitate(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "zitate", *args], capture_output=True, text=True, timeout=600
    )


def summary(out: subprocess.CompletedProcess) -> tuple[int, ...]:
    """(articles, new, unchanged, duplicate, failed, quotations) of the last stdout line."""
    last = out.stdout.strip().splitlines()[-1]
    match = SUMMARY.match(last)
    assert match, last
    return tuple(int(n) for n in match.groups()[:6])


def snapshot(engine) -> tuple[dict, list]:
    with session_factory(engine)() as session:
        rows = session.execute(select(Article.id, Article.ingested_at, Article.content_hash))
        return row_counts(session), sorted(rows.all())


@pytest.fixture(scope="module")
def pipeline():
    from zitate.quotes.pipeline import attribution_pipeline

    return attribution_pipeline()


def analyser_for(pipeline, version: str | None = None):
    def analyse(article) -> Analysis:
        record = build_record(article, pipeline(article.text))
        if version:
            record["model"]["version"] = version
        return Analysis(record, analysed=True)

    return analyse


def test_ingest_the_24_gold_pages_twice_leaves_24_articles(db_url, full_gold_pages):
    first = zitate("ingest", "--only-article", "--db", db_url, *map(str, full_gold_pages))
    assert first.returncode == 0, first.stderr
    assert summary(first) == (24, 24, 0, 0, 0, 0)
    from zitate.store import open_db

    engine = open_db(db_url)
    before = snapshot(engine)
    assert before[0]["articles"] == 24
    second = zitate("ingest", "--only-article", "--db", db_url, *map(str, full_gold_pages))
    assert second.returncode == 0, second.stderr
    assert summary(second) == (24, 0, 24, 0, 0, 0)
    assert snapshot(engine) == before  # row counts, ids, ingested_at and hashes unchanged
    engine.dispose()


def test_ingest_with_the_pipeline_stores_every_quotation(db_url, full_gold_pages):
    pages = [str(p) for p in full_gold_pages[:2]]
    first = zitate("ingest", "--db", db_url, *pages)
    assert first.returncode == 0, first.stderr
    articles, new, _, _, failed, quotations = summary(first)
    assert (articles, new, failed) == (2, 2, 0) and quotations > 0
    from zitate.store import open_db

    engine = open_db(db_url)
    before = snapshot(engine)
    assert before[0]["quotations"] == quotations and before[0]["entities"] > 0
    with session_factory(engine)() as session:
        for article in session.scalars(select(Article)):
            assert article.analysed and article.n_quotes == len(article.quotations)
            for quote in article.quotations:
                assert quote.text == " ".join(article.text[a:b] for a, b in quote.spans)
    second = zitate("ingest", "--db", db_url, *pages)
    assert summary(second) == (2, 0, 2, 0, 0, 0)
    assert snapshot(engine) == before
    engine.dispose()


def test_record_round_trip_idempotence_and_reprocess(engine, pipeline):
    article = article_from_text(SAMPLE.read_text(encoding="utf-8"), str(SAMPLE), source=SAMPLE.name)
    ingestor = Ingestor(engine)
    assert ingestor.ingest(article, analyser_for(pipeline)) == "new"
    expected = build_record(article, pipeline(article.text))
    assert expected["quotes"] and expected["entities"]
    sessions = session_factory(engine)
    with sessions() as session:
        assert record_of(session.get(Article, article.id)) == expected
    before = snapshot(engine)
    assert ingestor.ingest(article, analyser_for(pipeline)) == "unchanged"
    assert snapshot(engine) == before

    stale = Ingestor(engine, model_version="9.9")
    assert stale.ingest(article, analyser_for(pipeline, "9.9")) == "outdated"
    assert snapshot(engine) == before
    again = Ingestor(engine, model_version="9.9", reprocess=True)
    assert again.ingest(article, analyser_for(pipeline, "9.9")) == "reprocessed"
    after = snapshot(engine)
    assert after[0] == before[0]  # the old analysis is replaced, not added to
    with sessions() as session:
        versions = set(session.scalars(select(Quotation.model_version)))
        versions |= set(session.scalars(select(Entity.model_version)))
        assert versions == {"9.9"}
        assert session.get(Article, article.id).model_version == "9.9"
    assert "1 reprocessed" in again.stats.summary()


def test_only_article_rows_are_analysed_by_a_later_ingest(engine, pipeline):
    article = article_from_text(SAMPLE.read_text(encoding="utf-8"), str(SAMPLE))
    bare = Ingestor(engine, analyse=False)
    assert bare.ingest(article, lambda a: Analysis(build_record(a), analysed=False)) == "new"
    with session_factory(engine)() as session:
        assert session.scalar(select(func.count()).select_from(Quotation)) == 0
    full = Ingestor(engine)
    assert full.ingest(article, analyser_for(pipeline)) == "reprocessed"
    with session_factory(engine)() as session:
        stored = session.get(Article, article.id)
        assert stored.analysed and stored.n_quotes == len(stored.quotations) > 0


def test_failed_inputs_are_reported_and_the_rest_is_stored(tmp_path):
    db = f"sqlite:///{tmp_path / 'z.db'}"
    missing = tmp_path / "missing.txt"
    out = zitate("ingest", "--only-article", "--db", db, str(missing), str(SAMPLE))
    assert out.returncode == 1
    assert f"zitate: error: {missing}" in out.stderr and "Traceback" not in out.stderr
    assert summary(out) == (1, 1, 0, 0, 1, 0)


def test_bad_database_url_exits_2_without_traceback(tmp_path):
    out = zitate("ingest", "--db", "mysql://u@h/db", str(SAMPLE))
    assert out.returncode == 2
    assert "E303" not in out.stderr and "unsupported database URL" in out.stderr
    assert "Traceback" not in out.stderr


def test_ingest_batch_analyses_together_and_stores_each_article(engine):
    """The analyser sees the articles that need analysis in one list; each is stored in its own
    transaction, an article stored already is not analysed, an input's error passes through."""
    from zitate.errors import Errors, ZitateError

    texts = sorted(SAMPLE.parent.glob("wikinews-*.txt"))[:3]
    articles = [article_from_text(p.read_text(encoding="utf-8"), str(p)) for p in texts]
    seen: list[list[str]] = []

    def analyse(batch):
        seen.append([a.input for a in batch])
        return [Analysis(build_record(a), analysed=False) for a in batch]

    ingestor = Ingestor(engine, analyse=False)
    assert (
        ingestor.ingest(articles[0], lambda a: Analysis(build_record(a), analysed=False)) == "new"
    )
    missing = ZitateError(Errors.E001, "missing.txt")
    results = ingestor.ingest_batch([*articles, missing], analyse)
    assert results == ["unchanged", "new", "new", missing]
    assert seen == [[a.input for a in articles[1:]]]
    with session_factory(engine)() as session:
        assert session.scalar(select(func.count()).select_from(Article)) == 3
