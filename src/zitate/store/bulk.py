"""Storage stage, bulk rows: many extraction records -> their rows in PostgreSQL with ``COPY``.

Input: a session inside a transaction on PostgreSQL (psycopg 3) and records of articles not
stored yet, each with how it was analysed (``(record, analysed, skip_reason)``, as
``zitate.spark.tables`` reads them). Output: exactly the rows ``zitate.store.crud.add_record``
writes for each — the article, its entities, mentions, aliases, quotations and relations, built
by the same row functions of ``crud`` — but one ``COPY … FROM STDIN`` per table for the whole
batch instead of a few statements per article. Entity ids are drawn from their sequence first, so
the quotations can name their speakers' ids in the same pass. Nothing is committed here: the
caller's transaction makes the batch all-or-nothing.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from psycopg import sql
from psycopg.types.json import Json
from sqlalchemy import JSON, Column, Table, text
from sqlalchemy.orm import Session

from .crud import analysis_rows, article_values, entity_rows, source_named
from .models import Article, Entity, utcnow

_NEXT_IDS = text(
    "SELECT nextval(pg_get_serial_sequence('entities', 'id')) FROM generate_series(1, :n)"
)


def copy_records(
    session: Session,
    items: list[tuple[dict, bool, str | None]],
    *,
    ingested_at: datetime | None = None,
) -> None:
    """Write the articles of ``items`` and their analyses with one ``COPY`` per table."""
    if not items:
        return
    when = ingested_at or utcnow()
    names = {record["article"].get("source") for record, _, _ in items} - {None, ""}
    source_ids = {name: source_named(session, name).id for name in sorted(names)}
    n_entities = sum(len(record["entities"]) for record, _, _ in items)
    ids = iter(session.scalars(_NEXT_IDS, {"n": n_entities}).all() if n_entities else ())
    articles, entities, below = [], [], defaultdict(list)
    for record, analysed, skip_reason in items:
        article_id = record["article"]["id"]
        row = {"id": article_id, "source_id": source_ids.get(record["article"].get("source"))}
        row |= article_values(record, analysed=analysed, skip_reason=skip_reason)
        articles.append(row | {"ingested_at": when})
        entity_ids = {}
        for entity in entity_rows(article_id, record):
            entity["id"] = entity_ids[entity["local_id"]] = next(ids)
            entities.append(entity)
        for table, rows in analysis_rows(article_id, record, entity_ids).items():
            below[table].extend(rows)
    session.flush()  # the sources above, before COPY writes past the ORM
    cursor = session.connection().connection.driver_connection.cursor()
    tables = [(Article.__table__, articles), (Entity.__table__, entities), *below.items()]
    for table, rows in tables:
        copy_rows(cursor, table, rows)


def copy_rows(cursor, table: Table, rows: list[dict]) -> None:
    """One ``COPY table (columns) FROM STDIN`` of ``rows``; a column the rows lack gets the
    client-side default the ORM would give it (``default=…`` of the model)."""
    if not rows:
        return
    defaults = {
        column.name: column
        for column in table.columns
        if column.name not in rows[0] and column.default is not None and not column.primary_key
    }
    names = [*rows[0], *defaults]
    json_columns = {column.name for column in table.columns if isinstance(column.type, JSON)}
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table.name), sql.SQL(", ").join(map(sql.Identifier, names))
    )
    fixed = {name: _default(column) for name, column in defaults.items()}
    with cursor.copy(statement) as copy:
        for row in rows:
            values = row | fixed
            copy.write_row(
                [
                    Json(values[name])
                    if name in json_columns and values[name] is not None
                    else values[name]
                    for name in names
                ]
            )


def _default(column: Column):
    default = column.default
    if default.is_scalar:
        return default.arg
    if default.is_callable:
        return default.arg(None)
    raise ValueError(f"column {column.table.name}.{column.name}: no client-side value for COPY")
