"""Command line: a thin layer over the library (``zitate.ingest``, ``zitate.nlp``, ``zitate.train``,
``zitate.bench``). Bad input is reported as one line naming the input and the reason, with a
non-zero exit status; the other inputs are still processed.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from . import __version__
from .errors import ZitateError

app = typer.Typer(
    help="zitate: who said what, to whom, in German news.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
train_app = typer.Typer(help="Train zitate's models from shared/data.", no_args_is_help=True)
bench_app = typer.Typer(help="Measure accuracy and speed.", no_args_is_help=True)
app.add_typer(train_app, name="train")
app.add_typer(bench_app, name="bench")

DEFAULT_DATA = Path("../shared/data")


class Format(str, Enum):
    json = "json"
    jsonl = "jsonl"
    pretty = "pretty"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"zitate {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show version.")
    ] = False,
) -> None:
    """zitate: who said what, to whom, in German news."""


def _err(message: str) -> None:
    typer.echo(f"zitate: error: {message}", err=True)


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(help="Text files, folders, or - for stdin.")],
    format: Annotated[Format, typer.Option("--format", "-f")] = Format.json,
    only_article: Annotated[
        bool, typer.Option("--only-article", help="Skip the language models.")
    ] = False,
    model: Annotated[Path | None, typer.Option(help="Pipeline directory to load.")] = None,
) -> None:
    """Extract the article and its analysis from each input and print the record."""
    from .ingest import iter_articles
    from .record import build_record

    nlp = None
    failed = 0
    records = []
    for item in iter_articles(inputs):
        if isinstance(item, ZitateError):
            failed += 1
            _err(str(item))
            if format is Format.jsonl:
                typer.echo(json.dumps(item.to_record(), ensure_ascii=False))
            continue
        doc = None
        if not only_article:
            if nlp is None:
                try:
                    from .nlp.pipeline import load

                    nlp = load(model)
                except ZitateError as err:
                    _err(str(err))
                    raise typer.Exit(2) from None
            doc = nlp(item.text)
        record = build_record(item, doc)
        if format is Format.jsonl:
            typer.echo(json.dumps(record, ensure_ascii=False))
        elif format is Format.pretty:
            from .render import print_pretty

            print_pretty(record, doc)
        else:
            records.append(record)
    if format is Format.json and records:
        out = records[0] if len(records) == 1 else records
        typer.echo(json.dumps(out, ensure_ascii=False, indent=2))
    if failed:
        raise typer.Exit(1)


@train_app.command("base")
def train_base(
    data: Annotated[Path, typer.Option(help="The shared data folder.")] = DEFAULT_DATA,
    output: Annotated[Path | None, typer.Option(help="Where to write the pipeline.")] = None,
    smoke: Annotated[bool, typer.Option(help="Tiny subset, a couple of minutes.")] = False,
    workdir: Annotated[Path, typer.Option(help="Scratch folder for corpora.")] = Path("work"),
) -> None:
    """Rebuild the German base pipeline from shared/data."""
    from .train.base import train_base as run

    try:
        path = run(data=data, output=output, smoke=smoke, workdir=workdir)
    except ZitateError as err:
        _err(str(err))
        raise typer.Exit(2) from None
    typer.echo(f"pipeline written to {path}")


@bench_app.command("base")
def bench_base(
    data: Annotated[Path, typer.Option(help="The shared data folder.")] = DEFAULT_DATA,
    model: Annotated[Path | None, typer.Option(help="Pipeline directory to load.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Last line: one JSON object.")] = False,
    limit_docs: Annotated[
        int | None, typer.Option(help="Speed test on the first N articles only.")
    ] = None,
) -> None:
    """Accuracy (UD, GermEval, Wikinews) and speed of the base pipeline."""
    from .bench.base import bench_base as run

    try:
        scores = run(data=data, model=model, limit_docs=limit_docs, log=_log)
    except ZitateError as err:
        _err(str(err))
        raise typer.Exit(2) from None
    if as_json:
        typer.echo(json.dumps(scores))
    else:
        for key, value in scores.items():
            typer.echo(f"{key:>16}  {value}")


def _log(message: str) -> None:
    typer.echo(message, err=True)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
