"""Command line, shared parts: the options several commands take and the one way every command
reports an error (``zitate: error: …`` on stderr, exit status 2), logs progress (stderr) and
prints benchmark figures (one JSON object as the last line with ``--json``, else aligned
``key  value`` lines). Imported by every ``zitate.cli`` module; imports no other of them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from ..errors import ZitateError

DEFAULT_DATA = Path("../shared/data")
Data = Annotated[Path, typer.Option(help="The shared data folder.")]
AsJson = Annotated[bool, typer.Option("--json", help="Last line: one JSON object.")]
ModelDir = Annotated[Path | None, typer.Option(help="Pipeline directory to load.")]


def err_line(message: str) -> None:
    """One error line on stderr."""
    typer.echo(f"zitate: error: {message}", err=True)


def fail(error: ZitateError) -> NoReturn:
    """Report ``error`` and exit with status 2."""
    err_line(str(error))
    raise typer.Exit(2) from None


def guarded(fn, **kwargs):
    """Run a library call; a ``ZitateError`` becomes one line on stderr and exit status 2."""
    try:
        return fn(**kwargs)
    except ZitateError as error:
        fail(error)


def log(message: str) -> None:
    """Progress of a long command, on stderr (stdout stays the result)."""
    typer.echo(message, err=True)


def emit(scores: dict, as_json: bool) -> None:
    """Benchmark figures: one JSON object as the last line, or aligned ``key  value`` lines
    (nested values as JSON)."""
    if as_json:
        typer.echo(json.dumps(scores))
        return
    width = max((len(k) for k in scores), default=0)
    for key, value in scores.items():
        shown = json.dumps(value) if isinstance(value, dict | list) else value
        typer.echo(f"{key:>{width}}  {shown}")
