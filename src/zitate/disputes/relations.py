"""Disputes stage, within one article: quotations with speakers -> ``denies``/``contradicts``.

Input: the analysed ``Doc`` of an article and its quotation records after speaker resolution
(``zitate.resolve.resolve_speakers``: character spans, ``speaker.entity``). Output: relation
records ``{"type", "source", "target"}`` in document order.

A quotation whose cue, or whose own sentence, is built on a denial verb („weist … zurück“,
„dementierte“, „bestreitet“) or a contradiction verb („widersprach“) answers the latest earlier
quotation of *another* speaker entity: „Der ukrainische Generalstab weist diese Darstellung
zurück“ denies what the Russian military said before. The Konjunktiv sentences that continue the
denier without a cue of their own (IndirectFreeIndirect, FreeIndirect: „Eine Gefahr der
Einkesselung bestehe nicht“) contradict the same statement. A statement is only ever answered by
a speaker the resolver could tell apart from its own; unresolved speakers relate to nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..quotes.dataset import CONTINUING
from ..quotes.denials import DISPUTE_VERBS, dispute_verb

MIN_WORDS = 4  # a shorter earlier quotation („vorsichtig optimistisch“) is not the claim denied


def find_relations(doc: Doc, quotes: Sequence[dict]) -> list[dict]:
    """The ``denies``/``contradicts`` relations between the resolved ``quotes`` of ``doc``."""
    relations: list[dict] = []
    answered: tuple[str, str, str] | None = None  # (type, target id, entity of the denier)
    for n, quote in enumerate(quotes):
        entity = _entity(quote)
        kind = _verb_relation(doc, quote) if entity else None  # no speaker, no relation
        if kind and entity:
            target = _target(quotes[:n], entity)
            answered = (kind, target["id"], entity) if target else None
            if target:
                relations.append({"type": kind, "source": quote["id"], "target": target["id"]})
            continue
        if answered and quote["type"] in CONTINUING and entity == answered[2]:
            relations.append({"type": "contradicts", "source": quote["id"], "target": answered[1]})
            continue
        answered = None
    return relations


def _entity(quote: dict) -> str | None:
    return (quote.get("speaker") or {}).get("entity")


def _target(earlier: Sequence[dict], entity: str) -> dict | None:
    """The latest earlier quotation of ``MIN_WORDS`` or more with a resolved speaker other than
    ``entity``."""
    for quote in reversed(earlier):
        other = _entity(quote)
        if other and other != entity and len(quote["text"].split()) >= MIN_WORDS:
            return quote
    return None


def _verb_relation(doc: Doc, quote: dict) -> str | None:
    """``denies``/``contradicts`` when the quotation's cue — or, for a cue-less Reported
    quotation, its own words — holds a verb of ``DISPUTE_VERBS``."""
    cue = quote.get("cue")
    if cue:
        parts = cue["spans"]
    elif quote["type"] == "Reported":
        parts = quote["spans"]
    else:
        return None
    tokens = [t for a, b in parts for t in _tokens(doc, a, b)]
    found = dispute_verb(tokens, participles=DISPUTE_VERBS, infinitives=True)
    return found[1] if found else None


def _tokens(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []
