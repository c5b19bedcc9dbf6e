"""Issue 15, German stemming: the SQLite search stems with the Snowball German algorithm as
PostgreSQL's ``german`` configuration does, so an inflected word finds the others — on real
Wikinews quotations with their hand-annotated spans, in SQLite and PostgreSQL alike."""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter

import pytest

from zitate.ingest.article import Article, Paragraph
from zitate.quotes.dataset import read_split
from zitate.store.db import session_factory
from zitate.store.ingest import Analysis, Ingestor
from zitate.store.search import search_quotes
from zitate.store.stemming import stem_text, stem_word

from .wikinews import record_of_gold, store


@pytest.fixture
def stored(engine, shared_data) -> dict[str, dict]:
    return store(engine, shared_data)


def found(engine, query: str) -> set[str]:
    with session_factory(engine)() as session:
        rows, total = search_quotes(session, query, limit=100)
    assert total == len(rows)
    return {r.text for r in rows}


def quotes_with(records: dict[str, dict], *forms: str) -> set[str]:
    """Texts of the stored quotations holding one of ``forms`` as a word (case folded)."""
    wanted = {f.lower() for f in forms}
    return {
        q["text"]
        for record in records.values()
        for q in record["quotes"]
        if wanted & {w.lower() for w in re.findall(r"[^\W_]+", q["text"])}
    }


@pytest.mark.parametrize(
    ("query", "forms"),
    [
        ("Angriff", ("Angriff", "Angriffe")),
        ("Angriffe", ("Angriff", "Angriffe")),
        ("Israel", ("Israel", "israelischen", "israelisches", "israelisch", "israelischer")),
        ("Palästinenser", ("Palästinenser", "palästinensischen")),
        ("verletzte", ("verletzt", "Verletzte")),
        ("Unterstützung", ("Unterstützung", "unterstützen")),
    ],
)
def test_an_inflected_word_finds_the_others(engine, stored, query, forms):
    expected = quotes_with(stored, *forms)
    assert len(expected) >= 2 and found(engine, query) == expected


def test_phrases_and_prefixes_on_stems(engine, stored):
    assert found(engine, "„israelischer Angriff“") == found(engine, '"israelische Angriffe"')
    assert len(found(engine, "„israelischer Angriff“")) >= 1
    expected = quotes_with(stored, "Palästinenser", "palästinensischen")
    assert found(engine, "Palästinens*") == expected
    assert not found(engine, "Angriffskrieg")  # a stem is no prefix: no compound found


def test_regierung_finds_regierungen(engine, shared_data):
    """„Regierung“ and „Regierungen“ (the words of the issue) share one stem: two Wikinews
    articles of the train split whose quotations hold „Regierung“ (one) and „Regierungen“ (two)."""
    assert stem_word("Regierung") == stem_word("Regierungen") == stem_word("REGIERUNGEN")
    assert stem_text("Die Regierungen Israels") == "die regier israel"
    train = read_split(shared_data, "train")
    ingestor, records = Ingestor(engine), {}
    for position in (183, 204):  # UN-Generalsekretär …, Türkischer Hochschulratspräsident …
        doc = train[position]
        article = Article(
            input=f"quotes-de-wikinews/train/{doc.name}",
            text=doc.text,
            paragraphs=[Paragraph(0, len(doc.text), "body")],
        )
        record = record_of_gold(article, doc)
        assert ingestor.ingest(article, lambda a, r=record: Analysis(r, analysed=True)) == "new"
        records[article.id] = record
    expected = quotes_with(records, "Regierung", "Regierungen")
    assert len(expected) == 3
    assert found(engine, "Regierung") == found(engine, "Regierungen") == expected
    assert found(engine, "„der Regierungen“") <= expected


def test_the_stems_are_postgresql_german_stems(engine, shared_data):
    """The 2,000 most frequent words of the Wikinews test split: every stem equals what
    PostgreSQL's ``german_stem`` dictionary gives (stop words, which it drops, left out)."""
    if engine.dialect.name != "postgresql":
        pytest.skip("needs PostgreSQL's german_stem")
    words: Counter[str] = Counter()
    with gzip.open(shared_data / "quotes-de-wikinews" / "test.jsonl.gz", "rt") as lines:
        for line in lines:
            text = json.loads(line)["originalText"]
            words.update(w.lower() for w in re.findall(r"[^\W_\d]+", text))
    vocabulary = [w for w, _ in words.most_common(2000)]
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT w, (ts_lexize('german_stem', w))[1] FROM unnest(%(w)s::text[]) AS w",
            {"w": vocabulary},
        ).all()
    compared = [(w, stem) for w, stem in rows if stem is not None]
    assert len(compared) > 1500
    assert [(w, stem_word(w)) for w, _ in compared] == compared
