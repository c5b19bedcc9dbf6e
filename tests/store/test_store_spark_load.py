"""``zitate load`` of a ``zitate spark run`` output (issue 14), on SQLite and PostgreSQL: the
database holds the same articles, quotations and speaker entities as ``zitate ingest`` of the
same inputs; loading twice changes nothing; a user's rename of an entity survives a new load."""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import aliased
from typer.testing import CliRunner

from zitate.cli import app
from zitate.store.db import make_engine, session_factory
from zitate.store.models import (
    Article,
    CanonicalEntity,
    Correction,
    Entity,
    Mention,
    Quotation,
    Relation,
)

runner = CliRunner()
TABLES = (Article, Quotation, Entity, Mention, Relation, CanonicalEntity, Correction)


def _content(url: str) -> dict:
    """What a user sees: articles, quotations with their speaker's cross-article entity."""
    engine = make_engine(url)
    speaker = aliased(Entity)
    with session_factory(engine)() as session:
        articles = set(
            session.execute(
                select(Article.id, Article.duplicate_of, Article.language, Article.analysed,
                       Article.title, Article.published)
            ).all()
        )  # fmt: skip
        quotes = set(
            session.execute(
                select(Quotation.article_id, Quotation.local_id, Quotation.type,
                       Quotation.text, Quotation.speaker_text, CanonicalEntity.name)
                .outerjoin(speaker, Quotation.speaker_entity_id == speaker.id)
                .outerjoin(CanonicalEntity, speaker.canonical_id == CanonicalEntity.id)
            ).all()
        )  # fmt: skip
        counts = {t.__tablename__: session.scalar(select(func.count()).select_from(t))
                  for t in TABLES}  # fmt: skip
    engine.dispose()
    return {"articles": articles, "quotes": quotes, "counts": counts}


def test_load_equals_ingest_and_twice_changes_nothing(spark_output, spark_inputs, db_url, tmp_path):
    out, stats = spark_output
    loaded = runner.invoke(app, ["load", str(out), "--db", db_url])
    assert loaded.exit_code == 0, loaded.output
    assert "5 new, 0 unchanged" in loaded.output

    ingest_url = f"sqlite:///{tmp_path / 'ingest.db'}"
    ingested = runner.invoke(app, ["ingest", str(spark_inputs), "--db", ingest_url])
    assert "5 articles: 4 new, 0 unchanged, 1 duplicate, 1 failed" in ingested.output
    spark, ingest = _content(db_url), _content(ingest_url)
    assert spark["articles"] == ingest["articles"]
    assert len(spark["quotes"]) == stats.quotations > 20
    assert spark["quotes"] == ingest["quotes"]  # the same speaker entities, by name
    assert any(name for *_, name in spark["quotes"])
    assert spark["counts"] == ingest["counts"]

    again = runner.invoke(app, ["load", str(out), "--db", db_url])
    assert again.exit_code == 0 and "0 new, 5 unchanged" in again.output
    assert _content(db_url) == spark


def test_load_keeps_a_rename(spark_output, db_url):
    out, _ = spark_output
    assert runner.invoke(app, ["load", str(out), "--db", db_url]).exit_code == 0
    engine = make_engine(db_url)
    with session_factory(engine)() as session:
        target = session.scalars(
            select(CanonicalEntity).where(CanonicalEntity.kind == "PER").order_by(
                CanonicalEntity.id)
        ).first()  # fmt: skip
        target_id = target.id
    renamed = runner.invoke(
        app, ["entities", "rename", str(target_id), "Umbenannt (Test)", "--db", db_url]
    )
    assert renamed.exit_code == 0, renamed.output
    assert runner.invoke(app, ["load", str(out), "--db", db_url]).exit_code == 0
    with session_factory(engine)() as session:
        assert session.get(CanonicalEntity, target_id).name == "Umbenannt (Test)"
    engine.dispose()


def test_all_pages_spark_then_load_equal_ingest(spark, shared_data, tmp_path):
    """Issue 14, done when: ``zitate spark run ../shared/data/html --output out --master
    local[2]`` (the job on the test session's local[2]) then ``zitate load out`` give the same
    articles, quotations and speaker entities as ``zitate ingest ../shared/data/html`` — every
    page of the folder (and the gold text files beside them, which ``ingest`` reads too)."""
    from zitate.spark import job

    html = shared_data / "html"
    out = tmp_path / "out"
    stats = job.run(spark, [str(html)], out)
    assert stats.articles >= 40 and stats.entities > 100
    spark_url = f"sqlite:///{tmp_path / 'spark.db'}"
    loaded = runner.invoke(app, ["load", str(out), "--db", spark_url])
    assert loaded.exit_code == 0, loaded.output
    ingest_url = f"sqlite:///{tmp_path / 'ingest.db'}"
    ingested = runner.invoke(app, ["ingest", str(html), "--db", ingest_url])
    assert ingested.exit_code in (0, 1), ingested.output  # 1: a page fails in both
    spark_db, ingest_db = _content(spark_url), _content(ingest_url)
    assert spark_db["articles"] == ingest_db["articles"]
    assert len(spark_db["quotes"]) == stats.quotations > 500
    assert spark_db["quotes"] == ingest_db["quotes"]  # speaker entities by name
    assert spark_db["counts"] == ingest_db["counts"]


def test_a_merge_holds_for_articles_loaded_again(spark_output, db_url):
    """A user merges two people of the loaded output; an article naming the merged-away one is
    deleted and loaded again: its names go to the merged entity, no new entity takes them."""
    out, _ = spark_output
    assert runner.invoke(app, ["load", str(out), "--db", db_url]).exit_code == 0
    engine = make_engine(db_url)
    with session_factory(engine)() as session:
        rows = session.execute(
            select(Entity.article_id, Entity.canonical_id, Entity.name)
            .join(CanonicalEntity, CanonicalEntity.id == Entity.canonical_id)
            .where(CanonicalEntity.kind == "PER")
            .order_by(Entity.id)
        ).all()
    articles: dict[int, set[str]] = {}
    for article_id, canonical_id, _ in rows:
        articles.setdefault(canonical_id, set()).add(article_id)
    into = rows[0].canonical_id
    other = next(c for c, found in articles.items() if not found & articles[into])
    (gone,) = sorted(articles[other])[:1]
    names = {name for a, c, name in rows if c == other and a == gone}
    merged = runner.invoke(app, ["entities", "merge", str(into), str(other), "--db", db_url])
    assert merged.exit_code == 0, merged.output
    with session_factory(engine).begin() as session:
        session.execute(delete(Article).where(Article.id == gone))
    again = runner.invoke(app, ["load", str(out), "--db", db_url])
    assert again.exit_code == 0 and "1 new, 4 unchanged" in again.output, again.output
    with session_factory(engine)() as session:
        back = session.execute(
            select(Entity.name, Entity.canonical_id).where(Entity.article_id == gone)
        ).all()
        assert {c for name, c in back if name in names} == {into}
        assert session.get(CanonicalEntity, other) is None
    engine.dispose()
