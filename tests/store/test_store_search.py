"""Issue 5, search: full-text search over stored quotations (SQLite FTS5, PostgreSQL tsvector with
German stemming), its filters and pagination, safe query parsing, and the index kept in step with
re-ingest, ``--reprocess``, deletes and the migration — on SQLite and PostgreSQL.

The articles are real Wikinews texts with their hand-annotated quotations (``wikinews.py``).
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from sqlalchemy import delete, event, inspect, select, text

from zitate.errors import ZitateError
from zitate.store import search as search_module
from zitate.store.db import downgrade, session_factory, upgrade
from zitate.store.ingest import Analysis, Ingestor
from zitate.store.models import Article
from zitate.store.search import Term, fts5_query, parse_query, search_page, search_quotes

from .wikinews import GAZA, article_of, documents, record_of_gold, store

_TOKEN = re.compile(r"[^\W_]+")


@pytest.fixture
def stored(engine, shared_data) -> dict[str, dict]:
    return store(engine, shared_data)


def search(engine, query=None, **filters):
    with session_factory(engine)() as session:
        rows, total = search_quotes(session, query, **filters)
        return [(r.article_id, r.local_id, r.text, r.type, r.medium) for r in rows], total


def gold(records: dict[str, dict], word: str | None = None, **where) -> set[tuple[str, str]]:
    """(article id, quote id) of the stored gold quotations holding ``word`` as a token and
    having the given field values."""
    found = set()
    for article_id, record in records.items():
        for quote in record["quotes"]:
            tokens = {t.lower() for t in _TOKEN.findall(quote["text"])}
            if word and word.lower() not in tokens:
                continue
            if all(quote[k] == v for k, v in where.items()):
                found.add((article_id, quote["id"]))
    return found


def test_a_word_finds_the_quotation_holding_it_and_no_other(engine, stored):
    rows, total = search(engine, "Waffenruhe")
    assert total == 1 and len(rows) == 1
    assert rows[0][2] == "einer sofortigen und anhaltenden Waffenruhe"
    assert search(engine, "WAFFENRUHE")[1] == 1  # case is folded
    rows, total = search(engine, "Gazastreifen", limit=100)
    assert {(a, q) for a, q, *_ in rows} == gold(stored, "Gazastreifen") and total == len(rows) > 3
    assert all("Gazastreifen" in r[2] for r in rows)
    assert search(engine, "Mondlandefähre")[1] == 0  # in the Armstrong text, but in no quotation


def test_german_stemming(engine, stored):
    """„Waffenruhen“ finds „Waffenruhe“ with the German Snowball stemmer: PostgreSQL's ``german``
    configuration, and the stems of the SQLite index (migration 0007)."""
    assert search(engine, "Waffenruhen")[1] == 1
    assert search(engine, "Waffenruh*")[1] == 1
    assert search(engine, "Waffenruhe", type="Indirect", medium="SW")[1] == 1


def test_phrases_need_the_words_in_order(engine, stored):
    assert search(engine, '"sofortigen und anhaltenden Waffenruhe"')[1] == 1
    assert search(engine, "„anhaltenden Waffenruhe“")[1] == 1  # German quotation marks too
    assert search(engine, '"Waffenruhe anhaltenden"')[1] == 0
    assert search(engine, "Waffenruhe Gazastreifen")[1] == 0  # all words, and no quote has both


def test_filters_combine(engine, stored):
    word = "Gazastreifen"
    everything = search(engine, word, limit=100)[1]
    said_or_written = search(engine, word, medium="SW", limit=100)
    assert said_or_written[1] == len(gold(stored, word, medium="SW")) < everything
    assert all(r[4] == "SW" for r in said_or_written[0])
    for type_, medium in (("Indirect", "Speech"), ("Indirect", "SW"), ("Direct", None)):
        found = search(engine, word, type=type_, medium=medium)[1]
        expected = gold(stored, word, type=type_, **({"medium": medium} if medium else {}))
        assert found == len(expected)
    # speaker: part of the mention, case-insensitive
    said = {(r[0], r[1]) for r in search(engine, "Israel", speaker="regierungssprecher")[0]}
    by_spokesman = {
        (a, q["id"])
        for a, record in stored.items()
        for q in record["quotes"]
        if "Regierungssprecher" in ((q["speaker"] or {}).get("text") or "")
    }
    assert len(said) == 1 and said <= by_spokesman & gold(stored, "Israel")
    # outlet (part of the source name) and the publication day of the Gaza article
    assert search(engine, word, outlet="taz")[1] == everything
    assert search(engine, word, outlet="spiegel")[1] == 0
    day = date(2008, 12, 31)
    assert search(engine, word, date_from=day, date_to=day)[1] == everything
    assert search(engine, word, date_from=date(2009, 1, 1))[1] == 0
    assert search(engine, word, date_to=date(2008, 12, 30))[1] == 0
    # without a query: filters alone, newest article first
    all_rows, total = search(engine, limit=100)
    assert total == sum(len(r["quotes"]) for r in stored.values()) == len(all_rows)
    assert search(engine, outlet="tagesschau")[1] == 3  # the Armstrong article's quotations
    assert search(engine, speaker="Haaretz", type="Indirect", medium="Writing")[1] == 3


def test_speaker_filter_matches_the_entity_name(engine, stored):
    """A speaker entity's name counts as well as the mention: the Nasrallah quotation."""
    rows = search(engine, speaker="Nasrallah")[0]
    assert rows and all("Nasrallah" not in r[2] for r in rows)
    with session_factory(engine)() as session:
        hits, _ = search_quotes(session, speaker="Hisbollah-Chef Hassan")
        assert {h.speaker_entity.name for h in hits} == {"Hisbollah-Chef Hassan Nasrallah"}


def test_speaker_filter_takes_a_cross_article_entity_id(engine, stored):
    from zitate.store import models

    if not hasattr(models.Entity, "canonical_id"):
        pytest.skip("no cross-article entities (migration 0002) in this tree")
    name = "Hisbollah-Chef Hassan Nasrallah"
    with session_factory(engine).begin() as session:
        canonical = models.CanonicalEntity(name="Hassan Nasrallah", kind="PER")
        session.add(canonical)
        session.flush()
        entity = session.scalar(select(models.Entity).where(models.Entity.name == name))
        entity.canonical_id = canonical.id
        canonical_id = canonical.id
    expected = {
        (a, q["id"])
        for a, record in stored.items()
        for q in record["quotes"]
        if (q["speaker"] or {}).get("text") == name
    }
    rows = search(engine, speaker=str(canonical_id))[0]
    assert expected and {(r[0], r[1]) for r in rows} == expected


def test_pagination_totals_and_order(engine, stored):
    word = "Gazastreifen"
    full, total = search(engine, word, limit=100)
    pages = [search(engine, word, limit=3, offset=o) for o in range(0, total, 3)]
    assert all(t == total for _, t in pages)
    assert [r for rows, _ in pages for r in rows] == full  # same order, no gap, no repeat
    assert search(engine, word, limit=3, offset=total)[0] == []
    # relevance first: the quotation that says „Gazastreifen“ twice ranks above one that says
    # it once in a longer text
    counts = [len(re.findall(word, r[2])) for r in full]
    assert counts[0] == max(counts)


@pytest.mark.parametrize(
    "query",
    ['"Waffenruhe', "„Waffenruhe", "*", "Waffe *", "* Waffe", '""', "„“", "!!!", "\x00"],
)
def test_unreadable_queries_are_clear_errors(engine, query):
    with pytest.raises(ZitateError) as err, session_factory(engine)() as session:
        search_quotes(session, query)
    assert err.value.code == "E310"
    assert "cannot search for" in str(err.value)


@pytest.mark.parametrize(
    "query",
    ["NEAR(", "NEAR(Waffenruhe", "Waffenruhe OR", "text:Waffenruhe", "^Waffenruhe", "-Waffenruhe",
     "Waffenruhe)", "{Waffenruhe}", "Waffen+ruhe", "'Waffenruhe'", "Waffenruhe AND NOT Israel",
     "die"],
)  # fmt: skip
def test_database_syntax_in_a_query_is_just_words(engine, stored, query):
    """FTS5 and tsquery operators never reach the database as syntax: no error, and the words
    are searched as words (``NEAR(`` finds quotations with the word „near“: none here)."""
    rows, total = search(engine, query)
    words = [w.lower() for w in _TOKEN.findall(query)]
    assert total == len(rows)
    for row in rows:
        tokens = {t.lower() for t in _TOKEN.findall(row[2])}
        assert set(words) <= tokens or engine.dialect.name == "postgresql"


def test_parse_query_and_fts5_syntax():
    assert parse_query('Waffenruhe „US-Präsident Trump“ Regier* "a b"*') == [
        Term(("waffenruhe",)),
        Term(("us", "präsident", "trump")),
        Term(("regier",), prefix=True),
        Term(("a", "b"), prefix=True),
    ]
    assert parse_query("US-Präsident") == [Term(("us", "präsident"))]  # a phrase
    assert fts5_query(parse_query('NEAR(a b) "c d" e*')) == '"near" "a" "b" "c d" "e" *'
    assert parse_query("OR AND NOT") == [Term(("or",)), Term(("and",)), Term(("not",))]
    with pytest.raises(ZitateError):
        parse_query(" ".join(["Wort"] * 33))  # too many terms


def test_index_follows_reingest_reprocess_and_delete(engine, shared_data):
    docs = documents(shared_data)
    article = article_of(GAZA, docs[GAZA])
    record = record_of_gold(article, docs[GAZA])
    ingestor = Ingestor(engine)
    assert ingestor.ingest(article, lambda a: Analysis(record, analysed=True)) == "new"
    assert search(engine, "Waffenruhe")[1] == 1
    assert ingestor.ingest(article, lambda a: Analysis(record, analysed=True)) == "unchanged"
    assert search(engine, "Waffenruhe")[1] == 1
    assert_index_in_sync(engine)

    # reprocess with another model version whose analysis lost the Waffenruhe quotation and
    # changed the wording of another
    changed = {**record, "model": {**record["model"], "version": "9.9"}}
    changed["quotes"] = [dict(q) for q in record["quotes"] if "Waffenruhe" not in q["text"]]
    changed["quotes"][0]["text"] = "Feuerpause im Gazastreifen"
    again = Ingestor(engine, model_version="9.9", reprocess=True)
    assert again.ingest(article, lambda a: Analysis(changed, analysed=True)) == "reprocessed"
    assert search(engine, "Waffenruhe")[1] == 0
    assert search(engine, "Feuerpause")[1] == 1
    assert search(engine, "Gazastreifen")[1] == len(gold({article.id: changed}, "Gazastreifen"))
    assert_index_in_sync(engine)

    with session_factory(engine).begin() as session:  # delete: the quotations cascade
        session.execute(delete(Article).where(Article.id == article.id))
    assert search(engine, "Feuerpause")[1] == 0 and search(engine, "Gazastreifen")[1] == 0
    assert_index_in_sync(engine)


def assert_index_in_sync(engine) -> None:
    """SQLite: FTS5's own check of the index against the quotations (raises when they differ);
    PostgreSQL: the generated column is recomputed by the database on every write, and the
    lexemes of ``quote_terms`` (migration 0012) are exactly those of the vectors, once each."""
    if engine.dialect.name == "sqlite":
        with engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO quotations_fts(quotations_fts, rank) VALUES ('integrity-check', 1)"
            )
    elif inspect(engine).has_table("quote_terms"):  # not below 0012
        vectors = "SELECT unnest(tsvector_to_array(search_vector)), id FROM quotations"
        with engine.connect() as conn:
            terms = conn.execute(text("SELECT term, quotation_id FROM quote_terms")).all()
            expected = conn.execute(text(vectors)).all()
        assert len(terms) == len(set(terms)) and set(terms) == set(expected)


def test_migration_downgrade_removes_and_upgrade_rebuilds_the_index(engine, stored):
    with engine.connect() as conn:
        before = set(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
    downgrade(engine, "0004")  # unmerge 0007 (SQLite's stems) from the branches 0003 and 0004
    downgrade(engine, "0003@-1")  # this branch only
    names = set(inspect(engine).get_table_names())
    columns = {c["name"] for c in inspect(engine).get_columns("quotations")}
    assert "quotations_fts" not in names and "search_vector" not in columns
    assert "quotations" in names
    upgrade(engine)
    with engine.connect() as conn:
        versions = set(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
    assert versions == before  # back where the round trip started (the heads)
    assert search(engine, "Waffenruhe")[1] == 1  # existing rows indexed again
    assert search(engine, "Waffenruhen")[1] == 1
    assert_index_in_sync(engine)


def test_stemming_migration_down_and_up_on_sqlite(engine, stored):
    """0007 down: the unstemmed index of 0003 (a word finds only itself); up: stems again."""
    if engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL's index is not changed by 0007")
    downgrade(engine, "0004")  # 0007 alone: its branches 0003 and 0004 stay
    count = "SELECT count(*) FROM quotations_fts WHERE quotations_fts MATCH :q"
    with engine.connect() as conn:
        assert conn.execute(text(count), {"q": "waffenruhe"}).scalar() == 1
        assert conn.execute(text(count), {"q": "waffenruhen"}).scalar() == 0
    assert_index_in_sync(engine)  # the external-content index of 0003, checked against its rows
    upgrade(engine)
    assert search(engine, "Waffenruhen")[1] == 1 and search(engine, "WAFFENRUHE")[1] == 1
    assert_index_in_sync(engine)


def test_a_frequent_word_lists_the_most_recently_stored_hits_first(engine, stored, monkeypatch):
    """Issue 14: a query matching more than ``RANK_LIMIT`` quotations is not ranked — the most
    recently stored hits come first (id descending), page by page without gap or repeat, the
    same hits as ranked; SQLite counts them exactly, PostgreSQL gives its planner's estimate."""
    word = "Gazastreifen"

    def page(**options) -> search_module.Found:
        with session_factory(engine)() as session:
            found = search_page(session, word, **options)
            found.rows[:] = [(r.id, r.text, r.article.source.name) for r in found.rows]
            return found

    ranked = page(limit=100)
    assert ranked.exact and ranked.total == len(ranked.rows) > 3
    monkeypatch.setattr(search_module, "RANK_LIMIT", 0)
    newest = page(limit=100)
    assert [r[0] for r in newest.rows] == sorted((r[0] for r in ranked.rows), reverse=True)
    assert all(word in r[1] for r in newest.rows) and ranked.rows != newest.rows
    pages = [page(limit=2, offset=o).rows for o in range(0, ranked.total + 2, 2)]
    assert [row for rows in pages for row in rows] == newest.rows
    filtered = page(limit=100, outlet="taz")  # every hit is from taz.de
    assert filtered.rows == newest.rows and page(outlet="spiegel").rows == []
    if engine.dialect.name == "sqlite":
        assert (newest.total, newest.exact) == (ranked.total, True)
        assert (filtered.total, filtered.exact) == (ranked.total, True)
    else:  # the planner's estimate, without counting
        assert not newest.exact and newest.total >= 1
    monkeypatch.setattr(search_module, "COUNT_LIMIT", 3)  # SQLite stops counting there
    capped = page(limit=2)
    assert capped.rows == newest.rows[:2]
    if engine.dialect.name == "sqlite":
        assert (capped.total, capped.exact) == (3, False)
        assert (page(outlet="taz").total, page(outlet="taz").exact) == (3, False)
    monkeypatch.setattr(search_module, "RANK_LIMIT", ranked.total)
    if engine.dialect.name == "sqlite":  # as many as the limit: still ranked
        assert page(limit=100).rows == ranked.rows


def test_one_word_pages_equal_the_plain_query(engine, stored, monkeypatch):
    """Issue 14: the page of a frequent one-word query (PostgreSQL: read from ``quote_terms``
    by its key, SQLite: the FTS5 index by rowid) holds exactly the rows of the plain query over
    the quotations — every word of the stored quotations, two pages each — and its total is
    the plain count where it is exact; a stop word finds nothing on both sides."""
    monkeypatch.setattr(search_module, "RANK_LIMIT", 0)
    words = sorted(
        {w for r in stored.values() for q in r["quotes"] for w in _TOKEN.findall(q["text"])}
    )
    assert len(words) > 300
    if engine.dialect.name == "sqlite":
        plain = "SELECT rowid FROM quotations_fts WHERE quotations_fts MATCH :m ORDER BY rowid DESC"
    else:
        plain = (
            "SELECT id FROM quotations WHERE search_vector @@ websearch_to_tsquery('german', :m) "
            "ORDER BY id DESC"
        )
    read: list[str] = []
    if engine.dialect.name == "postgresql":  # the terms of migration 0012 answer the pages
        assert inspect(engine).has_table("quote_terms")
        assert_index_in_sync(engine)
        event.listen(engine, "before_cursor_execute", lambda _c, _k, sql, *_: read.append(sql))
    with session_factory(engine)() as session:
        for word in words[::2] + ["und", "die"]:
            match = (
                word
                if engine.dialect.name != "sqlite"
                else fts5_query(search_module.stemmed(parse_query(word)))
            )
            ids = list(session.scalars(text(plain), {"m": match}))
            for offset in (0, 3):
                found = search_page(session, word, limit=3, offset=offset)
                assert [r.id for r in found.rows] == ids[offset : offset + 3], word
                if found.exact:
                    assert found.total == len(ids), word
                else:
                    assert engine.dialect.name == "postgresql" or found.total < len(ids)
    if engine.dialect.name == "postgresql":
        assert sum("FROM quote_terms" in sql for sql in read) >= len(words) // 2


def test_highlights_are_the_words_whose_stem_matches(engine, stored):
    """``match_spans`` stems only the words that start with a query stem (folded: ß -> ss,
    ä ö ü -> a o u): the spans are those of stemming every word, for each word of the stored
    quotations as a query and as a prefix."""
    texts = [q["text"] for record in stored.values() for q in record["quotes"]]
    texts.append("Die Straßen sind größer geworden, sagte der Bürgermeister über die Grüße.")

    def every_word(said: str, query: str) -> list[tuple[int, int]]:
        terms = search_module.stemmed(parse_query(query))
        exact = {w for t in terms for w in (t.words if not t.prefix else t.words[:-1])}
        prefixes = tuple(t.words[-1] for t in terms if t.prefix)
        return [
            m.span() for m in search_module.STEM_WORD.finditer(said)
            if (stem := search_module.stem_word(m[0])) in exact
            or (prefixes and stem.startswith(prefixes))
        ]  # fmt: skip

    marked = 0
    for said in texts:
        for word in {w for w in _TOKEN.findall(said) if len(w) > 2}:
            for query in (word, word[:4] + "*", f"{word} Straße"):
                spans = search_module.match_spans(said, query)
                assert spans == every_word(said, query), (said, query)
                marked += bool(spans)
    assert marked > 100
    street = "Die Straßen sind größer geworden, sagte der Bürgermeister über die Grüße."
    assert [street[a:b] for a, b in search_module.match_spans(street, "Straße groß")] == [
        "Straßen", "größer"
    ]  # fmt: skip
