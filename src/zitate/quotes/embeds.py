"""Embedded posts: a social-media post quoted in an article with its signature line.

Stage: quotation attribution (used by ``quotes.model`` after the sentence rules). Input: a
``Doc`` of an article's text and the token ids the quotations found so far cover. Output: Direct
quotations (``Found``) of the posts whose paragraph ends in the signature an embedded post
leaves in a page's text — „I, for one, am glad to see he is back, and well! https://t.co/…—
Donald J. Trump (@realDonaldTrump) May 2, 2020“: a dash, the author's name, the account in
brackets and the date. The post's words are its author's Direct words (medium Writing); links
and words of quotations the post quotes itself („CNN: "…"“) stay out.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..nlp.tokenizer import doc_text
from .candidates import Found, quoted_spans

_PARAGRAPH = re.compile(r"[^\n]+")
#: The signature: a dash, a name (no brackets, no @), „(@account)“, at most a date after it.
SIGNATURE = re.compile(r"[—–]\s*(?P<name>[^\s()@—–][^()@\n—–]{1,60}?)\s*\(@\w{1,30}\)[^\n]{0,40}$")
TRAILING_LINK = re.compile(r"\s*(?:https?://|pic\.twitter\.com/)\S*\s*$")
MIN_POST_TOKENS = 3
CONFIDENCE = 0.8


def embedded_posts(doc: Doc, covered: set[int]) -> list[Found]:
    """The Direct quotations of the embedded posts of ``doc``; a post's words start after the
    last quotation of ``covered`` in its paragraph."""
    text = doc_text(doc)
    found = []
    for para in _PARAGRAPH.finditer(text):
        match = SIGNATURE.search(para.group())
        if match is None:
            continue
        body = para.group()[: match.start()]
        while (link := TRAILING_LINK.search(body)) is not None and link.start() < len(body):
            body = body[: link.start()]
        post = doc.char_span(para.start(), para.start() + len(body), alignment_mode="expand")
        name = doc.char_span(
            para.start() + match.start("name"),
            para.start() + match.end("name"),
            alignment_mode="expand",
        )
        if post is None or name is None:
            continue
        start = max((i + 1 for i in range(post.start, post.end) if i in covered), default=0)
        quote = [t.i for t in post if t.i >= start and not t.is_space]
        if len([i for i in quote if not doc[i].is_punct]) < MIN_POST_TOKENS:
            continue
        speaker = [t.i for t in name]
        frame = list(range(post.end, name.end))
        item = Found(quote, None, speaker, frame, "Direct", "Writing", CONFIDENCE)
        item.kind = "post"
        found.append(item)
    return found


def quoted_tokens(doc: Doc) -> set[int]:
    """The token ids inside quotation marks."""
    return {i for span in quoted_spans(doc) for i in range(span.start, span.end)}


def with_posts(found: list[Found], posts: list[Found]) -> list[Found]:
    """``found`` with the ``posts`` in place of the quotations inside them, in text order."""
    if not posts:
        return found
    words = {i for post in posts for i in post.quote}
    kept = [item for item in found if not (item.quote and set(item.quote) <= words)]
    return sorted(kept + posts, key=lambda item: min(item.quote, default=0))
