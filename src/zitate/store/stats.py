"""Storage stage, statistics: who is quoted, counted over any filter of the quotation search.

Input: a session and the filters of ``zitate.store.search`` (text query, speaker, outlet, dates,
type, medium) plus the dimensions to count by: ``outlet``, ``gender``, ``category``, ``party``
(of the speaker's canonical entity, ``zitate.store.profiles``), ``kind`` (PER, ORG…),
``month`` (YYYY-MM of the article's publication), ``type``, ``medium``. Output: plain dicts for
``zitate stats``, ``GET /api/stats`` and the ``/stats`` page — the same numbers everywhere:

- ``quote_stats``: ``{"by", "total", "rows": [{<dimension>: value, "n", "share"}]}``: ``n``
  quotations per combination of values, ``share`` = ``n`` over the quotations with the same
  values of the dimensions before the last (over ``total`` with one dimension); a quotation
  without a linked speaker has ``null`` gender, category, party and kind, and so has a
  non-person's gender; undated articles have ``null`` month;
- ``top_speakers``: the most quoted canonical entities per outlet within the filter.

The counts come from the tables the database's triggers keep (``zitate.store.counts``,
migration ``0008_stats``) unless the speaker filter needs the quotations themselves.

Bad dimensions raise ``ZitateError`` E325; bad queries E310 as in the search.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from ..errors import Errors, ZitateError
from .counts import counted_rows
from .models import Article, CanonicalEntity, Quotation, Source
from .search import _SPEAKER, SearchFilter, _conditions, _full_text, _joined, parse_query

DIMENSIONS: dict[str, ColumnElement] = {
    "outlet": Source.name,
    "gender": CanonicalEntity.gender,
    "category": CanonicalEntity.category,
    "party": CanonicalEntity.party,
    "kind": CanonicalEntity.kind,
    "month": func.substr(Article.published, 1, 7),
    "type": Quotation.type,
    "medium": Quotation.medium,
}
MAX_DIMENSIONS = 3
MAX_TOP = 100


def parse_by(by: str | list[str] | None) -> list[str]:
    """The dimensions of ``by`` (``"outlet,gender"`` or a list); E325 for unknown ones."""
    if by is None:
        return ["gender"]
    parts = by.split(",") if isinstance(by, str) else [p for b in by for p in b.split(",")]
    names = [p.strip().lower() for p in parts if p.strip()]
    unknown = [n for n in names if n not in DIMENSIONS]
    if unknown or not names:
        known = ", ".join(DIMENSIONS)
        what = f"unknown dimension {unknown[0]!r}" if unknown else "no dimension given"
        raise ZitateError(Errors.E325, detail=f"{what}; count by one of {known}")
    if len(set(names)) != len(names) or len(names) > MAX_DIMENSIONS:
        detail = f"name 1 to {MAX_DIMENSIONS} different dimensions, not {','.join(names)}"
        raise ZitateError(Errors.E325, detail=detail)
    return names


_ARTICLE_DIMENSIONS = {"outlet", "month"}
_SPEAKER_DIMENSIONS = {"gender", "category", "party", "kind"}


def _filtered(session: Session, columns: list, f: SearchFilter, needs: set[str]) -> Select:
    """``select(columns)`` over the quotations matching ``f``, joined with what ``needs`` (the
    dimensions) and the filters ask for: the article, its outlet, the speaker's canonical
    entity — a count by type over all quotations reads the quotations alone."""
    for name in ("speaker", "outlet"):
        if "\x00" in (getattr(f, name) or ""):
            raise ZitateError(Errors.E310, query=name, reason="it holds a NUL")
    terms = parse_query(f.query) if f.query is not None and f.query.strip() else None
    dialect = session.get_bind().dialect.name
    match = _full_text(terms, dialect)[0] if terms else None
    article = bool(needs & _ARTICLE_DIMENSIONS or f.outlet or f.date_from or f.date_to)
    query = select(*columns)
    if not (article and match is None and f.entity is None and dialect == "sqlite"):
        query = query.select_from(Quotation)  # else ``_joined`` sets articles ⨯ quotations
    query = _joined(query, f, match, dialect, article=article)
    if needs & _SPEAKER_DIMENSIONS:
        if not f.speaker:  # ``_joined`` joins the speaker's entity only for the speaker filter
            query = query.outerjoin(_SPEAKER, Quotation.speaker_entity_id == _SPEAKER.id)
        query = query.outerjoin(CanonicalEntity, CanonicalEntity.id == _SPEAKER.canonical_id)
    if "outlet" in needs:
        query = query.outerjoin(Source, Source.id == Article.source_id)
    return query.where(*_conditions(f, match, dialect))


def quote_stats(
    session: Session, f: SearchFilter, by: str | list[str] | None, exact: bool = False
) -> dict[str, Any]:
    """Quotations matching ``f`` counted by the dimensions ``by`` (see the module docstring):
    from the pre-aggregated tables (``zitate.store.counts``) where the filters allow it, else
    (or with ``exact``) by the query over the quotations themselves — the same numbers."""
    names = parse_by(by)
    found = None if exact else counted_rows(session, f, names)
    if found is None:
        columns = [DIMENSIONS[n].label(n) for n in names]
        count = func.count(Quotation.id).label("n")
        query = _filtered(session, [*columns, count], f, set(names)).group_by(*columns)
        found = [tuple(row) for row in session.execute(query)]
    rows = [dict(zip([*names, "n"], row, strict=True)) for row in found]
    total = sum(r["n"] for r in rows)
    groups: dict[tuple, int] = defaultdict(int)
    for row in rows:
        groups[tuple(row[n] for n in names[:-1])] += row["n"]
    for row in rows:
        group = groups[tuple(row[n] for n in names[:-1])]
        row["share"] = round(row["n"] / group, 6) if group else 0.0
    last = names[-1]
    chronological = last == "month"  # months in order, other values most frequent first
    rows.sort(key=lambda r: (*(_order(r[n]) for n in names[:-1]),
                             0 if chronological else -r["n"], _order(r[last])))  # fmt: skip
    return {"by": names, "filter": _filter_dict(f), "total": total, "rows": rows}


def top_speakers(session: Session, f: SearchFilter, limit: int = 5) -> dict[str, Any]:
    """The ``limit`` most quoted canonical entities per outlet among the quotations matching
    ``f``: ``{"outlets": [{"outlet", "total", "speakers": [{"id", "name", "kind", "gender",
    "category", "party", "n", "share"}]}]}`` (``share`` of the outlet's matching quotations)."""
    limit = max(1, min(limit, MAX_TOP))
    n = func.count(Quotation.id).label("n")
    columns = [Source.name.label("outlet"), CanonicalEntity.id, CanonicalEntity.name,
               CanonicalEntity.kind, CanonicalEntity.gender, CanonicalEntity.category,
               CanonicalEntity.party, n]  # fmt: skip
    query = _filtered(session, columns, f, {"outlet", "kind"}).group_by(*columns[:-1])
    per_outlet: dict[str | None, list[dict]] = defaultdict(list)
    totals: dict[str | None, int] = defaultdict(int)
    for row in session.execute(query):
        totals[row.outlet] += row.n
        if row.id is not None:
            per_outlet[row.outlet].append(
                {"id": row.id, "name": row.name, "kind": row.kind, "gender": row.gender,
                 "category": row.category, "party": row.party, "n": row.n}
            )  # fmt: skip
    outlets = []
    for outlet in sorted(totals, key=lambda o: (-totals[o], _order(o))):
        speakers = sorted(per_outlet[outlet], key=lambda s: (-s["n"], s["name"], s["id"]))
        for speaker in speakers[:limit]:
            speaker["share"] = round(speaker["n"] / totals[outlet], 6)
        outlets.append({"outlet": outlet, "total": totals[outlet], "speakers": speakers[:limit]})
    return {"filter": _filter_dict(f), "outlets": outlets}


def _order(value: Any) -> tuple:
    return (value is None, str(value) if value is not None else "")


def _filter_dict(f: SearchFilter) -> dict[str, Any]:
    out = {k: v for k, v in asdict(f).items() if v is not None and k != "entity"}
    for key in ("date_from", "date_to"):
        if key in out:
            out[key] = out[key].isoformat()
    return out


def stats_rows_csv(stats: dict[str, Any]) -> list[list[Any]]:
    """``quote_stats`` as CSV rows: a header (the dimensions, ``n``, ``share``), then the rows."""
    names = stats["by"]
    out: list[list[Any]] = [[*names, "n", "share"]]
    for row in stats["rows"]:
        out.append([*("" if row[n] is None else row[n] for n in names), row["n"], row["share"]])
    return out
