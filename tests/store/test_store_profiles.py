"""Issue 15, items 1-2: speaker profiles and statistics on a small database of real pages
(three pages of ``shared/data/html`` from three outlets), SQLite and PostgreSQL.

Profiles: the persons of the pages get their gender from first names, role nouns and pronouns
with the evidence kept, their category and party from roles and brackets; a user's setting
survives ``--reprocess`` and a merge. Statistics: the counts kept by the database's triggers
(migration ``0008_stats``) equal the exact query's through merges, splits, settings, new dates
and re-ingests; ``zitate stats --format json`` and
``GET /api/stats`` give the same numbers, and they are the counts taken by walking the stored
quotations one by one.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from typer.testing import CliRunner

from zitate.api.core.config import Settings
from zitate.app import create_app
from zitate.cli import app
from zitate.errors import ZitateError
from zitate.ingest import iter_articles
from zitate.record import build_record
from zitate.store.counts import _table, counted_rows
from zitate.store.db import session_factory
from zitate.store.entities import merge, split
from zitate.store.ingest import Analysis, Ingestor
from zitate.store.models import Article, CanonicalEntity, Entity, Quotation, QuoteCountOutlet
from zitate.store.profiles import set_profile
from zitate.store.search import SearchFilter
from zitate.store.stats import parse_by, quote_stats, top_speakers

PAGES = (
    "fundus__at__DerStandard_2024_05_03.html",  # Innenministerin Nancy Faeser (SPD)
    "fundus__at__ORF_2024_11_22.html",  # Pam Bondi, Donald Trump
    "fundus__de__Tagesspiegel_2024_04_29.html",  # climate researchers
)
runner = CliRunner()


@pytest.fixture(scope="module")
def analysed(shared_data: Path) -> list[tuple]:
    from zitate.quotes.pipeline import attribution_pipeline

    nlp = attribution_pipeline()
    out = []
    for article in iter_articles([str(shared_data / "html" / p) for p in PAGES]):
        out.append((article, Analysis(build_record(article, nlp(article.text)), analysed=True)))
    assert len(out) == 3
    return out


def ingest(engine, analysed, **options) -> None:
    ingestor = Ingestor(engine, **options)
    by_id = {a.id: analysis for a, analysis in analysed}
    version = options.get("model_version")
    for article, _ in analysed:

        def analyse(a, version=version):
            record = by_id[a.id].record
            if version:
                record = {**record, "model": {**record["model"], "version": version}}
            return Analysis(record, True)

        ingestor.ingest(article, analyse)


def entity(session, name: str) -> CanonicalEntity:
    return session.scalars(select(CanonicalEntity).where(CanonicalEntity.name == name)).one()


def test_profiles_from_evidence(engine, analysed):
    ingest(engine, analysed)
    with session_factory(engine)() as session:
        faeser = entity(session, "Nancy Faeser")
        assert (faeser.gender, faeser.category, faeser.party) == ("female", "government", "SPD")
        evidence = {(e["source"], e["text"]) for e in faeser.profile["gender"]["evidence"]}
        assert ("first_name", "Nancy") in evidence
        assert ("role_noun", "Innenministerin") in evidence
        assert faeser.profile["parties"][0]["first_seen"] == "2024-05-03"  # the article's day
        assert entity(session, "Pam Bondi").gender == "female"
        assert entity(session, "Donald Trump").gender == "male"
        # a name that is a surname only, without other evidence, gives no gender
        for row in session.scalars(select(CanonicalEntity).where(CanonicalEntity.kind == "PER")):
            sources = {e["source"] for e in row.profile["gender"]["evidence"]}
            if row.gender != "unknown" and row.profile["corrected"] == []:
                assert sources, row.name
        # organisations have no gender; a university is science
        kit = entity(session, "Universität Hamburg")
        assert kit.gender is None and kit.category == "science_expert"


def test_settings_survive_reprocess_and_merge(engine, analysed):
    ingest(engine, analysed)
    with session_factory(engine).begin() as session:
        trump = entity(session, "Donald Trump")
        set_profile(session, trump.id, category="politics", party="Republikaner")
        with pytest.raises(ZitateError, match="none of female, male, unknown"):
            set_profile(session, trump.id, gender="divers")
        trump_id = trump.id
    ingest(engine, analysed, reprocess=True, model_version="profiles-test")
    with session_factory(engine).begin() as session:
        trump = session.get(CanonicalEntity, trump_id)
        assert (trump.category, trump.party, trump.gender) == ("politics", "Republikaner", "male")
        assert trump.profile["corrected"] == ["category", "party"]
        other = entity(session, "Pam Bondi")
        merge(session, [other.id, trump_id])  # the setting follows the merge
        assert session.get(CanonicalEntity, other.id).party == "Republikaner"
        set_profile(session, other.id, party="auto")
        assert session.get(CanonicalEntity, other.id).party != "Republikaner"


def by_hand(session, f: SearchFilter | None = None) -> Counter:
    """(outlet, gender) -> quotations, walking every stored quotation."""
    counts: Counter = Counter()
    for quote in session.scalars(select(Quotation)):
        article = session.get(Article, quote.article_id)
        if f and f.type and quote.type != f.type:
            continue
        if f and f.outlet and f.outlet not in (article.source.name if article.source else ""):
            continue
        gender = None
        if quote.speaker_entity_id is not None:
            speaker = session.get(Entity, quote.speaker_entity_id)
            if speaker.canonical_id is not None:
                gender = session.get(CanonicalEntity, speaker.canonical_id).gender
        counts[(article.source.name if article.source else None, gender)] += 1
    return counts


def test_stats_cli_api_and_by_hand(engine, db_url, analysed):
    ingest(engine, analysed)
    cli = runner.invoke(app, ["stats", "--by", "outlet,gender", "--format", "json", "--db", db_url])
    assert cli.exit_code == 0, cli.output
    from_cli = json.loads(cli.output)
    with TestClient(create_app(Settings(db_url=db_url))) as client:
        from_api = client.get("/api/stats", params={"by": "outlet,gender"}).json()
        direct = client.get("/api/stats", params={"by": "outlet,gender", "type": "Direct"}).json()
        bad = client.get("/api/stats", params={"by": "outlet,shoesize"})
        top = client.get("/api/stats/top", params={"limit": 1}).json()
    assert from_cli == from_api
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "E325"
    with session_factory(engine)() as session:
        hand = by_hand(session)
        hand_direct = by_hand(session, SearchFilter(type="Direct"))
        n_quotes = session.scalar(select(Quotation.id).order_by(Quotation.id.desc()).limit(1))
        assert top == top_speakers(session, SearchFilter(), 1)
    assert {(r["outlet"], r["gender"]): r["n"] for r in from_api["rows"]} == dict(hand)
    assert {(r["outlet"], r["gender"]): r["n"] for r in direct["rows"]} == dict(hand_direct)
    assert from_api["total"] == sum(hand.values()) and n_quotes
    assert len({outlet for outlet, _ in hand}) == 3
    for outlet in {o for o, _ in hand}:  # shares within each outlet
        shares = [r["share"] for r in from_api["rows"] if r["outlet"] == outlet]
        assert abs(sum(shares) - 1) < 1e-5
    female = sum(n for (o, g), n in hand.items() if g == "female")
    with session_factory(engine)() as session:
        gender_only = quote_stats(session, SearchFilter(), "gender")
    assert {r["gender"]: r["n"] for r in gender_only["rows"]}.get("female", 0) == female > 0


def test_stats_cli_errors(engine, db_url, analysed):
    ingest(engine, analysed)
    bad = runner.invoke(app, ["stats", "--by", "colour", "--db", db_url])
    assert bad.exit_code == 2 and "unknown dimension 'colour'" in bad.output
    csv_out = runner.invoke(app, ["stats", "--by", "month", "--format", "csv", "--db", db_url])
    assert csv_out.exit_code == 0 and csv_out.output.splitlines()[0] == "month,n,share"
    assert "2024-05" in csv_out.output


def _all_ways(session) -> list[tuple[SearchFilter, str]]:
    """Filters of the search (no filter, text, outlet, days, type, medium and mixes) × ``by``."""
    words = Counter(
        w for text in session.scalars(select(Quotation.text)) for w in text.split()
        if len(w) > 5 and w.isalpha()
    )  # fmt: skip
    common = words.most_common(1)[0][0]
    days = sorted({a.published[:10] for a in session.scalars(select(Article)) if a.published})
    filters = [
        SearchFilter(), SearchFilter(query=common), SearchFilter(query=common[:4] + "*"),
        SearchFilter(query=f"{common} Regierung*"), SearchFilter(outlet="orf"),
        SearchFilter(type="Direct"), SearchFilter(medium="speech", outlet="a"),
        SearchFilter(date_from=date.fromisoformat(days[0]), date_to=date.fromisoformat(days[0])),
        SearchFilter(query=common, date_from=date.fromisoformat(days[-1])),
        SearchFilter(date_to=date.fromisoformat(days[-1]), type="Indirect"),
        SearchFilter(date_from=date.fromisoformat(days[0][:8] + "01"), date_to=date(2024, 11, 30)),
        SearchFilter(date_to=date(2024, 4, 30), medium="speech"),
        # one word: PostgreSQL counts its lexeme's rows (0013); a stop word has none, a word
        # absent from the texts no hits
        SearchFilter(query="und"), SearchFilter(query="Xylophonkonzert"),
        SearchFilter(query=common.upper(), type="Direct"),
    ]  # fmt: skip
    bys = ["outlet", "gender", "category", "party", "kind", "month", "type", "medium",
           "outlet,gender", "month,gender", "category,type,medium"]  # fmt: skip
    return [(f, by) for f in filters for by in bys]


def assert_counts_exact(engine) -> int:
    """The pre-aggregated counts (``zitate.store.counts``) equal the exact query's for every
    filter and dimension; returns how many results had quotations."""
    non_empty, tables = 0, set()
    with session_factory(engine)() as session:
        assert session.scalar(select(func.sum(QuoteCountOutlet.n))) == session.scalar(
            select(func.count()).select_from(Quotation)
        )
        for f, by in _all_ways(session):
            assert counted_rows(session, f, parse_by(by)) is not None
            tables.add(_table(f, parse_by(by), bool(f.query)).__tablename__)
            assert quote_stats(session, f, by) == quote_stats(session, f, by, exact=True), (f, by)
            non_empty += quote_stats(session, f, by)["total"] > 0
    assert tables == {f"quote_counts_{r}" for r in ("outlet", "month", "type")} | {"quote_facts"}
    return non_empty


def test_counts_equal_exact_query_through_corrections(engine, analysed):
    """Ingest, merge, split, set, a new date and outlet, re-ingest: after each the counts the
    triggers keep give the numbers of the query over the quotations themselves."""
    ingest(engine, analysed)
    assert assert_counts_exact(engine) > 60
    with session_factory(engine).begin() as session:
        trump, bondi = entity(session, "Donald Trump"), entity(session, "Pam Bondi")
        merge(session, [bondi.id, trump.id])
        set_profile(session, bondi.id, gender="unknown", category="media")
    assert_counts_exact(engine)
    with session_factory(engine).begin() as session:
        names = session.execute(
            select(Entity.canonical_id, Entity.name).where(Entity.canonical_id.is_not(None))
        ).all()
        by_canonical: dict[int, set[str]] = {}
        for canonical_id, name in names:
            by_canonical.setdefault(canonical_id, set()).add(name)
        several = [(c, sorted(n)) for c, n in by_canonical.items() if len(n) > 1]
        assert several, "no canonical entity with two names to split"
        split(session, several[0][0], several[0][1][-1])
        first = session.scalars(select(Article).order_by(Article.id)).first()
        first.published = None  # undated now
        second = session.scalars(select(Article).order_by(Article.id.desc())).first()
        second.source_id, second.published = first.source_id, "2025-02-28T23:59:00+01:00"
    assert_counts_exact(engine)
    with session_factory(engine)() as session:
        months = quote_stats(session, SearchFilter(), "month")["rows"]
        assert {r["month"] for r in months} >= {None, "2025-02"}
    ingest(engine, analysed, reprocess=True, model_version="counts-test")
    assert_counts_exact(engine)
    with session_factory(engine).begin() as session:
        session.delete(session.scalars(select(Article)).first())
    assert_counts_exact(engine)
    # a quotation's new text: a text query counts it by its new words only (PostgreSQL: the
    # facts' copy of the tsvector follows the text)
    with session_factory(engine).begin() as session:
        quote = session.scalars(select(Quotation).order_by(Quotation.id)).first()
        old_word = next(w for w in quote.text.split() if len(w) > 5 and w.isalpha())
        quote.text = "Die Zebrastreifenpflicht gilt ab morgen für alle Radwege."
    with session_factory(engine)() as session:
        for words, expected in (("Zebrastreifenpflicht", 1), ("Radwege Zebrastreifen*", 1)):
            found = quote_stats(session, SearchFilter(query=words), "gender")
            assert found == quote_stats(session, SearchFilter(query=words), "gender", exact=True)
            assert found["total"] == expected
        old = SearchFilter(query=old_word)
        assert quote_stats(session, old, "outlet") == quote_stats(
            session, old, "outlet", exact=True
        )
