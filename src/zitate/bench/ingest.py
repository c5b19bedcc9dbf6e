"""Benchmark of the ingest stage: ``shared/data/html`` pages -> accuracy and speed figures.

Input: the folder of sample pages with gold beside them. Output: a flat dict of figures for
zitate's extraction and, measured in the same run, for plain ``trafilatura.extract``:

- ``body_f1``: token F1 (lower-cased word tokens, multiset) of the article body (teaser,
  subheadings, paragraphs; the title excluded) against the full gold body (summary and all
  sections) of the fundus pages;
- ``title_acc``: exact headline matches; ``date_acc``: publication date on the same day;
- ``snippet_score``: over the trafilatura pages, the share of ``with`` snippets present and
  ``without`` snippets absent in the text;
- ``pages_per_s``: zitate pages per second over all pages, one process.

Fairness (2026-11-25): both sides are scored on the same tokens (``\\w+``, lower-cased, as a
multiset) against the same gold body, which excludes the headline. zitate keeps its headline in a
separate ``title`` paragraph; plain trafilatura puts the page's ``<h1>`` (often with its kicker)
at the top of its text. ``strip_headline`` removes those leading lines, judged by trafilatura's
own ``title``, so trafilatura is not charged for the headline (+0.002 for it on the 24 pages).
The per-page F1 of both sides goes to the log (stderr). Known gold gaps, charged to both sides
alike: WDR's gold omits most paragraphs of the article; ZDF's and RP's gold keep quote and info
boxes, Hessenschau's and Tagesspiegel's leave them out.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from ..errors import Errors, ZitateError

_TOKEN = re.compile(r"\w+")


def tokens_f1(system: str, gold: str) -> float:
    """F1 of the multisets of lower-cased word tokens."""
    sys_c, gold_c = Counter(_TOKEN.findall(system.lower())), Counter(_TOKEN.findall(gold.lower()))
    overlap = sum((sys_c & gold_c).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(sys_c.values()), overlap / sum(gold_c.values())
    return 2 * precision * recall / (precision + recall)


def gold_body(gold: dict) -> str:
    body = gold["body"]
    parts = list(body.get("summary", []))
    for section in body.get("sections", []):
        parts += section.get("headline", []) + section.get("paragraphs", [])
    return "\n".join(parts)


def snippet_hits(text: str, gold: dict) -> tuple[int, int]:
    """(passed, total) over ``with`` (present) and ``without`` (absent) snippets."""
    norm = " ".join(text.split())
    passed = sum(1 for s in gold.get("with", []) if " ".join(s.split()) in norm)
    passed += sum(1 for s in gold.get("without", []) if " ".join(s.split()) not in norm)
    return passed, len(gold.get("with", [])) + len(gold.get("without", []))


def same_day(system: str | None, gold: str | None) -> bool:
    return bool(system and gold and system[:10] == gold[:10])


def ours(html: bytes, name: str) -> dict:
    from ..ingest.html import article_from_html

    try:
        art = article_from_html(html, name)
    except ZitateError:
        return {"body": "", "text": "", "title": None, "date": None}
    body = "\n".join(art.text[p.start : p.end] for p in art.paragraphs if p.kind != "title")
    return {"body": body, "text": art.text, "title": art.title, "date": art.published}


def plain_trafilatura(html: bytes, name: str) -> dict:
    import trafilatura

    out = trafilatura.extract(html, output_format="json", with_metadata=True)
    data = json.loads(out) if out else {}
    text = data.get("text") or ""
    body = strip_headline(text, data.get("title"))
    return {"body": body, "text": text, "title": data.get("title"), "date": data.get("date")}


def strip_headline(text: str, title: str | None) -> str:
    """``text`` without its leading headline lines (kicker and headline, as the page's ``<h1>``
    shows them): lines at the top, at most two, whose words are mostly words of ``title``.
    What a user of plain trafilatura does to get the body; zitate's body excludes the title."""
    lines = text.split("\n")
    head = Counter(_TOKEN.findall((title or "").lower()))
    dropped = 0
    while lines and dropped < 2 and head:
        words = _TOKEN.findall(lines[0].lower())
        if not words or len(words) > 30 or sum(w in head for w in words) / len(words) < 0.6:
            break
        lines, dropped = lines[1:], dropped + 1
    return "\n".join(lines)


def score(pages: list[tuple[Path, bytes, dict]], extract: Callable[[bytes, str], dict]) -> dict:
    f1s, titles, dates, passed, total = [], [], [], 0, 0
    start = time.perf_counter()
    for path, html, gold in pages:
        out = extract(html, str(path))
        if "body" in gold:
            f1s.append(tokens_f1(out["body"], gold_body(gold)))
            titles.append(out["title"] == gold.get("title"))
            dates.append(same_day(out["date"], gold.get("publishing_date")))
        if "with" in gold:
            hit, n = snippet_hits(out["text"], gold)
            passed, total = passed + hit, total + n
    seconds = time.perf_counter() - start
    return {
        "body_f1": round(sum(f1s) / max(1, len(f1s)), 4),
        "title_acc": round(sum(titles) / max(1, len(titles)), 4),
        "date_acc": round(sum(dates) / max(1, len(dates)), 4),
        "snippet_score": round(passed / max(1, total), 4),
        "pages_per_s": round(len(pages) / seconds, 1),
        "per_page_f1": [round(f, 3) for f in f1s],
    }


def load_pages(folder: Path) -> list[tuple[Path, bytes, dict]]:
    if not folder.is_dir():
        raise ZitateError(Errors.E011, path=folder)
    pages = []
    for path in sorted(folder.glob("*.html")):
        if path.name.endswith(".gold.html"):
            continue
        gold_path = path.with_name(path.name[: -len(".html")] + ".gold.json")
        gold = json.loads(gold_path.read_text("utf-8")) if gold_path.exists() else {}
        pages.append((path, path.read_bytes(), gold))
    return pages


def bench_ingest(data: Path, log: Callable[[str], None] = print) -> dict:
    """Score zitate's extraction and plain trafilatura on ``data/html``, same run."""
    pages = load_pages(data / "html")
    log(f"{len(pages)} pages from {data / 'html'}")
    mine = score(pages, ours)
    base = score(pages, plain_trafilatura)
    names = [p.name for p, _, g in pages if "body" in g]
    for name, a, b in zip(names, mine.pop("per_page_f1"), base.pop("per_page_f1"), strict=True):
        log(f"  {a:.3f}  (trafilatura {b:.3f})  {name}")
    result = {"pages": len(pages), "gold_pages": len(names), **mine}
    result.update({f"trafilatura_{k}": v for k, v in base.items()})
    result["body_f1_gain"] = round(result["body_f1"] - result["trafilatura_body_f1"], 4)
    return result
