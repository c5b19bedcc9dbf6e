"""Ingest stage, scraped text: the article's title, date and byline around its lines.

Takes the blocks of already-scraped text and which of them ``lines`` judged article text, and
gives what stands around the article: the headline (``titles.choose``: a learned choice among
the lines before the article, a short kicker line joined as „Kicker: Headline“ or not), the
publication and update date (``dates.date_score``: a scored choice among the date lines near
the headline — „Stand: 14.03.2025, 18:42 Uhr“, „Veröffentlicht am 3. Mai 2024“; expiry and
relative dates never) and the authors and agency credits of a byline („Von Anna Muster (dpa)“,
„Do 25.04.24 | 14:07 Uhr | Von …“, „Anna Muster | 12.03.2025“, „Von“ on a line of its own with
one name per line after it, bare names under the headline, „Autorin: …“, „Von A mit Material
von dpa“, „Quelle: dpa“, „Quelle: ntv.de, mau/dpa/AFP“; a photo credit „Foto: …“ names no
author) and credit lines after the article („(APA/dpa)“, „© dpa-infocom, dpa:…“).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import patterns as P
from .dates import date_score, parse_date
from .lines import credit_shaped, is_sentence, load_model
from .names import NAME as _NAME
from .names import is_person_name
from .names import unglue as _unglue
from .titles import article_start, choose, echoes, with_credit

_LONE_VON = re.compile(r"^(?:[Vv]on|Autor(?:in)?:?|Text:?)$")
_BYLINE_AGENCY = re.compile(r"^(?P<by>.*?)\s*\((?P<agency>[^()]{2,40})\)\s*$")
_WORDS = re.compile(r"\w+")
_BAR = re.compile(r"\s+[|•·]\s+")
_SOURCE = re.compile(r"^Quellen?:\s*(\S+)")
_AUTHOR_LABEL = re.compile(r"^(?:Autor(?:in|en)?|Text|Von)\s*:\s*(?P<names>.+)$")
_MORE_NAMES = re.compile(r"^(?:,|und\b|&)\s*([A-ZÄÖÜ].{2,60})$")
_LABEL = re.compile(r"^(?:Text|Autor(?:in)?|Quelle|Von)\s*:\s*|^[Vv]on\s+(?=\S+\s*$)")
#: Between the names and the agency of a byline; not „/“: „Marcus Brandt/dpa“ is a photo credit.
_AGENCY_SEPARATORS = (" | ", ", ", " – ", " - ", " mit ")
CREDIT_LOOK_AHEAD = 4
BYLINE_BEFORE_KEPT = 2  # index of the kept line before which the byline stands
CREDIT_MAX_WORDS = 4
BARE_NAMES_MAX = 4


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


def around(blocks: list[str], keep: list[bool]) -> Around:
    """Title, dates and byline found in the lines before and at the start of the article."""
    out = Around()
    if not any(keep):
        return out
    first = keep.index(True)
    if chosen := choose(blocks, keep, load_model().get("title")):
        out.title, out.title_index = chosen.text, chosen.end
        out.used.update(range(chosen.start, chosen.end + 1))
        # a kept copy of the page's title right over the headline (its breadcrumb item)
        out.used.update(j for j in range(first, chosen.start) if echoes(blocks[j], chosen.text))
    start = max(0, (out.title_index if out.title_index is not None else first) - 8)
    near = out.title_index if out.title_index is not None else first
    _dates(blocks, range(start, min(len(blocks), first + 6)), out, near)
    kept = [j for j, k in enumerate(keep) if k]
    lead = kept[1] if len(kept) > 1 else first  # a teaser may stand above the byline
    # the byline stands over the article's third paragraph at the latest; one further down is
    # that of a teaser card of another article („Mehr zum Thema“ / „Von Anna Muster, Berlin“)
    body = [j for j in kept if j >= article_start(blocks, keep)]  # past headline lines kept
    limit = body[BYLINE_BEFORE_KEPT] if len(body) > BYLINE_BEFORE_KEPT else len(blocks)
    end = min(len(blocks), first + 8, limit)
    _byline(blocks, range(start, end), out, out.title_index, lead)
    _closing_credits(blocks, keep, out)
    out.published = out.published or out.updated
    out.teaser_index = _teaser_index(blocks, out, first)
    return out


def _teaser_index(blocks: list[str], out: Around, first: int) -> int | None:
    """The first prose line between the headline and the article's first line: the teaser;
    a photo's caption is passed over: one with its credit inside, or one further down (below
    the byline) right over its credit („(Foto: Galerie X)“) — the line right under the
    headline is the teaser even with a credit after it (the photo follows the teaser)."""
    if out.title_index is None:
        return None
    for j in range(out.title_index + 1, first):
        text = blocks[j]
        if j not in out.used and is_sentence(text) and len(text.split()) >= 10:
            under = j == out.title_index + 1
            if not under and j + 1 < len(blocks) and credit_shaped(blocks[j + 1]):
                continue
            if with_credit(text):  # „… Berlin-Marathon. (Foto: Jo Doe/AFP)“
                continue
            return None if P.PHOTO_CREDIT.search(text) else j
    return None


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
    between the headline (``head``) and ``first``, the article's second line („Jennifer Pahlke“
    under a teaser). A
    photo credit („Foto: …“, „Bild: …“) names no author, nor does a place after the name
    („Von Ines Zöttl, Washington“)."""
    from .clean import agencies_in, byline_names, credit_line

    last_byline = -2
    for j in span:
        text = blocks[j]
        if P.PHOTO_CREDIT.search(text) and not _BYLINE_AGENCY.match(text):
            if credited := _credited_byline(text):  # „AFP/dpa“, not „dpa/Anna Muster“
                out.credits += credited[1]
                out.used.add(j)
            continue
        found = False
        parts = _BAR.split(text)
        dated = len(parts) > 1 and any(parse_date(p) for p in parts)
        for part in parts:
            match = _BYLINE_AGENCY.match(part)
            if match and (agencies := agencies_in(match.group("agency"))):
                names = _names(match.group("by")) if match.group("by") else []
                if names or not match.group("by"):
                    out.authors += names
                    out.credits += agencies
                    found = True
                    continue
            if names := [n for n in byline_names(part) if len(n.split()) >= 2]:
                out.authors += [_unglue(n) for n in names]
                out.credits += _agency_after(part)
                found = True
            elif (source := _SOURCE.match(part)) and (
                agencies := credit_line(part) or agencies_in(source.group(1))
            ):
                out.credits += agencies  # „Quelle: dpa Sport“, „Quelle: ntv.de, mau/dpa/AFP“
                found = True
            elif (label := _AUTHOR_LABEL.match(part)) and (names := _label_names(label["names"])):
                out.authors += names  # „Autorin: Anna Muster“, „Autorin: Anna Muster, KNA“
                out.credits += _agency_after(part)
                found = True
            elif dated and is_person_name(part):  # „Anna Muster | 12.03.2025, 14:05 Uhr“
                out.authors.append(_unglue(part))
                found = True
            elif credited := _credited_byline(part):
                out.authors += credited[0]
                out.credits += credited[1]
                found = True
        if not found and j == last_byline + 1 and (more := _MORE_NAMES.match(text)):
            out.authors += [_unglue(n) for n in byline_names("Von " + more.group(1))]
            found = True
        if not found and head is not None and head < j < first and (names := _bare_names(text)):
            # between the headline and the article's second line (a teaser above the byline)
            out.authors += names
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


def _names(text: str) -> list[str]:
    """The authors of a byline with or without „Von“: „Von A und B“, „Anna Muster“."""
    from .clean import byline_names

    text = _LABEL.sub("", text.strip())
    names = byline_names(text) or byline_names(f"Von {text}")
    return [_unglue(n) for n in names if len(n.split()) >= 2 and is_person_name(n)] or [
        _unglue(n) for n in byline_names(text)
    ]


def _label_names(text: str) -> list[str]:
    """The persons after an author label, the first one a name („Anna Muster und Ben
    Beispiel“, „Anna Muster, Redakteurin Politik“: the role is no name)."""
    from .clean import byline_names

    names = byline_names(f"Von {text.strip()}")
    if not names or not is_person_name(names[0]):
        return []
    return [_unglue(n) for n in names if is_person_name(n)]


def _bare_names(text: str) -> list[str]:
    """A line of person names alone: „Anna Muster“, „Anna Muster und Ben Beispiel“."""
    parts = [p for p in P.CREDIT_SPLIT.split(text.strip()) if p]
    if parts and len(parts) <= BARE_NAMES_MAX and all(map(is_person_name, parts)):
        return [_unglue(p) for p in parts]
    return []


def _agency_after(text: str) -> list[str]:
    """The agency after the names of a byline: „Von Anna Muster, dpa“, „… | APA“."""
    from .clean import agencies_in

    for sep in _AGENCY_SEPARATORS:
        if sep in text and (agencies := agencies_in(text.rsplit(sep, 1)[1].strip())):
            return agencies
    return []


def _credited_byline(text: str) -> tuple[list[str], list[str]] | None:
    """(authors, agencies) of a byline line that credits an agency: a bare credit („AFP/dpa“,
    „dpa/AFP/mck“, „Text: APA / Red.“) or names then the agency („Anna Muster, SDA“,
    „Autorin: Anna Muster, KNA“); None for any other line."""
    from .clean import agencies_in, credit_line

    bare = _LABEL.sub("", text.strip())
    if len(bare.split()) <= CREDIT_MAX_WORDS and (agencies := credit_line(bare)):
        return [], agencies
    for sep in _AGENCY_SEPARATORS:
        if sep not in bare:
            continue
        by, tail = (part.strip() for part in bare.rsplit(sep, 1))
        agencies = agencies_in(tail) or (credit_line(f"mit {tail}") if sep == " mit " else [])
        if agencies and (names := _names(by)):  # „Von A mit Material von dpa“
            return names, agencies
    return None


def _name_line(text: str) -> str | None:
    """The name a line after a lone „Von“ gives: „Anna Muster“, „David Straub, MDR THÜRINGEN“."""
    name = _unglue(text.split(",")[0].strip())
    return name if _NAME.match(name) else None
