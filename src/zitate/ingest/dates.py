"""Ingest stage, scraped text: dates in the lines around an article.

Takes single lines of already-scraped text and gives the date they hold as ISO
(``parse_date``: „Stand: 14.03.2025, 18:42 Uhr“, „Veröffentlicht am 3. Mai 2024“, „22.11.2024
07.57“, ISO dates; German month names; relative dates such as „vor 3 Stunden“ or „Heute, 12:37
Uhr“ give none) and how likely a line is the article's publication or update date
(``date_score``: a scored choice among the date lines near the headline).
"""

from __future__ import annotations

import re

from .lines import is_sentence

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
