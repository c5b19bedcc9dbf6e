"""Spark stage, the job: inputs (files, folders, Hadoop URLs, Parquet) -> Parquet datasets
``articles/``, ``quotations/``, ``entities/``, ``mentions/``, ``errors/`` partitioned by month.

Input: what ``zitate extract`` reads — HTML, text, WARC and JSONL files (gzipped or not) and
folders of them, any Hadoop filesystem URL Spark reads (``hdfs://``, ``s3a://``: the files are
read by ``binaryFiles``), and Parquet with ``url``/``html`` or ``title``/``text`` columns.
Output: the tables of ``zitate.spark.tables`` under the output folder, and ``RunStats``.

Stages:

1. extraction per input file (``mapPartitions``): ``zitate.ingest.iter_articles`` on each file,
   one article or one error record per input record — a bad record, or an unexpected failure,
   becomes an ``errors/`` row and never fails the job. Every record gets its place in the
   order ``zitate ingest`` reads the inputs (arguments in order, a folder's files sorted by
   path, records in file order): the order of the rules below, which thus neither depend on
   how Spark partitions the corpus nor differ from ``zitate ingest``'s. Articles with the same
   id (the same text from two inputs) are kept once, the first read (``ingest`` finds the
   second unchanged);
2. near-duplicates over the whole corpus, the rule of ``zitate.ingest.dedup``: the MinHash band
   keys of each article's body are grouped in Spark; within a band, an article whose signature
   is ≥ 0.8 similar to an earlier one (in that order) is a copy of the earliest such article,
   followed to the root;
   copies get ``duplicate_of`` and are not analysed;
3. analysis per partition: ``zitate.batch.workers.Analyser`` (the pipeline of ``zitate ingest``,
   batches through ``nlp.pipe``), one per Python worker process, kept in a module global, so the
   models load once per worker, not per task or record;
4. cross-article entity linking over the whole corpus (``zitate.spark.linking``: the rules of
   ``zitate.store.linking``, shared in ``zitate.resolve.crosslink``, applied within groups of
   names that may meet, in that order): every ``entities/`` and ``mentions/`` row gets
   its corpus-wide ``canonical_id``, so „Donald Trump“ is one entity over the whole corpus;
5. the rows of each record (``zitate.spark.tables``) written as Parquet, ``partitionBy(month)``.

``zitate load`` stores the canonical entities as they are (``zitate.spark.load``).
"""

from __future__ import annotations

import tempfile
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from ..errors import Errors, ZitateError
from ..ingest.settings import IngestSettings
from . import linking, tables

BATCH, BATCH_CHARS = 16, 10_000  # as ``zitate ingest`` (zitate.ingest.stream)
REMOTE = ("hdfs://", "s3a://", "s3://", "gs://", "abfs://", "abfss://", "wasbs://", "dbfs:/")

NAMES = "_names"  # the document entities for the linking stage, beside the table rows
_ANALYSERS: dict = {}  # model path -> Analyser, one per Python worker process
_WARMED: set = set()  # model paths whose pipeline this process has warmed (``warm``)


@dataclass
class RunStats:
    """What a run did; ``seconds`` from the first stage to the last write, ``startup_seconds``
    the Spark session start (JVM, executors) before it."""

    articles: int = 0
    duplicates: int = 0
    errors: int = 0
    quotations: int = 0
    entities: int = 0  # canonical entities of the linking stage
    startup_seconds: float = 0.0
    seconds: float = 0.0
    tables: dict = field(default_factory=dict)

    @property
    def rate(self) -> float:
        return self.articles / max(self.seconds, 1e-9)

    def summary(self) -> str:
        return (
            f"{self.articles} articles ({self.duplicates} near-duplicates), {self.errors} errors, "
            f"{self.quotations} quotations, {self.entities} entities; {self.seconds:.1f} s, "
            f"{self.rate:.2f} articles/s after {self.startup_seconds:.1f} s Spark start-up"
        )


def run(
    spark,
    inputs: list[str],
    output: str | Path,
    *,
    partitions: int | None = None,
    model: Path | None = None,
    settings: IngestSettings | None = None,
) -> RunStats:
    """Run the job on an open session; the tables are (over)written under ``output``."""
    from pyspark import StorageLevel

    started = time.monotonic()
    sc = spark.sparkContext
    partitions = partitions or max(2, 2 * sc.defaultParallelism)
    settings = replace(settings or IngestSettings(), find_duplicates=False)
    extracted = (
        input_items(spark, inputs, partitions)
        .mapPartitions(partial(extract_partition, settings=settings))
        .map(_by_id)  # one article per id; the analysis evenly spread over the partitions
        .reduceByKey(_first_input, numPartitions=partitions)
        .values()
        .persist(StorageLevel.MEMORY_AND_DISK)
    )
    originals = sc.broadcast(find_duplicates(extracted, settings.duplicate_threshold))
    analysed = (
        balanced(extracted, originals, partitions)
        .mapPartitions(
            partial(analyse_partition, originals=originals, model=str(model) if model else None)
        )
        .persist(StorageLevel.MEMORY_AND_DISK)
    )
    counts = analysed.map(lambda pair: pair[0]).countByValue()  # runs the analysis
    # What follows moves rows, not articles: one task per core, not per analysis partition
    # (each task costs a round trip through a Python worker, more than its rows take).
    cores = sc.defaultParallelism
    rows = analysed.coalesce(cores)
    names = rows.filter(lambda pair: pair[0] == NAMES).map(lambda pair: pair[1])
    links = linking.link(names).persist(StorageLevel.MEMORY_AND_DISK)
    base = str(output).rstrip("/")
    for table, schema in tables.schemas().items():
        part = rows.filter(lambda pair, t=table: pair[0] == t).map(lambda pair: pair[1])
        if table in ("entities", "mentions"):  # the corpus-wide entity of each row
            part = part.keyBy(lambda row, t=table: (row[0], row[2] if t == "entities" else row[1]))
            part = part.leftOuterJoin(links, numPartitions=cores).map(
                lambda pair, t=table: tables.with_link(pair[1][0], pair[1][1], t)
            )
        frame = spark.createDataFrame(part, schema)
        frame.write.mode("overwrite").partitionBy("month").parquet(f"{base}/{table}")
    stats = RunStats(
        articles=counts.get("articles", 0),
        duplicates=len(originals.value),
        errors=counts.get("errors", 0),
        quotations=counts.get("quotations", 0),
        entities=links.map(lambda pair: pair[1][0]).distinct().count(),
        seconds=time.monotonic() - started,
        tables={t: counts.get(t, 0) for t in tables.TABLES},
    )
    extracted.unpersist()
    analysed.unpersist()
    links.unpersist()
    return stats


# --- inputs --------------------------------------------------------------------------------------


def input_items(spark, inputs: list[str], partitions: int):
    """An RDD of ``(kind, payload, place)``: ``("path", local file)``, ``("bytes", (url,
    data))`` of a Hadoop file, ``("raw", RawInput)`` of a Parquet row, ``("error", error
    record)``; ``place`` is ``(argument, file, url or row)``, the order ``zitate ingest`` reads
    them in (arguments in order, a folder's files sorted)."""
    from ..ingest.sources import SUPPORTED, base_suffix

    sc = spark.sparkContext
    local: list[tuple] = []
    parquet: list[tuple[str, tuple]] = []
    remote: list[tuple[str, int]] = []
    for arg, item in enumerate(inputs):
        if item.startswith(REMOTE):
            if item.rstrip("/").endswith(".parquet"):
                parquet.append((item, (arg, 0)))
            else:
                remote.append((item, arg))
            continue
        path = Path(item.removeprefix("file://"))
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file())  # as zitate ingest
            found = [p for p in files if base_suffix(p) in SUPPORTED]
            parquet += [(str(p), (arg, n)) for n, p in enumerate(files) if p.suffix == ".parquet"]
            if not found and not any(p.suffix == ".parquet" for p in files):
                error = ZitateError(Errors.E002, str(path)).to_record()
                local.append(("error", error, (arg, 0, "")))
            local += [("path", str(p), (arg, n, "")) for n, p in enumerate(found)]
        elif path.suffix == ".parquet":
            parquet.append((str(path), (arg, 0)))
        else:
            local.append(("path", str(path), (arg, 0, "")))
    rdds = []
    if local:
        rdds.append(sc.parallelize(local, max(1, min(len(local), partitions))))
    for url, arg in remote:
        rdds.append(sc.binaryFiles(url).map(lambda pair, a=arg: ("bytes", pair, (a, 0, pair[0]))))
    for name, place in parquet:
        rows = spark.read.parquet(name).rdd.zipWithIndex()
        rdds.append(rows.map(partial(_raw_of_row, name=name, place=place)))
    if not rdds:
        return sc.parallelize([], 1)
    return sc.union(rdds).repartition(partitions) if len(rdds) > 1 else rdds[0]


def _raw_of_row(pair, name: str, place: tuple) -> tuple:
    """A Parquet row (``url``/``html`` or ``title``/``text``) -> ``("raw", RawInput, place)``."""
    from ..ingest.archives import RawInput

    row, index = pair
    place = (*place, f"{index:012d}")
    data = row.asDict()
    url, html, text = data.get("url"), data.get("html"), data.get("text")
    label = url or f"{name}#{index}"
    if html:
        return "raw", RawInput(label, html.encode("utf-8"), "html", url=url), place
    if text:
        title = data.get("title")
        return "raw", RawInput(label, text.encode("utf-8"), "text", url=url, title=title), place
    return "error", ZitateError(Errors.E003, label).to_record(), place


# --- stage 1: extraction -----------------------------------------------------------------------


def extract_partition(items: Iterable[tuple], settings: IngestSettings) -> Iterator[tuple]:
    """``(kind, payload, place)`` inputs -> ``("article", Article, order)`` or ``("error",
    error record, order)``; ``order``: ``place`` and the record's number in its input, the
    order in which ``zitate ingest`` would store it."""
    for kind, payload, place in items:
        for number, (tag, item) in enumerate(_extracted(kind, payload, settings)):
            yield tag, item, (*place, number)


def _extracted(kind: str, payload, settings: IngestSettings) -> Iterator[tuple]:
    """``_extract`` of one input; an unexpected failure as an error record."""
    try:
        yield from _extract(kind, payload, settings)
    except Exception as err:  # noqa: BLE001 - a bad record never fails the job
        name = payload if kind == "path" else getattr(payload, "name", None)
        if kind == "bytes":
            name = payload[0]
        detail = f"{type(err).__name__}: {err}"
        yield "error", ZitateError(Errors.E500, name, stage="extracting", detail=detail
                                   ).to_record()  # fmt: skip


def _by_id(item: tuple) -> tuple:
    """``(article id, item)``; an error record under a key of its own."""
    kind, payload, _ = item
    return (payload.id if kind == "article" else f"error:{uuid.uuid4().hex}"), item


def _first_input(one: tuple, other: tuple) -> tuple:
    """Of two articles with the same id (the same text from two inputs), the one read first —
    the one ``zitate ingest`` stores (it finds the other unchanged)."""
    return one if one[2] <= other[2] else other


def _extract(kind: str, payload, settings: IngestSettings) -> Iterator[tuple]:
    from ..ingest import iter_articles

    if kind == "error":
        yield "error", payload
    elif kind == "path":
        yield from _tagged(iter_articles([payload], settings=settings))
    elif kind == "raw":
        yield from _tagged(_raw_articles(payload, settings))
    else:  # a Hadoop file: through a local copy with the same name, so its kind is recognised
        url, data = payload
        with tempfile.TemporaryDirectory(prefix="zitate-spark-") as folder:
            local = Path(folder) / url.rstrip("/").rsplit("/", 1)[-1]
            local.write_bytes(data)
            for tag, item in _tagged(iter_articles([str(local)], settings=settings)):
                if tag == "article":
                    item.input = item.input.replace(str(local), url)
                else:
                    item["input"] = url
                yield tag, item


def _raw_articles(raw, settings: IngestSettings):
    from ..ingest.lang import detect_language
    from ..ingest.sources import to_article

    try:
        article = to_article(raw)
    except ZitateError as err:
        yield err
        return
    if settings.detect_language:
        article.language = detect_language(article.text)
    yield article


def _tagged(items) -> Iterator[tuple]:
    for item in items:
        if isinstance(item, ZitateError):
            yield "error", item.to_record()
        else:
            yield "article", item


# --- stage 2: near-duplicates --------------------------------------------------------------------


def find_duplicates(extracted, threshold: float) -> dict[str, str]:
    """``{copy id: original id}`` over the whole corpus (see the module docstring)."""
    edges = (
        extracted.mapPartitions(_band_entries)
        .groupByKey()
        .flatMap(partial(_copies_in_band, threshold=threshold))
        .reduceByKey(min)
        .collectAsMap()
    )
    earlier = {copy: original for copy, (_, original) in edges.items()}
    return {copy: _root(copy, earlier) for copy in earlier}


def _root(article_id: str, earlier: dict[str, str]) -> str:
    seen = {article_id}
    current = earlier[article_id]
    while current in earlier and current not in seen:
        seen.add(current)
        current = earlier[current]
    return current


def _band_entries(items: Iterable[tuple]) -> Iterator[tuple]:
    """``(band key, (order, id, signature bytes))`` for each band of each article's body."""
    from ..ingest import dedup

    for kind, article, order in items:
        if kind != "article" or (mh := dedup.signature(article)) is None:
            continue
        entry = (order, article.id, dedup.to_bytes(mh))
        for key in dedup.band_keys(mh):
            yield key, entry


def _copies_in_band(pair, threshold: float) -> Iterator[tuple]:
    """``(copy id, (order, original id))`` for each article of a band that copies an earlier
    one: the earliest of the band with a similarity ≥ ``threshold``."""
    from ..ingest import dedup

    _, entries = pair
    members = sorted(set(entries))
    if len(members) < 2:
        return
    hashes = [dedup.from_bytes(data) for _, _, data in members]
    for i in range(1, len(members)):
        for j in range(i):
            if members[j][1] != members[i][1] and hashes[i].jaccard(hashes[j]) >= threshold:
                yield members[i][1], (members[j][0], members[j][1])
                break


# --- stage 3: analysis ---------------------------------------------------------------------------


BALANCE_LIMIT = 200_000  # records; above, hash partitions are even enough and the plan too big


def balanced(extracted, originals, partitions: int):
    """``extracted`` in ``partitions`` partitions of about equal analysis work: the records
    by their text's length (a copy's and an error's work is next to none), longest first, each
    to the partition with the least work so far. The analysis stage's last task then ends
    about with the others, where hash partitions leave cores idle while the largest partition
    finishes. A corpus above ``BALANCE_LIMIT`` records keeps its partitions (many tasks per
    core make the tail small, and the plan is collected on the driver)."""
    weights = extracted.map(partial(_weight, originals=originals)).take(BALANCE_LIMIT + 1)
    if len(weights) > BALANCE_LIMIT:
        return extracted
    plan = extracted.context.broadcast(balance(weights, partitions))
    return (
        extracted.keyBy(lambda item: item[2])
        .partitionBy(partitions, lambda order: plan.value.get(order, 0))
        .values()
    )


def _weight(item: tuple, originals) -> tuple:
    """``(order, work)`` of an extracted record: its text's length, 1 for a copy or error."""
    kind, payload, order = item
    if kind != "article" or payload.id in originals.value:
        return order, 1
    return order, len(payload.text) + 1


def balance(weights: list[tuple], partitions: int) -> dict:
    """``{key: partition}`` of ``(key, work)`` pairs: longest processing time first."""
    import heapq

    loads = [(0, index) for index in range(partitions)]
    plan = {}
    for key, work in sorted(weights, key=lambda pair: (-pair[1], pair[0])):
        load, index = heapq.heappop(loads)
        plan[key] = index
        heapq.heappush(loads, (load + work, index))
    return plan


def analyser(model: str | None):
    """This worker process's ``Analyser`` (created once, the pipeline loaded with its first
    batch)."""
    from ..batch.workers import Analyser

    if model not in _ANALYSERS:
        _ANALYSERS[model] = Analyser(Path(model) if model else None)
    return _ANALYSERS[model]


# a short German report, analysed once per worker process before the first task (``warm``)
WARM_TEXT = (
    "Probelauf\n\n„Wir beginnen heute“, sagte die Ministerin am Montag in Berlin. Der Verband "
    "kündigte an, die Pläne zu prüfen. Laut Polizei sei niemand verletzt worden."
)


def warm(model: str | None) -> None:
    """Load this process's pipeline, import the extraction stage and analyse ``WARM_TEXT``, so
    the tables the pipeline builds on its first document exist before the daemon forks the
    workers (each would build its own inside its first task otherwise). The result is
    dropped; no state of it reaches an article's record (each article is analysed alone)."""
    from ..ingest import iter_articles  # noqa: F401 - the extraction stage's modules
    from ..ingest.archives import RawInput
    from ..ingest.sources import to_article

    article = to_article(RawInput("zitate-warm-up", WARM_TEXT.encode("utf-8"), "text"))
    analyser(model)([article])
    _WARMED.add(model)


def analyse_partition(items: Iterable[tuple], originals, model: str | None) -> Iterator[tuple]:
    """Extracted items -> ``(table, row)`` pairs: an article's record rows, or an error row."""
    copies = originals.value
    batch: list = []
    chars = 0
    for kind, payload, order in items:
        if kind == "error":
            yield "errors", tables.rows_of_error(payload)
            continue
        payload.duplicate_of = copies.get(payload.id)
        batch.append((payload, order))
        chars += len(payload.text)
        if len(batch) >= BATCH or chars >= BATCH_CHARS:
            yield from _analyse(batch, model)
            batch, chars = [], 0
    if batch:
        yield from _analyse(batch, model)


def _analyse(batch: list, model: str | None) -> Iterator[tuple]:
    articles = [article for article, _ in batch]
    try:
        results = analyser(model)(articles)
    except Exception:  # noqa: BLE001 - one by one, so that only the bad article fails
        results = [_analyse_one(article, model) for article in articles]
    for (article, order), result in zip(batch, results, strict=True):
        if isinstance(result, ZitateError):
            yield "errors", tables.rows_of_error(result.to_record())
        else:
            rows = tables.rows_of_record(result.record, result.analysed, result.skip_reason)
            yield from rows
            for item in tables.names_of_record(result.record, order):
                yield NAMES, item
        del article


def _analyse_one(article, model: str | None):
    try:
        return analyser(model)([article])[0]
    except ZitateError as err:
        return err
    except Exception as err:  # noqa: BLE001 - a bad article never fails the job
        detail = f"{type(err).__name__}: {err}"
        return ZitateError(Errors.E500, article.input, stage="analysing", detail=detail)
