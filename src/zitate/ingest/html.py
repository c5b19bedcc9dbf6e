"""Ingest stage, web pages: HTML bytes -> ``Article``.

trafilatura finds the main text (as structured XML, so subheadings stay headings) and htmldate
the date where the page declares none; this module adds what news needs on top: the headline
without site suffix, the teaser, bylines and agency credits out of the text, page debris dropped
(``clean.py``), canonical URL, and decoding of pages in legacy encodings (cp1252).
"""

from __future__ import annotations

import copy
import re
from datetime import datetime

import lxml.html
import trafilatura
from charset_normalizer import from_bytes
from lxml import etree

from ..errors import Errors, ZitateError
from . import patterns as P
from .article import Article, assemble
from .clean import Block, agencies_in, clean_blocks, sanitise_html
from .htmldates import bound_date_parser
from .meta import PageMeta, choose_title, page_teasers, read_meta, source_of
from .prune import link_teasers, mark_article_body, norm_words, prune_page

bound_date_parser()  # htmldate's fallback parser: German and English only (``htmldates.py``)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)""", re.IGNORECASE)
_LEGACY = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252"}
MIN_WORDS = 25
#: Text nodes of the body outside scripts and styles: ``descendant::`` finds the nodes of
#: ``.//`` without its sort; plain strings, as no caller asks a text node for its parent.
_VISIBLE_TEXT = etree.XPath(
    "descendant::text()[not(ancestor::script) and not(ancestor::style)]", smart_strings=False
)


def _html_parser() -> lxml.html.HTMLParser:
    """lxml.html's parser, with its element classes looked up in C: lxml.html's own lookup is
    a Python method that runs for every element handed to Python (some 200,000 times for 40
    pages, mostly in trafilatura). The classes are the same, so is the tree."""
    lookup = etree.ElementNamespaceClassLookup(
        etree.ElementDefaultClassLookup(
            element=lxml.html.HtmlElement,
            comment=lxml.html.HtmlComment,
            pi=lxml.html.HtmlProcessingInstruction,
            entity=lxml.html.HtmlEntity,
        )
    )
    # form, input, label, select, textarea
    lookup.get_namespace(None).update(lxml.html.HtmlElementClassLookup._default_element_classes)
    parser = lxml.html.HTMLParser()
    parser.set_element_class_lookup(lookup)
    return parser


_PARSER = _html_parser()


def decode_html(data: bytes, input: str, declared: str | None = None) -> str:
    """Bytes of a page -> text: BOM, then strict UTF-8, then the declared or detected charset."""
    if not data.strip():
        raise ZitateError(Errors.E003, input)
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ZitateError(Errors.E004, input)
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    match = _CHARSET.search(data[:8192])
    name = (declared or (match.group(1).decode("ascii", "ignore") if match else "")).lower()
    name = _LEGACY.get(name, name)
    if name and name not in ("utf-8", "utf8"):
        try:
            return data.decode(name, errors="replace")
        except LookupError:
            pass
    best = from_bytes(data[:200_000]).best()
    return data.decode(best.encoding if best else "cp1252", errors="replace")


def parse_html(text: str, input: str) -> lxml.html.HtmlElement:
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)
    try:
        tree = lxml.html.document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError) as err:
        raise ZitateError(Errors.E101, input, detail=str(err) or "no markup") from None
    if tree is None or tree.find(".//body") is None and not len(tree):
        raise ZitateError(Errors.E101, input, detail="no document element")
    return tree


def article_from_html(
    data: bytes | str, input: str, url: str | None = None, charset: str | None = None
) -> Article:
    """Extract the article of one page; a page without article text raises ``ZitateError``."""
    text = sanitise_html(data if isinstance(data, str) else decode_html(data, input, charset))
    if not text.strip():
        raise ZitateError(Errors.E003, input)
    tree = parse_html(text, input)
    meta = read_meta(tree)
    page_url = meta.canonical if _is_url(meta.canonical) else url
    visible = _visible_text(tree) if meta.description else ""
    teasers = page_teasers(tree)
    links = link_teasers(tree)
    prune_page(tree)
    mark_article_body(tree)
    doc = trafilatura.bare_extraction(
        tree,
        url=url,
        include_comments=False,
        include_formatting=True,
        include_tables=False,
        with_metadata=False,
        deduplicate=False,
    )
    blocks = blocks_from_body(doc.body if doc is not None else None, links)
    first_head = next((t for k, t in blocks if k == "heading"), None)
    title = choose_title(meta, page_url or url, first_head)
    blocks = drop_leading_titles(blocks, title, meta)
    blocks = mark_teaser(blocks, meta.description, visible, teasers)
    cleaned = clean_blocks(blocks, meta.authors)
    body = [b for b in cleaned.blocks if b[0] != "teaser"]
    if sum(len(t.split()) for _, t in body) < MIN_WORDS:
        raise ZitateError(Errors.E102, input)
    authors = meta.authors or cleaned.authors
    credits = list(dict.fromkeys(cleaned.credits + agencies_in(", ".join(authors))))
    final = ([("title", title)] if title else []) + cleaned.blocks
    return assemble(
        input,
        final,
        url=page_url or url,
        source=source_of(page_url or url) or _file_name(input),
        published=iso_date(meta.published) or find_published(text, url),
        updated=iso_date(meta.updated),
        authors=authors,
        credits=credits,
    )


def blocks_from_body(body: etree._Element | None, links: set[str] | None = None) -> list[Block]:
    """trafilatura's XML body -> ``(kind, text)``: ``head`` -> heading, others -> body.

    Blocks whose text is in ``links`` (teasers of other pages, see ``prune.link_teasers``)
    are left out."""
    if body is None:
        return []
    links = links or set()
    blocks: list[Block] = []
    for el in body:
        if el.tag == "head":
            blocks.append(("heading", _text_of(el)))
        elif el.tag == "list":
            blocks.extend(("body", _text_of(item)) for item in el.iter("item"))
        elif el.tag in ("p", "quote", "lb", "div"):
            kind = "lead" if _is_bold(el) else "body"
            blocks.append((kind, _text_of(el)))
    return [(k, t) for k, t in blocks if t and norm_words(t) not in links]


def _text_of(el: etree._Element) -> str:
    """The words of a block; a line break (``lb``, the page's ``<br>``) separates words („ill“
    and „NBC“ of „CNN: "… ill"<br>NBC: "…"“ in an embedded post), it never glues them. The
    page's tree is left as it is (a block with line breaks is read from a copy)."""
    if el.find(".//lb") is not None:
        el = copy.deepcopy(el)
        for lb in el.iter("lb"):
            lb.tail = " " + (lb.tail or "")
    return " ".join("".join(el.itertext()).split())


def _is_bold(el: etree._Element) -> bool:
    children = list(el)
    return (
        len(children) == 1
        and children[0].tag == "hi"
        and not (el.text or "").strip()
        and not (children[0].tail or "").strip()
    )


def drop_leading_titles(blocks: list[Block], title: str | None, meta: PageMeta) -> list[Block]:
    """Drop headline repeats (h1, kicker + headline) and a bare timestamp („08.04.2015 12:46“)
    from the top of the body."""
    heads = {norm_words(t) for t in [title, meta.ld_headline, meta.og_title, *meta.h1] if t}
    words = set().union(*(set(h.split()) for h in heads)) if heads else set()
    out: list[Block] = []
    for i, (kind, text) in enumerate(blocks):
        norm = norm_words(text)
        tokens = set(norm.split())
        repeat = norm in heads or (
            kind == "heading" and tokens and len(tokens & words) / len(tokens) > 0.7
        )
        # a heading before any paragraph is headline furniture: kicker, display headline
        top_heading = kind == "heading" and all(k == "heading" for k, _ in out)
        stamp = P.DATE_ONLY.fullmatch(text) is not None
        furniture = repeat or top_heading or stamp
        if not (i < 6 and furniture and not any(k == "body" for k, _ in out)):
            out.append((kind, text))
    return out


def mark_teaser(
    blocks: list[Block], description: str | None, visible: str, teasers: list[str] = ()
) -> list[Block]:
    """Mark the teaser: a leading bold block or the block matching the meta description or a
    teaser element of the page; a description shown on the page, or a teaser element, missed
    by the extractor is inserted."""
    out = [("body" if k == "lead" else k, t) for k, t in blocks]
    first = next((i for i, (k, _) in enumerate(out) if k != "heading"), None)
    if first is None:
        return out
    if blocks[first][0] == "lead" and len(blocks[first][1].split()) <= P.TEASER_MAX_WORDS:
        out[first] = ("teaser", out[first][1])
        return out
    for candidate in ([description] if description else []) + list(teasers):
        for i in range(first, min(first + 3, len(out))):
            if _similar(out[i][1], candidate):
                out[i] = ("teaser", out[i][1])
                return out
    desc = " ".join((description or "").split())
    if len(desc.split()) >= 8 and desc.rstrip(".…")[:80] in visible and not _in_blocks(desc, out):
        return [("teaser", desc), *out]
    missed = [t for t in teasers if not _in_blocks(t, out)]
    return [("teaser", missed[0]), *out] if missed else out


def _similar(a: str, b: str) -> bool:
    ta, tb = set(norm_words(a).split()), set(norm_words(b).split())
    if not ta or not tb:
        return False
    return len(ta & tb) / max(len(ta), len(tb)) >= 0.85


def _in_blocks(text: str, blocks: list[Block]) -> bool:
    probe = norm_words(text)[:60]
    return any(probe in norm_words(t) for _, t in blocks)


def _visible_text(tree: lxml.html.HtmlElement) -> str:
    body = tree.find(".//body")
    if body is None:
        return ""
    return " ".join(" ".join(_VISIBLE_TEXT(body)).split())


def iso_date(value: str | None) -> str | None:
    """An ISO 8601 string for a declared date ("2024-04-22T15:26:46Z", "2024-04-22")."""
    if not value:
        return None
    value = value.strip().replace("Z", "+00:00")
    value = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", value)
    try:
        return datetime.fromisoformat(value).isoformat()
    except ValueError:
        match = re.match(r"\d{4}-\d{2}-\d{2}", value)
        return match.group(0) if match else None


def find_published(text: str, url: str | None) -> str | None:
    """htmldate's publication date for pages that declare none in JSON-LD or meta tags."""
    from htmldate import find_date

    try:
        return find_date(text, url=url, original_date=True, extensive_search=True)
    except (ValueError, TypeError):
        return None


def _is_url(value: str | None) -> bool:
    return bool(value) and value[:8].lower().startswith(("http://", "https://"))


def _file_name(input: str) -> str:
    return input.replace("\\", "/").rsplit("/", 1)[-1]
