"""The rows that storing one analysed article writes, from hand-made records (no models run):
quotations without a role, the entity ids quotations refer to, and the cross-article links of
entities created together, on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import select, text

from zitate.store.crud import add_record, record_of
from zitate.store.db import session_factory
from zitate.store.linking import link_article
from zitate.store.models import Article, CanonicalEntity, Entity


def record(article_id: str, entities: list[tuple[str, str]], quotes=(), published=None) -> dict:
    """An extraction record of ``entities`` (name, kind) and ``quotes`` as ``record_of`` gives
    it back."""
    body = " ".join(name for name, _ in entities) or "Text"
    article = {"id": article_id, "source": "rows.test", "url": None, "title": None,
               "teaser": None, "text": body, "paragraphs": [], "published": published,
               "updated": None, "authors": [], "credits": [], "language": "de",
               "duplicate_of": None}  # fmt: skip
    return {
        "input": article_id,
        "article": article,
        "quotes": list(quotes),
        "entities": [
            {"id": f"e{n}", "name": name, "kind": kind, "mentions": [[0, 1]], "aliases": []}
            for n, (name, kind) in enumerate(entities, 1)
        ],
        "relations": [],
        "model": {"name": "rows", "version": "1"},
    }


def quote(local_id: str, **roles) -> dict:
    out = {"id": local_id, "type": "Direct", "medium": "Speech", "text": "„Ja“", "spans": [[0, 4]]}
    for role in ("speaker", "cue", "frame", "addressee"):
        out[role] = roles.get(role)
    return out | {"nested_in": None, "confidence": 0.5}


def store(engine, *records: dict) -> None:
    """Each record in its own transaction, linked as the ingest links it."""
    for rec in records:
        with session_factory(engine).begin() as session:
            add_record(session, rec, analysed=True)
            link_article(session, rec["article"]["id"])


def test_a_role_the_quote_lacks_is_sql_null_and_speakers_name_their_entity(engine):
    speaker = {"text": "Merz", "spans": [[10, 14]], "entity": "e2"}
    quotes = [
        quote("q1", speaker=speaker, cue={"text": "sagte", "spans": [[5, 10]]}),
        quote("q2", speaker={"text": "er", "spans": [[0, 2]], "entity": None}),
        quote("q3", addressee={"text": "Scholz", "spans": [[20, 26]], "entity": "e1"}),
        quote("q4"),
    ]
    rec = record("a" * 40, [("Olaf Scholz", "PER"), ("Friedrich Merz", "PER")], quotes)
    store(engine, rec)
    with session_factory(engine)() as session:
        assert record_of(session.get(Article, "a" * 40)) == rec
        rows = session.execute(
            text(
                "SELECT q.local_id, q.cue_spans IS NULL, q.frame_spans IS NULL, "
                "q.addressee_spans IS NULL, q.frame_text IS NULL, s.local_id, a.local_id "
                "FROM quotations q LEFT JOIN entities s ON s.id = q.speaker_entity_id "
                "LEFT JOIN entities a ON a.id = q.addressee_entity_id ORDER BY q.position"
            )
        ).all()
    assert [tuple(row) for row in rows] == [
        ("q1", False, True, True, True, "e2", None),
        ("q2", True, True, True, True, None, None),
        ("q3", True, True, False, True, None, "e1"),
        ("q4", True, True, True, True, None, None),
    ]


def test_new_canonical_entities_of_one_article_keep_their_own_names(engine):
    names = [("Anna Berg", "PER"), ("Bodo Berg", "PER"), ("Kiel", "LOC"), ("Polizei", "ORG")]
    store(engine, record("b" * 40, names + [("Carla Ost", "PER"), ("Polizei", "ORG")]))
    with session_factory(engine)() as session:
        pairs = session.execute(
            select(Entity.name, CanonicalEntity.name)
            .join(CanonicalEntity, CanonicalEntity.id == Entity.canonical_id)
            .order_by(Entity.position)
        ).all()
        police = session.scalars(select(Entity.canonical_id).where(Entity.name == "Polizei"))
        assert len(set(police)) == 2  # a common noun: an entity of its own each time
    assert [a for a, _ in pairs] == [b for _, b in pairs]
    assert len(pairs) == 6


def test_a_bare_surname_moves_with_the_entity_a_full_name_of_its_article_absorbs(engine):
    store(
        engine,
        record("c" * 40, [("Fink", "PER")], published="2024-01-01"),
        record("d" * 40, [("Fink", "PER"), ("Andreas Fink", "PER"), ("Fink", "ORG")]),
    )
    with session_factory(engine)() as session:
        links = session.execute(
            select(Entity.article_id, Entity.kind, CanonicalEntity.name)
            .join(CanonicalEntity, CanonicalEntity.id == Entity.canonical_id, isouter=True)
            .order_by(Entity.article_id, Entity.position)
        ).all()
    assert [tuple(link) for link in links] == [
        ("c" * 40, "PER", "Andreas Fink"),
        ("d" * 40, "PER", "Andreas Fink"),
        ("d" * 40, "PER", "Andreas Fink"),
        ("d" * 40, "ORG", "Fink"),
    ]
