"""Storage stage, pre-aggregated statistics: the counts of ``zitate.store.stats`` read from the
tables the database's triggers keep (migration ``0008_stats``), not from every quotation.

Input: a session, the filters of the search (``SearchFilter``) and the dimensions of
``zitate.store.stats``. Output: the rows ``(value of each dimension…, n)`` grouped by the
dimensions — exactly what the exact query over quotations, articles and entities gives — or
``None`` when a filter needs the quotation rows themselves:

- no text query: ``quote_counts`` (one row per day × source × canonical speaker × type ×
  medium), summed — its size grows with the days and speakers, not the quotations;
- a text query: the matching quotations (the FTS5 index in SQLite, the ``tsvector`` in
  PostgreSQL) joined with their narrow ``quote_facts`` row instead of the wide quotation,
  article and entity rows;
- the speaker filter (part of the speaker's words as written) and the document-entity filter:
  ``None``, the caller runs the exact query.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select, and_, case, func, select
from sqlalchemy.orm import Session

from .models import CanonicalEntity, Quotation, QuoteCount, QuoteFact, Source
from .search import _FTS, _FTS_ROWID, SearchFilter, _contains, _full_text, parse_query

UNDATED = "~"  # the day of an article without a publication date


def _dimensions(table) -> dict[str, ColumnElement]:
    return {
        "outlet": Source.name,
        "gender": CanonicalEntity.gender,
        "category": CanonicalEntity.category,
        "party": CanonicalEntity.party,
        "kind": CanonicalEntity.kind,
        "month": case((table.day == UNDATED, None), else_=func.substr(table.day, 1, 7)),
        "type": table.type,
        "medium": func.nullif(table.medium, ""),
    }


def counted_rows(session: Session, f: SearchFilter, names: list[str]) -> list[tuple] | None:
    """``(value of each of names…, n)`` per combination of values among the quotations matching
    ``f``, from the pre-aggregated tables; ``None`` where ``f`` filters by speaker or entity."""
    if f.speaker or f.entity:
        return None
    terms = parse_query(f.query) if f.query is not None and f.query.strip() else None
    dialect = session.get_bind().dialect.name
    table = QuoteFact if terms else QuoteCount
    dims = _dimensions(table)
    columns = [dims[n].label(n) for n in names]
    n = (func.count() if terms else func.sum(QuoteCount.n)).label("n")
    query: Select = select(*columns, n)
    if terms:
        match = _full_text(terms, dialect)[0]
        if dialect == "sqlite":
            query = query.select_from(_FTS).join(QuoteFact, QuoteFact.quotation_id == _FTS_ROWID)
        else:
            query = query.select_from(Quotation).join(
                QuoteFact, QuoteFact.quotation_id == Quotation.id
            )
        where = [match]
    else:
        query = query.select_from(QuoteCount)
        where = [QuoteCount.n > 0]
    if {"gender", "category", "party", "kind"} & set(names):
        query = query.outerjoin(CanonicalEntity, CanonicalEntity.id == table.canonical_id)
    if "outlet" in names:
        query = query.outerjoin(Source, Source.id == table.source_id)
    where += _conditions(table, f, dialect)
    query = query.where(*where).group_by(*columns)
    return [(*row[:-1], int(row[-1])) for row in session.execute(query)]


def _conditions(table, f: SearchFilter, dialect: str) -> list[ColumnElement]:
    """The filters on the key columns, as the exact query applies them to the article's
    ``published`` (``substr(published, 1, 10)`` compares with a day as ``published`` does)."""
    where: list[ColumnElement] = []
    if f.outlet:
        sources = select(Source.id).where(_contains(Source.name, f.outlet, dialect))
        where.append(table.source_id.in_(sources.scalar_subquery()))
    if f.date_from or f.date_to:
        where.append(table.day != UNDATED)
    if f.date_from:
        where.append(table.day >= f.date_from.isoformat())
    if f.date_to:
        where.append(table.day < f"{f.date_to.isoformat()}~")
    if f.type:
        where.append(table.type == f.type)
    if f.medium:
        where.append(table.medium == f.medium)
    return [and_(*where)] if where else []

