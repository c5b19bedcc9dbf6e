"""Ingest stage, page pruning: an lxml tree of a news page -> the same tree without widgets.

Runs after ``meta.read_meta`` and before trafilatura. It removes page furniture that sits inside
the article container, so trafilatura cannot tell it from article text by markup density alone:

- pull quotes: a ``<blockquote>`` with its own attribution (``<figcaption>``, ``<footer>``,
  ``<cite>``) that the text does not introduce (the paragraph before it does not end in a colon);
  a quoted statement that the text leads into ("… sagte er:") stays;
- the caption of a quote box that stays (its attribution line, "Name, Rolle");
- image and video captions with their credits (``<figure>`` with an image and a caption);
- polls and votes (``type``/``class``/``data-*`` naming a poll).

Anchors without ``href`` (jump targets such as ``<a name="pcr">`` around a whole paragraph of a
transcript) are unwrapped, their text kept: no link, so no link text to trafilatura.

``mark_article_body`` then points trafilatura at the article container where its own container
selectors would take a teaser card of another article (or nothing): the element holding most
of the page's paragraph text gets ``itemprop="articleBody"`` (see the function).

Selectors live in ``patterns.py``. Output: the number of nodes removed (for tests and logs).
``link_teasers`` reads (does not prune) the short link-only blocks: teasers of other articles
("related" lists, "Mehr zum Thema" links), which the caller drops from the extracted text.
"""

from __future__ import annotations

import re
from collections import defaultdict

from lxml.html import HtmlElement
from trafilatura.xpaths import BODY_XPATH

from . import patterns as P

_WORD = re.compile(r"\w+")


def prune_page(tree: HtmlElement) -> int:
    """Remove pull quotes and poll widgets from ``tree`` in place, unwrap anchors that link
    nowhere; return how many nodes were removed."""
    quotes = [q for q in P.PULL_QUOTE_XPATH(tree) if not introduced_by_text(q)]
    doomed = [attribution_box(q) for q in quotes]
    doomed += poll_widgets(tree) + P.QUOTE_CAPTION_XPATH(tree) + P.IMAGE_CAPTION_XPATH(tree)
    removed = 0
    for node in doomed:
        if node.getparent() is not None:
            node.drop_tree()
            removed += 1
    for anchor in P.TARGET_ANCHOR_XPATH(tree):
        anchor.drop_tag()
    return removed


def mark_article_body(tree: HtmlElement) -> HtmlElement | None:
    """Mark the article container for trafilatura; return it, or ``None`` where none is marked.

    trafilatura takes the first element its ``BODY_XPATH`` selectors find; without a declared
    article body (``itemprop``, article classes) that is the first ``<article>`` of the page,
    on many pages a link card of another article. It then recovers only the loose ``<p>`` of
    the page: subheadings, lists and live-ticker entry headings are lost. Where no element
    declares the article body and the element trafilatura would take does not hold the
    parent of most of the page's paragraph text (``P.BODY_SHARE`` of it), that parent is
    marked as the article body."""
    if BODY_XPATH[0](tree):
        return None
    text: dict[HtmlElement, int] = defaultdict(int)
    for p in tree.iter("p"):
        parent = p.getparent()
        if parent is not None:
            text[parent] += len(_squash(p.text_content()))
    if not text:
        return None
    best = max(text, key=text.__getitem__)
    if text[best] < P.BODY_MIN_CHARS or text[best] < P.BODY_SHARE * sum(text.values()):
        return None
    chosen = next((found[0] for expr in BODY_XPATH[1:] if (found := expr(tree))), None)
    if chosen is not None and (chosen is best or best in chosen.iterdescendants()):
        return None
    best.set("itemprop", "articleBody")
    return best


def poll_widgets(tree: HtmlElement) -> list[HtmlElement]:
    """The poll widgets (``POLL_XPATH``) of pages where a class or type names a poll."""
    values = " ".join(P.POLL_ATTRIBUTES(tree)).lower()
    if not any(stem in values for stem in P.POLL_STEMS):
        return []
    return P.POLL_XPATH(tree)


def introduced_by_text(quote: HtmlElement) -> bool:
    """Whether the paragraph before ``quote`` (in document order) ends in a colon."""
    for el in quote.itersiblings(preceding=True):
        text = " ".join(el.text_content().split())
        if text:
            return text.endswith(":")
    box = attribution_box(quote)
    if box is not quote:
        return introduced_by_text(box) if box.getparent() is not None else False
    parent = quote.getparent()
    return parent is not None and parent.tag != "body" and introduced_by_text(parent)


def attribution_box(quote: HtmlElement) -> HtmlElement:
    """The element holding a quote and its attribution only (a ``<figure>``, or a box of two
    children: the quote and a caption), else the quote itself."""
    parent = quote.getparent()
    if parent is None:
        return quote
    if parent.tag == "figure":
        return parent
    others = [el for el in parent if el is not quote and isinstance(el.tag, str)]
    if len(others) == 1 and (
        others[0].tag in ("figure", "figcaption", "footer")
        or others[0].find(".//figure") is not None
    ):
        return parent
    return quote


def link_teasers(tree: HtmlElement) -> set[str]:
    """Normalised texts of short paragraphs, list items and headings made mostly of link text
    (``<a href>``): teasers of other pages, not article text."""
    found: set[str] = set()
    for el in tree.iter("p", "li", "h2", "h3", "h4"):
        words = el.text_content().split()
        if not words or len(words) > P.LINK_BLOCK_MAX_WORDS:
            continue
        text = " ".join(words)
        linked = sum(len(_squash(a.text_content())) for a in el.iter("a") if _leaves_page(a))
        if linked / len(text) >= P.LINK_BLOCK_SHARE:
            found.add(norm_words(text))
    return found


def _leaves_page(a: HtmlElement) -> bool:
    """A link to another page (not a jump mark of a table of contents)."""
    href = (a.get("href") or "").strip()
    return bool(href) and not href.startswith(("#", "javascript:"))


def norm_words(text: str) -> str:
    """Lower-cased word tokens joined by single spaces (for comparing block texts)."""
    return " ".join(_WORD.findall(text.lower()))


def _squash(text: str) -> str:
    return " ".join(text.split())
