"""``zitate load`` of a ``zitate spark run`` output (issue 14), on SQLite and PostgreSQL: the
database holds the same articles, quotations and speaker entities as ``zitate ingest`` of the
same inputs; loading twice changes nothing; a user's rename of an entity survives a new load."""

from __future__ import annotations

from sqlalchemy import func, select
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


def test_load_equals_ingest_and_twice_changes_nothing(
    spark_output, spark_inputs, db_url, tmp_path
):
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
