"""Benchmark support, scraped text: fitting the line and title models of ``zitate.ingest``.

Takes the flattened dev pages of ``shared/data/html`` (``zitate.bench.scraped``: all gold pages
but ``HELD_OUT``) and gives the weights of ``zitate/data/scraped_lines.json``: ``train_lines``
fits the line model of ``zitate.ingest.lines`` (a line's label: whether its words are in the
gold body), then the title choice of ``zitate.ingest.titles`` (the right candidate: the line
giving the headline the page shows, ``gold/scraped/titles.json``, kicker joined or not);
``train_titles`` refits the title choice alone on the committed line model; ``title_loo``
scores that choice leave-one-page-out on the dev pages (``python -m zitate.bench.scraped_train
title-loo ../shared/data``).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from .scraped import (
    HELD_OUT,
    _norm,
    flatten,
    gold_pages,
    line_labels,
    page_titles,
    same_title,
)

#: Regularisation of the title choice, picked by leave-one-page-out over the dev pages.
TITLE_L2 = 0.3
#: Margins (lines) of the article windows added to the training pages.
WINDOWS = (4, 12)


def title_label(text: str, gold: dict, own: list[str] | None = None) -> int:
    """1 for a candidate that is the headline the page shows (``gold["shown"]``, case and
    punctuation aside; without it the gold title, whitespace aside) or, with ``own`` (the
    page's own titles, ``page_titles``), one of those."""
    shown = gold.get("shown")
    right = same_title(text, shown) if shown else _norm(text) == _norm(gold.get("title")) != ""
    return int(right or same_title(text, own or []))


def windows(lines: list[str], labels: list[int]) -> list[tuple[list[str], list[int]]]:
    """The whole page, and windows of it around the article (``WINDOWS`` lines either side of
    the gold lines) as the scraped text of a user who cut the page roughly."""
    out = [(lines, labels)]
    if any(labels):
        first, last = labels.index(1), len(labels) - 1 - labels[::-1].index(1)
        for margin in WINDOWS:
            lo, hi = max(0, first - margin), min(len(lines), last + margin + 1)
            out.append((lines[lo:hi], labels[lo:hi]))
    return out


def train_lines(data: Path, out: Path | None = None, log: Callable[[str], None] = print) -> dict:
    """Fit the line model, then the title model, on the flattened dev pages; write the
    weights (JSON)."""
    from ..ingest import lines as L

    dev = _dev_pages(data)
    rows, labels, parts = [], [], []
    for _, page_lines, gold in dev:
        page_labels = line_labels(page_lines, gold)
        for part, part_labels in windows(page_lines, page_labels):
            rows += L.features(part)
            labels += part_labels
            parts.append(part)
    model = L.fit(rows, labels)
    c_rows = []
    for part in parts:
        c_rows += L.context_features(part, L.probabilities(part, model))
    model["context"] = L.fit(c_rows, labels)
    log(f"{len(rows)} lines ({sum(labels)} article) from {len(dev)} pages")
    return {
        **_fit_titles(dev, model, out, log),
        "lines": len(rows),
        "article_lines": sum(labels),
    }


def train_titles(data: Path, out: Path | None = None, log: Callable[[str], None] = print) -> dict:
    """Refit the title model alone on the committed line model; write the weights."""
    from ..ingest import lines as L

    return _fit_titles(_dev_pages(data), dict(L.load_model()), out, log)


def _dev_pages(data: Path) -> list[tuple[str, list[str], dict]]:
    from ..ingest import lines as L

    return [
        (name, L.split_lines(flatten(html)), gold)
        for name, html, gold in gold_pages(data)
        if name not in HELD_OUT
    ]


def _fit_titles(dev: list, model: dict, out: Path | None, log: Callable[[str], None]) -> dict:
    from ..ingest import lines as L
    from ..ingest import titles as T
    from ..ingest.text import drop_islands

    groups = []
    for _, page_lines, gold in dev:
        probs = L.probabilities(page_lines, model)
        keep = drop_islands(page_lines, [p >= L.THRESHOLD for p in probs])
        cands = T.candidates(page_lines, keep)
        groups.append(
            (
                [T.features(page_lines, keep, c) for c in cands],
                [
                    title_label(c.text, gold) | title_label(T.with_kicker(page_lines, c).text, gold)
                    for c in cands
                ],
            )
        )
    model["title"] = T.fit_choice(groups, l2=TITLE_L2)
    path = out or L.WEIGHTS
    path.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", "utf-8")
    L.load_model.cache_clear()
    log(
        f"{sum(len(g[0]) for g in groups)} title candidates ({sum(sum(g[1]) for g in groups)} "
        f"titles) from {len(dev)} pages -> {path}"
    )
    return {"pages": len(dev), "title_candidates": sum(len(g[0]) for g in groups)}


def title_loo(data: Path, l2: float = TITLE_L2, log: Callable[[str], None] = print) -> dict:
    """Leave-one-page-out accuracy of the title choice on the dev pages: the title model
    fitted on all dev pages but one (committed line model), scored on that one; right: the
    gold title or one of the page's own titles (``page_titles``), right_gold: the gold one."""
    from ..ingest import lines as L
    from ..ingest import titles as T
    from ..ingest.text import drop_islands

    pages = []
    for name, html, gold in gold_pages(data):
        if name in HELD_OUT:
            continue
        page_lines = L.split_lines(flatten(html))
        keep = drop_islands(page_lines, [p >= L.THRESHOLD for p in L.probabilities(page_lines)])
        cands = T.candidates(page_lines, keep)
        rows = [T.features(page_lines, keep, c) for c in cands]
        ys = [
            title_label(c.text, gold) | title_label(T.with_kicker(page_lines, c).text, gold)
            for c in cands
        ]
        pages.append((name, page_lines, keep, cands, rows, ys, gold, page_titles(html)))
    right = right_gold = 0
    for k, (name, page_lines, keep, cands, rows, _, gold, own) in enumerate(pages):
        model = T.fit_choice([(p[4], p[5]) for i, p in enumerate(pages) if i != k], l2=l2)
        scores = [T.score(model, row) for row in rows]
        chosen = T.best(page_lines, cands, scores, model["threshold"], keep)
        ok = chosen is not None and bool(title_label(chosen.text, gold, own))
        right += ok
        right_gold += chosen is not None and bool(title_label(chosen.text, gold))
        log(f"  {int(ok)} {name}: {chosen.text if chosen else None}")
    result = {"pages": len(pages), "right": right, "right_gold": right_gold, "l2": l2}
    log(json.dumps(result))
    return result


def main() -> None:
    commands = {"train": train_lines, "train-titles": train_titles, "title-loo": title_loo}
    if sys.argv[1:2] not in ([c] for c in commands):
        names = "|".join(commands)
        sys.exit(f"usage: python -m zitate.bench.scraped_train {names} [shared/data folder]")
    commands[sys.argv[1]](Path(sys.argv[2] if len(sys.argv) > 2 else "../shared/data"))


if __name__ == "__main__":  # python -m zitate.bench.scraped_train train|train-titles|title-loo
    main()
