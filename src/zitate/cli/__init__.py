"""Command line (``zitate``): a thin layer over the library (``zitate.ingest``, ``zitate.nlp``,
``zitate.quotes``, ``zitate.resolve``, ``zitate.train``, ``zitate.bench``). Bad input is reported
as one line naming the input and the reason, with a non-zero exit status; the other inputs are
still processed. The commands over a database's entities (``entities``, ``speakers``) live in
``zitate.cli.entities``, search and export (``quotes``, ``export``, ``bench search``) in
``zitate.cli.search``, who contradicts whom (``disputes``, ``bench disputes``) in
``zitate.cli.disputes``, the Spark job (``spark run``, ``load``, ``bench spark``) in
``zitate.cli.spark``, training (``train …``) in ``zitate.cli.train``, the analysis benchmarks
(``bench base|quotes|ingest|scraped|speakers``) in ``zitate.cli.bench``; the options and error
reporting they share in ``zitate.cli.common``.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from .. import __version__
from ..errors import Errors, ZitateError
from . import disputes as cli_disputes
from . import entities as cli_entities
from . import robustness as cli_robustness
from . import search as cli_search
from . import spark as cli_spark
from . import stats as cli_stats
from .bench import bench_app
from .common import ModelDir, err_line, guarded, log
from .train import train_app

app = typer.Typer(
    help="zitate: who said what, to whom, in German news.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.add_typer(train_app, name="train")
app.add_typer(bench_app, name="bench")


# Arguments and options shared by several commands.
Inputs = Annotated[
    list[str], typer.Argument(help="Files (text, HTML, WARC, JSONL), folders, URLs or -.")
]
JsonlFieldsOpt = Annotated[
    str | None, typer.Option(help="JSONL field names, e.g. url=link,html=body,text=content.")
]
AllowPrivate = Annotated[
    bool, typer.Option(help="Allow URLs on private, loopback and link-local addresses.")
]
MaxBytes = Annotated[int, typer.Option(help="Size limit of one input in bytes.")]
MAX_BYTES = 50 * 1024 * 1024
# ``ingest`` analyses up to 16 articles or 10,000 characters together (``nlp.pipe``), then stores
# each in its own transaction (see ``zitate.ingest.stream``).
INGEST_BATCH, INGEST_BATCH_CHARS = 16, 10_000


class Format(StrEnum):
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


@app.command()
def extract(
    inputs: Inputs,
    format: Annotated[Format, typer.Option("--format", "-f")] = Format.json,
    only_article: Annotated[
        bool, typer.Option("--only-article", help="Skip the language models.")
    ] = False,
    model: ModelDir = None,
    jsonl_fields: JsonlFieldsOpt = None,
    allow_private: AllowPrivate = False,
    max_bytes: MaxBytes = MAX_BYTES,
) -> None:
    """Extract the article and its analysis from each input and print the record.

    Inputs: text, HTML (.html, .htm, .html.gz), WARC (.warc, .warc.gz), JSONL files, folders,
    http(s) URLs, or - for stdin."""
    from ..errors import unexpected
    from ..ingest import iter_articles
    from ..ingest.article import skip_reason
    from ..nlp.long import analyse
    from ..record import build_record

    settings = _ingest_settings(jsonl_fields, max_bytes, allow_private)
    nlp = None
    failed = 0
    records = []
    for item in iter_articles(inputs, settings=settings):
        if isinstance(item, ZitateError):
            failed += _report(item, format)
            continue
        doc = None
        run = not only_article and not (skip := skip_reason(item))
        if not only_article and skip:
            log(f"{item.input}: {skip}; the article is kept without analysis")
        if run and nlp is None:
            nlp = _load_pipeline(model)  # a missing model exits with status 2
        try:
            doc = analyse(nlp, item.text) if run else None
            record = build_record(item, doc)
        except ZitateError as err:
            failed += _report(err, format)
            continue
        except Exception as err:  # noqa: BLE001 - the input's error record; the others go on
            failed += _report(unexpected(Errors.E013, item.input, err), format)
            continue
        if format is Format.jsonl:
            typer.echo(json.dumps(record, ensure_ascii=False))
        elif format is Format.pretty:
            from ..render import print_pretty

            print_pretty(record, doc)
        else:
            records.append(record)
    if format is Format.json and records:
        out = records[0] if len(records) == 1 else records
        typer.echo(json.dumps(out, ensure_ascii=False, indent=2))
    if failed:
        raise typer.Exit(1)


@app.command()
def ingest(
    inputs: Inputs,
    db: Annotated[
        str,
        typer.Option(help="Database URL: sqlite:///PATH (default) or postgresql://USER@HOST/DB."),
    ] = "sqlite:///zitate.db",
    reprocess: Annotated[
        bool, typer.Option(help="Analyse again the articles stored by another model version.")
    ] = False,
    only_article: Annotated[
        bool, typer.Option("--only-article", help="Store the articles; skip the language models.")
    ] = False,
    model: ModelDir = None,
    jsonl_fields: JsonlFieldsOpt = None,
    allow_private: AllowPrivate = False,
    max_bytes: MaxBytes = MAX_BYTES,
    workers: Annotated[
        int,
        typer.Option(
            min=0,
            help="Worker processes that run the models while this one extracts and stores "
            "(0: none, everything in this process).",
        ),
    ] = 0,
) -> None:
    """Store the article and analysis of each input in a database, one transaction per article.

    Ingesting a stored article again changes nothing, so an interrupted ingest resumes where it
    stopped; the last line sums up the run (articles new/unchanged/duplicate/failed, quotations,
    seconds)."""
    from ..batch.workers import Analyser, WorkerPool, ingest_batches
    from ..ingest import iter_articles, lang
    from ..ingest.stream import batches, read_ahead
    from ..store import open_db
    from ..store.ingest import Ingestor

    settings = _ingest_settings(jsonl_fields, max_bytes, allow_private)
    engine = guarded(open_db, url=db)
    threshold = settings.duplicate_threshold if settings.find_duplicates else None
    ingestor = Ingestor(
        engine, analyse=not only_article, reprocess=reprocess, duplicate_threshold=threshold
    )
    _import_extractors(settings, ingestor.stats)
    langid_before = lang.load_seconds()
    if workers and not only_article:
        _check_model(model)
        analyser = WorkerPool(workers, model)
    else:
        analyser = Analyser(model, only_article)
    try:
        with _progress() as progress:
            task = progress.add_task("ingest", total=None, counts="")

            def done(batch: list, results: list) -> None:
                for result in results:
                    if isinstance(result, ZitateError):
                        ingestor.fail()
                        err_line(str(result))
                stats = ingestor.stats
                counts = f"{stats.new} new, {stats.unchanged} unchanged, {stats.failed} failed"
                progress.update(task, advance=len(batch), counts=counts)

            articles = iter_articles(inputs, settings=settings)
            stream = read_ahead(batches(articles, INGEST_BATCH, INGEST_BATCH_CHARS))
            ingest_batches(ingestor, stream, analyser, done)
    except ZitateError as err:  # the models could not be loaded
        err_line(str(err))
        raise typer.Exit(2) from None
    finally:
        if isinstance(analyser, WorkerPool):
            analyser.close()
        engine.dispose()
    if isinstance(analyser, Analyser):
        ingestor.stats.load_seconds += analyser.load_seconds
    ingestor.stats.load_seconds += lang.load_seconds() - langid_before
    shown = engine.url.render_as_string(hide_password=True)
    typer.echo(f"{ingestor.stats.summary()} ({shown})")
    if ingestor.stats.failed:
        raise typer.Exit(1)


@app.command()
def serve(
    db: Annotated[
        str | None,
        typer.Option(help="Database URL (default: $ZITATE_DB_URL or sqlite:///zitate.db)."),
    ] = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[
        int,
        typer.Option(
            min=1,
            max=64,
            help="Server processes (uvicorn workers), each with its own database pool.",
        ),
    ] = 1,
    create: Annotated[
        bool, typer.Option("--create", help="Start an empty database if the SQLite file is new.")
    ] = False,
) -> None:
    """Serve the HTTP API (OpenAPI at /docs) and the web pages (/) with uvicorn. POST
    /api/articles needs the token of $ZITATE_API_TOKEN; the body limit is $ZITATE_MAX_BODY_BYTES.
    Analyses (/api/extract, /paste) run in two processes per server process, normal and long
    texts apart; limits in $ZITATE_ANALYSIS_* (README)."""
    import os

    import uvicorn

    from ..api.core.config import Settings
    from ..app import create_app

    overrides = {"db_url": db} if db else {}
    overrides["analysis_processes"] = os.environ.get("ZITATE_ANALYSIS_PROCESSES", "1")
    settings = Settings(**overrides)
    if not create:
        from .search import require_file

        hint = "pass --create for an empty database, or store articles with `zitate ingest`"
        guarded(require_file, url=settings.db_url, hint=hint)
    engine = guarded(_open_db, url=settings.db_url)  # fail fast on a bad --db; migrate once
    engine.dispose()
    if workers == 1:
        uvicorn.run(create_app(settings), host=host, port=port)
        return
    # the worker processes read their settings from the environment (create_app())
    os.environ["ZITATE_DB_URL"] = settings.db_url
    os.environ["ZITATE_ANALYSIS_PROCESSES"] = str(int(settings.analysis_processes))
    app_factory = "zitate.app:create_app"
    uvicorn.run(app_factory, factory=True, host=host, port=port, workers=workers)


def _open_db(url: str):
    from ..store import open_db

    return open_db(url)


def _import_extractors(settings, stats) -> None:
    """Import the libraries the stream needs (trafilatura and htmldate for pages, datasketch and
    scipy for near-duplicates: ~0.5 s) before the first article, counted with the models'
    loading in ``stats.load_seconds``: start-up, not article processing."""
    import time

    started = time.monotonic()
    from ..ingest import html  # noqa: F401

    if settings.find_duplicates:
        import datasketch  # noqa: F401
    stats.load_seconds += time.monotonic() - started


def _progress():
    """A rich progress display on stderr (spinner, article count, tallies, elapsed time); off
    when stderr is not a terminal."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed} articles ({task.fields[counts]})"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    )


def _load_pipeline(model: Path | None):
    """The analysis pipeline, once per process: the base pipeline (``zitate.load()`` or
    ``--model``) with ``zitate_quotes`` last. A missing model exits with status 2."""
    from ..quotes.pipeline import attribution_pipeline

    return guarded(attribution_pipeline, base=model)


def _check_model(model: Path | None) -> None:
    """Exit with status 2 before starting worker processes when ``--model`` is no pipeline."""
    from ..nlp.pipeline import model_dir

    guarded(model_dir, path=model)


def _ingest_settings(jsonl_fields: str | None, max_bytes: int, allow_private: bool):
    """The ingest options of ``extract`` and ``ingest``; a bad ``--jsonl-fields`` exits with 2."""
    from ..ingest.settings import IngestSettings
    from ..ingest.settings import JsonlFields as FieldNames

    try:
        fields = FieldNames.parse(jsonl_fields)
    except ValueError as err:
        err_line(str(err))
        raise typer.Exit(2) from None
    return IngestSettings(max_bytes=max_bytes, jsonl=fields, allow_private=allow_private)


def _report(err: ZitateError, format: Format) -> int:
    """One line on stderr, and the error record in JSONL mode; returns 1 (a failed input)."""
    err_line(str(err))
    if format is Format.jsonl:
        typer.echo(json.dumps(err.to_record(), ensure_ascii=False))
    return 1


app.command("quotes")(cli_search.quotes)
app.command("disputes")(cli_disputes.disputes)
bench_app.command("disputes")(cli_disputes.bench_disputes)
app.command("export")(cli_search.export)
bench_app.command("search")(cli_search.bench_search)
bench_app.command("api")(cli_robustness.bench_api)
bench_app.command("fuzz")(cli_robustness.bench_fuzz)
bench_app.command("long")(cli_robustness.bench_long)
app.add_typer(cli_entities.entities_app, name="entities")
app.command("speakers")(cli_entities.speakers)
app.add_typer(cli_spark.spark_app, name="spark")
app.command("load")(cli_spark.load)
bench_app.command("spark")(cli_spark.bench_spark)
bench_app.command("load")(cli_spark.bench_load)
app.command("stats")(cli_stats.stats)
bench_app.command("profiles")(cli_stats.bench_profiles)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
