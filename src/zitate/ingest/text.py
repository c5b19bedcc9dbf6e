"""Ingest stage, plain text: bytes of a text file -> ``Article``.

Takes already-scraped text (one block per line or per blank-line-separated paragraph, possibly
the whole flattened page with menus, teasers and comments) and gives an ``Article`` whose first
block is the title: the line model (``lines``) picks the article's lines, ``scraped.around``
finds title, teaser, dates, byline and credits around them, ``clean`` drops what debris is left.
A text may open with a header between two ``---`` lines (``url:``, ``source:``, ``published:`` as
an ISO date, ``authors:`` separated by ``;``), which gives the article's metadata and is not part
of its text. Decoding is strict: text that is not UTF-8 is an error naming the reason, never
silently mangled; text without article lines is an error naming the kind of input (E111).
"""

from __future__ import annotations

import re
from datetime import date

from ..errors import Errors, ZitateError
from . import patterns as P
from .article import Article, assemble
from .clean import agencies_in, clean_blocks, credit_line, debris_reason
from .lines import THRESHOLD, is_headline, is_sentence, probabilities
from .scraped import Around, around

_BLOCK_SPLIT = re.compile(r"\n\s*\n")
HEADER_KEYS = ("url", "source", "published", "authors")
_HEADER_LINE = re.compile(r"([a-z]+):[ \t]*(.*)")
KICKER_MAX_WORDS = 4
MODEL_MIN_BLOCKS = 6
RUN_ON_THRESHOLD = 0.15
#: An agency code after a sentence end at the end of a paragraph: „. /SDA“, „. AFP/dpa“.
_TRAILING_CODE = re.compile(r"(?<=[.!?“\"])\s+(/?[\w-]{2,12}(?:/[\w-]{2,12}){0,3})\s*$")
ISLAND_GAP = 20
TEASER_MIN_WORDS = 3
ISLAND_SHARE = 0.25
POLL_OPTION_WORDS = 8
POLL_MIN_OPTIONS = 2
_SENTENCES = re.compile(r"[.!?](?:\s|$)")


def decode_text(data: bytes, input: str, encoding: str = "utf-8") -> str:
    """Decode text bytes; binary and undecodable input raise ``ZitateError``."""
    if not data.strip():
        raise ZitateError(Errors.E003, input)
    wide = _display_name(encoding).startswith(("UTF-16", "UTF-32"))  # NUL bytes are text there
    if b"\x00" in data[:8192] and not wide:
        raise ZitateError(Errors.E004, input)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        raise ZitateError(
            Errors.E005,
            input,
            encoding=_display_name(encoding),
            detail=f"byte 0x{data[err.start]:02x} at offset {err.start}",
        ) from None
    if _looks_binary(text):
        raise ZitateError(Errors.E004, input)
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


def _display_name(encoding: str) -> str:
    """„UTF-8“, „UTF-16“, „CP1252“: the codec's name as people write it."""
    import codecs

    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        name = encoding
    return name.upper().replace("_", "-")


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    control = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return control > max(2, len(sample) // 100)


def article_from_text(
    text: str, input: str, source: str | None = None, title: str | None = None, **meta: object
) -> Article:
    """Scraped text -> ``Article``: the lines the line model (``lines``) judges article text are
    kept, title, dates and byline recovered from the lines around them (``scraped.around``;
    unless ``title`` is given), debris dropped, short unpunctuated lines between paragraphs as
    headings, agency credits at the end moved into ``credits``. A header (``read_header``) gives
    url, source, publication date and authors."""
    header, text = read_header(text, input)
    if "source" in header:
        source = header.pop("source")
    meta.update(header)
    all_blocks = split_trailing_credits(split_blocks(text))
    keep = article_lines(all_blocks)
    found = around(all_blocks, keep) if not all(keep) else Around()
    if found.teaser_index is not None:
        keep[found.teaser_index] = True
    if title is None and found.title:
        title = found.title
    chosen = [b for i, b in enumerate(all_blocks) if keep[i] and i not in found.used]
    cleaned = clean_blocks([("body", b) for b in chosen], known_authors=found.authors)
    blocks = [t for _, t in cleaned.blocks]
    if not blocks:
        raise ZitateError(Errors.E111, input, what=_what(input), detail=_no_text_reason(text))
    kinds = guess_kinds(blocks, has_title=title is not None)
    pairs = [(k, b) for k, b in zip(kinds, blocks, strict=True) if k != "kicker"]
    if title:
        pairs.insert(0, ("title", title))
    credits = list(dict.fromkeys(found.credits + cleaned.credits + opening_credits(blocks)))
    meta.setdefault("authors", list(dict.fromkeys(found.authors + cleaned.authors)))
    if found.published and not meta.get("published"):
        meta["published"] = found.published
    if found.updated and not meta.get("updated"):
        meta["updated"] = found.updated
    return assemble(input, pairs, source=source, credits=credits, **meta)


def split_trailing_credits(blocks: list[str]) -> list[str]:
    """An agency code after a paragraph's last sentence („… an Land. /SDA“, „… gesagt. AFP/
    dpa“) on a line of its own, so the paragraph still ends like a sentence."""
    out: list[str] = []
    for block in blocks:
        match = _TRAILING_CODE.search(block)
        if match and credit_line(match.group(1).lstrip("/")):
            out += [block[: match.start()].rstrip(), match.group(1)]
        else:
            out.append(block)
    return out


def article_lines(blocks: list[str]) -> list[bool]:
    """Which blocks are article text: all of a short text, else the line model's choice (the
    prose lines when it keeps none)."""
    if len(blocks) < MODEL_MIN_BLOCKS:
        return [True] * len(blocks)
    probs = probabilities(blocks)
    keep = [p >= THRESHOLD for p in probs]
    if any(keep):  # the article's last paragraphs, run on from its last kept line
        i = len(keep) - keep[::-1].index(True)
        while (
            i < len(blocks)
            and probs[i] >= RUN_ON_THRESHOLD
            and (
                is_sentence(blocks[i])
                or (i + 1 < len(blocks) and is_headline(blocks[i]) and is_sentence(blocks[i + 1]))
            )
        ):
            keep[i], i = True, i + 1
    keep = drop_media_teasers(blocks, drop_linked_teasers(blocks, keep))
    keep = drop_islands(blocks, drop_polls(blocks, keep))
    return keep if any(keep) else [is_sentence(b) for b in blocks]


def drop_polls(blocks: list[str], keep: list[bool]) -> list[bool]:
    """A kept question over a run of short unkept lines (its answers, two or more) with the
    article going on after them is a reader poll inside the article („Welches dieser Mittel
    ist dein Favorit?“ / „Eine wärmende Suppe.“ / „Viel Vitamin C und Zink.“ / …)."""
    out = list(keep)
    for i, text in enumerate(blocks):
        if not keep[i] or not text.rstrip().endswith("?") or len(_SENTENCES.findall(text)) > 1:
            continue
        j = i + 1
        while j < len(blocks) and not keep[j] and len(blocks[j].split()) <= POLL_OPTION_WORDS:
            j += 1
        if j - i - 1 >= POLL_MIN_OPTIONS and j < len(blocks) and keep[j]:
            out[i] = False
    return out


def drop_media_teasers(blocks: list[str], keep: list[bool]) -> list[bool]:
    """A kept line right over the running time of a video or audio („26.10.2025 | 2:43 min“,
    „1:30 Min.“) describes that clip, a teaser of other content, not article text."""
    return [
        k and not (i + 1 < len(blocks) and P.MEDIA_DURATION.match(blocks[i + 1]))
        for i, k in enumerate(keep)
    ]


def drop_linked_teasers(blocks: list[str], keep: list[bool]) -> list[bool]:
    """A headline-shaped line right after a link to other articles („Lesen Sie auch“, „Mehr
    zum Thema“; the line between, if any, not kept either) is the teaser of another article,
    however much it looks like a subheading („Faeser: „Wir brauchen eine Lösung““)."""
    out = list(keep)
    for i, text in enumerate(blocks):
        if not keep[i] or not is_headline(text) or len(text.split()) < TEASER_MIN_WORDS:
            continue
        for j in (i - 1, i - 2):
            if j < 0 or (j == i - 2 and keep[i - 1]):
                break
            if debris_reason(blocks[j]) in ("navigation", "related article"):
                out[i] = False
                break
    return out


def drop_islands(blocks: list[str], keep: list[bool]) -> list[bool]:
    """Kept lines far from the article are no part of it: the kept lines fall into groups
    wherever ``ISLAND_GAP`` or more lines between them are not kept; a group with less than
    ``ISLAND_SHARE`` of the words of the largest group is dropped (a service box or a teaser
    elsewhere on the page, which would otherwise also move the article's start and with it
    the headline and byline found above it)."""
    groups: list[list[int]] = []
    for i, kept in enumerate(keep):
        if not kept:
            continue
        if groups and i - groups[-1][-1] - 1 < ISLAND_GAP:
            groups[-1].append(i)
        else:
            groups.append([i])
    if len(groups) < 2:
        return keep
    words = [sum(len(blocks[i].split()) for i in g) for g in groups]
    top = max(words)
    out = list(keep)
    for group, count in zip(groups, words, strict=True):
        if count < ISLAND_SHARE * top:
            for i in group:
                out[i] = False
    return out


def _what(input: str) -> str:
    """How the user's input is called in a message: a JSONL line, standard input, a text file."""
    if re.search(r":\d+$", input):
        return "JSONL record"
    if "#" in input:
        return "archive record"
    return "standard input" if input == "-" else "text"


def _no_text_reason(text: str) -> str:
    words = len(text.split())
    return f"{words} words, all of them page furniture (menus, labels, credits)"


def read_header(text: str, input: str) -> tuple[dict[str, object], str]:
    """The metadata of a leading ``---`` header and the text after it; ``({}, text)`` when the
    text has none. A header line that is no ``key: value`` of ``HEADER_KEYS``, a date that is
    not ISO (``2005-01-29``) or a header without its closing ``---`` is a ``ZitateError``."""
    lines = text.lstrip("\ufeff").split("\n")
    if lines[0].strip() != "---":
        return {}, text
    header: dict[str, object] = {}
    for number, line in enumerate(lines[1:], start=2):
        if line.strip() == "---":
            return header, "\n".join(lines[number:])
        if not line.strip():
            continue
        match = _HEADER_LINE.fullmatch(line.strip())
        if not match or match[1] not in HEADER_KEYS:
            detail = f"header line {line.strip()[:60]!r} is not one of {', '.join(HEADER_KEYS)}"
            raise ZitateError(Errors.E105, input, line=number, detail=detail)
        key, value = match[1], match[2].strip()
        if key == "published":
            try:
                value = date.fromisoformat(value).isoformat()
            except ValueError:
                detail = f"published {value!r} is not an ISO date (2005-01-29)"
                raise ZitateError(Errors.E105, input, line=number, detail=detail) from None
        if key == "authors":
            header[key] = [a.strip() for a in value.split(";") if a.strip()]
        elif value:
            header[key] = value
    raise ZitateError(Errors.E105, input, line=1, detail="the header has no closing '---' line")


def split_blocks(text: str) -> list[str]:
    """Blank-line separated paragraphs; inside one, a line break after a short unpunctuated line
    (a label, a headline) also separates blocks. Text without blank lines: one block per line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    parts = [b for b in _BLOCK_SPLIT.split(text) if b.strip()]
    if len(parts) == 1:
        return [ln.strip() for ln in text.split("\n") if ln.strip()]
    blocks: list[str] = []
    for part in parts:
        lines = [ln.strip() for ln in part.split("\n") if ln.strip()]
        if any(_is_headline(ln) for ln in lines[:-1]):
            blocks.extend(lines)
        else:
            blocks.append(" ".join(lines))
    return blocks


def guess_kinds(blocks: list[str], has_title: bool = False) -> list[str]:
    """title for a first short unpunctuated line, teaser for the next short paragraph,
    heading for short unpunctuated lines between paragraphs, body for the rest."""
    kinds = ["body"] * len(blocks)
    start = 0
    if not has_title:
        start = _mark_title(blocks, kinds)
    if (
        start < len(blocks) - 1
        and len(blocks[start].split()) <= P.TEASER_MAX_WORDS
        and not _is_headline(blocks[start])
    ):
        kinds[start] = "teaser"
        start += 1
    for i in range(start, len(blocks) - 1):
        if (
            _is_headline(blocks[i])
            and len(blocks[i].split()) <= 10
            and not _is_headline(blocks[i + 1])
        ):
            kinds[i] = "heading"
    return kinds


def _mark_title(blocks: list[str], kinds: list[str]) -> int:
    """Among the headline-like lines at the top (breadcrumbs, kicker, headline), the longest is
    the title („Politik“, „Ausland“, „Kiew meldet …“); shorter ones before it are kickers. The
    first line is taken as title only if a paragraph follows. Returns the index after it."""
    run = 0
    while run < len(blocks) - 1 and _is_headline(blocks[run]):
        run += 1
    if run == 0:
        return 0
    title = max(range(run), key=lambda i: (len(blocks[i].split()), i))
    if title > 0 and len(blocks[title].split()) <= KICKER_MAX_WORDS:
        title = run - 1
    for i in range(title):
        kinds[i] = "kicker"
    kinds[title] = "title"
    return title + 1


def _is_headline(text: str) -> bool:
    """Short, and no full stop, comma or colon at the end."""
    words = len(text.split())
    return 0 < words <= P.HEADLINE_MAX_WORDS and not text.rstrip().endswith((".", ",", ";", ":"))


def opening_credits(blocks: list[str]) -> list[str]:
    """Agencies of an opening dateline: "Berlin (dpa) – …", "Paris (AFP/dpa) - …"."""
    for block in blocks[:6]:
        match = P.OPENING_DATELINE.match(block) or P.OPENING_SLASH_DATELINE.match(block)
        if match and (found := agencies_in(match.group(1))):
            return found
    return []
