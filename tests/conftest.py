"""Shared fixtures: the public data folder beside the repository and the base pipeline."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def shared_data_dir() -> Path:
    return Path(os.environ.get("ZITATE_SHARED_DATA") or REPO.parent / "shared" / "data")


@pytest.fixture(scope="session")
def shared_data() -> Path:
    folder = shared_data_dir()
    if not folder.is_dir():
        pytest.skip(f"shared data not found at {folder}; set ZITATE_SHARED_DATA")
    return folder


@pytest.fixture(scope="session")
def nlp():
    """The committed German base pipeline (loaded once per test session)."""
    import zitate

    return zitate.load()


@pytest.fixture(scope="session")
def analyse(nlp):
    """Text -> (doc, quotes, entities): base pipeline, the shipped attribution model and
    speaker resolution inside the article (``resolve_speakers``)."""
    from zitate.quotes.component import SPANS_KEY, QuoteAttributor
    from zitate.quotes.model import load_model
    from zitate.resolve import resolve_speakers

    attributor = QuoteAttributor(nlp, "zitate_quotes", SPANS_KEY, load_model())

    def run(text: str):
        doc = attributor(nlp(text))
        quotes, entities = resolve_speakers(doc, doc._.zitate_quotes)
        return doc, quotes, entities

    return run


# --- Spark (tests/spark, tests/store/test_store_spark_load.py) ----------------------------------
# One local[2] session and one `zitate spark run` for the whole test session (a start costs
# ~10 s). Without pyspark or Java the Spark tests skip with the reason; with
# ZITATE_REQUIRE_SPARK=1 (set in CI by .ci/run) they fail instead.

SPARK_PAGES = (  # three short real pages; the third goes into a WARC with a broken record
    "fundus__de__Tagesschau_2023_04_28.html",
    "fundus__at__ORF_2024_11_22.html",
    "trafilatura__nnz-online.de-Quantensprung.html",
)
ENGLISH = (
    "The city council met on Tuesday evening to discuss the new budget. The mayor said that "
    "the plan would protect local schools and hospitals, while critics warned that taxes "
    "would rise again next year. A final vote is expected later this month, officials said."
)


def _spark_unavailable() -> str | None:
    import shutil

    try:
        import pyspark  # noqa: F401
    except ImportError as err:
        return f"pyspark not installed ({err}); pip install -e '.[dev]'"
    if not shutil.which("java") and not os.environ.get("JAVA_HOME"):
        return "Java not found (apt-get install openjdk-17-jre-headless)"
    return None


@pytest.fixture(scope="session")
def spark():
    """A local[2] SparkSession, stopped at the end of the test session."""
    reason = _spark_unavailable()
    if reason is not None:
        if os.environ.get("ZITATE_REQUIRE_SPARK") == "1":
            pytest.fail(f"{reason}, and ZITATE_REQUIRE_SPARK=1 requires it")
        pytest.skip(f"{reason}; the Spark tests need both")
    from zitate.spark import session

    spark = session.start("local[2]", partitions=2)
    yield spark
    spark.stop()


@pytest.fixture(scope="session")
def spark_inputs(shared_data: Path, tmp_path_factory) -> Path:
    """A folder of real inputs for the Spark job, in this (sorted) order: two pages, a WARC
    with the third page and a broken record, an English text, and a copy of the first page's
    article under another title (sorted last, so it lands in the other partition)."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from zitate.ingest import iter_articles

    folder = tmp_path_factory.mktemp("spark_in")
    html = shared_data / "html"
    for i, name in enumerate(SPARK_PAGES[:2]):
        (folder / f"a{i}_{name}").write_bytes((html / name).read_bytes())
    with (folder / "b_crawl.warc").open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        payload = io.BytesIO((html / SPARK_PAGES[2]).read_bytes())
        record = writer.create_warc_record(
            "https://www.nnz-online.de/quantensprung", "response", payload=payload,
            http_headers=headers,
        )  # fmt: skip
        writer.write_record(record)
        out.write(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\n<html>")
    (folder / "c_english.txt").write_text(ENGLISH + "\n", encoding="utf-8")
    (first,) = iter_articles([str(folder / f"a0_{SPARK_PAGES[0]}")])
    body = first.text.split("\n\n", 1)[1]
    (folder / "d_kopie.txt").write_text(f"Kopie einer Agenturmeldung\n\n{body}\n", "utf-8")
    return folder


@pytest.fixture(scope="session")
def spark_output(spark, spark_inputs: Path, tmp_path_factory) -> tuple[Path, object]:
    """``zitate spark run`` (the job on the shared session) over ``spark_inputs``, 2 partitions."""
    from zitate.spark import job

    out = tmp_path_factory.mktemp("spark_out")
    stats = job.run(spark, [str(spark_inputs)], out, partitions=2)
    return out, stats
