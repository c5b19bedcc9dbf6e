"""Disputes stage, the sentences of a quotation: a ``Doc`` and a quotation record (character
spans of its words and cue) -> the tokens of the sentences it touches, and a ``Memo`` that shares
what is read off whole sentences between the quotations of one document.

Used by ``detect`` and ``relations``; each sentence is looked up once per quotation, and with a
memo its token list and what is read off it once per document, so that the stage stays linear
in sentence length (issue 16: a 100k-character text without a full stop).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Span, Token


class Memo:
    """What the quotations of one document share, computed once: the token lists of their
    sentences and what is read off a whole sentence (its judgements, its lexicon verbs, its
    lead). In a long sentence many quotations share one sentence, and reading it once per
    quotation is quadratic in its length (a 100k-character text without a full stop). Valid
    for one document and one set of arguments (``find_disputes`` makes one per call)."""

    def __init__(self) -> None:
        self.sentences: dict[tuple[int, ...], list[Token]] = {}
        self.keys: dict[int, tuple[int, ...]] = {}  # id of a cached token list -> its starts
        self.results: dict[tuple, Any] = {}

    def get(self, key: tuple, compute: Callable[[], Any]) -> Any:
        if key not in self.results:
            self.results[key] = compute()
        return self.results[key]


def cached(memo: Memo | None, name: tuple, sentence: list[Token], compute: Callable[[], Any]):
    """``compute()``, once per ``memo`` for ``name`` and the sentences of ``sentence`` (a list
    ``sentence_tokens`` gave with that memo); without a memo, each time."""
    if memo is None or id(sentence) not in memo.keys:
        return compute()
    return memo.get((*name, memo.keys[id(sentence)]), compute)


def quote_tokens(doc: Doc, spans) -> list[Token]:
    """The tokens of the character ``spans`` of ``doc``."""
    out: list[Token] = []
    for a, b in spans or []:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is not None:
            out.extend(span)
    return out


def sentence_tokens(doc: Doc, quote: dict, memo: Memo | None = None) -> list[Token]:
    """The tokens of every sentence a quotation's words or cue touch, in order. Each sentence is
    looked up once, not once per token in it (quadratic in a long sentence: 11 s for a
    100k-character text without a full stop); with a ``memo``, the list of the same sentences
    is built once and shared (do not change it)."""
    sentences: dict[int, Span] = {}
    current: Span | None = None
    parts = list(quote.get("spans") or []) + list((quote.get("cue") or {}).get("spans") or [])
    for token in quote_tokens(doc, parts):
        if current is not None and current.start <= token.i < current.end:
            continue
        current = token.sent
        sentences.setdefault(current.start, current)
    starts = tuple(sorted(sentences))
    if memo is None or not starts:
        return [token for start in starts for token in sentences[start]]
    tokens = memo.sentences.get(starts)
    if tokens is None:
        tokens = [token for start in starts for token in sentences[start]]
        memo.sentences[starts] = tokens
        memo.keys[id(tokens)] = starts
    return tokens


def whole_sentences(tokens: list[Token]) -> list[Span]:
    """The sentences of consecutive whole-sentence ``tokens``, each looked up once (``Token.sent``
    walks its sentence: once per token is quadratic in sentence length)."""
    sents: list[Span] = []
    for token in tokens:
        if not sents or token.i >= sents[-1].end:
            sents.append(token.sent)
    return sents
