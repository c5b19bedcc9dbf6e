"""API stage, analysis: an ``Article`` -> its record with the models (``build_record``), for
``POST /api/extract``, ``POST /api/articles`` and ``/paste`` — bounded in concurrency, queue and
time, so that one long text never stalls the others.

``Pipeline.record(article)`` sends the article to a *lane* by the length of its text: normal
articles (under ``Limits.large_chars`` characters) to the ``normal`` lane, longer ones to the
``large`` lane. A lane analyses one text at a time; a request waits at most
``Limits.queue_timeout`` seconds for its lane and at most ``Limits.max_queue`` requests wait per
lane — beyond that it is refused at once with ``ZitateError`` E420 (503 with ``Retry-After``).
An analysis that takes longer than ``Limits.budget`` seconds is given up with E421 (503).

With ``processes=True`` (``zitate serve``) each lane is a spawned process with its own pipeline
(loaded with the lane's first text): the lanes run in parallel, and a text over the budget
terminates its process, which starts again with the next text. With ``processes=False`` (tests,
the Python API) both lanes share one pipeline in this process under a lock: a lock with a queue
and a timeout; an analysis over the budget is answered with E421 but runs to its end.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import Any

from ..errors import Errors, ZitateError, unexpected
from ..ingest.article import Article
from ..nlp.long import analyse

log = logging.getLogger(__name__)

LOAD_TIMEOUT = 300.0  # seconds a lane process may take to load the models


@dataclass(frozen=True)
class Limits:
    """Queue and time limits of the analyses (``Settings``: ``ZITATE_ANALYSIS_*``)."""

    budget: float = 30.0  # seconds one analysis may take
    queue_timeout: float = 10.0  # seconds a request waits for its lane
    max_queue: int = 8  # requests waiting per lane; more are refused at once
    large_chars: int = 20_000  # texts from this length go to the ``large`` lane


def busy(lane: str, limits: Limits) -> ZitateError:
    err = ZitateError(Errors.E420, lane=lane)
    err.retry_after = max(1, round(limits.queue_timeout))
    return err


class Lane:
    """One text at a time through ``run(article, budget)``; at most ``max_queue`` waiting."""

    def __init__(self, name: str, run) -> None:
        self.name, self.run = name, run
        self._lock = threading.Lock()
        self._count = threading.Lock()
        self.waiting = 0

    def analyse(self, article: Article, limits: Limits) -> dict:
        with self._count:
            if self.waiting >= limits.max_queue and self._lock.locked():
                raise busy(self.name, limits)
            self.waiting += 1
        try:
            got = self._lock.acquire(timeout=limits.queue_timeout)
        finally:
            with self._count:
                self.waiting -= 1
        if not got:
            raise busy(self.name, limits)
        try:
            return self.run(article, limits.budget)
        finally:
            self._lock.release()


class Pipeline:
    """The analysis of the API: ``record(article)`` through the lanes; ``pipeline(text)`` is the
    shared in-process spaCy ``Doc`` (loaded with the first text; calls serialised)."""

    def __init__(
        self,
        model=None,
        nlp: Any | None = None,
        *,
        processes: bool = False,
        limits: Limits | None = None,
    ) -> None:
        self.model, self.limits, self.processes = model, limits or Limits(), processes
        self._nlp = nlp
        self._lock = threading.Lock()
        if processes:
            self._workers = {name: LaneProcess(model) for name in ("normal", "large")}
            runs = {name: worker.run for name, worker in self._workers.items()}
        else:
            self._workers = {}
            self._thread = ThreadPoolExecutor(2, thread_name_prefix="zitate-analysis")
            runs = {name: self._run_here for name in ("normal", "large")}
        self.lanes = {name: Lane(name, run) for name, run in runs.items()}

    def __call__(self, text: str):
        with self._lock:
            if self._nlp is None:
                from ..quotes.pipeline import attribution_pipeline

                self._nlp = attribution_pipeline(self.model)
            return analyse(self._nlp, text)

    def lane_of(self, article: Article) -> Lane:
        large = len(article.text) >= self.limits.large_chars
        return self.lanes["large" if large else "normal"]

    def record(self, article: Article) -> dict:
        """The record of ``article`` with its analysis; E420/E421 (503) when the lane is busy or
        the analysis runs over the budget, the analysis's own ``ZitateError`` otherwise."""
        return self.lane_of(article).analyse(article, self.limits)

    def _run_here(self, article: Article, budget: float) -> dict:
        future = self._thread.submit(_analyse, self, article)
        try:
            return future.result(timeout=budget)
        except FutureTimeout:
            raise ZitateError(Errors.E421, budget=budget) from None

    def close(self) -> None:
        for worker in self._workers.values():
            worker.close()
        if not self.processes:
            self._thread.shutdown(wait=False, cancel_futures=True)


def _analyse(nlp, article: Article) -> dict:
    """The record of ``article`` analysed by ``nlp`` (a ``Language``, or the in-process
    ``Pipeline``), texts of any length in pieces (``nlp.long``); an unexpected error of the
    models or the record stages is the input's ``ZitateError`` E013 (422), never a 500."""
    from ..record import build_record

    try:
        doc = nlp(article.text) if isinstance(nlp, Pipeline) else analyse(nlp, article.text)
        return build_record(article, doc)
    except ZitateError:
        raise
    except Exception as err:  # noqa: BLE001 - bad input for the models: 422, not 500
        log.warning("analysing %s failed", article.input, exc_info=True)
        raise unexpected(Errors.E013, article.input, err) from None


class LaneProcess:
    """A spawned process that loads the pipeline and analyses one article at a time; killed
    when an analysis runs over its budget, started again for the next one."""

    def __init__(self, model=None) -> None:
        self.model = model
        self._process = None
        self._conn = None

    def run(self, article: Article, budget: float) -> dict:
        if self._process is None or not self._process.is_alive():
            self._start()
        try:
            self._conn.send(article)
            if not self._conn.poll(budget):
                self.close()
                raise ZitateError(Errors.E421, budget=budget)
            kind, value = self._conn.recv()
        except (EOFError, OSError) as err:
            self.close()
            raise ZitateError(Errors.E422, detail=type(err).__name__) from None
        if kind == "ok":
            return value
        raise value

    def _start(self) -> None:
        context = multiprocessing.get_context("spawn")
        conn, child = context.Pipe()
        self._process = context.Process(
            target=_lane_main, args=(child, self.model), daemon=True, name="zitate-analysis"
        )
        self._process.start()
        child.close()
        self._conn = conn
        if not conn.poll(LOAD_TIMEOUT):
            self.close()
            raise ZitateError(Errors.E422, detail="the models did not load in time")
        try:
            kind, value = conn.recv()
        except EOFError:
            self.close()
            raise ZitateError(Errors.E422, detail="the models did not load") from None
        if kind != "ready":
            self.close()
            raise value

    def close(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.join(5)
        if self._conn is not None:
            self._conn.close()
        self._process = self._conn = None


def _lane_main(conn, model) -> None:
    """The lane process: load the models, then answer each article with ``("ok", record)`` or
    ``("error", exception)``, until the connection closes."""
    from ..quotes.pipeline import attribution_pipeline

    try:
        nlp = attribution_pipeline(model)
    except ZitateError as err:
        conn.send(("error", err))
        return
    conn.send(("ready", None))
    while True:
        try:
            article = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        try:
            conn.send(("ok", _analyse(nlp, article)))
        except Exception as err:  # the request's error, raised again in the server
            try:
                conn.send(("error", err))
            except Exception:  # an exception that does not pickle
                conn.send(("error", ZitateError(Errors.E422, detail=repr(err)[:200])))
