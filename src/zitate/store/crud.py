"""Storage stage, rows: extraction records (``shared/OUTPUT.md``) <-> ORM rows, within a session.

``add_record`` writes an article and its analysis, ``replace_analysis`` swaps the analysis of a
stored article for a new record's, ``record_of`` rebuilds the record from the rows. Nothing here
commits: the caller owns the transaction (``with sessions.begin() as session: …``), which is
what makes one article one all-or-nothing unit.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy import JSON, Insert, bindparam, delete, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from .models import Alias, Article, Base, Entity, Mention, Quotation, Relation, Source, utcnow

# Loader options that fetch everything ``record_of`` reads in a few queries (no lazy loads).
RECORD_LOAD = (
    selectinload(Article.source),
    selectinload(Article.quotations).selectinload(Quotation.speaker_entity),
    selectinload(Article.quotations).selectinload(Quotation.addressee_entity),
    selectinload(Article.entities).selectinload(Entity.mentions),
    selectinload(Article.entities).selectinload(Entity.aliases),
    selectinload(Article.relations),
)

ROLES = ("speaker", "cue", "frame", "addressee")
ARTICLE_FIELDS = (
    "url", "title", "teaser", "text", "paragraphs", "published", "updated",
    "authors", "credits", "language", "duplicate_of",
)  # fmt: skip

# A role the quote lacks is SQL NULL in its columns, not a JSON null: its spans are bound with a
# JSON type that writes None as NULL, so every quotation row has the same keys (one executemany).
_ROLE_SPANS = {f"{role}_spans": f"{role}_spans_or_null" for role in ROLES}
_INSERT_QUOTATION = insert(Quotation.__table__).values(
    {column: bindparam(name, type_=JSON(none_as_null=True)) for column, name in _ROLE_SPANS.items()}
    | {"dispute": bindparam("dispute", type_=JSON(none_as_null=True))}
)


def content_hash(text: str) -> str:
    """sha256 of the exact article text (the id hashes the whitespace-normalised text)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def get_article(session: Session, article_id: str) -> Article | None:
    return session.get(Article, article_id)


def source_named(session: Session, name: str | None) -> Source | None:
    """The ``Source`` row called ``name``, created if missing (safe against a parallel insert)."""
    if not name:
        return None
    found = session.scalar(select(Source).where(Source.name == name))
    if found is not None:
        return found
    try:
        with session.begin_nested():
            source = Source(name=name)
            session.add(source)
    except IntegrityError:
        return session.scalar(select(Source).where(Source.name == name))
    return source


def add_record(
    session: Session,
    record: dict,
    *,
    analysed: bool,
    skip_reason: str | None = None,
    ingested_at: datetime | None = None,
) -> Article:
    """Add the article of ``record`` and its quotations, entities and relations; return the row."""
    data = record["article"]
    article = Article(id=data["id"], ingested_at=ingested_at or utcnow())
    _set_article(session, article, record, analysed=analysed, skip_reason=skip_reason)
    session.add(article)
    _add_analysis(session, article, record)
    return article


def replace_analysis(
    session: Session, article: Article, record: dict, *, analysed: bool, skip_reason: str | None
) -> Article:
    """Drop the stored analysis of ``article`` and store the one of ``record`` in its place."""
    for table in (Relation, Quotation, Entity):
        session.execute(delete(table).where(table.article_id == article.id))
    # links from other articles to its statements are found again after storage
    session.execute(delete(Relation).where(Relation.target_article_id == article.id))
    session.expire(article, ["quotations", "entities", "relations"])
    _set_article(session, article, record, analysed=analysed, skip_reason=skip_reason)
    article.ingested_at = utcnow()
    _add_analysis(session, article, record)
    return article


def _set_article(
    session: Session, article: Article, record: dict, *, analysed: bool, skip_reason: str | None
) -> None:
    for name, value in article_values(record, analysed=analysed, skip_reason=skip_reason).items():
        setattr(article, name, value)
    article.source = source_named(session, record["article"].get("source"))


def article_values(record: dict, *, analysed: bool, skip_reason: str | None) -> dict:
    """The columns of an article's row taken from ``record`` (all but id, source and time)."""
    data = record["article"]
    values = {name: data.get(name) for name in ARTICLE_FIELDS}
    values |= {
        "authors": list(data.get("authors") or []),
        "credits": list(data.get("credits") or []),
        "paragraphs": list(data.get("paragraphs") or []),
        "input": record.get("input"),
        "content_hash": content_hash(data["text"]),
        "model_name": record["model"]["name"],
        "model_version": record["model"]["version"],
        "analysed": analysed,
        "skip_reason": skip_reason,
        "n_quotes": len(record["quotes"]),
        "n_entities": len(record["entities"]),
    }
    return values


def _add_analysis(session: Session, article: Article, record: dict) -> None:
    """Insert the analysis rows of ``record``: one Core executemany per table (every row of a
    table has the same keys); the entities' ids come back for mentions, aliases and quotation
    speakers."""
    session.flush()  # the article's row first: every row below refers to it
    entity_ids: dict[str, int] = {}
    if rows := entity_rows(article.id, record):
        table = Entity.__table__
        # RETURNING pairs each id with its local id: the rows may come back in any order
        entity_ids = dict(
            session.execute(insert(table).returning(table.c.local_id, table.c.id), rows).all()
        )
    for table, table_rows in analysis_rows(article.id, record, entity_ids).items():
        if table is Quotation.__table__:
            statement = _INSERT_QUOTATION
            table_rows = [{_ROLE_SPANS.get(k, k): v for k, v in row.items()} for row in table_rows]
        else:
            statement = insert(table)
        _insert(session, statement, table_rows)


def entity_rows(article_id: str, record: dict) -> list[dict]:
    """The ``entities`` rows of ``record`` (without ids: the database gives them)."""
    version = record["model"]["version"]
    return [
        {"article_id": article_id, "local_id": item["id"], "position": position,
         "name": item["name"], "kind": item["kind"], "model_version": version}
        for position, item in enumerate(record["entities"])
    ]  # fmt: skip


def analysis_rows(article_id: str, record: dict, entity_ids: dict[str, int]) -> dict:
    """The rows below an article's entities, by table (mentions, aliases, quotations,
    relations), given the database id of each entity's local id; column names as keys."""
    version = record["model"]["version"]
    entities = record["entities"]
    return {
        Mention.__table__: [
            {"entity_id": entity_ids[item["id"]], "position": i, "start": start, "end": end}
            for item in entities
            for i, (start, end) in enumerate(item.get("mentions") or [])
        ],
        Alias.__table__: [
            {"entity_id": entity_ids[item["id"]], "position": i, "alias": alias}
            for item in entities
            for i, alias in enumerate(item.get("aliases") or [])
        ],
        Quotation.__table__: [
            _quotation(article_id, position, quote, entity_ids, version)
            for position, quote in enumerate(record["quotes"])
        ],
        Relation.__table__: [
            {"article_id": article_id, "position": position, "type": rel["type"],
             "source": rel["source"], "target": rel["target"], "target_article_id": None,
             "confidence": rel.get("confidence")}
            for position, rel in enumerate(record.get("relations") or [])
        ],
    }  # fmt: skip


def _insert(session: Session, statement: Insert, rows: list[dict]) -> None:
    if rows:
        session.execute(statement, rows)


def _quotation(
    article_id: str, position: int, quote: dict, entity_ids: dict[str, int], version: str
) -> dict:
    row = {
        "article_id": article_id,
        "local_id": quote["id"],
        "position": position,
        "type": quote["type"],
        "medium": quote.get("medium"),
        "text": quote["text"],
        "spans": [list(span) for span in quote["spans"]],
        "nested_in": quote.get("nested_in"),
        "confidence": quote.get("confidence"),
        "dispute": quote.get("dispute"),
        "model_version": version,
    }
    for role in ROLES:
        value = quote.get(role)
        row[f"{role}_text"] = value.get("text") if value else None
        spans = [list(span) for span in value.get("spans") or []] if value else None
        row[f"{role}_spans"] = spans
    for role in ("speaker", "addressee"):
        row[f"{role}_entity_id"] = entity_ids.get((quote.get(role) or {}).get("entity"))
    return row


def record_of(article: Article) -> dict:
    """The extraction record rebuilt from ``article``'s rows (``input`` as first ingested)."""
    data = {"id": article.id, "source": article.source.name if article.source else None}
    data |= {name: getattr(article, name) for name in ARTICLE_FIELDS}
    return {
        "input": article.input,
        "article": data,
        "quotes": [quote_record(q) for q in article.quotations],
        "entities": [
            {
                "id": e.local_id,
                "name": e.name,
                "kind": e.kind,
                "mentions": [[m.start, m.end] for m in e.mentions],
                "aliases": [a.alias for a in e.aliases],
            }
            for e in article.entities
        ],
        "relations": [relation_record(r) for r in article.relations],
        "model": {"name": article.model_name, "version": article.model_version},
    }


def relation_record(row: Relation) -> dict:
    """A stored relation as in the record; one across articles names ``target_article``."""
    out: dict = {"type": row.type, "source": row.source, "target": row.target}
    if row.confidence is not None:
        out["confidence"] = row.confidence
    if row.target_article_id:
        out["target_article"] = row.target_article_id
    return out


def quote_record(row: Quotation) -> dict:
    out: dict = {
        "id": row.local_id,
        "type": row.type,
        "medium": row.medium,
        "text": row.text,
        "spans": row.spans,
    }
    for role in ROLES:
        text = getattr(row, f"{role}_text")
        spans = getattr(row, f"{role}_spans")
        out[role] = None if text is None and spans is None else {"text": text, "spans": spans}
    if out["speaker"] is not None:  # the speaker always names its entity, null if unresolved
        out["speaker"]["entity"] = row.speaker_entity.local_id if row.speaker_entity else None
    if out["addressee"] is not None and row.addressee_entity is not None:
        out["addressee"]["entity"] = row.addressee_entity.local_id
    out["nested_in"] = row.nested_in
    out["confidence"] = row.confidence
    if row.dispute:
        out["dispute"] = row.dispute
    return out


def row_counts(session: Session) -> dict[str, int]:
    """Rows per table, e.g. ``{"articles": 24, "quotations": 310, …}``."""
    return {
        table.name: session.scalar(select(func.count()).select_from(table)) or 0
        for table in Base.metadata.sorted_tables
    }
