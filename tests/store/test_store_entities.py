"""Issue 5, item 3: cross-article entities over the sample articles and the pages of
``shared/data/html``, on SQLite and PostgreSQL — the persons who recur across those pages link
into one entity, ambiguous surnames and role phrases stay apart, re-ingesting and reprocessing
keep the entities, and the user's corrections (``zitate entities merge|split|rename``) survive
``zitate ingest --reprocess`` and reach new articles.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select, update
from typer.testing import CliRunner

from zitate.cli import app
from zitate.ingest import iter_articles
from zitate.record import build_record
from zitate.resolve.names import parse_name
from zitate.store.db import session_factory
from zitate.store.ingest import Analysis, Ingestor
from zitate.store.models import Article, CanonicalAlias, CanonicalEntity, Entity

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"
BENEDIKT = SAMPLES / "wikinews-2013-02-11-papst-benedikt-xvi-tritt-zurueck.txt"
FISCHER_PAGES = (
    "trafilatura__deutschlandfunk.de.titanic.html",  # Karin Fischer, interviewer
    "trafilatura__handelsblatt.com.grenzschliessungen.html",
)  # „Genscher, Fischer“
runner = CliRunner()  # fmt: skip


@pytest.fixture(scope="module")
def analysed(shared_data: Path) -> list[tuple]:
    """Every sample article and page of ``shared/data/html`` with its analysis (the models run
    once per test session)."""
    from zitate.quotes.pipeline import attribution_pipeline

    nlp = attribution_pipeline()
    inputs = [str(SAMPLES), *sorted(str(p) for p in (shared_data / "html").glob("*.html"))]
    out = []
    for article in iter_articles(inputs):
        if isinstance(article, Exception) or article.language not in (None, "de"):
            continue
        if article.duplicate_of:
            out.append(
                (article, Analysis(build_record(article), analysed=False, skip_reason="dup"))
            )
        else:
            out.append((article, Analysis(build_record(article, nlp(article.text)), analysed=True)))
    assert len(out) >= 40
    return out


def ingest_all(engine, analysed, **options) -> Ingestor:
    ingestor = Ingestor(engine, **options)
    by_id = {a.id: analysis for a, analysis in analysed}
    version = options.get("model_version")
    for article, _ in analysed:

        def analyse(a, version=version):
            record = by_id[a.id].record
            if version:
                record = {**record, "model": {**record["model"], "version": version}}
            return Analysis(record, by_id[a.id].analysed, by_id[a.id].skip_reason)

        ingestor.ingest(article, analyse)
    return ingestor


def entities_named(session, name: str) -> dict[int, set[str]]:
    """canonical id -> inputs (file names) of the document entities named ``name``."""
    rows = session.execute(
        select(Entity.canonical_id, Article.input)
        .join(Article, Article.id == Entity.article_id)
        .where(Entity.name == name)
    )
    out: dict[int, set[str]] = {}
    for canonical_id, path in rows:
        out.setdefault(canonical_id, set()).add(Path(path).name)
    return out


def one_entity(session, *names: str) -> CanonicalEntity:
    ids = {i for name in names for i in entities_named(session, name)}
    assert len(ids) == 1, (names, ids)
    return session.get(CanonicalEntity, ids.pop())


def test_persons_recurring_across_the_pages_are_linked(engine, analysed):
    ingest_all(engine, analysed)
    with session_factory(engine)() as session:
        assert_recurring_persons(session)


def assert_recurring_persons(session) -> None:
    """The persons named on several pages, each one entity with its dated role titles."""
    trump = one_entity(session, "Donald Trump")
    assert trump.name == "Donald Trump"
    pages = set().union(*entities_named(session, "Donald Trump").values())
    assert len(pages) == 4  # ORF, stern, Deutschlandfunk, Spiegel
    president = next(a for a in trump.aliases if a.alias == "US-Präsident")
    assert president.type == "role" and president.count == 2
    assert (str(president.first_seen), str(president.last_seen)) == ("2020-05-04", "2024-11-22")
    # „Wladimir Putin“ (DW, ZDF), „Putin“ or only the genitive „Putins“ (FAZ, by the NER)
    putin = one_entity(session, "Wladimir Putin", "Putins", "Putin")
    assert putin.name == "Wladimir Putin"
    names = {a.alias for a in putin.aliases if a.type == "name"}
    assert names in ({"Wladimir Putin", "Putins"}, {"Wladimir Putin", "Putin"})
    assert not entities_named(session, "Putin der moralische")  # the NER's extra words go
    for runner_name in ("Hendrik Pfeiffer", "Kristina Hendel"):  # Abendblatt and SZ
        assert len(set().union(*entities_named(session, runner_name).values())) == 2
        one_entity(session, runner_name)
    sebastian = one_entity(session, "Sebastian Hendel", "Deutsche, Sebastian Hendel")
    assert sebastian.id != one_entity(session, "Kristina Hendel").id


def test_ambiguous_surnames_and_role_phrases_stay_apart(engine, analysed):
    """„KIT-Forscher Fink“ is Andreas Fink, no entity of its own; each role phrase stays apart."""
    ingest_all(engine, analysed)
    with session_factory(engine)() as session:
        # Tagesspiegel: „KIT-Forscher Fink“ is its Andreas Fink already inside the article
        # (issue 12: a role is no part of a name); Anna Giulia Fink only signs the Standard
        # article („(Birgit Baumann aus Berlin, Anna Giulia Fink, …, 3.5.2024)“: its authors,
        # no part of its text), so she is no entity there to join him
        one_entity(session, "Andreas Fink")
        assert not entities_named(session, "Anna Giulia Fink")
        assert not entities_named(session, "KIT-Forscher Fink")
        # role phrases and common nouns named in several articles („Polizei“, „Recherchen“)
        rows = session.execute(
            select(Entity.name, Entity.kind, Entity.article_id, Entity.canonical_id)
        )
        roles: dict[tuple[str, str], list[tuple[str, int]]] = {}
        for name, kind, article_id, canonical_id in rows:
            if parse_name(name, kind).role:
                roles.setdefault((name, kind), []).append((article_id, canonical_id))
        recurring = {k: v for k, v in roles.items() if len({a for a, _ in v}) > 1}
        for pairs in recurring.values():
            assert len({c for _, c in pairs}) == len({a for a, _ in pairs})  # one per article


def test_reingesting_and_reprocessing_keep_the_entities(engine, analysed):
    ingest_all(engine, analysed)
    sessions = session_factory(engine)

    def snapshot():
        with sessions() as session:
            links = session.execute(
                select(Entity.article_id, Entity.local_id, Entity.canonical_id).order_by(
                    Entity.article_id, Entity.local_id
                )
            )
            names = session.execute(select(CanonicalEntity.id, CanonicalEntity.name))
            aliases = session.execute(
                select(
                    CanonicalAlias.canonical_id,
                    CanonicalAlias.type,
                    CanonicalAlias.key,
                    CanonicalAlias.count,
                    CanonicalAlias.first_seen,
                    CanonicalAlias.last_seen,
                )  # fmt: skip
            )
            return links.all(), sorted(names.all()), sorted(aliases.all())

    before = snapshot()  # aliases counted article by article, as each was ingested
    assert ingest_all(engine, analysed).stats.unchanged == len(analysed)
    assert snapshot() == before
    again = ingest_all(engine, analysed, model_version="9.9", reprocess=True)
    assert again.stats.reprocessed == len(analysed)
    assert snapshot() == before  # aliases recounted from every document entity: the same


def test_relink_backfills_a_database_from_before_linking(engine, analysed):
    ingest_all(engine, analysed)
    sessions = session_factory(engine)
    with sessions.begin() as session:  # what revision 0002 finds in an existing database
        session.execute(update(Entity).values(canonical_id=None))
        session.execute(CanonicalEntity.__table__.delete().where(CanonicalEntity.id > 0))
    db = engine.url.render_as_string(hide_password=False)
    output = cli(db, "entities", "relink")
    n_articles = int(re.match(r"(\d+) articles linked; \d+ document entities in", output).group(1))
    assert n_articles == sum(1 for _, analysis in analysed if analysis.record["entities"])

    def links():
        with sessions() as session:
            return session.execute(select(Entity.id, Entity.canonical_id).order_by(Entity.id)).all()

    linked = links()
    assert all(canonical_id is not None for _, canonical_id in linked)
    with sessions() as session:
        assert_recurring_persons(session)
    cli(db, "entities", "relink", "--all")  # once more, from scratch: the same entities
    assert links() == linked


def zitate(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "zitate", *args], capture_output=True, text=True, timeout=600
    )


def cli(db: str, *args: str) -> str:
    result = runner.invoke(app, [*args, "--db", db])
    assert result.exit_code == 0, result.output
    return result.output


def test_corrections_survive_reprocess_and_reach_new_articles(db_url, shared_data, tmp_path):
    inputs = [str(BENEDIKT), *(str(shared_data / "html" / p) for p in FISCHER_PAGES)]
    assert zitate("ingest", "--db", db_url, *inputs).returncode == 0
    listed = json.loads(cli(db_url, "entities", "list", "--limit", "500", "--format", "json"))
    ids = {row["name"]: row["id"] for row in listed}
    # the Wikinews article calls the pope „Benedikt XVI.“ and „Joseph Ratzinger“
    merged = cli(
        db_url, "entities", "merge", str(ids["Benedikt XVI."]), str(ids["Joseph Ratzinger"])
    )
    assert merged.startswith(f"merged {ids['Joseph Ratzinger']} into {ids['Benedikt XVI.']}")
    # „Genscher, Fischer und Steinmeier“ (Handelsblatt) is not Karin Fischer (Deutschlandfunk)
    karin = ids["Karin Fischer"]
    split = cli(db_url, "entities", "split", str(karin), "--alias", "Fischer")
    fischer = int(re.search(r"into (\d+) \(Fischer\)", split).group(1))
    cli(db_url, "entities", "rename", str(karin), "Karin Fischer (Deutschlandfunk)")

    from zitate.store import open_db

    engine = open_db(db_url)
    with session_factory(engine).begin() as session:  # as after a model update
        session.execute(update(Article).values(model_version="0.0-old"))
    out = zitate("ingest", "--reprocess", "--db", db_url, *inputs)
    assert out.returncode == 0 and "3 reprocessed" in out.stdout, out.stdout + out.stderr
    new = tmp_path / "ratzinger.txt"  # a sentence of the Wikinews article, as a new article
    new.write_text(
        "Rücktritt\n\nDer 85-jährige Joseph Ratzinger sagte, er spüre, dass er nicht mehr "
        "genügend Kraft habe, um sein Amt auszuüben.\n",
        encoding="utf-8",
    )
    assert zitate("ingest", "--db", db_url, str(new)).returncode == 0
    with session_factory(engine)() as session:
        pope = ids["Benedikt XVI."]
        ratzinger = entities_named(session, "Joseph Ratzinger")
        assert set(ratzinger) == {pope} and ratzinger[pope] == {BENEDIKT.name, new.name}
        assert set(entities_named(session, "Fischer")) == {fischer}
        assert set(entities_named(session, "Karin Fischer")) == {karin}
        assert session.get(CanonicalEntity, karin).name == "Karin Fischer (Deutschlandfunk)"
        assert session.get(CanonicalEntity, karin).locked
        assert session.get(CanonicalEntity, ids["Joseph Ratzinger"]) is None
    engine.dispose()
    shown = cli(db_url, "entities", "show", str(ids["Benedikt XVI."]))
    assert "merge" in shown and "Joseph Ratzinger" in shown and "Papst" in shown
    speakers = json.loads(cli(db_url, "speakers", "--format", "json"))
    assert speakers[0]["n_quotes"] >= speakers[-1]["n_quotes"]
    assert any(s["id"] == ids["Benedikt XVI."] for s in speakers)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["entities", "show", "999999"], "no canonical entity with id 999999"),
        (["entities", "merge", "1"], "cannot merge: name at least two entities"),
        (["entities", "merge", "999998", "999999"], "no canonical entity with id 999998"),
        (["entities", "split", "999999", "--alias", "Trump"], "no canonical entity"),
        (["entities", "rename", "999999", "Donald Trump"], "no canonical entity"),
    ],
)
def test_bad_ids_are_one_line_and_exit_2(tmp_path, args, message):
    out = zitate(*args, "--db", f"sqlite:///{tmp_path / 'z.db'}")
    assert out.returncode == 2 and message in out.stderr and "Traceback" not in out.stderr
