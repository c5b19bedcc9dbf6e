"""Command line, Spark: ``zitate spark run`` (the analysis as a PySpark job, Parquet out),
``zitate load`` (such an output into a database) and ``zitate bench spark`` (articles/s of
``local[1]``, ``local[2]`` and one-process ``zitate ingest``). A thin layer over
``zitate.spark``; pyspark is only needed by ``spark run`` and ``bench spark``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from ..errors import ZitateError
from .common import emit, err_line

spark_app = typer.Typer(help="Run the analysis as an Apache Spark job.", no_args_is_help=True)


@spark_app.command("run")
def spark_run(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Files, folders, Hadoop URLs (hdfs://, s3a://), Parquet datasets."),
    ],
    output: Annotated[str, typer.Option(help="Output folder or Hadoop URL for the Parquet.")],
    master: Annotated[
        str | None,
        typer.Option(
            help="Spark master: local[2], yarn, k8s://… (default: spark-submit's, else local[*])."
        ),
    ] = None,
    partitions: Annotated[
        int | None, typer.Option(min=1, help="Partitions (default: 2 × Spark's parallelism).")
    ] = None,
    model: Annotated[Path | None, typer.Option(help="Pipeline directory to load.")] = None,
    jsonl_fields: Annotated[
        str | None, typer.Option(help="JSONL field names, e.g. url=link,html=body,text=content.")
    ] = None,
) -> None:
    """Extract, find near-duplicates over the whole corpus and analyse every input with Spark;
    write articles/, quotations/, entities/, mentions/, errors/ as Parquet under --output,
    partitioned by publication month. The last line sums up the run."""
    import time

    from .search import folder_output

    folder_output(output, "the Parquet output")

    from ..ingest.settings import IngestSettings, JsonlFields
    from ..spark import job, session

    try:
        settings = IngestSettings(jsonl=JsonlFields.parse(jsonl_fields))
    except ValueError as err:
        err_line(str(err))
        raise typer.Exit(2) from None
    started = time.monotonic()
    try:
        spark = session.start(master, partitions, model=str(model) if model else None)
    except ZitateError as err:
        err_line(str(err))
        raise typer.Exit(2) from None
    startup = time.monotonic() - started
    try:
        stats = job.run(
            spark, inputs, output, partitions=partitions, model=model, settings=settings
        )
    except Exception as err:  # noqa: BLE001 - Spark's own failure (disk, cluster): one line
        from ..errors import Errors

        detail = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        err_line(str(ZitateError(Errors.E503, detail=detail)))
        raise typer.Exit(2) from None
    finally:
        spark.stop()
    stats.startup_seconds = startup
    typer.echo(f"{stats.summary()} ({output})")
    typer.echo(json.dumps({
        "articles": stats.articles, "duplicates": stats.duplicates, "errors": stats.errors,
        "quotations": stats.quotations, "entities": stats.entities,
        "seconds": round(stats.seconds, 2),
        "startup_seconds": round(startup, 2), "articles_per_s": round(stats.rate, 3),
    }))  # fmt: skip


def load(
    folder: Annotated[Path, typer.Argument(help="Output folder of `zitate spark run`.")],
    db: Annotated[
        str,
        typer.Option(help="Database URL: sqlite:///PATH (default) or postgresql://USER@HOST/DB."),
    ] = "sqlite:///zitate.db",
    batch: Annotated[int, typer.Option(min=1, help="Articles per transaction.")] = 200,
) -> None:
    """Store a `zitate spark run` output in a database with the entities Spark linked across
    articles. Stored articles are left as they are: loading twice changes nothing, an
    interrupted load resumes; entity corrections (merge, split, rename) come first and are
    kept."""
    from ..spark.load import load as load_folder
    from ..store import open_db

    try:
        engine = open_db(db)
    except ZitateError as err:
        err_line(str(err))
        raise typer.Exit(2) from None
    try:
        stats = load_folder(folder, engine, batch=batch)
    except ZitateError as err:
        err_line(str(err))
        raise typer.Exit(2) from None
    finally:
        engine.dispose()
    for message in stats.errors:
        err_line(message)
    shown = engine.url.render_as_string(hide_password=True)
    typer.echo(f"{stats.summary()} ({shown})")
    if stats.failed:
        raise typer.Exit(1)


def bench_spark(
    data: Annotated[Path, typer.Option(help="The shared/data folder.")] = Path("../shared/data"),
    articles: Annotated[int, typer.Option(min=40, help="Articles in the corpus.")] = 2000,
    workdir: Annotated[Path | None, typer.Option(help="Folder for corpus and outputs.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Last line: one JSON object.")] = False,
) -> None:
    """Articles/s of `zitate spark run` with local[1] and local[2] and of one-process
    `zitate ingest`, on the pages of shared/data/html mixed into --articles distinct articles."""
    from ..spark.bench import run

    try:
        figures = run(data, articles, workdir, log=lambda m: typer.echo(m, err=True))
    except ZitateError as err:
        err_line(str(err))
        raise typer.Exit(2) from None
    emit(figures, as_json)


def bench_load(
    db: Annotated[str, typer.Option(help="PostgreSQL URL (a fresh schema is used and dropped).")],
    data: Annotated[Path, typer.Option(help="The shared/data folder.")] = Path("../shared/data"),
    articles: Annotated[int, typer.Option(min=1, help="Articles to store each way.")] = 2000,
    batch: Annotated[int, typer.Option(min=1, help="Articles per transaction.")] = 200,
    as_json: Annotated[bool, typer.Option("--json", help="Last line: one JSON object.")] = False,
) -> None:
    """Articles/s of storing analysed records with per-article statements (`zitate ingest`) and
    with one COPY per table and batch (`zitate load` on PostgreSQL), in the same run."""
    from ..bench.load import run

    try:
        figures = run(db, data, articles, batch, log=lambda m: typer.echo(m, err=True))
    except ZitateError as err:
        err_line(str(err))
        raise typer.Exit(2) from None
    emit(figures, as_json)
