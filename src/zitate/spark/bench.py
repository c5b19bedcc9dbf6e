"""Spark stage, benchmark (``zitate bench spark``): articles/s of ``zitate spark run`` with
``local[1]`` and ``local[2]`` and of one-process ``zitate ingest``, in the same run.

Input: ``shared/data/html`` (the 40 pages) and a number of articles (≥ 2,000 for the issue's
figures). The pages are mixed into that many distinct articles — the first half of one page's
body with the second half of another's (every ordered pair), then first halves of two — so that
no article is a near-duplicate of another (a plain repetition would be found as a copy and not
analysed) and the texts, sentences and quotations stay real news. They are written as 8 JSONL
files (title + text). Output: figures with ``local1_articles_per_s``, ``local2_articles_per_s``,
``ingest_articles_per_s`` (processing only), the start-up of each (Spark session and models;
``*_wall_articles_per_s`` includes it), the speed-ups and ``peak_worker_rss_mb`` (the largest
resident set of one Spark Python worker, sampled every 0.2 s from ``/proc``).

Each configuration runs as its own ``zitate`` process (a fresh JVM and worker environment),
with 8 partitions per core: smaller analysis tasks, so the last one leaves a core idle for less
time (2,000 articles, local[2]: 13.58 articles/s with 4 per core, 13.72 with 8; BENCHMARKS.md).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from itertools import permutations
from pathlib import Path

from ..errors import Errors, ZitateError
from . import daemon

FILES = 8
# the command line of every Python worker process (forked from zitate's daemon) and the daemon
WORKER_MARKER = daemon.MODULE
_RATE = re.compile(r"([\d.]+) articles/s after ([\d.]+) s start-up")


def halves(text: str) -> tuple[list[str], list[str]]:
    """The body paragraphs of an article text (after title and teaser) in two halves; a single
    paragraph is split at its middle sentence."""
    paragraphs = text.split("\n\n")[1:] or [text]
    if len(paragraphs) == 1:
        sentences = re.split(r"(?<=[.!?]) ", paragraphs[0])
        middle = max(1, len(sentences) // 2)
        return [" ".join(sentences[:middle])], [" ".join(sentences[middle:])]
    middle = len(paragraphs) // 2
    return paragraphs[:middle], paragraphs[middle:]


def write_corpus(html: Path, folder: Path, count: int) -> int:
    """``count`` mixed articles as JSONL files in ``folder``; returns how many were written."""
    from ..ingest import iter_articles
    from ..ingest.settings import IngestSettings

    settings = IngestSettings(find_duplicates=False)
    pages = sorted(str(p) for p in html.glob("*.html"))  # not the gold texts beside them
    items = iter_articles(pages, settings=settings)
    pages = [a for a in items if not isinstance(a, Exception) and a.language == "de"]
    parts = [(p.title or "Meldung", *halves(p.text)) for p in pages]
    pairs = [(i, j, 1) for i, j in permutations(range(len(parts)), 2)]
    pairs += [(i, j, 0) for i, j in permutations(range(len(parts)), 2) if i < j]
    folder.mkdir(parents=True, exist_ok=True)
    outs = [(folder / f"part-{n:02d}.jsonl").open("w", encoding="utf-8") for n in range(FILES)]
    written = 0
    try:
        for k, (i, j, second) in enumerate(pairs[:count]):
            title, first_i, _ = parts[i]
            body = first_i + parts[j][1 + second]
            line = {"url": f"https://bench.zitate.example/{k}", "title": title,
                    "text": "\n\n".join([title, *body])}  # fmt: skip
            outs[k % FILES].write(json.dumps(line, ensure_ascii=False) + "\n")
            written += 1
    finally:
        for out in outs:
            out.close()
    return written


class PeakRss:
    """Largest resident set (MB) of one descendant process of ``pid`` whose command line
    contains ``marker`` (empty: the process itself), sampled in a thread."""

    def __init__(self, pid: int, marker: str) -> None:
        self.pid, self.marker, self.peak = pid, marker, 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.2):
            for pid in [self.pid, *_descendants(self.pid)]:
                try:
                    cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
                    if self.marker and self.marker.encode() not in cmdline:
                        continue
                    status = Path(f"/proc/{pid}/status").read_text()
                except OSError:
                    continue
                found = re.search(r"VmRSS:\s+(\d+) kB", status)
                if found:
                    self.peak = max(self.peak, int(found.group(1)) / 1024)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return round(self.peak, 1)


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int(Path(entry, "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def _timed(cmd: list[str], marker: str) -> tuple[str, float, float]:
    """Run ``cmd``; its stdout, wall seconds and the peak RSS of its ``marker`` processes."""
    started = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = PeakRss(proc.pid, marker)
    out, err = proc.communicate()
    peak = sampler.stop()
    if proc.returncode not in (0, 1):  # 1: some inputs failed, the run went on
        detail = (err.strip().splitlines() or [f"exit status {proc.returncode}"])[-1]
        raise ZitateError(Errors.E500, " ".join(cmd[2:4]), stage="benchmarking", detail=detail)
    return out, time.monotonic() - started, peak


def run(
    data: Path, articles: int, workdir: Path | None, log: Callable[[str], None] = print
) -> dict:
    html = Path(data) / "html"
    if not html.is_dir():
        raise ZitateError(Errors.E011, path=str(html))
    work = Path(workdir or tempfile.mkdtemp(prefix="zitate-bench-spark-"))
    corpus = work / "corpus"
    n = write_corpus(html, corpus, articles)
    log(f"bench spark: {n} articles in {corpus}")
    zitate = [sys.executable, "-m", "zitate"]
    figures: dict = {"articles": n}
    for name, master in (("local1", "local[1]"), ("local2", "local[2]")):
        cores = 1 if master == "local[1]" else 2
        cmd = [*zitate, "spark", "run", str(corpus), "--output", str(work / name),
               "--master", master, "--partitions", str(8 * cores)]  # fmt: skip
        out, wall, peak = _timed(cmd, WORKER_MARKER)
        result = json.loads(out.strip().splitlines()[-1])
        figures[f"{name}_articles_per_s"] = result["articles_per_s"]
        figures[f"{name}_startup_s"] = result["startup_seconds"]
        figures[f"{name}_wall_articles_per_s"] = round(result["articles"] / wall, 3)
        figures[f"{name}_peak_worker_rss_mb"] = peak
        log(f"bench spark: {master}: {out.strip().splitlines()[0]}")
    db = work / "ingest.db"
    db.unlink(missing_ok=True)
    out, wall, peak = _timed([*zitate, "ingest", str(corpus), "--db", f"sqlite:///{db}"], "")
    summary = out.strip().splitlines()[-1]
    log(f"bench spark: ingest: {summary}")
    found = _RATE.search(summary)
    figures["ingest_articles_per_s"] = float(found.group(1)) if found else 0.0
    figures["ingest_startup_s"] = float(found.group(2)) if found else 0.0
    figures["ingest_wall_articles_per_s"] = round(n / wall, 3)
    figures["ingest_peak_rss_mb"] = peak
    figures["speedup_local2_vs_local1"] = round(
        figures["local2_articles_per_s"] / max(figures["local1_articles_per_s"], 1e-9), 2
    )
    figures["speedup_local2_vs_ingest"] = round(
        figures["local2_articles_per_s"] / max(figures["ingest_articles_per_s"], 1e-9), 2
    )
    figures["peak_worker_rss_mb"] = max(
        figures["local1_peak_worker_rss_mb"], figures["local2_peak_worker_rss_mb"]
    )
    figures["cpu_count"] = os.cpu_count()
    return figures
