"""Command line, statistics: ``zitate stats`` and ``zitate bench profiles``.

A thin layer over ``zitate.store.stats`` (the counts ``GET /api/stats`` gives) and
``zitate.bench.profiles``; ``zitate.cli`` registers the commands. Input: the search's filters and
``--by`` dimensions; output: an aligned table, JSON (the API's body) or CSV on stdout. A bad
dimension, an unreadable query or a missing database is one ``zitate: error:`` line, exit 2.
"""

from __future__ import annotations

import csv
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ..errors import ZitateError
from .common import fail, log
from .filters import DateFrom, DateTo, MediumOpt, Outlet, Query, Speaker, Type, search_filter
from .search import DEFAULT_DB, DbOpt, _open


class StatsFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def stats(
    query: Query = None,
    by: Annotated[
        str,
        typer.Option(
            help="Count by 1-3 of outlet, gender, category, party, kind, month, type, medium."
        ),
    ] = "gender",
    speaker: Speaker = None,
    outlet: Outlet = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    type: Type = None,
    medium: MediumOpt = None,
    db: DbOpt = DEFAULT_DB,
    format: Annotated[StatsFormat, typer.Option("--format", "-f")] = StatsFormat.table,
) -> None:
    """Count the quotations matching the search by speaker gender, category, party, outlet…"""
    from ..store.db import session_factory
    from ..store.stats import quote_stats, stats_rows_csv

    f = search_filter(query, speaker, outlet, date_from, date_to, type, medium)
    engine = _open(db)
    try:
        with session_factory(engine)() as session:
            result = quote_stats(session, f, by)
    except ZitateError as err:
        fail(err)
    finally:
        engine.dispose()
    if format is StatsFormat.json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    rows = stats_rows_csv(result)
    if format is StatsFormat.csv:
        csv.writer(sys.stdout, lineterminator="\n").writerows(rows)
        return
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(cells[0]))]
    for row in cells:
        typer.echo("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    typer.echo(f"{result['total']} quotations")


def _cell(value) -> str:
    if isinstance(value, float):
        return f"{value:.1%}"
    return "-" if value in (None, "") else str(value)


def bench_profiles(
    gold: Annotated[
        Path | None, typer.Option(help="Hand gold folder (default: gold/profiles).")
    ] = None,
    data: Annotated[Path, typer.Option(help="The shared data folder.")] = Path("../shared/data"),
    split: Annotated[str, typer.Option(help="dev, test or all pages.")] = "all",
    as_json: Annotated[bool, typer.Option("--json", help="Last line: one JSON object.")] = False,
) -> None:
    """Speaker profiles (gender, category) after ingesting the real pages, against hand gold."""
    from ..bench.profiles import DEFAULT_GOLD
    from ..bench.profiles import bench_profiles as run

    try:
        figures = run(gold=gold or DEFAULT_GOLD, data=data, split=split, log=log)
    except ZitateError as err:
        fail(err)
    if as_json:
        typer.echo(json.dumps(figures, ensure_ascii=False))
        return
    for key, value in figures.items():
        typer.echo(f"{key:>20}  {value}")
