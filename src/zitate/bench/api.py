"""Benchmark of the server under load: ``zitate serve`` driven by concurrent HTTP clients.

Input: the shared data folder (its 40 pages in ``html/``) or a stored database (``--db``).
Output: a dict ``{"clients", "endpoints": {path: {"rps", "p50_ms", "p95_ms", "p99_ms",
"errors", "requests"}}, …}``.

``bench_api``: unless a database is given, one of ~400 articles is built — the 40 pages analysed
once (one ``nlp.pipe`` pass), their records stored 10 times with changed ids and urls (no
re-analysis). A server (``zitate serve --workers N``, a subprocess on a free loopback port) is
started; ``clients`` asyncio clients (``loadgen``: one raw HTTP/1.1 keep-alive connection each,
minimal parsing, all in this process) each send requests one after another to
``GET /api/quotes?q=WORD`` (words of the stored quotations), ``/api/articles`` and
``/api/speakers`` (random pages) until ``duration`` seconds or ``max_requests`` requests have
passed, while a client in a process of its own (so that its times are the server's, not those
of the 100 clients' event loop) asks ``GET /api/health`` every 50 ms; then the server is
stopped. Besides the latencies: the CPU seconds the server's processes and the clients spent
per request (``/proc``, Linux), which on a machine shared with other jobs say more about the
code than latencies do.

``bench_extract``: the delay a long ``POST /api/extract`` (85 KB, one „sentence“ without a full
stop) causes to a normal extract sent while it runs: the normal extract's latency alone and
during the long one, on a server as ``zitate serve`` runs it (analysis lanes in processes).
"""

from __future__ import annotations

import asyncio
import copy
import hashlib
import json
import os
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import Errors, ZitateError

COPIES = 10
HEALTH_EVERY = 0.05
QUOTES = "/api/quotes?q=…"
START_TIMEOUT = 180.0
_WORD = re.compile(r"[^\W\d_]{5,}")


def default_db() -> str:
    return "sqlite:///work/bench-api.db"


def build_db(url: str, data: Path, log: Callable[[str], None] = print) -> int:
    """Store ``COPIES`` copies of the records of ``data/html``'s pages in ``url`` unless it
    holds articles already; return the number of articles stored."""
    from sqlalchemy import func, select

    from ..store import open_db, session_factory
    from ..store.models import Article

    parsed_sqlite = url.startswith("sqlite:///")
    if parsed_sqlite:
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = open_db(url)
    try:
        sessions = session_factory(engine)
        with sessions() as session:
            stored = session.scalar(select(func.count()).select_from(Article)) or 0
        if stored:
            log(f"{url}: {stored} articles stored already; using them")
            return stored
        records = _analyse_pages(data, log)
        log(f"storing {COPIES} × {len(records)} articles")
        for copy_no in range(COPIES):
            _store_copy(sessions, records, copy_no)
        return COPIES * len(records)
    finally:
        engine.dispose()


def _analyse_pages(data: Path, log: Callable[[str], None]) -> list[dict]:
    from ..ingest import iter_articles
    from ..ingest.article import skip_reason
    from ..quotes.pipeline import attribution_pipeline
    from ..record import build_record

    pages = sorted(str(p) for p in (data / "html").glob("*.html"))
    if not pages:
        raise ZitateError(Errors.E011, path=data / "html")
    articles = [a for a in iter_articles(pages) if not isinstance(a, ZitateError)]
    log(f"analysing {len(articles)} pages once")
    nlp = attribution_pipeline()
    todo = [a for a in articles if not skip_reason(a)]
    docs = dict(zip((a.id for a in todo), nlp.pipe(a.text for a in todo), strict=True))
    return [build_record(a, docs.get(a.id)) for a in articles]


def _store_copy(sessions, records: list[dict], copy_no: int) -> None:
    from ..store import crud, linking

    def new_id(old: str) -> str:
        return old if copy_no == 0 else hashlib.sha1(f"{old}/{copy_no}".encode()).hexdigest()

    for record in records:
        record = copy.deepcopy(record)
        article = record["article"]
        article["id"] = new_id(article["id"])
        if article.get("duplicate_of"):
            article["duplicate_of"] = new_id(article["duplicate_of"])
        if copy_no and article.get("url"):
            article["url"] = f"{article['url']}#copy-{copy_no}"
        with sessions.begin() as session:
            row = crud.add_record(session, record, analysed=bool(record["quotes"]))
            session.flush()
            if record["entities"]:
                linking.link_article(session, row.id)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """``zitate serve`` in a subprocess on a free loopback port, stopped on exit."""

    def __init__(
        self, db: str, workers: int = 1, env: dict[str, str] | None = None, create: bool = False
    ) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        command = [
            sys.executable, "-c", "from zitate.cli import main; main()", "serve",
            "--db", db, "--port", str(self.port), "--workers", str(workers),
            *(["--create"] if create else []),
        ]  # fmt: skip
        environ = os.environ | (env or {})
        self.process = subprocess.Popen(
            command,
            env=environ,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )

    def __enter__(self) -> Server:
        import httpx

        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ZitateError(Errors.E408, status="serve", detail=self._stderr())
            try:
                if httpx.get(f"{self.url}/api/health", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        self.stop()
        raise ZitateError(Errors.E408, status="serve", detail="no answer within 180 s")

    def __exit__(self, *exc) -> None:
        self.stop()

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGINT)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(10)

    def _stderr(self) -> str:
        err = self.process.stderr.read().decode(errors="replace") if self.process.stderr else ""
        return err.strip().splitlines()[-1] if err.strip() else "the server ended"


def query_words(url: str, count: int = 200, seed: int = 7) -> list[str]:
    """Words of five or more letters from the stored quotations (a fixed random sample)."""
    from sqlalchemy import select

    from ..store import open_db
    from ..store.models import Quotation

    engine = open_db(url)
    try:
        with engine.connect() as conn:
            texts = conn.scalars(select(Quotation.text).limit(2000)).all()
    finally:
        engine.dispose()
    words = sorted({w for t in texts for w in _WORD.findall(t)})
    if not words:
        raise ZitateError(Errors.E312, url=url, found="no", wanted="any")
    return random.Random(seed).sample(words, min(count, len(words)))


async def _drive(
    base: str, clients: int, duration: float, max_requests: int, words: list[str], total: int
) -> dict[str, list]:
    from .loadgen import Connection

    times: dict[str, list[float]] = {QUOTES: [], "/api/articles": [], "/api/speakers": []}
    times["/api/health"] = []
    errors = dict.fromkeys(times, 0)
    sent = 0
    stop_at = time.monotonic() + duration
    address = urlsplit(base)
    clock = time.perf_counter

    async def one(connection: Connection, key: str, path: str) -> None:
        started = clock()
        try:
            ok = await connection.get(path) == 200
        except (OSError, ValueError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            ok = False  # TimeoutError is an OSError
        times[key].append(clock() - started)
        errors[key] += not ok

    async def user(rng: random.Random) -> None:
        nonlocal sent
        connection = Connection(address.hostname or "127.0.0.1", address.port or 80)
        try:
            while time.monotonic() < stop_at and sent < max_requests:
                sent += 1
                kind = rng.randrange(3)
                if kind == 0:
                    await one(connection, QUOTES, f"/api/quotes?q={rng.choice(words)}")
                elif kind == 1:
                    path = f"/api/articles?offset={rng.randrange(total)}"
                    await one(connection, "/api/articles", path)
                else:
                    path = f"/api/speakers?offset={rng.randrange(100)}"
                    await one(connection, "/api/speakers", path)
        finally:
            connection.close()

    prober = subprocess.Popen(
        [sys.executable, "-c", PROBE, base, str(duration), str(HEALTH_EVERY)],
        stdout=subprocess.PIPE,
    )
    await asyncio.gather(*(user(random.Random(i)) for i in range(clients)))
    probed = json.loads(prober.communicate(timeout=60)[0] or b"[]")
    times["/api/health"] = [took for took, _ok in probed]
    errors["/api/health"] = sum(not ok for _took, ok in probed)
    return {key: [times[key], errors[key]] for key in times}


# the health prober's process: GET /api/health every EVERY seconds for DURATION seconds
PROBE = """
import json, sys, time, httpx
base, duration, every = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
out, stop = [], time.monotonic() + duration
with httpx.Client(base_url=base, timeout=30) as client:
    while time.monotonic() < stop:
        started = time.perf_counter()
        try:
            ok = client.get("/api/health").status_code == 200
        except httpx.HTTPError:
            ok = False
        out.append((time.perf_counter() - started, ok))
        time.sleep(every)
print(json.dumps(out))
"""


def tree_cpu_seconds(pid: int) -> float | None:
    """CPU seconds (user + system) of process ``pid`` and its descendants; None without /proc."""
    proc = Path("/proc")
    if not proc.is_dir():
        return None
    stats: dict[int, list[str]] = {}
    for entry in proc.iterdir():
        if entry.name.isdigit():
            try:
                text = (entry / "stat").read_text()
            except OSError:
                continue
            stats[int(entry.name)] = text[text.rindex(")") + 2 :].split()
    children: dict[int, list[int]] = {}
    for child, fields in stats.items():
        children.setdefault(int(fields[1]), []).append(child)
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        if current in stats:
            total += int(stats[current][11]) + int(stats[current][12])  # utime, stime
        todo += children.get(current, [])
    return total / os.sysconf("SC_CLK_TCK")


def bench_api(
    data: Path,
    clients: int = 100,
    db: str | None = None,
    duration: float = 30.0,
    max_requests: int = 50_000,
    workers: int = 2,
    log: Callable[[str], None] = print,
) -> dict:
    """Build or take the database, start the server, drive the clients, stop the server."""
    url = db or default_db()
    total = build_db(url, data, log)
    words = query_words(url)
    log(f"serve --workers {workers}: {clients} clients for {duration:g} s on {total} articles")
    with Server(url, workers) as server:
        asyncio.run(_drive(server.url, 10, 2.0, 200, words, total))  # warm-up, not counted
        server_cpu = tree_cpu_seconds(server.process.pid)
        client_cpu = time.process_time()
        started = time.monotonic()
        found = asyncio.run(_drive(server.url, clients, duration, max_requests, words, total))
        seconds = time.monotonic() - started
        client_cpu = time.process_time() - client_cpu
        after = tree_cpu_seconds(server.process.pid)
    endpoints = {key: figures(times, err, seconds) for key, (times, err) in found.items()}
    served = sum(len(t) for key, (t, _e) in found.items() if key != "/api/health") or 1
    cpu = {
        "server_cpu_ms_per_request": (
            round((after - server_cpu) * 1000 / served, 2) if after is not None else None
        ),
        "client_cpu_ms_per_request": round(client_cpu * 1000 / served, 2),
    }
    return {
        "clients": clients,
        "endpoints": endpoints,
        "articles": total,
        "workers": workers,
        **cpu,
    }


def figures(times: list[float], errors: int, seconds: float) -> dict:
    if not times:
        return {"rps": 0.0, "p50_ms": None, "p95_ms": None, "p99_ms": None, "errors": errors}
    cuts = statistics.quantiles(times, n=100, method="inclusive") if len(times) > 1 else times * 99
    return {
        "rps": round(len(times) / seconds, 1),
        "p50_ms": round(cuts[49] * 1000, 1),
        "p95_ms": round(cuts[94] * 1000, 1),
        "p99_ms": round(cuts[98] * 1000, 1),
        "errors": errors,
        "requests": len(times),
    }


def long_text(data: Path, size: int = 85_000) -> str:
    """``size`` bytes of the pages' article text as one „sentence“: full stops made commas."""
    from ..ingest import iter_articles

    pages = sorted(str(p) for p in (data / "html").glob("*.html"))
    parts, length = [], 0
    for article in iter_articles(pages):
        if isinstance(article, ZitateError):
            continue
        text = re.sub(r"[.!?]", ",", article.text.replace("\n", " "))
        parts.append(text)
        length += len(text.encode())
        if length >= size:
            break
    return " ".join(parts).encode()[:size].decode(errors="ignore")


def bench_extract(data: Path, db: str | None = None, log: Callable[[str], None] = print) -> dict:
    """Latency of a normal extract alone and while an 85 KB extract runs (seconds)."""
    import httpx

    samples = sorted((Path(__file__).resolve().parents[3] / "samples").glob("*.txt"))
    normal_text = samples[0].read_bytes() if samples else b""
    if not normal_text:
        normal_text = "„Wir liefern nicht“, sagte der Minister am Montag in Berlin.".encode()
    large = long_text(data).encode()
    headers = {"Content-Type": "text/plain; charset=utf-8"}
    url = db or default_db()
    build_db(url, data, log)
    with Server(url, 1) as server, httpx.Client(base_url=server.url, timeout=300) as client:

        def extract(body: bytes) -> tuple[float, int]:
            started = time.perf_counter()
            status = client.post("/api/extract", content=body, headers=headers).status_code
            return time.perf_counter() - started, status

        log("loading both analysis lanes")
        extract(normal_text)
        extract(large[:25_000])  # the long-text lane loads its models
        alone = statistics.median(extract(normal_text)[0] for _ in range(5))
        log(f"normal extract alone: {alone:.2f} s; now with an 85 KB extract running")

        async def together() -> tuple[tuple[float, int], tuple[float, int]]:
            async with httpx.AsyncClient(base_url=server.url, timeout=300) as aclient:

                async def post(body: bytes, wait: float) -> tuple[float, int]:
                    await asyncio.sleep(wait)
                    started = time.perf_counter()
                    answer = await aclient.post("/api/extract", content=body, headers=headers)
                    return time.perf_counter() - started, answer.status_code

                big, small = await asyncio.gather(post(large, 0), post(normal_text, 1.0))
                return big, small

        (large_s, large_status), (during, status) = asyncio.run(together())
    return {
        "normal_alone_s": round(alone, 3),
        "normal_during_large_s": round(during, 3),
        "delay_s": round(during - alone, 3),
        "normal_status": status,
        "large_s": round(large_s, 3),
        "large_status": large_status,
        "large_bytes": len(large),
    }
