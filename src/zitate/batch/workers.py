"""Batch stage, analysis of article batches for ``zitate ingest``: in the ingesting process, or in
worker processes while that process extracts and stores.

Input: batches of ``Article``s (``zitate.ingest``) checked by an ``Ingestor`` (``begin_batch``).
Output: for each article to analyse, an ``Analysis`` (the record of ``shared/OUTPUT.md``: the
base pipeline, attribution, speakers and disputes) or the ``ZitateError`` that stopped it; the
``Ingestor`` then stores each article in its own transaction (``finish_batch``), in input order.

``Analyser`` runs the models in the calling process. ``WorkerPool`` runs the same ``Analyser``
in ``workers`` spawned processes, each with its own pipeline: the ingesting process keeps
reading, extracting and storing (one SQLite writer, the transactions as without workers) while
up to ``2 × workers`` batches are analysed. The processes load their models at the start, in
parallel; ``ingest_batches`` counts that wait as start-up, not as article processing.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from ..errors import Errors, ZitateError, unexpected
from ..ingest.article import Article, skip_reason
from ..store.ingest import Analysis, Ingestor, PendingBatch

Result = Analysis | ZitateError
log = logging.getLogger(__name__)


class Analyser:
    """``list[Article]`` -> ``list[Analysis | ZitateError]``: the articles the models run on go
    through ``nlp.pipe`` together; the others (``only_article``, another language, a duplicate)
    get a record without analysis. The pipeline loads with the first article that needs it
    (never when every article is stored already); ``load_seconds`` is the time it took."""

    def __init__(self, model: Path | None = None, only_article: bool = False) -> None:
        self.model, self.only_article = model, only_article
        self.nlp = None
        self.load_seconds = 0.0

    def load(self) -> None:
        """Load the analysis pipeline (base pipeline + ``zitate_quotes``) unless loaded;
        ``ZitateError`` E010/E206 when the model is missing or unusable."""
        from ..quotes.pipeline import attribution_pipeline

        if self.nlp is None and not self.only_article:
            started = time.monotonic()
            self.nlp = attribution_pipeline(self.model)
            self.load_seconds += time.monotonic() - started

    def __call__(self, articles: list[Article]) -> list[Result]:
        """One result per article; an exception in one article's analysis or record becomes
        that article's error (E013), the others are analysed as usual."""
        from ..nlp.long import analyse_all
        from ..record import build_record

        reasons = [None if self.only_article else skip_reason(a) for a in articles]
        run = [not self.only_article and reason is None for reason in reasons]
        texts = [a.text for a, go in zip(articles, run, strict=True) if go]
        if texts:
            self.load()
        docs = iter(analyse_all(self.nlp, texts) if texts else ())
        out: list[Result] = []
        for article, reason, go in zip(articles, reasons, run, strict=True):
            try:
                if not go:
                    out.append(Analysis(build_record(article), analysed=False, skip_reason=reason))
                    continue
                doc = next(docs)
                if isinstance(doc, Exception):
                    raise doc
                out.append(Analysis(build_record(article, doc), analysed=True))
            except ZitateError as err:
                out.append(err)
            except Exception as err:  # noqa: BLE001 - the article's error; the batch goes on
                log.warning("analysing %s failed", article.input, exc_info=True)
                out.append(unexpected(Errors.E013, article.input, err))
        return out


# --- worker processes ---------------------------------------------------------------------------

_worker: Analyser | None = None
_worker_error: ZitateError | None = None
_started = None
START_TIMEOUT = 600  # seconds for every worker to load its models
BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")  # read once, at a worker's start


def _init_worker(model: Path | None, only_article: bool, started) -> None:
    """Worker start: load the models now, so that the first batch does not wait for them; a
    model error is kept and raised by each call (it reaches the ingesting process)."""
    global _worker, _worker_error, _started
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    _worker, _started = Analyser(model, only_article), started
    try:
        _worker.load()
    except ZitateError as err:
        _worker_error = err


def _exit_with_parent(parent: int) -> None:
    """End this worker once the ingesting process is gone (e.g. ``kill -9``: nothing tells the
    workers, which would wait for batches forever)."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _ready() -> None:
    """Wait until every worker has loaded its models (one call lands on each)."""
    _started.wait(START_TIMEOUT)
    if _worker_error is not None:
        raise _worker_error


def _analyse(articles: list[Article]) -> list[Result]:
    if _worker_error is not None:
        raise _worker_error
    return _worker(articles)


class WorkerPool:
    """``workers`` spawned processes, each with an ``Analyser``; ``submit`` a batch, get a
    ``Future`` of its results. ``start()`` starts them and returns once every process has
    loaded its models (E010/E206 from a worker's model load are raised there); no process
    starts before (an ingest of stored articles only loads no model)."""

    def __init__(self, workers: int, model: Path | None = None, only_article: bool = False):
        if workers < 1:
            raise ValueError(f"workers must be at least 1, not {workers}")
        self.workers = workers
        self.started = False
        context = multiprocessing.get_context("spawn")  # no fork of a threaded process
        self._started = context.Barrier(workers)
        self._pool = ProcessPoolExecutor(
            workers,
            mp_context=context,
            initializer=_init_worker,
            initargs=(model, only_article, self._started),
        )

    def start(self) -> None:
        self.started = True
        # The processes start with the submissions below and take the environment of now: their
        # matrix products share the cores (OpenBLAS would start a thread per core in each).
        threads = str(max(1, (os.cpu_count() or 1) // self.workers))
        saved = {name: os.environ.get(name) for name in BLAS_THREADS}
        os.environ.update(dict.fromkeys(BLAS_THREADS, threads))
        try:
            futures = [self._pool.submit(_ready) for _ in range(self.workers)]
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
        for future in futures:
            future.result()

    def submit(self, articles: list[Article]) -> Future:
        return self._pool.submit(_analyse, articles)

    def close(self) -> None:
        self._started.abort()  # a worker still waiting at start-up (an error elsewhere) goes on
        self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def ingest_batches(
    ingestor: Ingestor,
    batches: Iterable[list[Article | ZitateError]],
    analyse: Analyser | WorkerPool,
    done: Callable[[list[Article | ZitateError], list], None],
) -> None:
    """Check, analyse and store each batch; ``done(batch, results)`` after each is stored (in
    input order). With a ``WorkerPool``, the batches are analysed in the worker processes while
    the next ones are read and checked, up to ``2 × workers`` at a time; the pool starts with
    the first batch to analyse, and its start-up is added to ``ingestor.stats.load_seconds``."""
    if isinstance(analyse, Analyser):
        for batch in batches:
            done(batch, ingestor.ingest_batch(batch, analyse))
        return
    window: deque[tuple[PendingBatch, Future | None]] = deque()

    def submit(articles: list[Article]) -> Future:
        if not analyse.started:  # the first batch to analyse: wait for the models, as start-up
            started = time.monotonic()
            analyse.start()
            ingestor.stats.load_seconds += time.monotonic() - started
        return analyse.submit(articles)

    def finish_oldest() -> None:
        pending, future = window.popleft()
        analyses = future.result() if future is not None else []
        done(pending.articles, ingestor.finish_batch(pending, analyses))

    for batch in batches:
        pending = ingestor.begin_batch(batch)
        window.append((pending, submit(pending.todo) if pending.todo else None))
        while len(window) > 2 * analyse.workers or (window and _ready_at_head(window)):
            finish_oldest()
    while window:
        finish_oldest()


def _ready_at_head(window: deque) -> bool:
    future = window[0][1]
    return future is None or future.done()
