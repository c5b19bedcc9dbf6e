"""The linking stage of ``zitate spark run`` (issue 14), without a Spark session: the document
entities of real German articles (the ORF/stern sentences on Donald Trump, the Hendel runners,
two Wikinews police reports; ``tests/store/test_linking.py``) grouped and linked as Spark does
(``zitate.spark.linking.link_local``) give the same canonical entities as the store's linker when
it ingests them in publication order; shuffling the input changes nothing."""

from __future__ import annotations

import random

from sqlalchemy import select

from store.conftest import db_url, engine, postgres_base  # noqa: F401
from store.test_linking import HENDEL, POLICE, TRUMP, analyse, ingest  # noqa: F401
from zitate.spark import linking, tables
from zitate.store.db import session_factory
from zitate.store.models import Article, CanonicalEntity, Entity


def _names(session) -> list[tuple]:
    rows = session.execute(
        select(Entity.kind, Entity.name, Article.published, Article.id, Entity.position,
               Entity.local_id)
        .join(Article, Article.id == Entity.article_id)
    ).all()  # fmt: skip
    return [
        (kind, name, tables.order_key({"published": published, "id": aid}), aid, pos, lid)
        for kind, name, published, aid, pos, lid in rows
    ]


def _partition(links: dict) -> set[tuple[frozenset, str]]:
    """The canonical entities as (set of document entities, name), ids left out."""
    members: dict = {}
    for member, (canonical, name) in links.items():
        members.setdefault((canonical, name), set()).add(member)
    return {(frozenset(ids), name) for (_, name), ids in members.items()}


def test_spark_groups_link_as_the_store_in_publication_order(engine, analyse):  # noqa: F811
    texts = sorted(TRUMP + HENDEL + POLICE, key=lambda pair: pair[1])
    ingest(engine, analyse, texts, "order")
    with session_factory(engine)() as session:
        names = _names(session)
        stored = {
            (aid, lid): (canonical, name)
            for aid, lid, canonical, name in session.execute(
                select(Entity.article_id, Entity.local_id, CanonicalEntity.id,
                       CanonicalEntity.name)
                .join(CanonicalEntity, CanonicalEntity.id == Entity.canonical_id)
            )
        }  # fmt: skip
    assert len(names) == len(stored) > 15
    spark = linking.link_local(names)
    assert _partition(spark) == _partition(stored)
    trump = {name for _, name in spark.values() if "Trump" in name}
    assert trump == {"Donald Trump"}  # the bare „Trump“ of the earliest article absorbed
    hendel = {name for _, name in spark.values() if "Hendel" in name}
    assert hendel == {"Sebastian Hendel", "Kristina Hendel", "Hendel"}
    shuffled = names[:]
    random.Random(7).shuffle(shuffled)
    assert linking.link_local(shuffled) == spark  # ids included: order-independent


def test_canonical_ids_are_the_first_document_entity():
    items = [
        ("PER", "Trump", ("0", "2024-11-05", "b"), "b", 0, "e1"),
        ("PER", "Donald Trump", ("0", "2024-11-22", "a"), "a", 0, "e1"),
        ("PER", "Ivanka Trump", ("0", "2024-11-23", "c"), "c", 0, "e1"),
        ("PER", "Trump", ("0", "2024-11-24", "d"), "d", 3, "e4"),
        ("ORG", "Trump", ("0", "2024-11-24", "d"), "d", 4, "e5"),
    ]
    links = linking.link_local(items)
    first = linking.canonical_id("b", "e1")
    assert links[("b", "e1")] == links[("a", "e1")] == (first, "Donald Trump")
    assert links[("c", "e1")] == (linking.canonical_id("c", "e1"), "Ivanka Trump")
    # two full names end in „Trump“ by then: the bare name stays apart; other kinds too
    assert links[("d", "e4")] == (linking.canonical_id("d", "e4"), "Trump")
    assert links[("d", "e5")][0] == linking.canonical_id("d", "e5")
