"""Storage stage, pre-aggregated statistics: the counts of ``zitate.store.stats`` read from the
tables the database's triggers keep (migration ``0008_stats``), not from every quotation.

Input: a session, the filters of the search (``SearchFilter``) and the dimensions of
``zitate.store.stats``. Output: the rows ``(value of each dimension…, n)`` grouped by the
dimensions — exactly what the exact query over quotations, articles and entities gives — or
``None`` when a filter needs the quotation rows themselves. Which table answers:

- no text query, and the dimensions and filters beside the speaker profile (kind, gender,
  category, party) are one of: outlet; month (dates in whole months); type and medium — the
  rollup of that one (``quote_counts_outlet``, ``_month``, ``_type``): a few thousand rows
  whatever the number of quotations;
- a text query, or another mix (a month by outlet, a date inside a month): the narrow
  ``quote_facts`` rows of the matching quotations instead of the wide quotation, article and
  entity rows — found by the FTS5 index in SQLite, by the GIN index on ``quote_facts``' own copy
  of the ``tsvector`` in PostgreSQL (migration ``0011_stats_text``: no quotation row is read);
  in PostgreSQL a query of one plain word reads no fact row either: its lexeme's rows of
  ``quote_terms`` joined to the covering index of the facts' keys (``0013_facts_keys``);
- the speaker filter (part of the speaker's words as written) and the document-entity filter:
  ``None``, the caller runs the exact query.
"""

from __future__ import annotations

import calendar
from datetime import date

from sqlalchemy import ColumnElement, Select, and_, case, func, literal_column, or_, select
from sqlalchemy.orm import Session

from .models import QuoteCountMonth, QuoteCountOutlet, QuoteCountType, QuoteFact, Source
from .search import (
    _FTS,
    _FTS_ROWID,
    _TERM_ID,
    _TERMS,
    SearchFilter,
    _contains,
    _full_text,
    _lexeme,
    parse_query,
    tsquery,
)

_FACT_VECTOR = literal_column("quote_facts.search_vector")  # PostgreSQL, 0011_stats_text
UNDATED = "~"  # the day of an article without a publication date
ATTRIBUTES = ("kind", "gender", "category", "party")


def _month(table) -> ColumnElement | None:
    if table in (QuoteCountOutlet, QuoteCountType):  # all time: never asked for a month
        return None
    if table is QuoteCountMonth:  # YYYY-MM, or ``~`` and a partial date, ``~~``: undated
        return case(
            (QuoteCountMonth.month == UNDATED * 2, None),
            (QuoteCountMonth.month.startswith(UNDATED), func.substr(QuoteCountMonth.month, 2, 7)),
            else_=QuoteCountMonth.month,
        )
    return case((table.day == UNDATED, None), else_=func.substr(table.day, 1, 7))


def _dimensions(table) -> dict[str, ColumnElement | None]:
    dims = {k: func.nullif(getattr(table, k), "") for k in ATTRIBUTES}
    typed = hasattr(table, "type")
    return dims | {
        "outlet": Source.name, "month": _month(table), "type": table.type if typed else None,
        "medium": func.nullif(table.medium, "") if typed else None,
    }  # fmt: skip


#: the rollups, smallest first, with what each has beside the profile values
ROLLUPS = ((QuoteCountType, {"type", "medium"}), (QuoteCountOutlet, {"outlet"}),
           (QuoteCountMonth, {"month"}))  # fmt: skip


def _whole_months(f: SearchFilter) -> bool:
    """Both dates (where given) bound whole months: the first and the last day of one."""
    ends = f.date_to is None or f.date_to.day == calendar.monthrange(*_ym(f.date_to))[1]
    return (f.date_from is None or f.date_from.day == 1) and ends


def _ym(day: date) -> tuple[int, int]:
    return day.year, day.month


def _table(f: SearchFilter, names: list[str], text: bool):
    """The smallest table that answers: a rollup that has every dimension and filter beside
    the profile values, else ``quote_facts``."""
    if text or ((f.date_from or f.date_to) and not _whole_months(f)):
        return QuoteFact
    needed = set(names) - set(ATTRIBUTES)
    needed |= {name for name in ("outlet", "type", "medium") if getattr(f, name)}
    if f.date_from or f.date_to:
        needed.add("month")
    for table, has in ROLLUPS:
        if needed <= has:
            return table
    return QuoteFact


def counted_rows(session: Session, f: SearchFilter, names: list[str]) -> list[tuple] | None:
    """``(value of each of names…, n)`` per combination of values among the quotations matching
    ``f``, from the pre-aggregated tables; ``None`` where ``f`` filters by speaker or entity."""
    if f.speaker or f.entity:
        return None
    terms = parse_query(f.query) if f.query is not None and f.query.strip() else None
    dialect = session.get_bind().dialect.name
    table = _table(f, names, bool(terms))
    if terms and dialect == "postgresql":
        found = _by_lexeme(session, f, names)
        if found is not None:
            return found
    dims = _dimensions(table)
    columns = [dims[n].label(n) for n in names]
    n = (func.count() if table is QuoteFact else func.sum(table.n)).label("n")
    query: Select = select(*columns, n)
    where: list[ColumnElement] = []
    if terms and dialect == "sqlite":
        where.append(_full_text(terms, dialect)[0])
        query = query.select_from(_FTS).join(QuoteFact, QuoteFact.quotation_id == _FTS_ROWID)
    elif terms:  # PostgreSQL: the facts' own copy of the quotation's tsvector
        where.append(_FACT_VECTOR.op("@@")(tsquery(terms)))
        query = query.select_from(QuoteFact)
    else:
        query = query.select_from(table)
        if table is not QuoteFact:
            where.append(table.n > 0)
    if "outlet" in names:
        query = query.outerjoin(Source, Source.id == table.source_id)
    where += _conditions(table, f, dialect)
    query = query.where(*where).group_by(*columns)
    return [(*row[:-1], int(row[-1])) for row in session.execute(query)]


def _by_lexeme(session: Session, f: SearchFilter, names: list[str]) -> list[tuple] | None:
    """PostgreSQL, a query of one plain word: the counts of its hits read from two narrow
    indexes — the word's lexeme rows of ``quote_terms`` (``0012``) joined by quotation id to
    the covering index of the facts' keys (``0013_facts_keys``), both index-only — instead of a
    fact row per hit. The same rows as the text index gives (a quotation's lexemes are its
    ``quote_terms`` rows). None for another query, or a word without exactly one lexeme (a stop
    word): the caller asks the vectors."""
    lexeme = _lexeme(f.query)
    if lexeme is None:
        return None
    dims = _dimensions(QuoteFact)
    columns = [dims[n].label(n) for n in names]
    query = select(*columns, func.count().label("n")).select_from(_TERMS)
    query = query.join(QuoteFact, QuoteFact.quotation_id == _TERM_ID)
    if "outlet" in names:
        query = query.outerjoin(Source, Source.id == QuoteFact.source_id)
    where = [_TERMS.c.term == lexeme, *_conditions(QuoteFact, f, "postgresql")]
    found = [(*row[:-1], int(row[-1])) for row in session.execute(
        query.where(*where).group_by(*columns))]  # fmt: skip
    if found or session.scalar(select(lexeme.is_(None))):
        return found or None  # hits, or no lexeme to look up (then the vectors decide)
    return []


def _conditions(table, f: SearchFilter, dialect: str) -> list[ColumnElement]:
    """The filters on the key columns, as the exact query applies them to the article's
    ``published`` (``substr(published, 1, 10)`` compares with a day as ``published`` does)."""
    where: list[ColumnElement] = []
    if f.outlet:
        sources = select(Source.id).where(_contains(Source.name, f.outlet, dialect))
        where.append(table.source_id.in_(sources.scalar_subquery()))
    if table is QuoteCountMonth and (f.date_from or f.date_to):
        where.append(_months_between(f))
    elif f.date_from or f.date_to:
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


def _months_between(f: SearchFilter) -> ColumnElement:
    """Whole months within the dates, or a partial date (``~`` and the date as written) that
    compares within them as the exact query compares ``published``."""
    month, partial = QuoteCountMonth.month, func.substr(QuoteCountMonth.month, 2)
    whole = [~month.startswith(UNDATED)]
    part = [month.startswith(UNDATED), month != UNDATED * 2]
    if f.date_from:
        whole.append(month >= f.date_from.isoformat()[:7])
        part.append(partial >= f.date_from.isoformat())
    if f.date_to:
        whole.append(month <= f.date_to.isoformat()[:7])
        part.append(partial < f"{f.date_to.isoformat()}~")
    return or_(and_(*whole), and_(*part))
