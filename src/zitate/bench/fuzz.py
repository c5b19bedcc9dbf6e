"""Benchmark of robustness: fuzzed inputs through extraction and analysis, as the CLI runs them.

Input: the real pages of ``shared/data/html`` (and their gold texts) as seeds, a seed for the
random generator and how many inputs to try. Output: a dict of counts — inputs tried, error
records (``ZitateError``: fine), uncaught exceptions (with the first few: level, mutations,
exception, where, a sample of the input), the longest wall and CPU time one input took, inputs
over the 10 s limit, the peak memory (RSS) of the process, and inputs per second.

An input is judged by its CPU time (``time.process_time``: user + system seconds of the whole
process, every thread, while it ran), not its wall time: on a shared, loaded machine the wall
time of the same input is several times its CPU time, and says more about the other jobs than
about zitate. Both are reported (``*_max_s`` wall, ``*_max_cpu_s`` CPU, ``*_over_10s`` by CPU,
``*_over_10s_wall`` by wall). An input is stopped after ``ALARM_S`` CPU seconds (a profiling
timer) or ``ALARM_WALL_S`` wall seconds, and then counts as over the limit.

Two levels, both through the command line's own path (``iter_articles`` on a file, then
``nlp.long.analyse`` and ``build_record``): *extraction* (``zitate extract --only-article``:
reading, decoding, HTML parsing, extraction, language) and *analysis* (extraction, the
attribution pipeline, the record). An input is a mutated page or a fragment of one (cheap: most
extraction inputs are fragments of 0.2–4 KB, a share are whole pages), a gold text, random bytes
or random Unicode, with mutations: truncation, flipped and inserted bytes, control, zero-width
and RTL characters, deep nesting, huge attributes (10 KB and 200 KB), unbalanced and many (up to
2,000) quotation marks, broken entities, comments and charsets, bracketed canonical URLs, and
sentences of 14k–100k characters (2 % of the inputs). Failing inputs are written to ``save``
for reproduction. The generator is ``random.Random(seed)``: a seed gives the same inputs on
every machine. Every input runs in the same process, one after another (no process start per
input): on an idle core of this VM ≈ 70 extraction inputs and ≈ 4 analyses per second.
"""

from __future__ import annotations

import gzip
import random
import resource
import signal
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Errors, ZitateError

LIMIT_S = 10.0  # an input may take this many CPU seconds
ALARM_S = 120  # an input still running after this many CPU seconds is stopped (over the limit)
ALARM_WALL_S = 1800  # ... or after this many wall seconds (a stall that uses no CPU)
EXAMPLES = 20  # uncaught exceptions reported in full
CONTROL = [chr(c) for c in (*range(0, 9), 11, 12, *range(14, 32), 127)]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff", "\u00ad"]
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
QUOTES = ["„", "“", "”", "‚", "‘", "’", "»", "«", "›", "‹", '"', "'", "`", "´"]
ODD = ["\U0001f600", "\u0301", "\u0ea2", "\ud7ff", "\uffff", "ß", "ẞ", "İ", "ﬁ", "\u2028", "\x85"]
TAGS = ["div", "p", "span", "article", "section", "b", "i", "a", "table", "td", "li", "ul", "h1"]


class InputTimeout(BaseException):
    """Raised by the alarm when one input runs past ``ALARM_S``."""


@dataclass
class Report:
    level: str
    tried: int = 0
    error_records: int = 0
    uncaught: int = 0
    over_limit: int = 0
    over_limit_wall: int = 0
    max_s: float = 0.0
    max_cpu_s: float = 0.0
    seconds: float = 0.0
    examples: list[dict] = field(default_factory=list)

    def figures(self) -> dict:
        plural = {"extraction": "extractions", "analysis": "analyses"}[self.level]
        return {
            plural: self.tried,
            f"{self.level}_error_records": self.error_records,
            f"{self.level}_uncaught": self.uncaught,
            f"{self.level}_over_{LIMIT_S:g}s": self.over_limit,
            f"{self.level}_over_{LIMIT_S:g}s_wall": self.over_limit_wall,
            f"{self.level}_max_s": round(self.max_s, 3),
            f"{self.level}_max_cpu_s": round(self.max_cpu_s, 3),
            f"{plural}_per_s": round(self.tried / max(self.seconds, 1e-9), 1),
        }


class Generator:
    """Fuzzed inputs ``(suffix, data, mutations)`` from the seed pages and texts."""

    def __init__(self, data: Path, seed: int) -> None:
        folder = data / "html"
        self.pages = [p.read_bytes() for p in sorted(folder.glob("*.html"))]
        self.texts = [p.read_bytes() for p in sorted(folder.glob("*.gold.txt"))]
        if not self.pages:
            raise ZitateError(Errors.E011, path=folder)
        self.rng = random.Random(seed)

    def extraction_input(self) -> tuple[str, bytes, list[str]]:
        """Mostly fragments; every tenth a whole page; some texts, random bytes and Unicode."""
        rng = self.rng
        roll = rng.random()
        if roll < 0.05:
            return ".html", rng.randbytes(rng.randrange(0, 4000)), ["random-bytes"]
        if roll < 0.10:
            return ".txt", self.random_unicode(rng.randrange(0, 3000)).encode(), ["random-text"]
        if roll < 0.25:
            text = rng.choice(self.texts) if self.texts else b"Text."
            return ".txt", *self.mutate(self.fragment(text, 200, 6000), text=True)
        page = rng.choice(self.pages)
        body = page if roll < 0.35 else self.fragment(page, 200, 4000)
        data, mutations = self.mutate(body)
        if roll < 0.37:
            return ".html.gz", self.gzip(data), [*mutations, "gzip"]
        return ".html", data, mutations

    def analysis_input(self) -> tuple[str, bytes, list[str]]:
        """Whole pages or gold texts, mutated; now and then a 100k-character sentence."""
        rng = self.rng
        if rng.random() < 0.5 or not self.texts:
            return ".html", *self.mutate(rng.choice(self.pages))
        return ".txt", *self.mutate(rng.choice(self.texts), text=True)

    def fragment(self, data: bytes, low: int, high: int) -> bytes:
        size = self.rng.randrange(low, high)
        start = self.rng.randrange(max(1, len(data) - size))
        return data[start : start + size]

    def gzip(self, data: bytes) -> bytes:
        packed = gzip.compress(data, mtime=0)
        if self.rng.random() < 0.5:
            packed = packed[: self.rng.randrange(len(packed) + 1)]  # truncated gzip
        return packed

    def random_unicode(self, size: int) -> str:
        pools = [CONTROL, INVISIBLE, BIDI, QUOTES, ODD, list("abcdefg ÄÖÜäöü.,;:!?<>&\n\t")]
        out = []
        for _ in range(size):
            if self.rng.random() < 0.3:
                out.append(chr(self.rng.randrange(0x20, 0x30000)))
            else:
                out.append(self.rng.choice(self.rng.choice(pools)))
        return "".join(c for c in out if not 0xD800 <= ord(c) <= 0xDFFF)

    def mutate(self, data: bytes, text: bool = False) -> tuple[bytes, list[str]]:
        """``data`` with one to three mutations; the names of the mutations applied."""
        names = []
        if self.rng.random() < LONG_SHARE:
            data, names = self._long_sentence(data), ["long-sentence"]
        for _ in range(self.rng.randrange(1, 4)):
            name = self.rng.choice(MUTATIONS)
            if text and name in HTML_ONLY:
                name = "chars"
            data = getattr(self, f"_{name.replace('-', '_')}")(data)
            names.append(name)
        return data, names

    # one mutation each: bytes -> bytes
    def _truncate(self, data: bytes) -> bytes:
        return data[: self.rng.randrange(len(data) + 1)]

    def _flip(self, data: bytes) -> bytes:
        buf = bytearray(data)
        for _ in range(self.rng.randrange(1, 20)):
            if buf:
                buf[self.rng.randrange(len(buf))] = self.rng.randrange(256)
        return bytes(buf)

    def _insert(self, data: bytes, piece: bytes) -> bytes:
        at = self.rng.randrange(len(data) + 1)
        return data[:at] + piece + data[at:]

    def _chars(self, data: bytes) -> bytes:
        pool = self.rng.choice([CONTROL, INVISIBLE, BIDI, ODD])
        for _ in range(self.rng.randrange(1, 30)):
            data = self._insert(data, self.rng.choice(pool).encode("utf-8", "surrogatepass"))
        return data

    def _quotes(self, data: bytes) -> bytes:
        count = self.rng.choice([1, 3, 50, 2000])
        marks = "".join(self.rng.choice(QUOTES) for _ in range(count))
        return self._insert(data, f" {marks} sagte er ".encode())

    def _nesting(self, data: bytes) -> bytes:
        depth = self.rng.choice([100, 1000, 5000])
        tag = self.rng.choice(TAGS)
        close = depth if self.rng.random() < 0.5 else self.rng.randrange(depth)
        piece = f"<{tag}>" * depth + "„Tief“, sagte sie." + f"</{tag}>" * close
        return self._insert(data, piece.encode())

    def _attribute(self, data: bytes) -> bytes:
        size = self.rng.choice([10_000, 200_000])
        value = self.rng.choice(["x", "\u200b", "„", "&amp;", "\x01"]) * size
        return self._insert(data, f'<p title="{value}" class="{value[:99]}">Text</p>'.encode())

    def _long_sentence(self, data: bytes) -> bytes:
        words = ["Regierung", "sagte", "dass", "die", "Waffenruhe", "„gelte“", "und", "nicht"]
        sentence = " ".join(self.rng.choice(words) for _ in range(self.rng.choice([2000, 14000])))
        return self._insert(data, f"<p>{sentence}</p>".encode())

    def _markup(self, data: bytes) -> bytes:
        pieces = [
            b"<!--", b"<![CDATA[", b"<script>", b"<style>", b"&#xFFFFFFFF;", b"&#0;", b"&#xD800;",
            b"</html>", b"<html>", b"<body>", b"<p", b"<meta charset='utf-16'>",
            b'<meta charset="no-such-charset">', b'<link rel="canonical" href="https://[x]/a">',
            b'<meta property="og:url" content="http://[::1">', b"<?xml version='1.0'?>",
            b'<meta property="article:published_time" content="99999-99-99">', b"\xef\xbb\xbf",
        ]  # fmt: skip
        for _ in range(self.rng.randrange(1, 6)):
            data = self._insert(data, self.rng.choice(pieces))
        return data


MUTATIONS = [
    "truncate", "flip", "chars", "quotes", "nesting", "attribute", "markup", "chars", "truncate",
]  # fmt: skip
LONG_SHARE = 0.02  # inputs that also get a sentence of 14k–100k characters
HTML_ONLY = {"nesting", "attribute", "markup"}


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _alarm(_signum, _frame) -> None:
    raise InputTimeout


def run_fuzz(
    data: Path,
    extractions: int = 1000,
    analyses: int = 50,
    seed: int = 1,
    save: Path | None = None,
    model: Path | None = None,
    log: Callable[[str], None] = print,
) -> dict:
    """Try ``extractions`` extraction inputs and ``analyses`` full analyses; the figures."""
    from ..ingest import iter_articles
    from ..ingest.article import skip_reason
    from ..nlp.long import analyse as analyse_text
    from ..record import build_record

    generator = Generator(data, seed)
    nlp = None
    if analyses:
        from ..quotes.pipeline import attribution_pipeline

        nlp = attribution_pipeline(model)

    def extract(path: str) -> None:
        for item in iter_articles([path]):
            if isinstance(item, ZitateError):
                raise item
            build_record(item)

    def analyse(path: str) -> None:
        for item in iter_articles([path]):
            if isinstance(item, ZitateError):
                raise item
            doc = None if skip_reason(item) else analyse_text(nlp, item.text)
            build_record(item, doc)

    reports = []
    previous = signal.signal(signal.SIGALRM, _alarm), signal.signal(signal.SIGPROF, _alarm)
    try:
        with tempfile.TemporaryDirectory(prefix="zitate-fuzz-") as tmp:
            for level, count, make, run in (
                ("extraction", extractions, generator.extraction_input, extract),
                ("analysis", analyses, generator.analysis_input, analyse),
            ):
                log(f"{count} {level} inputs")
                reports.append(_run(level, count, make, run, Path(tmp), save, log))
    finally:
        signal.signal(signal.SIGALRM, previous[0])
        signal.signal(signal.SIGPROF, previous[1])
    figures: dict = {"seed": seed}
    for report in reports:
        figures |= report.figures()
    figures["uncaught"] = sum(r.uncaught for r in reports)
    figures["over_limit"] = sum(r.over_limit for r in reports)
    figures["over_limit_wall"] = sum(r.over_limit_wall for r in reports)
    figures["peak_rss_mb"] = peak_rss_mb()
    figures["examples"] = [e for r in reports for e in r.examples]
    return figures


def _run(level, count, make, run, tmp: Path, save: Path | None, log) -> Report:
    report = Report(level)
    started = time.monotonic()
    for number in range(count):
        suffix, data, mutations = make()
        path = tmp / f"input{suffix}"
        path.write_bytes(data)
        begun, begun_cpu = time.perf_counter(), time.process_time()
        signal.setitimer(signal.ITIMER_PROF, ALARM_S)
        signal.alarm(ALARM_WALL_S)
        failure = None
        try:
            run(str(path))
        except ZitateError:
            report.error_records += 1
        except InputTimeout:
            failure = f"stopped after {ALARM_S} CPU s or {ALARM_WALL_S} s"
        except Exception as err:  # what the harness looks for
            failure = err
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0)
            signal.alarm(0)
        took, cpu = time.perf_counter() - begun, time.process_time() - begun_cpu
        report.tried += 1
        report.max_s = max(report.max_s, took)
        report.max_cpu_s = max(report.max_cpu_s, cpu)
        report.over_limit_wall += took > LIMIT_S
        if cpu > LIMIT_S or isinstance(failure, str):
            report.over_limit += 1
            _keep(save, level, number, suffix, data)
        if cpu > LIMIT_S or took > LIMIT_S or isinstance(failure, str):
            log(f"{level} {number}: {took:.1f} s wall, {cpu:.1f} s CPU ({', '.join(mutations)})")
        if isinstance(failure, Exception):
            report.uncaught += 1
            kept = _keep(save, level, number, suffix, data)
            if len(report.examples) < EXAMPLES:
                report.examples.append(_example(level, number, mutations, failure, data, kept))
        if report.tried % (1000 if level == "extraction" else 100) == 0:
            log(
                f"{level}: {report.tried} inputs, {report.error_records} error records, "
                f"{report.uncaught} uncaught, {report.over_limit} over {LIMIT_S:g} CPU s, "
                f"max {report.max_cpu_s:.2f} CPU s / {report.max_s:.2f} s, {peak_rss_mb()} MB"
            )
    report.seconds = time.monotonic() - started
    return report


def _keep(save: Path | None, level: str, number: int, suffix: str, data: bytes) -> str | None:
    if save is None:
        return None
    save.mkdir(parents=True, exist_ok=True)
    path = save / f"{level}-{number}{suffix}"
    path.write_bytes(data)
    return str(path)


def _example(level, number, mutations, err: Exception, data: bytes, kept) -> dict:
    frames = traceback.extract_tb(err.__traceback__)
    ours = [f for f in frames if "/zitate/" in f.filename] or frames
    where = f"{ours[-1].filename.split('/src/')[-1]}:{ours[-1].lineno}" if ours else "?"
    return {
        "level": level,
        "input": number,
        "mutations": mutations,
        "error": f"{type(err).__name__}: {str(err)[:200]}",
        "where": where,
        "innermost": f"{frames[-1].filename.split('/')[-1]}:{frames[-1].lineno}" if frames else "?",
        "sample": repr(data[:120]),
        "saved": kept,
    }
