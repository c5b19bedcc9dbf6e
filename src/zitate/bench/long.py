"""Benchmark of long texts (issue 16): the time to analyse a text of 100,000 characters without
a full stop, and how it grows with the length of such a text.

Input: the sample articles of ``samples/`` (their text, headers dropped). The text is built as
``scripts/long_text.py`` builds it: every ``.``, ``!``, ``?``, ``;``, ``:`` and ``…`` made a
comma, the texts joined (with a blank line, or — ``one_line`` — with a space and every run of
whitespace made one space: one paragraph, one "sentence" up to the pipeline's cut) and repeated
to exactly ``chars`` characters. Output: a dict with, for each text, the wall and CPU seconds
(``time.process_time``) of the command line's own path — ``iter_articles`` on a file,
``nlp.long.analyse``, ``build_record`` — with the pipeline loaded and warmed first (so without
the ~2 s start-up of ``zitate extract``), the best of ``runs``, and the numbers of tokens,
sentences and quotations; and the CPU seconds of the one-line text at a quarter, half and the
whole length (linear growth doubles the time with the length).
"""

from __future__ import annotations

import re
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

STOPS = str.maketrans({c: "," for c in ".!?;:…"})
SAMPLES = Path(__file__).resolve().parents[3] / "samples"
WARM = (  # a normal text, analysed first: the models' first call costs extra
    "„Wir haben nichts zu verbergen“, sagte Regierungssprecher Steffen Hebestreit am Montag in "
    "Berlin. Die Opposition kündigte an, den Fall im Bundestag zur Sprache zu bringen.\n"
)


def article_text(path: Path) -> str:
    """The text of one sample file without its ``---`` header."""
    raw = path.read_text(encoding="utf-8")
    if raw.startswith("---\n"):
        end = raw.find("\n---\n", 4)
        if end != -1:
            raw = raw[end + 5 :]
    return raw.strip()


def long_text(samples: Path, chars: int, one_line: bool = False) -> str:
    """The sample texts without stops, joined and repeated to exactly ``chars`` characters."""
    texts = [article_text(p) for p in sorted(samples.rglob("*.txt"))]
    if not texts:
        raise FileNotFoundError(f"no *.txt in {samples}")
    if one_line:
        unit = re.sub(r"\s+", " ", " ".join(texts)).translate(STOPS) + " "
    else:
        unit = "\n\n".join(texts).translate(STOPS) + "\n\n"
    return (unit * (chars // len(unit) + 1))[:chars]


def _run(nlp, path: Path) -> tuple[float, float, dict]:
    """Wall and CPU seconds of extracting ``path`` as ``zitate extract`` does, and its record."""
    from ..errors import ZitateError
    from ..ingest import iter_articles
    from ..nlp.long import analyse
    from ..record import build_record

    wall, cpu = time.perf_counter(), time.process_time()
    record: dict = {}
    doc = None
    for item in iter_articles([str(path)]):
        if isinstance(item, ZitateError):
            raise item
        doc = analyse(nlp, item.text)
        record = build_record(item, doc)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    sizes = {
        "tokens": len(doc) if doc is not None else 0,
        "sentences": sum(1 for _ in doc.sents) if doc is not None else 0,
        "longest_sentence": max((len(s) for s in doc.sents), default=0) if doc else 0,
        "quotes": len(record.get("quotes") or []),
        "analysed_chars": len((record.get("article") or {}).get("text") or ""),
    }
    return wall, cpu, sizes


def bench_long(
    samples: Path = SAMPLES,
    chars: int = 100_000,
    runs: int = 3,
    log: Callable[[str], None] = print,
) -> dict:
    """The figures of the module docstring."""
    from ..quotes.pipeline import attribution_pipeline

    nlp = attribution_pipeline()
    texts = {
        "paragraphs": long_text(samples, chars),
        "one_line": long_text(samples, chars, one_line=True),
        "one_line_half": long_text(samples, chars // 2, one_line=True),
        "one_line_quarter": long_text(samples, chars // 4, one_line=True),
    }
    out: dict = {"chars": chars, "runs": runs, "texts": {}}
    with tempfile.TemporaryDirectory() as tmp:
        warm = Path(tmp) / "warm.txt"
        warm.write_text(WARM, encoding="utf-8")
        _run(nlp, warm)
        for name, text in texts.items():
            path = Path(tmp) / f"{name}.txt"
            path.write_text(text, encoding="utf-8")
            walls, cpus = [], []
            sizes: dict = {}
            for _ in range(runs):
                wall, cpu, sizes = _run(nlp, path)
                walls.append(wall)
                cpus.append(cpu)
            figures = {
                "chars": len(text),
                "wall_s": round(min(walls), 3),
                "cpu_s": round(min(cpus), 3),
                "cpu_median_s": round(statistics.median(cpus), 3),
                **sizes,
            }
            log(f"{name}: {figures}")
            out["texts"][name] = figures
    cpu = {k: v["cpu_s"] for k, v in out["texts"].items()}
    if cpu["one_line_quarter"] > 0:
        out["growth_full_to_quarter"] = round(cpu["one_line"] / cpu["one_line_quarter"], 2)
    if cpu["one_line_half"] > 0:
        out["growth_full_to_half"] = round(cpu["one_line"] / cpu["one_line_half"], 2)
    return out
