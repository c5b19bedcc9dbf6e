"""Ingest stage, cleaning: ``(kind, text)`` blocks with page debris -> clean blocks + metadata.

Used for blocks extracted from HTML and for text someone already scraped. Each rule is a small
function over one block or over the sequence; the regexes live in ``patterns.py``. Output: the
blocks to keep, the authors found in bylines and in a closing signature („(Name aus Ort, Name,
3.5.2024)“), and the agency credits moved out of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import patterns as P
from .names import NAME

Block = tuple[str, str]

#: Blocks of the article before which no comment head is looked for (bylines, datelines).
COMMENT_AFTER = 3
#: Sentence boundaries from which a block without code-only characters is prose, whatever
#: weak script signs it has (a whole article on one line, sports results glued in: „21,93
#: mSilber: David Storl“).
PROSE_MIN_SENTENCES = 3

#: Characters lxml and trafilatura cannot take (not allowed in XML: C0 controls but tab and line
#: breaks, lone surrogates, U+FFFE/U+FFFF): dropped before parsing, so one stray ESC does not
#: lose the page; vertical tab and form feed become spaces.
_NOT_XML = re.compile("[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BREAKS = re.compile("[\x0b\x0c]")


_CHAR_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?")


def sanitise(text: str) -> str:
    """``text`` without the characters XML cannot hold (see ``_NOT_XML``)."""
    return _NOT_XML.sub("", _BREAKS.sub(" ", text))


def sanitise_html(text: str) -> str:
    """``sanitise`` for markup: also the character references to such characters (``&#27;``),
    which the HTML parser would turn into them."""
    return sanitise(_CHAR_REF.sub(_xml_char_ref, text))


def _xml_char_ref(match: re.Match) -> str:
    code = int(match.group(1), 16) if match.group(1) else int(match.group(2))
    if code > 0x10FFFF:
        return ""
    char = chr(code)
    if char in "\x0b\x0c":
        return " "
    return "" if _NOT_XML.match(char) else match.group(0)


@dataclass
class Cleaned:
    blocks: list[Block]
    authors: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)


def clean_blocks(blocks: list[Block], known_authors: list[str] | None = None) -> Cleaned:
    """Drop debris blocks, pull bylines into authors and trailing agency credits into credits.

    ``known_authors`` (from the page metadata) lets a closing author biography go too."""
    blocks = [(kind, " ".join(text.split())) for kind, text in blocks]
    blocks = [(kind, text) for kind, text in blocks if text]
    blocks = cut_comment_section(cut_source_list(blocks))
    authors: list[str] = []
    kept: list[Block] = []
    for i, (kind, text) in enumerate(blocks):
        if kind == "teaser" and (split := split_teaser_byline(text)):
            text, names = split
            authors.extend(names)
        if kind != "title" and i < 15 and (names := byline_names(text)):
            authors.extend(names)
            continue
        if kind in ("title", "teaser") or credit_line(text) or debris_reason(text) is None:
            kept.append((kind, text))
    kept = drop_trailing_lead_ins(strip_place_dateline(kept))
    kept, credits = split_credits(kept)
    kept, signed, agencies = split_signature(kept)
    authors.extend(signed)
    credits = _unique(credits + agencies)
    kept = drop_author_bio(kept, (known_authors or []) + authors)
    return Cleaned(drop_empty_headings(kept), authors, credits)


def split_teaser_byline(text: str) -> tuple[str, list[str]] | None:
    """A teaser ending in a byline ("… lebendig. Von Eva Kirchner") -> (teaser, authors)."""
    match = P.TEASER_BYLINE.match(text)
    names = byline_names(match.group(2)) if match else []
    return (match.group(1), names) if names else None


def drop_author_bio(blocks: list[Block], authors: list[str]) -> list[Block]:
    """Drop closing blocks that introduce an author ("Korrespondent X ist bei …")."""
    names = [a for a in authors if len(a.split()) >= 2]
    while blocks and names and blocks[-1][0] == "body":
        head = " ".join(blocks[-1][1].split()[:8])
        if not any(
            re.search(re.escape(n) + r"\s+(?:ist|arbeitet|schreibt|berichtet)\b", head)
            for n in names
        ):
            break
        blocks = blocks[:-1]
    return blocks


def debris_reason(text: str) -> str | None:
    """Name the kind of page debris ``text`` is, or ``None`` for article text."""
    words = len(text.split())
    if words <= 8 and P.NAV_LINE.match(text):
        return "navigation"
    if words <= 3 and P.BARE_LABEL.match(text):
        return "label"
    if words <= 12 and (P.DATELINE.match(text) or P.MEDIA_LINE.match(text)):
        return "dateline"
    if words <= 30 and P.PHOTO_CREDIT.search(text) and not text.endswith((".", '"', "“")):
        return "photo credit"
    if words <= 30 and P.PHOTO_CREDIT.search(text) and "©" in text:
        return "photo credit"
    if P.PROGRAMME_LINE.match(text):
        return "programme"
    if words <= 6 and P.COMMENT_HEADER.match(text):
        return "comment"
    if looks_like_script(text):
        return "script"
    if words <= 60 and P.CONSENT_OR_PROMO.search(text):
        return "consent or promotion"
    if words <= 25 and P.RELATED_LEAD.match(text):
        return "related article"
    if words <= 60 and P.READER_PROMPT.search(text):
        return "reader prompt"
    if words <= 15 and P.STAFF_CREDIT.match(text):
        return "staff credit"
    if P.BIO_CONTINUATION.match(text):
        return "expert box"
    if words <= 30 and P.SOURCE_REF.match(text):
        return "source reference"
    return None


def looks_like_script(text: str) -> bool:
    """Page script or markup leaked into the text: object keys, calls, braces."""
    ratio = sum(map(text.count, P.CODE_CHARS)) / max(1, len(text))
    # brackets and semicolons alone are prose too (sports results: "Mainz – Köln 2:0 (1:0);")
    code = sum(map(text.count, P.CODE_ONLY_CHARS))
    if (ratio > 0.08 and code) or any(rx.search(text) for rx in P.SCRIPT_STRONG):
        return True
    if not code and len(P.PROSE_SENTENCE_END.findall(text)) >= PROSE_MIN_SENTENCES:
        return False
    signs = sum(1 for rx in P.SCRIPT_SIGNS if rx.search(text))
    return signs >= 2 or (signs == 1 and ratio > 0.02)


def byline_names(text: str) -> list[str]:
    """Authors of a byline block ("Von A und B"), or [] when the block is no byline."""
    if len(text.split()) > 14:
        return []
    match = P.BYLINE.match(text)
    if not match:
        return []
    names = P.CREDIT_SPLIT.split(match.group(1))
    return [n.strip() for n in names if n.strip() and n.strip()[0].isupper()]


def cut_source_list(blocks: list[Block]) -> list[Block]:
    """Cut a trailing "Quellen:" label and the short list after it."""
    for i in range(max(0, len(blocks) - 12), len(blocks)):
        if P.SOURCES_LABEL.match(blocks[i][1]) and all(
            len(t.split()) <= 15 for _, t in blocks[i + 1 :]
        ):
            return blocks[:i]
    return blocks


def cut_comment_section(blocks: list[Block]) -> list[Block]:
    """Cut everything from the first of two or more reader-comment headers, or from the first
    comment head after the article's opening paragraphs: a user name alone on its line with
    the time stamp of the comment on the next („Kritiker2010“ / „06.11.2023, 13.47 Uhr“)."""
    heads = [i for i, (_, t) in enumerate(blocks) if len(t.split()) <= 6 and _is_comment(t)]
    if len(heads) >= 2:
        return blocks[: heads[0]]
    for i in range(COMMENT_AFTER, len(blocks) - 1):
        text, after = blocks[i][1], blocks[i + 1][1]
        if (comment_head(text, after) or _one_line_head(text)) and any(
            len(t.split()) >= 12 for _, t in blocks[:i]
        ):
            return blocks[:i]
    return blocks


def _one_line_head(text: str) -> bool:
    """A comment head on one line: „Kritiker2010 | 06.11.2023, 13:47 Uhr“, „Petra K. schrieb
    am 6.11.2023 um 9:05:“. The name must look like a user name (a digit, „_“, a lower-case
    start or an initial): „Kiew | 06.11.2023, 13:47 Uhr“ heads a ticker entry."""
    match = P.COMMENT_HEAD_LINE.match(text)
    if not match or not comment_head(match.group(1), match.group(2)):
        return False
    name = match.group(1)
    return not re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß-]+", name)


def comment_head(name: str, stamp: str) -> bool:
    """``name`` a reader's user name and ``stamp`` the time of the comment: a relative time
    („vor 2 Stunden“) or a date with its time of day („06.11.2023, 13.47 Uhr“)."""
    if not P.COMMENT_HANDLE.match(name) or debris_reason(name) or name.isdigit():
        return False
    return bool(P.COMMENT_TIME.match(stamp))


def _is_comment(text: str) -> bool:
    return bool(P.COMMENT_HEADER.match(text)) and not text.startswith("@")


def split_credits(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """Move agency credits at the end of the body (line or parenthesis) into ``credits``."""
    credits: list[str] = []
    while blocks and blocks[-1][0] == "body":
        kind, text = blocks[-1]
        line = credit_line(text)
        if line:
            credits = line + credits
            blocks = blocks[:-1]
            continue
        match = P.TRAILING_PAREN.search(text)
        found = agencies_in(match.group(1)) if match else []
        if match and found:
            credits = found + credits
            rest = text[: match.start()].rstrip()
            blocks = blocks[:-1] + ([(kind, rest)] if rest else [])
        break
    return blocks, _unique(credits)


#: The date that closes an author's signature: „3.5.2024“, „16. 5. 2016“, „01.11.2015“.
_SIGNATURE_DATE = re.compile(r"^\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{2}|\d{4})$")
#: A parenthesis closing the body (longer than ``P.TRAILING_PAREN``: three names and a date).
_TRAILING_PAREN = re.compile(r"\s*\(([^()]{2,200})\)\s*$")
#: A signing author's place: „Birgit Baumann aus Berlin“.
_FROM_PLACE = re.compile(r"\s+aus\s+[A-ZÄÖÜ][\w.-]+(?:\s+[A-ZÄÖÜ][\w.-]+)?$")


def split_signature(blocks: list[Block]) -> tuple[list[Block], list[str], list[str]]:
    """Move the signature that closes the body into authors and credits: a parenthesis of names
    (each with its place, if any), editors' initials or agencies, and the date last — „(Birgit
    Baumann aus Berlin, Anna Giulia Fink, Jan Michael Marchart, 3.5.2024)“, „(APA, red,
    25.7.2015)“; the outlet written in capitals („(Conrad Seidl, DER STANDARD, 5.8.2015)“) is
    neither. It is no part of the text: a quotation before it has no speaker in it.
    Returns the blocks, the authors' names and the agencies."""
    if not blocks or blocks[-1][0] != "body":
        return blocks, [], []
    kind, text = blocks[-1]
    match = _TRAILING_PAREN.search(text)
    parts = [p.strip() for p in re.split(r"[,;]", match.group(1))] if match else []
    if len(parts) < 2 or not _SIGNATURE_DATE.match(parts[-1]):
        return blocks, [], []
    names: list[str] = []
    agencies: list[str] = []
    for part in parts[:-1]:
        name = _FROM_PLACE.sub("", part)
        if found := agencies_in(part):
            agencies.extend(found)
        elif P.INITIALS.match(part) or part.isupper():
            continue  # editors' initials; the outlet in capitals („DER STANDARD“) is no author
        elif NAME.match(name):
            names.append(name)
        else:
            return blocks, [], []
    rest = text[: match.start()].rstrip()
    return blocks[:-1] + ([(kind, rest)] if rest else []), names, agencies


def credit_line(text: str) -> list[str]:
    """Agencies named by a whole credit line ("Mit Material von dpa", "(dpa, AFP)")."""
    if len(text.split()) > 12:
        return []
    stripped = text.strip()
    if P.AGENCY_MATERIAL.match(stripped):
        return ["Agenturen"]
    if stripped.startswith("(") and stripped.endswith(")"):
        inner = stripped[1:-1].strip()
        return agencies_in(inner) or (credit_line(inner) if not inner.startswith("(") else [])
    if P.AGENCY_STORY_ID.search(stripped):  # "© dpa-infocom, dpa:250312-99-123456/3"
        return agencies_in(P.AGENCY_STORY_ID.search(stripped).group(1))
    match = P.CREDIT_LINE.match(stripped)
    if not match:  # a bare agency line: "dpa", "dpa/AFP/jus", "jst/dpa"
        return agencies_in(stripped) if len(stripped.split()) <= 4 else []
    inner = match.group(1).strip().strip("()").strip()
    return agencies_in(_without_outlet(inner), allow_other=False)


def _without_outlet(inner: str) -> str:
    """A credit without the outlet's own domain before the agencies: "ntv.de, mau/dpa/AFP"."""
    parts = P.CREDIT_SPLIT.split(inner.strip())
    if len(parts) > 1 and P.OUTLET_DOMAIN.match(parts[0]):
        return inner.strip()[len(parts[0]) :].lstrip(" ,/;")
    return inner


def agencies_in(inner: str, allow_other: bool = False) -> list[str]:
    """Agencies in a credit such as "dpa, AFP, Reuters" or "dpa/lnw"; [] if one part is not."""
    found: list[str] = []
    parts = [p for p in P.CREDIT_SPLIT.split(inner.strip()) if p]
    if not parts:
        return []
    for part in parts:
        key = part.lower().rstrip(".")
        if key in P.AGENCIES:
            found.append(P.AGENCIES[key])
        elif P.INITIALS.match(part) and not part.isupper():
            continue  # an editor's initials beside the agency: "dpa/lby", "jst/dpa"
        elif P.INITIALS.match(part) and found:
            continue
        elif not allow_other:
            return []
    return found


def strip_place_dateline(blocks: list[Block]) -> list[Block]:
    """Remove a "Place · " dateline from the start of the teaser or first paragraph."""
    for i, (kind, text) in enumerate(blocks):
        if kind in ("teaser", "body"):
            blocks = list(blocks)
            blocks[i] = (kind, P.PLACE_DOT.sub("", text, count=1))
            break
    return blocks


def drop_trailing_lead_ins(blocks: list[Block]) -> list[Block]:
    """Drop final blocks ending in a colon: lead-ins to a link or box the text no longer has.
    The article's only body block stays (a single-block text ending in „Ein Auszug:“)."""
    while (
        sum(1 for kind, _ in blocks if kind == "body") > 1
        and blocks[-1][0] == "body"
        and blocks[-1][1].rstrip().endswith(":")
    ):
        blocks = blocks[:-1]
    return blocks


def drop_empty_headings(blocks: list[Block]) -> list[Block]:
    """Drop headings with no body text after them (a section whose paragraphs were debris)."""
    kept: list[Block] = []
    for i, (kind, text) in enumerate(blocks):
        nxt = blocks[i + 1][0] if i + 1 < len(blocks) else None
        if kind == "heading" and nxt in (None, "heading"):
            continue
        kept.append((kind, text))
    return kept


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
