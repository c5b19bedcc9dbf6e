"""Ingest stage, page metadata: an lxml tree of a news page -> ``PageMeta``.

Reads what the page declares about itself (JSON-LD ``NewsArticle``, Open Graph and ``article:``
meta tags, ``<title>``, ``<h1>``, canonical link) before trafilatura prunes the tree. Choosing
among the candidates (title without site suffix, dates) is done here; dates that the page does
not declare are left to htmldate (through trafilatura) by the caller.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from urllib.parse import urlparse

from lxml import etree
from lxml.html import HtmlElement

from . import patterns as P

ARTICLE_TYPES = {
    "newsarticle",
    "article",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "blogposting",
    "liveblogposting",
    "webpage",
    "reviewnewsarticle",
    "backgroundnewsarticle",
}

_JSONLD = etree.XPath('//script[@type="application/ld+json"]')
_CANONICAL = etree.XPath('//link[@rel="canonical"]/@href')


@dataclass
class PageMeta:
    ld_headline: str | None = None
    og_title: str | None = None
    html_title: str | None = None
    h1: list[str] = field(default_factory=list)
    description: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    updated: str | None = None
    canonical: str | None = None
    site_name: str | None = None


def read_meta(tree: HtmlElement) -> PageMeta:
    """Collect title, description, author, date and URL candidates from ``tree``."""
    meta = PageMeta()
    read_jsonld(tree, meta)
    tags = meta_tags(tree)
    meta.og_title = tags.get("og:title") or tags.get("twitter:title")
    meta.description = (
        meta.description
        or tags.get("og:description")
        or tags.get("description")
        or tags.get("twitter:description")
    )
    meta.published = meta.published or tags.get("article:published_time") or tags.get("date")
    meta.updated = meta.updated or tags.get("article:modified_time") or tags.get("last-modified")
    meta.site_name = tags.get("og:site_name")
    if not meta.authors and tags.get("author") and not tags["author"].startswith("http"):
        meta.authors = [tags["author"].strip()]
    meta.html_title = _squash(tree.findtext(".//title") or "") or None
    meta.h1 = [_squash(h.text_content()) for h in tree.iter("h1")][:3]
    canonical = _CANONICAL(tree) or [tags.get("og:url")]
    meta.canonical = canonical[0] if canonical and canonical[0] and host_of(canonical[0]) else None
    return meta


def meta_tags(tree: HtmlElement) -> dict[str, str]:
    tags: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        value = el.get("content")
        if key and value and key not in tags:
            tags[key] = _squash(value)
    return tags


def read_jsonld(tree: HtmlElement, meta: PageMeta) -> None:
    """Fill ``meta`` from the first article-like JSON-LD object."""
    for script in _JSONLD(tree):
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue
        for obj in _walk(data):
            kind = obj.get("@type")
            kinds = {k.lower() for k in (kind if isinstance(kind, list) else [kind]) if k}
            if not kinds & ARTICLE_TYPES or "headline" not in obj:
                continue
            meta.ld_headline = meta.ld_headline or _squash(str(obj.get("headline") or "")) or None
            meta.description = meta.description or _text(obj.get("description"))
            meta.published = meta.published or _text(obj.get("datePublished"))
            meta.updated = meta.updated or _text(obj.get("dateModified"))
            meta.authors = meta.authors or _names(obj.get("author"))
            if meta.ld_headline:
                return


def _walk(data: object):
    if isinstance(data, dict):
        yield data
        for value in data.values():
            if isinstance(value, dict | list):
                yield from _walk(value)
    elif isinstance(data, list):
        for value in data:
            yield from _walk(value)


def _names(value: object) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip() and not name.startswith("http"):
            names.append(_squash(name))
    return names


def _text(value: object) -> str | None:
    return _squash(value) or None if isinstance(value, str) else None


def _squash(text: str) -> str:
    return " ".join(text.split())


# --- choosing -------------------------------------------------------------------------------


def choose_title(meta: PageMeta, url: str | None, fallback: str | None) -> str | None:
    """The headline: og:title unless broken, else JSON-LD, ``<h1>``, ``<title>``; no site suffix."""
    site = _site_words(meta, url)
    candidates = {
        "jsonld": meta.ld_headline,
        "og": meta.og_title,
        "h1": meta.h1[0] if meta.h1 else None,
        "title": meta.html_title,
        "fallback": fallback,
    }
    cleaned = {k: strip_site_suffix(v, site) for k, v in candidates.items() if v}
    order = ["og", "jsonld", "h1", "title", "fallback"]
    preferred = P.TITLE_SOURCE_BY_DOMAIN.get(_domain(url or meta.canonical))
    if preferred:
        order.insert(0, preferred)
    for key in order:
        title = cleaned.get(key)
        if title and not _looks_truncated(title, cleaned.values()):
            return title
    return None


def strip_site_suffix(title: str, site: set[str]) -> str:
    """Remove trailing " | Site", " - Section - Site.de", " – DW – 30.01.2024" parts."""
    title = _squash(title)
    paren = re.search(r"\s*\(([^()]{2,40})\)$", title)
    if paren and _is_site_part(paren.group(1), site):
        title = title[: paren.start()]
    parts = P.TITLE_SEPARATOR.split(title)
    if len(parts) == 1:
        return title
    seps = P.TITLE_SEPARATOR.findall(title)
    while len(parts) > 1 and _is_site_part(parts[-1], site):
        parts.pop()
        seps.pop()
    out = parts[0]
    for sep, part in zip(seps, parts[1:], strict=True):
        out += sep + part
    return out.strip()


def _is_site_part(part: str, site: set[str]) -> bool:
    norm = re.sub(r"\W+", "", part.lower())
    if not norm:
        return True
    if any(norm == s or (len(s) > 2 and s in norm and len(norm) < len(s) + 12) for s in site):
        return True
    return bool(P.DATE_PART.fullmatch(part.strip()))


def _site_words(meta: PageMeta, url: str | None) -> set[str]:
    words: set[str] = set()
    domain = _domain(url or meta.canonical)
    if domain:
        words.add(re.sub(r"\W+", "", domain))
        words.add(re.sub(r"\W+", "", domain.rsplit(".", 1)[0].split(".")[-1]))
    if meta.site_name:
        words.add(re.sub(r"\W+", "", meta.site_name.lower()))
    return {w for w in words if w}


def _looks_truncated(title: str, others) -> bool:
    """An attribute cut at an unescaped quote: a strict prefix of another candidate."""
    stem = title.rstrip()
    return any(
        o != title and o.startswith(stem) and not P.TITLE_SEPARATOR.match(o[len(stem) :])
        for o in others
        if o
    )


def _domain(url: str | None) -> str | None:
    if not url:
        return None
    host = host_of(url).removeprefix("www.").removeprefix("www1.")
    parts = host.split(".")
    return ".".join(parts[-2:]) if len(parts) >= 2 else host or None


def source_of(url: str | None) -> str | None:
    """The record's ``source``: the domain of ``url``."""
    if not url:
        return None
    return host_of(url).removeprefix("www.") or None


def host_of(url: str) -> str:
    """The host name of ``url``; ``""`` for none or an invalid URL (``https://[x]/a``: Python
    raises ``ValueError`` for a bracketed host that is no IPv6 address, or a bad port)."""
    try:
        parts = urlparse(url.strip())
        parts.port  # noqa: B018 - raises for a port that is not a number or out of range
        return parts.hostname or ""
    except ValueError:
        return ""


# --- teaser elements ------------------------------------------------------------------------


def page_teasers(tree: HtmlElement) -> list[str]:
    """Texts of the page's teaser (standfirst) elements in the article head: an element whose
    class, id, itemprop or ``data-*`` value names a teaser, after the ``<h1>`` and before the
    first long paragraph, of 10 to 80 words, not a link."""
    body = tree.find(".//body")
    if body is None:
        return []
    found: list[str] = []
    seen_h1 = tree.find(".//h1") is None
    for el in body.iter("h1", "p", "div", "section"):
        if el.tag == "h1":
            seen_h1 = True
            continue
        paragraph = el.tag == "p"
        # the text of a container is long to collect and needed only if it names a teaser
        if not paragraph and not (seen_h1 and _names_teaser(el)):
            continue
        text = _squash(el.text_content())
        words = len(text.split())
        if paragraph and words >= 25 and not _names_teaser(el):
            break
        if seen_h1 and _is_teaser_element(el, words):
            found.append(text)
    return list(dict.fromkeys(found))[:3]


def _is_teaser_element(el: HtmlElement, words: int) -> bool:
    if not P.TEASER_MIN_WORDS <= words <= P.TEASER_MAX_WORDS or not _names_teaser(el):
        return False
    if el.find(".//p") is not None or el.find(".//div") is not None:
        return False
    linked = sum(len(_squash(a.text_content())) for a in el.iter("a"))
    return linked < 0.5 * len(_squash(el.text_content()))


def _names_teaser(el: HtmlElement) -> bool:
    values = [
        v for k, v in el.attrib.items() if k in ("class", "id", "itemprop") or k[:5] == "data-"
    ]
    return any(P.TEASER_ATTR.search(v) for v in values)
