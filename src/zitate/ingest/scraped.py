"""Ingest stage, scraped text: the article's title, date and byline around its lines.

Takes the blocks of already-scraped text and which of them ``lines`` judged article text, and
gives what stands around the article: the headline (the last headline-shaped line before the
article, with a short kicker line before it joined as „Kicker: Headline“), the publication and
update date („Stand: 14.03.2025, 18:42 Uhr“, „Veröffentlicht am 3. Mai 2024“, „22.11.2024
07.57“, ISO dates) and the authors and agency credits of a byline („Von Anna Muster (dpa)“, or
„Von“ on a line of its own with one name per line after it).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import patterns as P
from .lines import _SEPARATORS, is_headline, is_sentence

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        (
            "januar jan jänner", "februar feb", "märz mär mrz", "april apr", "mai",
            "juni jun", "juli jul", "august aug", "september sep sept", "oktober okt",
            "november nov", "dezember dez",
        )
    )
    for m in names.split()
}  # fmt: skip
_NUMERIC = re.compile(
    r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2}(?!\d))(?:,?\s*(?:um\s+)?(\d{1,2})[.:](\d{2}))?"
)
_WORDED = re.compile(
    r"(?<!\d)(\d{1,2})\.\s*([A-Za-zÄÖÜäöü]{3,9})\.?\s+(\d{4})(?:,?\s*(?:um\s+)?(\d{1,2})[.:](\d{2}))?"
)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?")
_UPDATED = re.compile(r"\b(?:aktualisiert|update|zuletzt)", re.IGNORECASE)
_PUBLISHED = re.compile(r"\b(?:veröffentlicht|erschienen|publiziert|stand\b)", re.IGNORECASE)
#: Expiry and programme dates, no publication date: „Verfügbar bis 06.05.2024“, „gültig bis“.
_EXPIRY = re.compile(r"\b(?:verfügbar|abrufbar|gültig|online)\s+bis\b|^bis\b", re.IGNORECASE)
_LONE_VON = re.compile(r"^(?:[Vv]on|Autor(?:in)?:?|Text:?)$")
_NAME = re.compile(r"^[A-ZÄÖÜ][\w'’.-]+(?:\s+(?:von|van|de|der|zu)?\s*[A-ZÄÖÜ][\w'’.-]+){1,3}$")
_BYLINE_AGENCY = re.compile(r"^(?P<by>.*?)\s*\((?P<agency>[^()]{2,40})\)\s*$")
_WORDS = re.compile(r"\w+")
_BAR = re.compile(r"\s+[|•·]\s+")
_SOURCE = re.compile(r"^Quelle:\s*(\S+)")
_MORE_NAMES = re.compile(r"^(?:,|und\b|&)\s*([A-ZÄÖÜ].{2,60})$")
_GLUED = re.compile(r"(?<=[a-zäöüß]{4})[A-ZÄÖÜ][a-zäöüß]{4,}\b.*$")
KICKER_MAX_WORDS = 5
TITLE_MIN_WORDS = 3
LOOK_BACK = 25
CREDIT_LOOK_AHEAD = 4


@dataclass
class Around:
    title: str | None = None
    title_index: int | None = None
    teaser_index: int | None = None
    published: str | None = None
    updated: str | None = None
    authors: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    used: set[int] = field(default_factory=set)


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as ISO (``2025-03-14`` or ``2025-03-14T18:42``), or None."""
    found = []
    for rx, kind in ((_NUMERIC, "num"), (_WORDED, "word"), (_ISO, "iso")):
        for m in rx.finditer(text):
            found.append((m.start(), m, kind))
    for _, m, kind in sorted(found, key=lambda f: f[0]):
        if kind == "iso":
            year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
            hour, minute = m.group(4), m.group(5)
        else:
            day, year = int(m.group(1)), int(m.group(3))
            month = int(m.group(2)) if kind == "num" else MONTHS.get(m.group(2).lower().rstrip("."))
            hour, minute = m.group(4), m.group(5)
            if year < 100:
                year += 2000
        if not month or not 1 <= month <= 12 or not 1 <= day <= 31 or not 1990 <= year <= 2100:
            continue
        date = f"{year:04d}-{month:02d}-{day:02d}"
        if hour is not None and int(hour) < 24 and int(minute) < 60:
            date += f"T{int(hour):02d}:{int(minute):02d}"
        return date
    return None


def around(blocks: list[str], keep: list[bool]) -> Around:
    """Title, dates and byline found in the lines before and at the start of the article."""
    out = Around()
    if not any(keep):
        return out
    first = keep.index(True)
    out.title_index = _title_index(blocks, keep, first)
    if out.title_index is not None:
        out.title = blocks[out.title_index]
        kicker = out.title_index - 1
        if kicker >= 0 and ": " not in out.title and _is_kicker(blocks[kicker], blocks, kicker):
            out.title = f"{blocks[kicker].rstrip(' :')}: {out.title}"
            out.used.add(kicker)
        out.used.add(out.title_index)
    start = max(0, (out.title_index if out.title_index is not None else first) - 8)
    near = out.title_index if out.title_index is not None else first
    _dates(blocks, range(start, min(len(blocks), first + 6)), out, near)
    _byline(blocks, range(start, min(len(blocks), first + 8)), out, out.title_index, first)
    _closing_credits(blocks, keep, out)
    out.published = out.published or out.updated
    out.teaser_index = _teaser_index(blocks, out, first)
    return out


def _teaser_index(blocks: list[str], out: Around, first: int) -> int | None:
    """The first prose line between the headline and the article's first line: the teaser."""
    if out.title_index is None:
        return None
    for j in range(out.title_index + 1, first):
        text = blocks[j]
        if j not in out.used and is_sentence(text) and len(text.split()) >= 10:
            return None if P.PHOTO_CREDIT.search(text) else j
    return None


TITLE_FEATURES = (
    "bias", "log_words", "headline", "question", "log_distance", "rank", "repeated", "overlap",
    "caps_share", "separators", "debris", "colon_inside", "lower_start", "date", "byline",
    "short_kicker_before", "title_length", "sentence",
)  # fmt: skip


def title_candidates(blocks: list[str], keep: list[bool]) -> list[int]:
    """Indexes of the lines that may be the headline: up to LOOK_BACK lines before the first
    article line."""
    if not any(keep):
        return []
    first = keep.index(True)
    return [j for j in range(max(0, first - LOOK_BACK), first) if blocks[j].split()]


def title_features(blocks: list[str], keep: list[bool], j: int) -> list[float]:
    """Features of line ``j`` as the headline (names in ``TITLE_FEATURES``)."""
    from .clean import byline_names, debris_reason

    first = keep.index(True)
    text = blocks[j]
    words = text.split()
    body = {w.lower() for i, b in enumerate(blocks) if keep[i] for w in _WORDS.findall(b)}
    content = [w.lower() for w in _WORDS.findall(text) if len(w) >= 4]
    rank = sum(
        1 for k in range(j + 1, first) if is_headline(blocks[k]) and len(blocks[k].split()) >= 3
    )
    before = blocks[j - 1] if j > 0 else ""
    return [
        1.0,
        math.log1p(len(words)),
        float(is_headline(text)),
        float(text.rstrip().endswith(("?", "!", '"', "“"))),
        math.log1p(first - j),
        math.log1p(rank),
        float(blocks.count(text) > 1),
        sum(1 for w in content if w in body) / max(1, len(content)),
        sum(1 for w in words if w[:1].isupper()) / max(1, len(words)),
        min(1.0, len(_SEPARATORS.findall(text)) / max(1, len(words))),
        float(debris_reason(text) is not None or bool(P.PHOTO_CREDIT.search(text))),
        float(": " in text.rstrip(":")),
        float(text[:1].islower()),
        float(parse_date(text) is not None),
        float(bool(byline_names(text)) or bool(_NAME.match(text))),
        float(_is_kicker(before, blocks, j - 1)) if j > 0 else 0.0,
        float(4 <= len(words) <= 16),
        float(is_sentence(text)),
    ]


def _title_index(blocks: list[str], keep: list[bool], first: int) -> int | None:
    """The candidate line the title model scores highest (None when no line scores above
    the model's threshold)."""
    from .lines import load_model

    model = load_model().get("title")
    candidates = title_candidates(blocks, keep)
    if not model or not candidates:
        return None
    best, best_z = None, model["threshold"]
    for j in candidates:
        row = title_features(blocks, keep, j)
        z = sum(
            w * (x - m) / s
            for w, x, m, s in zip(model["weights"], row, model["mean"], model["scale"], strict=True)
        )
        if z > best_z:
            best, best_z = j, z
    return best


def _is_kicker(text: str, blocks: list[str], i: int) -> bool:
    """A short label line (two to five words) right before the headline."""
    from .clean import debris_reason

    words = len(text.split())
    return (
        2 <= words <= KICKER_MAX_WORDS
        and is_headline(text)
        and text[:1].isupper()
        and parse_date(text) is None
        and not P.PHOTO_CREDIT.search(text)
        and not _SEPARATORS.search(text)
        and debris_reason(text) is None
    )


def _dates(blocks: list[str], span: range, out: Around, near: int) -> None:
    """The publication and update date: a scored choice among the date lines of ``span``
    (``date_score``; the best publication and the best update line win)."""
    best: dict[str, tuple[float, int, str]] = {}
    for j in span:
        scored = date_score(blocks, j, near)
        if scored is None:
            continue
        kind, score, date = scored
        if kind not in best or score > best[kind][0]:
            best[kind] = (score, j, date)
    for kind, (_, j, date) in best.items():
        setattr(out, kind, date)
        out.used.add(j)


def date_score(blocks: list[str], j: int, near: int) -> tuple[str, float, str] | None:
    """(``published`` or ``updated``, score, ISO date) of line ``j`` as the article's date, or
    None when it holds no absolute date or is no date line (prose, an expiry „Verfügbar bis
    06.05.2024“, a relative „vor 3 Stunden“ or „Heute, 12:37 Uhr“ gives no date at all). A
    label („Stand:“, „Veröffentlicht am“, also alone on the line before) and a time of day
    raise the score, distance from ``near`` (the headline or the article's start) lowers it."""
    text = blocks[j]
    if len(text.split()) > 14 or is_sentence(text) and len(text.split()) > 10:
        return None
    date = parse_date(text)
    if date is None or _EXPIRY.search(text):
        return None
    label = text
    if j > 0 and len(blocks[j - 1].split()) <= 2 and blocks[j - 1].rstrip().endswith(":"):
        label = f"{blocks[j - 1]} {text}"
    kind = "updated" if _UPDATED.search(label) else "published"
    score = 2.0 * bool(_PUBLISHED.search(label)) + 1.0 * ("T" in date)
    score -= abs(j - near) / 4
    return kind, score, date


def _closing_credits(blocks: list[str], keep: list[bool], out: Around) -> None:
    """Agency credit lines just after the article's last line („dpa“, „(AFP/Reuters)“)."""
    from .clean import credit_line

    last = len(keep) - 1 - keep[::-1].index(True)
    for j in range(last + 1, min(len(blocks), last + 1 + CREDIT_LOOK_AHEAD)):
        if found := credit_line(blocks[j]):
            out.credits += [c for c in found if c not in out.credits]
            out.used.add(j)


def _byline(
    blocks: list[str], span: range, out: Around, head: int | None = None, first: int = 0
) -> None:
    """Authors and agency credits of the byline: „Von A und B (dpa)“ on one line or in one
    „ | “ part of it, „Von“ alone with a name on each following line („David Straub, MDR“),
    names continued on the next lines („, Max Bernhard“), „Quelle: dpa“, or bare person names
    between the headline (``head``) and the article's ``first`` line („Jennifer Pahlke“). A
    photo credit („Foto: …“, „Bild: …“) names no author, nor does a place after the name
    („Von Ines Zöttl, Washington“)."""
    from .clean import agencies_in, byline_names

    last_byline = -2
    for j in span:
        text = blocks[j]
        if P.PHOTO_CREDIT.search(text) and not _BYLINE_AGENCY.match(text):
            continue
        found = False
        for part in _BAR.split(text):
            match = _BYLINE_AGENCY.match(part)
            if match and (agencies := agencies_in(match.group("agency"))):
                names = byline_names(match.group("by")) if match.group("by") else []
                if names or not match.group("by"):
                    out.authors += names
                    out.credits += agencies
                    found = True
                    continue
            if names := [n for n in byline_names(part) if len(n.split()) >= 2]:
                out.authors += [_unglue(n) for n in names]
                found = True
            elif (source := _SOURCE.match(part)) and (agencies := agencies_in(source.group(1))):
                out.credits += agencies
                found = True
        if not found and j == last_byline + 1 and (more := _MORE_NAMES.match(text)):
            out.authors += [_unglue(n) for n in byline_names("Von " + more.group(1))]
            found = True
        if not found and head is not None and head < j < first and is_person_name(text):
            out.authors.append(_unglue(text))
            found = True
        if found:
            out.used.add(j)
            last_byline = j
            continue
        if _LONE_VON.match(text):
            k = j + 1
            while k < len(blocks) and k <= j + 4 and (name := _name_line(blocks[k])):
                out.authors.append(name)
                out.used.add(k)
                k += 1
            if k > j + 1:
                out.used.add(j)
                last_byline = k - 1
    out.authors = list(dict.fromkeys(out.authors))
    out.credits = list(dict.fromkeys(out.credits))


def _name_line(text: str) -> str | None:
    """The name a line after a lone „Von“ gives: „Anna Muster“, „David Straub, MDR THÜRINGEN“."""
    name = _unglue(text.split(",")[0].strip())
    return name if _NAME.match(name) else None


def is_person_name(text: str) -> bool:
    """A line that is only a person's name: two to four capitalised words, the first a known
    first name (``zitate/data/first_names.json``)."""
    words = _unglue(text).split()
    return (
        2 <= len(words) <= 4
        and bool(_NAME.match(" ".join(words)))
        and words[0] in _first_names()
        and not any(w.isupper() and len(w) > 1 for w in words)
    )


def _unglue(name: str) -> str:
    """A name without a role glued to it by the page's markup: „Ulrich ExnerKorrespondent“ ->
    „Ulrich Exner“ (a capital after four or more lower-case letters starts a glued word)."""
    return _GLUED.sub("", name).strip()


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    path = Path(__file__).parent.parent / "data" / "first_names.json"
    return frozenset(json.loads(path.read_text("utf-8"))["names"])
