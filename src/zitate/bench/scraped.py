"""Benchmark of already-scraped text: ``shared/data/html`` pages -> flattened text -> figures.

Input: the folder of sample pages; the pages with a full gold body (``*.gold.json`` with
``body``) are used. Each page is flattened the way a careless scraper does it (``flatten``: all
visible text of ``<body>``, one line per block element, ``script``, ``style``, ``noscript``,
``template`` and ``svg`` dropped, nothing else removed; deterministic), then cleaned by zitate's
text ingestion (``article_from_text``). Output: a flat dict — mean body token F1 against the gold
body (as in ``bench ingest``: title excluded), title accuracy (exact, whitespace normalised,
against the headline the page shows, ``SHOWN``, with or without its kicker; ``headline_acc``
the same words, case and punctuation aside; ``fundus_title_acc`` exact against the fundus gold
title, the ``og:title`` or JSON-LD headline, on 10 of the 24 pages not the headline shown;
``page_title_acc`` also takes the page's own titles, ``page_titles``; ``window_title_acc`` the
same on a window cut around headline and article) and date accuracy
(same day) — for zitate on the flattened text and, as the reference, for plain trafilatura on
the HTML; the same figures for the held-out pages (``HELD_OUT``, never used to train or tune
the line model) are given separately.

The line and title models are fitted on the dev pages (all but ``HELD_OUT``) by
``zitate.bench.scraped_train`` (``python -m zitate.bench.scraped_train train``, ``train-titles``,
``title-loo``).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from lxml import etree

from ..errors import ZitateError
from .ingest import gold_body, load_pages, plain_trafilatura, same_day, tokens_f1

#: Pages kept aside as the test of the line model: never trained or tuned on.
HELD_OUT = (
    "fundus__at__ORF_2024_11_22",
    "fundus__ch__NZZ_2024_07_18",
    "fundus__de__Tagesspiegel_2024_04_29",
    "fundus__de__WDR_2024_04_22",
    "fundus__de__Hessenschau_2024_04_27",
    "fundus__de__TOnline_2026_01_07",
)

DROPPED = {"script", "style", "noscript", "template", "svg", "head"}
_BLOCK_NAMES = (
    "address article aside blockquote body dd details dialog div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary "
    "table tbody thead tfoot tr td th ul br button label option select textarea caption "
    "picture video audio iframe"
)
BLOCKS = frozenset(_BLOCK_NAMES.split())
_WORD = re.compile(r"\w+")
#: Figures reported for zitate and for trafilatura, on all pages and on the held-out ones.
KEYS = (
    "body_f1", "title_acc", "headline_acc", "fundus_title_acc", "page_title_acc", "date_acc",
    "credits_acc",
)  # fmt: skip
#: The headline each page shows and its kicker, read by hand from the page's HTML (the article
#: header, not the breadcrumb's ``<h1>`` nor ``og:title``), with where it stands.
SHOWN = Path(__file__).resolve().parents[3] / "gold" / "scraped" / "titles.json"
#: Credits read by hand where the fundus gold author is none the page shows (with the reason).
SHOWN_CREDITS = SHOWN.with_name("credits.json")
#: The page's own titles: its ``<title>`` (also without the site name after the last
#: separator), ``og:title``/``twitter:title`` and its ``<h1>`` headings.
_OWN_TITLE_META = ("og:title", "twitter:title")
_TITLE_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::)\s+")
#: Debris figures of zitate: lines not in the gold body left in ``article.text`` (whole page and
#: a window of ``DEBRIS_WINDOW`` lines either side of the article, as a user would cut it).
DEBRIS_KEYS = ("debris_left", "debris_total", "window_debris_left", "window_debris_total")
DEBRIS_WINDOW = 8


def flatten(html: bytes) -> str:
    """All visible text of the page's body, one line per block element (deterministic)."""
    import lxml.html

    from ..ingest.html import decode_html

    text = decode_html(html, "page")
    tree = lxml.html.fromstring(text.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    body = tree.find(".//body")
    root = body if body is not None else tree
    parts: list[str] = []
    _walk(root, parts)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _walk(el: etree._Element, parts: list[str]) -> None:
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if tag in DROPPED or not isinstance(el.tag, str):
        if el.tail:
            parts.append(el.tail)
        return
    block = tag in BLOCKS
    if block:
        parts.append("\n")
    if el.text:
        parts.append(el.text)
    for child in el:
        _walk(child, parts)
    if block:
        parts.append("\n")
    if el.tail:
        parts.append(el.tail)


def gold_pages(data: Path) -> list[tuple[str, bytes, dict]]:
    """(stem, html, gold) of the pages with a full gold body; ``gold["shown"]``: the forms of
    the headline the page shows (``shown_forms``)."""
    pages = load_pages(data / "html")
    out = []
    for p, html, g in pages:
        if "body" in g:
            name = p.name[: -len(".html")]
            fixed = _shown(SHOWN_CREDITS).get(name, {}).get("credits")
            out.append((name, html, {**g, "shown": shown_forms(name), "credits": fixed}))
    return out


@lru_cache(maxsize=2)
def _shown(path: Path = SHOWN) -> dict:
    return json.loads(path.read_text("utf-8")) if path.exists() else {}


def shown_forms(name: str) -> list[str]:
    """The headline page ``name`` shows, alone and after its kicker („Kicker: Headline“)."""
    entry = _shown().get(name)
    if not entry:
        return []
    head, kicker = entry["headline"], entry.get("kicker")
    return [head, f"{kicker}: {head}"] if kicker else [head]


def ours_scraped(html: bytes, name: str) -> dict:
    from ..ingest.text import article_from_text

    try:
        art = article_from_text(flatten(html), name)
    except ZitateError:
        return {"body": "", "title": None, "date": None, "credits": []}
    body = "\n".join(art.text[p.start : p.end] for p in art.paragraphs if p.kind != "title")
    credits = list(art.authors) + list(art.credits)
    return {"body": body, "title": art.title, "date": art.published, "credits": credits}


def debris(
    lines: list[str], gold: dict, name: str, own_titles: list[str] | None = None
) -> tuple[int, int, list[str]]:
    """Debris lines of a flattened text (``line_labels`` 0, not a part of the gold title nor
    one of the page's own titles ``own_titles``, ``page_titles``: the headline it shows) and
    how many of them are left in ``article.text``: a paragraph or the title with the same words,
    or, for a line of three words or more, one that holds its words and is at most twice as
    long, or whose words it holds and is at least half as long (cleaning cut a credit or a
    dateline off it)."""
    from ..ingest.text import article_from_text

    title = " ".join(_words(gold.get("title")))
    labels = line_labels(lines, gold)
    try:
        art = article_from_text("\n".join(lines), name)
        kept = [" ".join(_words(art.text[p.start : p.end])) for p in art.paragraphs]
    except ZitateError:
        kept = []
    whole = set(kept)
    shown = {" ".join(_words(t)) for t in own_titles or []}
    total, left = 0, []
    for line, label in zip(lines, labels, strict=True):
        words = " ".join(_words(line))
        if label or not words or words in title or words in shown:
            continue
        total += 1
        if words in whole or len(words.split()) >= 3 and any(_overlaps(words, k) for k in kept):
            left.append(line)
    return len(left), total, left


def _overlaps(line: str, kept: str) -> bool:
    """``line`` is (nearly) the paragraph ``kept``: one holds the other, at least half its
    length."""
    return (line in kept and 2 * len(line) >= len(kept)) or (
        kept in line and 2 * len(kept) >= len(line)
    )


def window_lines(
    lines: list[str], gold: dict, margin: int = DEBRIS_WINDOW, titles: list[str] | None = None
) -> list[str]:
    """The lines from ``margin`` before the first gold line to ``margin`` after the last; with
    ``titles`` (the gold title and the page's own ones), from ``margin`` before the headline:
    the last line before the first gold line that gives one of them."""
    labels = line_labels(lines, gold)
    if not any(labels):
        return lines
    first, last = labels.index(1), len(labels) - 1 - labels[::-1].index(1)
    if titles:
        heads = [j for j in range(first) if same_title(lines[j], titles)]
        first = heads[-1] if heads else first
    return lines[max(0, first - margin) : last + margin + 1]


def window_titles(pages: list[tuple[str, bytes, dict]], log: Callable[[str], None]) -> float:
    """Title accuracy on windows of ``DEBRIS_WINDOW`` lines around headline and article (as a
    user cuts a page), right: the gold title or one of the page's own titles."""
    from ..ingest.lines import split_lines
    from ..ingest.text import article_from_text

    right = 0
    for name, html, gold in pages:
        titles = [gold.get("title") or "", *gold.get("shown", []), *page_titles(html)]
        text = "\n".join(window_lines(split_lines(flatten(html)), gold, titles=titles))
        try:
            title = article_from_text(text, name).title
        except ZitateError:
            title = None
        ok = same_title(title, titles)
        right += ok
        log(f"  window title {int(ok)} {name}: {title}")
    return round(right / max(1, len(pages)), 4)


def debris_scored(pages: list[tuple[str, bytes, dict]], log: Callable[[str], None]) -> dict:
    """Debris left / total over the pages, whole flattened page and a window around the
    article; each left line of a window is logged."""
    from ..ingest.lines import split_lines

    out = dict.fromkeys(DEBRIS_KEYS, 0)
    for name, html, gold in pages:
        lines = split_lines(flatten(html))
        own = [*gold.get("shown", []), *page_titles(html)]
        left, total, _ = debris(lines, gold, name, own)
        w_left, w_total, w_lines = debris(window_lines(lines, gold), gold, name, own)
        out["debris_left"] += left
        out["debris_total"] += total
        out["window_debris_left"] += w_left
        out["window_debris_total"] += w_total
        log(f"  debris {left}/{total}, window {w_left}/{w_total}  {name}")
        for line in w_lines:
            log(f"    left: {line[:100]}")
    return out


def trafilatura_scored(html: bytes, name: str) -> dict:
    """Plain trafilatura on the HTML, its author field split into names („A; B“)."""
    out = plain_trafilatura(html, name)
    import trafilatura

    meta = trafilatura.extract_metadata(html)
    author = (meta.author if meta is not None else None) or ""
    out["credits"] = [a.strip() for a in re.split(r"[;,]| und ", author) if a.strip()]
    return out


def page_titles(html: bytes) -> list[str]:
    """The titles the page itself gives (``_OWN_TITLE_META``): a fundus gold title is the
    ``og:title`` or the JSON-LD headline, which on some pages is worded otherwise than the
    headline the page shows and the flattened text holds."""
    import lxml.html

    from ..ingest.html import decode_html

    tree = lxml.html.fromstring(
        decode_html(html, "page").encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8")
    )
    out = [el.text_content() for el in tree.iter("h1", "title")]
    for el in tree.iter("meta"):
        if (el.get("property") or el.get("name") or "").lower() in _OWN_TITLE_META:
            out.append(el.get("content") or "")
    for title in [t for t in out]:
        parts = _TITLE_SEPARATOR.split(_norm(title))
        out += [" - ".join(parts[:k]) for k in range(1, len(parts))]
    return [t for t in dict.fromkeys(_norm(t) for t in out) if t]


def same_title(ours: str | None, titles: list[str]) -> bool:
    """The same words (case and punctuation aside) as one of ``titles``."""
    return bool(ours) and any(_words(ours) == _words(t) for t in titles)


def _norm(text: str | None) -> str:
    return " ".join((text or "").split())


def _words(text: str | None) -> list[str]:
    return _WORD.findall((text or "").lower())


def same_headline(ours: str | None, gold: str | None) -> bool:
    """The headline proper is the same: equal words (case and punctuation aside), where one
    side may carry a kicker („Ukraine-Krieg: …“) the other lacks."""
    if not ours or not gold:
        return False
    mine, theirs = _words(ours), _words(gold)
    if mine == theirs:
        return True
    for with_kicker, without in ((ours, gold), (gold, ours)):
        if ": " in with_kicker and _words(with_kicker.split(": ", 1)[1]) == _words(without):
            return True
    return False


def credits_right(ours: list[str], gold: list[str]) -> bool:
    """Every gold author or agency is among the names and credits found (case aside)."""
    found = {_norm(c).lower() for c in ours}
    return bool(gold) and all(_norm(g).lower() in found for g in gold)


def score(pages: list[tuple[str, bytes, dict]], extract: Callable[[bytes, str], dict]) -> dict:
    f1s, titles, dates, headlines, own, credits, fundus = [], [], [], [], [], [], []
    for name, html, gold in pages:
        out = extract(html, name)
        shown = gold.get("shown") or [gold.get("title") or ""]
        f1s.append(tokens_f1(out["body"], gold_body(gold)))
        titles.append(_norm(out["title"]) in {_norm(t) for t in shown})
        headlines.append(same_title(out["title"], shown))
        fundus.append(_norm(out["title"]) == _norm(gold.get("title")))
        own.append(same_title(out["title"], [gold.get("title") or "", *shown, *page_titles(html)]))
        dates.append(same_day(out["date"], gold.get("publishing_date")))
        gold_credits = gold.get("credits") or gold.get("authors") or []
        credits.append(credits_right(out.get("credits") or [], gold_credits))
    n = max(1, len(pages))
    return {
        "body_f1": round(sum(f1s) / n, 4),
        "title_acc": round(sum(titles) / n, 4),
        "headline_acc": round(sum(headlines) / n, 4),
        "fundus_title_acc": round(sum(fundus) / n, 4),
        "page_title_acc": round(sum(own) / n, 4),
        "date_acc": round(sum(dates) / n, 4),
        "credits_acc": round(sum(credits) / n, 4),
        "per_page": list(
            zip([round(f, 3) for f in f1s], titles, headlines, own, dates, credits, strict=True)
        ),
    }


def bench_scraped(data: Path, log: Callable[[str], None] = print, quotes: bool = False) -> dict:
    """Score zitate on flattened pages and plain trafilatura on the HTML, same run; with
    ``quotes``, also the quotation records on all pages (``bench_quote_records``)."""
    pages = gold_pages(data)
    log(f"{len(pages)} gold pages from {data / 'html'}; held out: {len(HELD_OUT)}")
    result: dict = {"pages": len(pages)}
    for label, subset in (
        ("", pages),
        ("heldout_", [p for p in pages if p[0] in HELD_OUT]),
    ):
        mine = score(subset, ours_scraped)
        base = score(subset, trafilatura_scored)
        if not label:
            for (name, _, _), a, b in zip(subset, mine["per_page"], base["per_page"], strict=True):
                flags = " ".join(str(int(x)) for x in a[1:])
                theirs = " ".join(str(int(x)) for x in b[1:])
                log(
                    f"  f1 {a[0]:.3f} title/headline/page title/date/credits {flags}  (trafilatura "
                    f"{b[0]:.3f} {theirs})  {name}{' *' if name in HELD_OUT else ''}"
                )
        for key in KEYS:
            result[f"{label}{key}"] = mine[key]
        for key in KEYS:
            result[f"{label}trafilatura_{key}"] = base[key]
        for key, value in debris_scored(subset, log if not label else _quiet).items():
            result[f"{label}{key}"] = value
        result[f"{label}window_title_acc"] = window_titles(subset, log if not label else _quiet)
    if quotes:
        result.update({f"quote_{k}": v for k, v in bench_quote_records(data, log).items()})
    return result


def _quiet(_: str) -> None:
    return None


def bench_quote_records(data: Path, log: Callable[[str], None] = print) -> dict:
    """Quotation records of ``zitate extract`` on every page of ``data/html``: how many are
    empty, start or end with whitespace, or hold a line break (each page analysed in full)."""
    from ..quotes.pipeline import attribution_pipeline
    from .speakers import analyse_page

    nlp = attribution_pipeline()
    count = Counter()
    for path, _, _ in load_pages(data / "html"):
        for quote in analyse_page(path, nlp).get("quotes", []):
            text = quote["text"]
            count["quotations"] += 1
            count["empty"] += not text.strip()
            count["edge_whitespace"] += bool(text.strip()) and text != text.strip()
            count["line_breaks"] += "\n" in text
            if not text.strip() or text != text.strip() or "\n" in text:
                log(f"  {path.name}: {text[:80]!r}")
    return {key: count[key] for key in ("quotations", "empty", "edge_whitespace", "line_breaks")}


# --- labels of the line model -----------------------------------------------------------------


def line_labels(lines: list[str], gold: dict) -> list[int]:
    """1 for a line that is a gold paragraph or headline, part of one (6 words or more), or a
    long line whose words are nearly all gold body words; else 0."""
    pieces = [" ".join(_WORD.findall(p.lower())) for p in gold_body(gold).split("\n")]
    pieces = [p for p in pieces if p]
    exact = set(pieces)
    body = Counter(w for p in pieces for w in p.split())
    labels = []
    for line in lines:
        words = [w.lower() for w in _WORD.findall(line)]
        joined = " ".join(words)
        if not words:
            labels.append(0)
        elif joined in exact or len(words) >= 6 and any(joined in p for p in pieces):
            labels.append(1)
        else:
            inside = sum(1 for w in words if body[w]) / len(words)
            labels.append(int(len(words) >= 12 and inside >= 0.9))
    return labels
