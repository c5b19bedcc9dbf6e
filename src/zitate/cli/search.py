"""Command line, search and export: ``zitate quotes``, ``zitate export``, ``zitate bench search``.

A thin layer over ``zitate.store.search`` (the search ``GET /api/quotes`` runs too),
``zitate.store.export`` and ``zitate.bench.search``; ``zitate.cli`` registers the commands. Bad
option values (a date that is not ``YYYY-MM-DD``, an unknown type or medium) are refused by typer
with a usage error and exit status 2; an unreadable query, a missing database or an unwritable
output file give one ``zitate: error:`` line and exit status 2, without a traceback.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import IO, Annotated

import typer

from ..errors import Errors, ZitateError
from .common import fail, log
from .filters import (
    DateFrom,
    DateTo,
    Limit,
    MediumOpt,
    Offset,
    Outlet,
    Query,
    Speaker,
    Type,
    search_filter,
)  # fmt: skip

DbOpt = Annotated[
    str, typer.Option(help="Database URL: sqlite:///PATH (default) or postgresql://USER@HOST/DB.")
]
DEFAULT_DB = "sqlite:///zitate.db"
TEXT_WIDTH = 300  # characters of a quotation shown in the table


class QuotesFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


def quotes(
    query: Query = None,
    speaker: Speaker = None,
    outlet: Outlet = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    type: Type = None,
    medium: MediumOpt = None,
    limit: Limit = 20,
    offset: Offset = 0,
    db: DbOpt = DEFAULT_DB,
    format: Annotated[QuotesFormat, typer.Option("--format", "-f")] = QuotesFormat.table,
) -> None:
    """Search the stored quotations: best matches first (newest articles first without a QUERY;
    the most recently stored first when the QUERY matches more than 500 quotations)."""
    from ..store.db import session_factory
    from ..store.search import search_page

    f = search_filter(query, speaker, outlet, date_from, date_to, type, medium)
    engine = _open(db)
    try:
        with session_factory(engine)() as session:
            found = search_page(
                session, f.query, speaker=f.speaker, outlet=f.outlet, date_from=f.date_from,
                date_to=f.date_to, type=f.type, medium=f.medium, limit=limit, offset=offset,
            )  # fmt: skip
            _print_quotes(found.rows, found.total, limit, offset, format, f.query, found.exact)
    except ZitateError as err:
        fail(err)
    finally:
        engine.dispose()


def export(
    output: Annotated[
        Path,
        typer.Option(
            "--output", "-o", help="File to write (replaced when complete); - for standard output."
        ),
    ],
    format: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.jsonl,
    db: DbOpt = DEFAULT_DB,
) -> None:
    """Export the database: jsonl (one record per article, shared/OUTPUT.md), csv or parquet (one
    row per quotation: article id, outlet, date, type, medium, speaker, entity, cue, text)."""
    from ..store.db import session_factory
    from ..store.export import atomic_output
    from ..store.export import export as run

    engine = _open(db)
    binary = format is ExportFormat.parquet
    try:
        with (
            session_factory(engine)() as session,
            stdout_output(binary) if str(output) == "-" else atomic_output(output, binary) as out,
        ):
            n = run(session, format.value, out)
    except ZitateError as err:
        fail(err)
    finally:
        engine.dispose()
    what = "articles" if format is ExportFormat.jsonl else "quotations"
    shown = "standard output" if str(output) == "-" else output
    typer.echo(f"{n} {what} written to {shown} ({format.value})", err=str(output) == "-")


@contextmanager
def stdout_output(binary: bool) -> Iterator[IO]:
    """Standard output for ``--output -``: its bytes for parquet, else UTF-8 text."""
    import io
    import sys

    if binary:
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    text = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="", write_through=True)
    try:
        yield text
        text.flush()
    finally:
        text.detach()


def bench_search(
    quotes: Annotated[int, typer.Option(min=1, help="Quotations in the database.")] = 100_000,
    db: Annotated[
        str | None,
        typer.Option(help="Database to build or reuse (default: work/bench-search-N.db)."),
    ] = None,
    queries: Annotated[int, typer.Option(min=1, help="Requests to time.")] = 300,
    stats_queries: Annotated[
        int, typer.Option(min=0, help="Requests of GET /api/stats to time (0: none).")
    ] = 100,
    data: Annotated[Path, typer.Option(help="The shared data folder.")] = Path("../shared/data"),
    as_json: Annotated[bool, typer.Option("--json", help="Last line: one JSON object.")] = False,
) -> None:
    """Latency of GET /api/quotes?q=… and GET /api/stats on a generated database of real German
    quotations."""
    from ..bench.search import bench_search as run

    try:
        figures = run(data=data, quotes=quotes, db=db, queries=queries, log=log,
                      stats_queries=stats_queries)  # fmt: skip
    except ZitateError as err:
        fail(err)
    log(
        f"GET /api/quotes over {figures['quotes']} quotations: p50 {figures['p50_ms']} ms, "
        f"p95 {figures['p95_ms']} ms, p99 {figures['p99_ms']} ms"
    )
    if as_json:
        typer.echo(json.dumps(figures))
        return
    width = max(len(k) for k in figures)
    for key, value in figures.items():
        typer.echo(f"{key:>{width}}  {value}")


def _open(url: str):
    """The migrated database at ``url``; a SQLite file must exist (nothing to search in a new
    one), a PostgreSQL server must answer."""
    from ..store import open_db

    try:
        require_file(url, "store articles first with `zitate ingest`")
        return open_db(url)
    except ZitateError as err:
        fail(err)


def folder_output(output, what: str) -> None:
    """``--output -`` where the output is a folder (a pipeline, a model, a Parquet dataset):
    standard output cannot take it, so one ``zitate: error:`` line and exit status 2."""
    if output is not None and str(output) == "-":
        typer.echo(f"zitate: error: --output -: {what} is a folder; give its path", err=True)
        raise typer.Exit(2)


def require_file(url: str, hint: str) -> None:
    """Raise ``ZitateError`` E300 (with ``hint``) when ``url`` is a SQLite file that does not
    exist: opening it would silently create an empty database."""
    from ..store.db import parse_url

    parsed = parse_url(url)
    name = parsed.database or ""
    file = parsed.get_backend_name() == "sqlite" and name not in ("", ":memory:")
    if file and not Path(name).is_file():
        raise ZitateError(Errors.E300, url=name, detail=f"no such file; {hint}")


def _print_quotes(
    rows,
    total: int,
    limit: int,
    offset: int,
    format: QuotesFormat,
    query: str | None = None,
    exact: bool = True,
) -> None:
    """``rows`` in ``format``; ``exact`` False: ``total`` is an estimate."""
    if format is QuotesFormat.json:  # the API's page, highlights of ``query`` included
        from ..api.routes.quotes import hit

        items = [hit(r, query) for r in rows]
        page = {"items": items, "total": total, "total_exact": exact}
        page |= {"limit": limit, "offset": offset}
        typer.echo(json.dumps(page, ensure_ascii=False, indent=2))
    elif format is QuotesFormat.csv:
        import sys

        from ..store.export import quotation_row, write_csv

        write_csv((quotation_row(r) for r in rows), sys.stdout)
    else:
        _print_table(rows, total if exact else f"about {total}", offset)


def _print_table(rows, total: int | str, offset: int) -> None:
    from rich.console import Console
    from rich.table import Table

    shown = f"{offset + 1}–{offset + len(rows)} of {total}" if rows else f"none of {total}"
    table = Table(title=f"Quotations ({shown})", show_lines=True, expand=True)
    table.add_column("date", no_wrap=True, min_width=10)
    for name, ratio in (("outlet", 2), ("type", 2), ("speaker", 3), ("quote", 8)):
        table.add_column(name, ratio=ratio, overflow="fold")
    for row in rows:
        entity = row.speaker_entity.name if row.speaker_entity else None
        speaker = row.speaker_text or ""
        if entity and entity != speaker:
            speaker = f"{speaker} ({entity})" if speaker else entity
        text = row.text if len(row.text) <= TEXT_WIDTH else row.text[: TEXT_WIDTH - 1] + "…"
        table.add_row(
            (row.article.published or "")[:10],
            row.article.source.name if row.article.source else "",
            "/".join(x for x in (row.type, row.medium) if x),
            speaker,
            text,
        )
    Console(soft_wrap=False).print(table)
