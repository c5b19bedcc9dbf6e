"""Quotation marks: which marks of a text pair up into quotations.

Stage: quotation attribution, before the candidates (``candidates.quoted_spans`` turns these
character ranges into token spans). Input: the text of an article (paragraphs and headings on
lines of their own). Output: half-open character ranges of the quotations, marks included.

Marks pair within a paragraph, so an unbalanced mark never swallows the rest of the article and
no quotation crosses a heading; a quotation runs on into the next paragraph only where that
paragraph re-opens it (the German convention: no closing mark at the end of the first). Straight
double marks are paired by the assignment that makes most of them plausible (an opener before a
word, a closer after one), so one stray mark does not shift all later pairs.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Opening marks and the marks that close them. „…“ (and „…”), »…«, «…», “…” and "…"; single
#: ‚…‘, ›…‹ and ‹…› only outside a double quotation (inside one they are nested quotes). The
#: straight apostrophe is no mark: in German news it is mostly an apostrophe, wiki markup ('')
#: or scare quotes of a term (adding it cost 0.0006 messages F1 on the Wikinews dev split).
DOUBLE = {"„": "“”", "»": "«", "«": "»", "“": "”", '"': '"'}
SINGLE = {"‚": "‘’", "›": "‹", "‹": "›"}
_PARAGRAPH = re.compile(r"[^\n]+")
_OPEN_BEFORE = "([{–—-/:"


def quote_char_spans(text: str) -> list[tuple[int, int]]:
    """Half-open character ranges of the quotations in ``text``, marks included."""
    return list(_quote_char_spans(text))


@lru_cache(maxsize=32)
def _quote_char_spans(text: str) -> tuple[tuple[int, int], ...]:
    """``quote_char_spans`` of one text, kept for the stages that ask again for the same
    article (candidates, unmarked text, speaker rules): a pure function of the text."""
    out: list[tuple[int, int]] = []
    carry = None  # (opener position, mark, where to pair again, paragraph start, end)
    for para in _PARAGRAPH.finditer(text):
        a, b = para.span()
        if carry is not None and text[a] == carry[1]:
            found, left = _pair(text, a + 1, b, DOUBLE, a, carried=carry[:2])
        else:
            if carry is not None:  # never closed and not continued: pair what followed it
                out += _settle(text, carry[2], carry[4], carry[3], DOUBLE)
            found, left = _pair(text, a, b, DOUBLE, a)
        out += found
        if left is None:
            carry = None
        else:
            again = left[0] + 1 if left[0] >= a else a + 1
            carry = (left[0], left[1], again, a, b)
    if carry is not None:
        out += _settle(text, carry[2], carry[4], carry[3], DOUBLE)
    singles: list[tuple[int, int]] = []
    for para in _PARAGRAPH.finditer(text):
        a, b = para.span()
        singles += [
            s for s in _settle(text, a, b, a, SINGLE) if not any(d0 <= s[0] < d1 for d0, d1 in out)
        ]
    spans = out + singles
    return tuple(sorted(s for s in spans if any(c.isalnum() for c in text[s[0] : s[1]])))


def _settle(text: str, start: int, end: int, para: int, marks: dict[str, str]) -> list:
    """The pairs of ``text[start:end]``; after an opener that is never closed, pair again."""
    found, left = _pair(text, start, end, marks, para)
    while left is not None:
        more, left = _pair(text, left[0] + 1, end, marks, para)
        found += more
    return found


def _pair(
    text: str,
    start: int,
    end: int,
    marks: dict[str, str],
    para: int,
    carried: tuple[int, str] | None = None,
) -> tuple[list[tuple[int, int]], tuple[int, str] | None]:
    """Pair the marks of ``text[start:end]`` (``para``: where the paragraph starts; ``carried``:
    an opener still open from the paragraph before); returns the spans and the opener left
    open at ``end`` (None when every opener closed)."""
    spans: list[tuple[int, int]] = []
    opened = carried
    for i in range(start, end):
        ch = text[i]
        if opened is not None:
            pos, mark = opened
            if ch in marks[mark] and _closes(text, i, para, end, mark):
                spans.append((pos, i + 1))
                opened = None
            elif ch == mark and _opens(text, i, para, end):
                opened = (i, ch)  # the same opener again: the first one was never closed
        elif ch in marks and _opens(text, i, para, end):
            opened = (i, ch)
    return spans, opened


def _opens(text: str, i: int, para: int, end: int) -> bool:
    """An opening mark: straight marks as ``straight_roles`` assigns them; others followed by
    a non-space, “ also preceded by the paragraph start, a space, a bracket or a dash."""
    if text[i] == '"':
        return straight_roles(text, para, end).get(i) == "open"
    if i + 1 >= end or text[i + 1].isspace():
        return False
    if text[i] == "“":
        return i == para or text[i - 1].isspace() or text[i - 1] in _OPEN_BEFORE
    return True


def _closes(text: str, i: int, para: int, end: int, mark: str) -> bool:
    """A closing mark: straight marks as ``straight_roles`` assigns them; others always."""
    if mark == '"':
        return straight_roles(text, para, end).get(i) == "close"
    return True


def straight_roles(text: str, para: int, end: int) -> dict[int, str]:
    """Roles of the straight double marks of ``text[para:end]`` (a paragraph): "open", "close"
    or none (left out); see ``_roles``."""
    return {para + i: role for i, role in _roles(text[para:end])}


@lru_cache(maxsize=256)
def _roles(paragraph: str) -> tuple[tuple[int, str], ...]:
    """The roles of the straight double marks of ``paragraph`` with the highest total
    plausibility (dynamic programming over the marks): each pair gains 3, a plausible opener
    (before a word, after a space or bracket) or closer (after a word, not before a letter) +1,
    an implausible one -1; a mark left out gains nothing."""
    end = len(paragraph)
    closed: tuple[float, tuple] = (0.0, ())
    opened: tuple[float, tuple] = (float("-inf"), ())
    for i, ch in enumerate(paragraph):
        if ch != '"':
            continue
        before = i > 0 and not paragraph[i - 1].isspace()
        after = i + 1 < end and not paragraph[i + 1].isspace()
        op = 1.0 if after and (not before or paragraph[i - 1] in _OPEN_BEFORE) else -1.0
        cl = 1.0 if before and not (i + 1 < end and paragraph[i + 1].isalnum()) else -1.0
        new_closed = max(closed, (opened[0] + 1.5 + cl, (*opened[1], (i, "close"))), key=_score)
        new_opened = max(opened, (closed[0] + 1.5 + op, (*closed[1], (i, "open"))), key=_score)
        closed, opened = new_closed, new_opened
    return closed[1]


def _score(state: tuple[float, tuple]) -> float:
    return state[0]  # on a tie the mark is left out (the state before it is kept)
