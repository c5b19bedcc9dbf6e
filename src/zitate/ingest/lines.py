"""Ingest stage, scraped text: which lines of already-flattened page text are the article.

Takes the blocks of scraped text (one line per block element of the page, or paragraphs) and
gives, for each block, the probability that it is article text. The decision is a logistic
model over features of the line (length, sentence shape, headline shape, date and credit shape,
page-debris shape) and of where it stands (inside or how far from the main block of sentences,
inside a run of short link-like lines, repeated on the page, among teaser headline-sentence
pairs, beside comment or poll lines). Its weights are data (``zitate/data/scraped_lines.json``),
fitted by ``zitate.bench.scraped_train.train_lines`` on the flattened dev pages of
``shared/data/html`` with the gold bodies as labels; ``fit`` is the plain gradient-descent fit
used there.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

from . import patterns as P

WEIGHTS = Path(__file__).parent.parent / "data" / "scraped_lines.json"
THRESHOLD = 0.5

_WORD = re.compile(r"\w+", re.UNICODE)
_SENT_END = (".", "!", "?", '"', "“", "«", "»", "”", ")", "…")
_DATE = re.compile(
    r"\b\d{1,2}\.\s?(?:\d{1,2}\.|(?:Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)\w*)\s?\d{4}"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[.:]\d{2}\s*Uhr\b"
)
_TIME_AGO = re.compile(r"\bvor\s+\d+\s+(?:Sek|Min|Std|Stunde|Tag|Woche|Monat)\w*", re.IGNORECASE)
_COMMENTS = re.compile(r"^\d+\s+(?:Kommentare?|Leserkommentare?|Antworten)$", re.IGNORECASE)
_CAPTION = re.compile(r"(?:Bild|Foto|Symbolfoto|Quelle|Bildrechte)\s*:\s*\S|©")
_SEPARATORS = re.compile(r"[|•·>›»/]")
#: A photo credit glued to the end of its caption: „… unterstützen.Getty“, „… kommen.Unsplash/
#: Kelly Sikkema“, „… Berlin-Marathon. (Foto: Jo Doe)“.
_GLUED_CREDIT = re.compile(
    r"[.!?][A-ZÄÖÜ][\w.-]*(?:/[\w .-]{1,40})?$|\((?:Fotos?|Bild(?:er)?)\s*:[^()]{2,60}\)$"
)
_CREDIT_WORDS = 6
#: Where the people of a photo stand, as captions give it: „(links)“, „(v.l.)“, „(r.)“.
_CAPTION_MARKS = re.compile(r"\((?:v\.\s?[lr]\.|[lr]\.|links|rechts|Mitte|Archiv\w*)\)")
_OPTION_WORDS = 8
_MIN_SENTENCE_WORDS = 8
_OUTSIDE_COST = 4.0

FEATURES = (
    "bias", "log_words", "sentence_end", "colon_end", "headline", "very_short", "caps_share",
    "digit_share", "sentences", "chars_per_word", "debris", "date", "separators", "copyright",
    "time_ago", "at_start", "inside", "log_before", "log_after", "window_sentences",
    "short_run", "repeated", "window_headlines", "window_mean_words", "teaser_pair",
    "position", "prev_sentence", "next_sentence", "long_sentence", "inside_short",
    "inside_headline", "quote_marks", "comment_zone", "credit_inside",
    "next_credit", "prev_credit", "glued_credit", "byline", "question", "options_after",
    "caption_marks",
)  # fmt: skip


def split_lines(text: str) -> list[str]:
    """Non-empty lines, whitespace squashed."""
    lines = (" ".join(line.split()) for line in text.replace("\r", "\n").split("\n"))
    return [line for line in lines if line]


def is_sentence(text: str) -> bool:
    """A paragraph of prose: enough words and a sentence end."""
    return len(text.split()) >= _MIN_SENTENCE_WORDS and text.rstrip().endswith(_SENT_END)


def is_headline(text: str) -> bool:
    """Short, and no full stop, comma, semicolon or colon at the end."""
    words = len(text.split())
    return 0 < words <= P.HEADLINE_MAX_WORDS and not text.rstrip().endswith((".", ",", ";", ":"))


def main_block(blocks: list[str]) -> tuple[int, int]:
    """The run of blocks with most prose: each sentence block gains its words, each other block
    costs a little (maximum-sum run). Returns (first, last) index, inclusive."""
    best, best_span, total, start = -1.0, (0, max(0, len(blocks) - 1)), 0.0, 0
    for i, block in enumerate(blocks):
        gain = len(block.split()) if is_sentence(block) else -_OUTSIDE_COST
        if total <= 0:
            total, start = 0.0, i
        total += gain
        if total > best:
            best, best_span = total, (start, i)
    return best_span


def features(blocks: list[str]) -> list[list[float]]:
    """One feature row per block (names in ``FEATURES``)."""
    from .clean import debris_reason

    n = len(blocks)
    first, last = main_block(blocks)
    words = [len(b.split()) for b in blocks]
    sentence = [is_sentence(b) for b in blocks]
    headline = [is_headline(b) for b in blocks]
    short = [w <= 4 and not s for w, s in zip(words, sentence, strict=True)]
    counts: dict[str, int] = {}
    for b in blocks:
        counts[b] = counts.get(b, 0) + 1
    runs = _run_lengths(short)
    comment = [bool(_TIME_AGO.search(b) or b.startswith("@") or _COMMENTS.match(b)) for b in blocks]
    credit = [credit_shaped(b) for b in blocks]
    option = [w <= _OPTION_WORDS for w in words]
    options_after = [0] * n  # the short lines right after a line: a poll's answers
    for i in range(n - 2, -1, -1):
        options_after[i] = options_after[i + 1] + 1 if option[i + 1] else 0
    rows = []
    for i, text in enumerate(blocks):
        toks = _WORD.findall(text)
        w = max(1, words[i])
        lo, hi = max(0, i - 3), min(n, i + 4)
        window = range(max(0, i - 6), min(n, i + 7))
        sent_words = [words[j] for j in window if sentence[j]]
        inside = first <= i <= last
        rows.append(
            [
                1.0,
                math.log1p(words[i]),
                float(text.endswith(_SENT_END)),
                float(text.endswith(":")),
                float(headline[i]),
                float(words[i] <= 2),
                sum(1 for t in toks if t[:1].isupper()) / max(1, len(toks)),
                sum(c.isdigit() for c in text) / max(1, len(text)),
                math.log1p(len(re.findall(r"[.!?][\"“”«»]?\s+[A-ZÄÖÜ„»\"]", text))),
                min(3.0, len(text) / w / 6),
                float(debris_reason(text) is not None),
                float(bool(_DATE.search(text)) and words[i] <= 12),
                min(1.0, len(_SEPARATORS.findall(text)) / w),
                float("©" in text),
                float(bool(_TIME_AGO.search(text))),
                float(text.startswith(("@", "#", ">", "•", "|"))),
                float(inside),
                math.log1p(max(0, first - i)),
                math.log1p(max(0, i - last)),
                sum(sentence[lo:hi]) / (hi - lo),
                math.log1p(runs[i]),
                float(counts[text] > 1),
                sum(1 for j in window if headline[j] and words[j] >= 4) / len(window),
                math.log1p(sum(sent_words) / len(sent_words)) if sent_words else 0.0,
                float(_teaser_pair(i, blocks, sentence, headline, words)),
                i / max(1, n - 1),
                float(i > 0 and sentence[i - 1]),
                float(i < n - 1 and sentence[i + 1]),
                float(sentence[i] and words[i] >= 25),
                float(inside and short[i]),
                float(inside and headline[i] and words[i] >= 2),
                float(any(q in text for q in '„“"»«')),
                math.log1p(sum(comment[max(0, i - 12) : i])),
                float(bool(P.PHOTO_CREDIT.search(text) or _CAPTION.search(text))),
                float(i < n - 1 and credit[i + 1]),
                float(i > 0 and credit[i - 1]),
                float(bool(_GLUED_CREDIT.search(text))),
                float(bool(P.BYLINE.match(text))),
                float(text.endswith("?")),
                math.log1p(options_after[i]),
                float(bool(_CAPTION_MARKS.search(text))),
            ]
        )
    return rows


def credit_shaped(text: str) -> bool:
    """A credit line of a photo or video: „© Axel Heimken/dpa“, „(Foto: Galerie X)“, „imago
    images/Pemax“, „26.10.2025 | 2:43 min“ — a credit or media-duration line, or a short line
    without sentence end that names a source with a slash."""
    if P.PHOTO_CREDIT.search(text) or _CAPTION.search(text) or P.MEDIA_LINE.match(text):
        return len(text.split()) <= 2 * _CREDIT_WORDS
    return (
        len(text.split()) <= _CREDIT_WORDS
        and "/" in text
        and not text.endswith(_SENT_END)
        and "://" not in text
    )


def _run_lengths(flags: list[bool]) -> list[int]:
    """For each position, the length of the run of True flags it is in (0 outside runs)."""
    out = [0] * len(flags)
    i = 0
    while i < len(flags):
        if not flags[i]:
            i += 1
            continue
        j = i
        while j < len(flags) and flags[j]:
            j += 1
        for k in range(i, j):
            out[k] = j - i
        i = j
    return out


def _teaser_pair(i, blocks, sentence, headline, words) -> bool:
    """A headline line then one short sentence, then another headline: a teaser of another
    article in a list of them (the line is either part of the pair)."""

    def pair_at(k: int) -> bool:
        return (
            0 <= k < len(blocks) - 2
            and headline[k]
            and sentence[k + 1]
            and words[k + 1] <= 40
            and headline[k + 2]
        )

    return pair_at(i) or pair_at(i - 1)


# --- the model --------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def load_model(path: Path = WEIGHTS) -> dict:
    return json.loads(path.read_text("utf-8"))


def _apply(model: dict, rows: list[list[float]]) -> list[float]:
    weights, mean, scale = model["weights"], model["mean"], model["scale"]
    out = []
    for row in rows:
        z = sum(w * (x - m) / s for w, x, m, s in zip(weights, row, mean, scale, strict=True))
        out.append(1 / (1 + math.exp(-max(-30.0, min(30.0, z)))))
    return out


def context_features(blocks: list[str], first: list[float]) -> list[list[float]]:
    """Second-pass rows: the first pass's probability of the line and of its neighbours (a
    short paragraph between two article paragraphs is article text)."""
    n = len(first)
    rows = []
    for i, p in enumerate(first):
        near = [first[j] for j in range(max(0, i - 2), min(n, i + 3)) if j != i] or [0.0]
        before = max(first[max(0, i - 3) : i], default=0.0)
        after = max(first[i + 1 : i + 4], default=0.0)
        rows.append(
            [
                1.0,
                math.log((p + 1e-4) / (1 - p + 1e-4)),
                sum(near) / len(near),
                before,
                after,
                min(before, after),
                float(is_sentence(blocks[i])),
                float(is_headline(blocks[i])),
                math.log1p(len(blocks[i].split())),
            ]
        )
    return rows


def probabilities(blocks: list[str], model: dict | None = None) -> list[float]:
    """P(article text) for each block: the line model, then its second pass over neighbours."""
    model = model or load_model()
    first = _apply(model, features(blocks))
    if "context" not in model:
        return first
    return _apply(model["context"], context_features(blocks, first))


def fit(rows: list[list[float]], labels: list[int], l2: float = 1e-3, steps: int = 3000) -> dict:
    """Logistic regression by gradient descent on standardised features."""
    import numpy as np

    x = np.asarray(rows, dtype=float)
    y = np.asarray(labels, dtype=float)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    mean[0], scale[0] = 0.0, 1.0
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    w = np.zeros(z.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-z @ w))
        grad = z.T @ (p - y) / len(y) + l2 * np.r_[0.0, w[1:]]
        w -= 0.5 * grad
    return {
        "features": list(FEATURES),
        "weights": [round(float(v), 5) for v in w],
        "mean": [round(float(v), 5) for v in mean],
        "scale": [round(float(v), 5) for v in scale],
        "trained_on": "flattened dev pages of shared/data/html (zitate.bench.scraped.HELD_OUT "
        "excluded), label: line in the gold body",
    }
