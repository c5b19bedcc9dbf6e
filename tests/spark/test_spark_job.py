"""``zitate spark run`` on local[2] (issue 14): the Parquet output of real pages equals the records
of ``zitate extract`` quotation for quotation; a broken WARC record lands in errors/, an English
article keeps its language and no analysis; a copy in the other partition is a near-duplicate."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from zitate.cli import app
from zitate.spark import tables


def _records(out) -> dict[str, dict]:
    return {rec["article"]["id"]: rec for rec, _, _ in tables.read_records(out)}


def test_spark_records_equal_extract(spark_output, spark_inputs):
    out, stats = spark_output
    result = CliRunner().invoke(app, ["extract", str(spark_inputs), "--format", "jsonl"])
    lines = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    extracted = {r["article"]["id"]: r for r in lines if "article" in r}
    spark = _records(out)
    assert stats.articles == len(spark) == len(extracted) == 5
    assert spark.keys() == extracted.keys()
    quotations = 0
    for article_id, record in extracted.items():
        got = json.loads(json.dumps(spark[article_id]))
        assert got["article"] == record["article"]
        assert got["quotes"] == record["quotes"]  # quotation for quotation, every field
        assert got["entities"] == record["entities"] and got["relations"] == record["relations"]
        assert got == record
        quotations += len(record["quotes"])
    assert quotations == stats.quotations > 20


def test_typed_columns_partitioned_by_month(spark_output):
    import pyarrow.dataset as ds

    out, _ = spark_output
    articles = ds.dataset(str(out / "articles"), format="parquet", partitioning="hive")
    types = {f.name: str(f.type) for f in articles.schema}
    assert types["published_date"] == "date32[day]" and types["analysed"] == "bool"
    quotes = ds.dataset(str(out / "quotations"), format="parquet", partitioning="hive")
    qtypes = {f.name: str(f.type) for f in quotes.schema}
    assert qtypes["confidence"] == "double" and qtypes["spans"].startswith("list<")
    months = tables.months(out)
    assert "2023-04" in months and months[-1] == "unknown"  # the text files carry no date
    rows = articles.to_table().to_pylist()
    tagesschau = next(r for r in rows if "Tagesschau" in r["input"])
    assert str(tagesschau["published_date"]).startswith("2023-04-28")
    assert tagesschau["month"] == "2023-04"


def test_broken_warc_record_and_english_article(spark_output, spark_inputs):
    out, stats = spark_output
    errors = tables.read_table(out, "errors")
    assert [(e["code"], e["input"]) for e in errors] == [
        ("E104", str(spark_inputs / "b_crawl.warc"))
    ]
    assert stats.errors == 1
    records = tables.read_records(out)
    warc = [
        rec
        for rec, _, _ in records
        if rec["input"].endswith("#https://www.nnz-online.de/quantensprung")
    ]
    assert len(warc) == 1 and warc[0]["quotes"]  # the good record before the broken one
    english = [(rec, analysed, reason) for rec, analysed, reason in records
               if rec["input"].endswith("c_english.txt")]  # fmt: skip
    (rec, analysed, reason) = english[0]
    assert rec["article"]["language"] == "en" and not analysed and "not German" in reason
    assert rec["quotes"] == [] and rec["entities"] == []


def test_near_duplicate_across_partitions(spark, spark_output, spark_inputs):
    out, stats = spark_output
    files = sorted(p.name for p in spark_inputs.iterdir())
    halves = spark.sparkContext.parallelize(files, 2).glom().collect()
    original = next(f for f in files if f.startswith("a0_"))
    assert original in halves[0] and "d_kopie.txt" in halves[1]
    by_input = {rec["input"].rsplit("/", 1)[-1]: (rec, analysed, reason)
                for rec, analysed, reason in tables.read_records(out)}  # fmt: skip
    copy, analysed, reason = by_input["d_kopie.txt"]
    assert copy["article"]["duplicate_of"] == by_input[original][0]["article"]["id"]
    assert not analysed and "near-duplicate" in reason and copy["quotes"] == []
    assert stats.duplicates == 1


def test_the_spark_submit_entry_point_runs_as_a_script():
    """``spark-submit … spark_submit.py`` runs the file as a script, not as a module of the
    package (README's cluster example): it must not rely on relative imports."""
    import subprocess
    import sys

    import zitate.cli.spark_submit as entry

    out = subprocess.run(
        [sys.executable, entry.__file__, "--help"], capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert "--output" in out.stdout


def test_a_local_session_starts_its_jvm_as_a_data_mover(spark):
    """In local mode the JVM moves rows between the Python workers and Parquet: it runs with
    the client JIT compiler alone and the serial collector (``session.LOCAL_JVM_OPTIONS``)."""
    from zitate.spark import session

    runtime = spark.sparkContext._jvm.java.lang.management.ManagementFactory.getRuntimeMXBean()
    arguments = list(runtime.getInputArguments())
    for option in session.LOCAL_JVM_OPTIONS.split():
        assert option in arguments


def test_jvm_options_the_user_gives_win():
    from pyspark import SparkConf

    from zitate.spark import session

    assert session.local_jvm_options(SparkConf(loadDefaults=False), {})
    own = SparkConf(loadDefaults=False).set(session.JAVA_OPTIONS, "-Xmx8g")
    assert not session.local_jvm_options(own, {})
    submit = {"PYSPARK_SUBMIT_ARGS": "--driver-java-options '-Xmx8g' pyspark-shell"}
    assert not session.local_jvm_options(SparkConf(loadDefaults=False), submit)


def test_the_analysis_partitions_get_about_equal_work():
    """Longest first, each record to the partition with the least work so far: texts of 9, 7,
    6, 5, 4, 3, 2 and 1 characters in three partitions of 12, 12 and 13."""
    from zitate.spark.job import balance

    weights = [(f"r{n}", work) for n, work in enumerate([4, 9, 1, 7, 3, 6, 2, 5])]
    plan = balance(weights, 3)
    loads = [0, 0, 0]
    for key, work in weights:
        loads[plan[key]] += work
    assert sorted(loads) == [12, 12, 13]


def test_the_workers_fork_from_a_daemon_that_preloaded_the_pipeline(spark, spark_output):
    """The executors' Python daemon is zitate's: it loads and warms the pipeline once and forks
    the workers from it, so a task finds the pipeline in its worker without loading it; the
    workers of both cores share one parent (the daemon). The job's output above is made by
    such workers."""
    from zitate.spark import daemon

    assert spark.sparkContext.getConf().get("spark.python.daemon.module") == daemon.MODULE

    def worker_state(_):
        """In a worker (a function of the test, sent by value): its parent process, whether
        it holds the loaded pipeline and whether that was warmed — before any task of its own
        loads anything."""
        import os

        from zitate.spark import job

        found = job._ANALYSERS.get(None)
        return os.getppid(), found is not None and found.nlp is not None, None in job._WARMED

    states = spark.sparkContext.parallelize(range(4), 4).map(worker_state).collect()
    assert all(loaded and warmed for _, loaded, warmed in states)
    assert len({parent for parent, _, _ in states}) == 1


def test_the_benchmark_finds_the_worker_processes_it_measures(spark, spark_output):
    """`zitate bench spark` reports the peak memory of the Python workers by their command
    line: the marker it looks for is that of the daemon this session's workers fork from, so
    the live workers of the session (kept for reuse) are found and measured."""
    import os
    import time

    from zitate.spark.bench import WORKER_MARKER, PeakRss

    sampler = PeakRss(os.getpid(), WORKER_MARKER)
    time.sleep(1.0)
    assert sampler.stop() > 50  # MB: a worker holds the loaded pipeline
