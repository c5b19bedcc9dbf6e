"""Command line, accuracy and speed of the analysis: ``zitate bench base|quotes|ingest|scraped|
speakers`` over ``zitate.bench``. Input: the shared data folder (``--data``), a split, a model;
output: the figures (``--json``: one JSON object as the last line). The benchmarks of the database,
API, Spark and disputes are registered by their own CLI modules on ``bench_app``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from ..errors import Errors, ZitateError
from .common import DEFAULT_DATA, AsJson, ModelDir, emit, err_line, guarded, log

bench_app = typer.Typer(help="Measure accuracy and speed.", no_args_is_help=True)


@bench_app.command("base")
def bench_base(
    data: Annotated[Path, typer.Option(help="The shared data folder.")] = DEFAULT_DATA,
    model: ModelDir = None,
    as_json: AsJson = False,
    limit_docs: Annotated[
        int | None, typer.Option(help="Speed test on the first N articles only.")
    ] = None,
) -> None:
    """Accuracy (UD, GermEval, Wikinews) and speed of the base pipeline."""
    from ..bench.base import bench_base as run

    emit(guarded(run, data=data, model=model, limit_docs=limit_docs, log=log), as_json)


@bench_app.command("quotes")
def bench_quotes(
    split: Annotated[
        str,
        typer.Option(help="dev, train (error analysis) or test (test: final figures only)."),
    ] = "dev",
    pred_dir: Annotated[Path, typer.Option(help="Where to write one JSON per document.")] = Path(
        "work/pred-quotes"
    ),
    predictor: Annotated[
        str, typer.Option(help="attribution (shipped model), rules or quotation-marks.")
    ] = "attribution",
    data: Annotated[Path, typer.Option(help="The shared data folder.")] = DEFAULT_DATA,
    score_only: Annotated[
        bool, typer.Option(help="Score the files already in --pred-dir; predict nothing.")
    ] = False,
    errors: Annotated[
        bool,
        typer.Option("--errors", help="Print one line per wrong or missed gold speaker to stderr."),
    ] = False,
    as_json: AsJson = False,
) -> None:
    """Quotation attribution on the Wikinews benchmark: messages, roles, joint, type, medium."""
    from ..bench.quotes import run_bench, score_dirs
    from ..quotes.predictors import get_predictor

    try:
        if split not in ("dev", "train", "test"):
            raise ZitateError(Errors.E020, value=split, option="--split")
        if score_only:
            figures = score_dirs(split, pred_dir, data, errors=errors)
        else:
            figures = run_bench(split, pred_dir, get_predictor(predictor), data, errors=errors)
    except ZitateError as err:
        err_line(str(err))
        raise typer.Exit(2) from None
    if as_json:
        typer.echo(json.dumps({k: v for k, v in figures.items() if k != "per_type"}))


@bench_app.command("ingest")
def bench_ingest(
    data: Annotated[Path, typer.Option(help="The shared data folder.")] = DEFAULT_DATA,
    as_json: AsJson = False,
) -> None:
    """Article extraction on shared/data/html against plain trafilatura, same run."""
    from ..bench.ingest import bench_ingest as run

    emit(guarded(run, data=data, log=log), as_json)


@bench_app.command("scraped")
def bench_scraped(
    data: Annotated[Path, typer.Option(help="The shared data folder.")] = DEFAULT_DATA,
    quotes: Annotated[
        bool, typer.Option("--quotes", help="Also check the quotation records of all pages.")
    ] = False,
    as_json: AsJson = False,
) -> None:
    """Cleaning of already-scraped text: flattened gold pages against plain trafilatura."""
    from ..bench.scraped import bench_scraped as run

    emit(guarded(run, data=data, log=log, quotes=quotes), as_json)


@bench_app.command("speakers")
def bench_speakers(
    split: Annotated[
        str,
        typer.Option(help="dev, dev2 … dev5, dev6 (unseen), test, heldout (judging only) or all."),
    ] = "dev",
    gold: Annotated[Path | None, typer.Option(help="Gold folder (default gold/speakers).")] = None,
    data: Annotated[Path, typer.Option(help="The shared data folder.")] = DEFAULT_DATA,
    model: ModelDir = None,
    top: Annotated[int, typer.Option(help="Judge the N most quoted speakers (0: skip).")] = 60,
    as_json: AsJson = False,
) -> None:
    """Who said it on real news: statements found and with the right speaker (hand-made gold)."""
    from ..bench.speakers import DEFAULT_GOLD
    from ..bench.speakers import bench_speakers as run

    if split not in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "test", "heldout", "all"):
        err_line(str(ZitateError(Errors.E020, value=split, option="--split")))
        raise typer.Exit(2)
    figures = guarded(
        run,
        data=data,
        gold_dir=gold or DEFAULT_GOLD,
        split=None if split == "all" else split,
        model=model,
        log=log,
        top=top,
    )
    emit(figures, as_json)
