"""Command line, disputes: ``zitate disputes`` (who contradicts whom in the database) and
``zitate bench disputes`` (relation precision/recall on the hand gold of ``gold/disputes``).

A thin layer over ``zitate.store.disputes.list_disputes`` (the rows ``GET /api/disputes`` gives)
and ``zitate.bench.disputes``; ``zitate.cli`` registers the commands. ``--link`` first matches the
open denials of every stored article to claims of other articles (for a database stored before
the cross-article step existed). Bad values exit with status 2 and one ``zitate: error:`` line.
"""

from __future__ import annotations

import json
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ..errors import ZitateError
from .common import DEFAULT_DATA, fail, log
from .filters import Limit, Offset, day_option
from .search import DEFAULT_DB, DbOpt, _open


class RelationType(StrEnum):
    denies = "denies"
    contradicts = "contradicts"
    confirms = "confirms"


class ListFormat(StrEnum):
    table = "table"
    json = "json"


DenialFrom = Annotated[datetime | None, day_option("--from", "Denial published on or after.")]
DenialTo = Annotated[datetime | None, day_option("--to", "Denial published on or before.")]
VERBS = {"denies": "bestreitet", "contradicts": "widerspricht", "confirms": "bestätigt"}


def disputes(
    query: Annotated[str | None, typer.Argument(help="Words in either statement.")] = None,
    speaker: Annotated[str | None, typer.Option(help="Part of a speaker's name, any side.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Part of an outlet's name, any side.")] = None,
    date_from: DenialFrom = None,
    date_to: DenialTo = None,
    type: Annotated[RelationType | None, typer.Option(help="Type of relation.")] = None,
    across: Annotated[
        bool | None, typer.Option("--across/--within", help="Only across / within articles.")
    ] = None,
    link: Annotated[bool, typer.Option(help="First link open denials across articles.")] = False,
    limit: Limit = 20,
    offset: Offset = 0,
    db: DbOpt = DEFAULT_DB,
    format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.table,
) -> None:
    """Who contradicts whom: stored denials, contradictions and confirmations with both sides."""
    from ..store.db import session_factory
    from ..store.disputes import link_all, list_disputes

    engine = _open(db)
    try:
        if link:
            with session_factory(engine)() as session, session.begin():
                log(f"{link_all(session)} relations across articles added")
        with session_factory(engine)() as session:
            total, items = list_disputes(
                session, q=query, speaker=speaker, outlet=outlet,
                date_from=date_from and date_from.date().isoformat(),
                date_to=date_to and date_to.date().isoformat(),
                type=type.value if type else None, across=across, limit=limit, offset=offset,
            )  # fmt: skip
    except ZitateError as err:
        fail(err)
    finally:
        engine.dispose()
    if format is ListFormat.json:
        typer.echo(json.dumps({"total": total, "items": items}, ensure_ascii=False))
        return
    for item in items:
        src, tgt = item["source"], item["target"]
        where = "anderer Artikel" if item["across"] else "gleicher Artikel"
        typer.echo(
            f"{(src['published'] or '')[:10]}  {src['speaker'] or '?'} ({src['outlet']}) "
            f"{VERBS[item['type']]} {tgt['speaker'] or '?'} ({tgt['outlet']}, "
            f"{(tgt['published'] or '')[:10]}; {where}; {item['confidence'] or 0:.2f})\n"
            f"    „{src['text'][:200]}“\n    -> „{tgt['text'][:200]}“"
        )
    typer.echo(f"{len(items)} of {total} shown (offset {offset})", err=True)


def bench_disputes(
    split: Annotated[str, typer.Option(help="dev, test (final figures only) or all.")] = "dev",
    gold: Annotated[Path | None, typer.Option(help="Gold folder (default gold/disputes).")] = None,
    data: Annotated[Path, typer.Option(help="The shared data folder.")] = DEFAULT_DATA,
    model: Annotated[Path | None, typer.Option(help="Base pipeline folder.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Last line: one JSON object.")] = False,
) -> None:
    """Who contradicts whom: relation precision and recall on the hand-made dispute gold."""
    from ..bench.disputes import DEFAULT_GOLD
    from ..bench.disputes import bench_disputes as run
    from ..errors import Errors

    if split not in ("dev", "test", "all"):
        fail(ZitateError(Errors.E020, value=split, option="--split"))
    try:
        figures = run(
            data=data, gold_dir=gold or DEFAULT_GOLD, split=None if split == "all" else split,
            model=model, log=log,
        )  # fmt: skip
    except ZitateError as err:
        fail(err)
    if as_json:
        typer.echo(json.dumps(figures))
        return
    width = max(len(k) for k in figures)
    for key, value in figures.items():
        typer.echo(f"{key:>{width}}  {value}")
