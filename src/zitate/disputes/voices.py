"""Disputes stage, whose a statement is: quotation records of one article -> which of them
name no one as speaker, state a demand rather than a fact, or go on with the account of a later
attribution rather than with the denial before them.

Input: the spaCy ``Doc`` of an article, its text, its quotation records (after speaker
resolution) and their ``Statement`` views. Output: plain values ``zitate.disputes.relations``
reads: the speaker words of a mention (``named``: „keine Gefahr“ names no one), whether a
Reported statement demands (``demands``: „haben … vorgeschlagen“), and the Konjunktiv
continuations a trailing attribution of another voice tells (``told_after``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from ..quotes.dataset import CONTINUING
from .lexicon import DEMANDS, NOBODY
from .sentences import quote_tokens, sentence_tokens


def named(quote: dict) -> str | None:
    """The words of the speaker's mention, or ``None`` where they name no one (``NOBODY``)."""
    text = (quote.get("speaker") or {}).get("text")
    words = (text or "").split()
    return None if words and words[0].lower() in NOBODY else text


def demands(doc: Doc, quote: dict) -> bool:
    """A Reported statement without a cue told by a verb of demanding or proposing („haben FPÖ
    und ÖVP … die Verankerung … vorgeschlagen“, „forderte … eine Volksabstimmung“)."""
    if quote.get("type") != "Reported" or quote.get("cue"):
        return False
    tokens = quote_tokens(doc, quote.get("spans"))
    return any(t.tag_ in ("VVFIN", "VVPP") and t.lemma_.lower() in DEMANDS for t in tokens)


def told_after(doc: Doc, text: str, quotes: Sequence[dict], statements) -> set[str]:
    """Konjunktiv continuations that the next sentence's trailing attribution of another voice
    tells („Die Folgen der Kampagne hätten … vernichtet. So habe Sardana … verloren, heißt es in
    der Klagsschrift“): they go on with that account, not with the denial before them."""
    out = set()
    by_order = {s.order: (q, s) for q, s in zip(quotes, statements, strict=True)}
    for quote, statement in zip(quotes, statements, strict=True):
        if quote["type"] not in CONTINUING or statement.order + 1 not in by_order:
            continue
        after, told = by_order[statement.order + 1]
        cue = (after.get("cue") or {}).get("spans") or []
        opening = sentence_tokens(doc, after)[:1]  # „…, heißt es in …“: words, then the cue
        trailing = bool(cue and opening) and text[opening[0].idx : cue[0][0]].rstrip()[-1:] == ","
        other = told.speaker is not None and told.speaker != statement.speaker
        if trailing and other and after["type"] not in CONTINUING:
            out.add(quote["id"])
    return out
