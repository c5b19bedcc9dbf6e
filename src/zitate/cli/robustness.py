"""Command line, robustness benchmarks: ``zitate bench api`` (the server under concurrent
clients; the delay a long extract causes), ``zitate bench fuzz`` (mutated inputs through
extraction and analysis) and ``zitate bench long`` (a 100k-character text without a full stop).
Thin wrappers over ``zitate.bench.api``, ``zitate.bench.fuzz`` and ``zitate.bench.long``; the
last line with ``--json`` is one JSON object."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..errors import ZitateError
from .common import DEFAULT_DATA, AsJson, Data, emit, log


def bench_api(
    clients: Annotated[int, typer.Option(min=1, max=1000, help="Concurrent clients.")] = 100,
    db: Annotated[
        str | None,
        typer.Option(help="Database to serve (default: build work/bench-api.db, ~400 articles)."),
    ] = None,
    duration: Annotated[float, typer.Option(min=1, max=600, help="Seconds of load.")] = 30.0,
    max_requests: Annotated[int, typer.Option(min=1, help="Stop after this many requests.")] = (
        50_000
    ),
    workers: Annotated[int, typer.Option(min=1, max=64, help="serve --workers")] = 2,
    extract: Annotated[
        bool,
        typer.Option(
            "--extract", help="Instead: a normal extract's delay while an 85 KB extract runs."
        ),
    ] = False,
    data: Data = DEFAULT_DATA,
    as_json: AsJson = False,
) -> None:
    """GET /api/quotes?q=…, /api/articles, /api/speakers from concurrent clients against
    `zitate serve` on loopback, /api/health probed meanwhile: requests/s, p50/p95/p99, errors."""
    from ..bench import api

    try:
        if extract:
            result = api.bench_extract(data, db, log=log)
        else:
            result = api.bench_api(data, clients, db, duration, max_requests, workers, log=log)
    except ZitateError as err:
        typer.echo(f"zitate: error: {err}", err=True)
        raise typer.Exit(2) from None
    emit(result, as_json)


def bench_fuzz(
    extractions: Annotated[int, typer.Option(min=0, help="Extraction inputs.")] = 1000,
    analyses: Annotated[int, typer.Option(min=0, help="Full analyses.")] = 50,
    seed: Annotated[int, typer.Option(help="Seed of the input generator.")] = 1,
    save: Annotated[
        Path | None, typer.Option(help="Folder for the inputs that failed or ran too long.")
    ] = Path("work/fuzz-failures"),
    data: Data = DEFAULT_DATA,
    as_json: AsJson = False,
) -> None:
    """Fuzzed pages, fragments, texts, bytes and Unicode through extraction (--only-article)
    and full analysis: uncaught exceptions, the longest input, peak memory. Exit status 1 when
    an input raised or used over 10 s of CPU time (wall time is reported beside it)."""
    from ..bench.fuzz import run_fuzz

    try:
        result = run_fuzz(data, extractions, analyses, seed, save, log=log)
    except ZitateError as err:
        typer.echo(f"zitate: error: {err}", err=True)
        raise typer.Exit(2) from None
    emit(result, as_json)
    if result["uncaught"] or result["over_limit"]:
        raise typer.Exit(1)


def bench_long(
    chars: Annotated[int, typer.Option(min=1000, help="Length of the long text.")] = 100_000,
    runs: Annotated[int, typer.Option(min=1, max=20, help="Runs of each text (best).")] = 3,
    samples: Annotated[
        Path | None, typer.Option(help="Folder of sample texts (default: the repository's).")
    ] = None,
    as_json: AsJson = False,
) -> None:
    """Analysis time of a text without a full stop built from the samples (paragraphs kept, and
    on one line), the pipeline loaded first, and its growth from a quarter to the whole length."""
    from ..bench.long import SAMPLES, bench_long

    try:
        result = bench_long(samples or SAMPLES, chars, runs, log=log)
    except (ZitateError, FileNotFoundError) as err:
        typer.echo(f"zitate: error: {err}", err=True)
        raise typer.Exit(2) from None
    emit(result, as_json)
