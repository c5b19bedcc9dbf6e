"""Continuation chains that end where the narrator speaks.

Stage: resolve (used by ``zitate.resolve.document`` after every speaker phrase is resolved).
Input: the analysed ``Doc`` and the quotation records in document order, each with its resolved
speaker. Output: ``reattach(doc, quotes, n)`` gives a continuation (FreeIndirect,
IndirectFreeIndirect) without cue of its own, which the attribution gave the speaker of the
previous quotation although whole sentences of the narrator lie in between, the speaker of the
next quotation when it opens that one's statement: „Habermann schätzt … . Die Verantwortung
… wird nun geprüft. … Diese Siebreste müssten … entsorgt werden. Biomüll … zu sammeln, sei
Wunsch der Gemeinden …, sagt Harald Dreher“ — the Konjunktiv sentence is Dreher's.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..quotes.dataset import CONTINUING
from .context import copy_record


def reattach(doc: Doc, quotes: list[dict], n: int) -> None:
    """Move continuation ``n`` from the previous quotation's speaker to the next one's when the
    chain of the previous one ended (``detached``) and the next one follows at once
    (``leads_to``); a continuation right after its statement keeps that speaker."""
    quote = quotes[n]
    if not n or quote["type"] not in CONTINUING or (quote.get("cue") or {}).get("spans"):
        return
    previous, following = quotes[n - 1], quotes[n + 1] if n + 1 < len(quotes) else None
    mine, theirs = quote.get("speaker") or {}, previous.get("speaker") or {}
    if not mine.get("spans") or mine.get("spans") != theirs.get("spans"):
        return  # a speaker of its own, not the one the chain carried on
    if not detached(doc, previous, quote) or not leads_to(doc, quote, following):
        return
    if speaks_of(doc, previous, previous["spans"][-1][1], quote["spans"][0][0]):
        return  # „Was ihn mehr beunruhigt, ist …“: the narrator still reports the speaker's view
    quote["speaker"] = copy_record(following["speaker"])  # type: ignore[index]


THIRD_PERSON = frozenset(
    {"er", "ihn", "ihm", "sie", "ihr", "ihnen", "sich", "sein", "seine", "seinen", "seinem",
     "seiner", "seines", "ihre", "ihren", "ihrem", "ihrer", "ihres"}
)  # fmt: skip


NAME_TAGS = frozenset({"NE", "NN", "FM"})  # the words of a speaker phrase that name it


def speaks_of(doc: Doc, previous: dict, begin: int, end: int) -> bool:
    """Whether the text in ``[begin, end)`` names the speaker of ``previous`` again: a personal,
    reflexive or possessive pronoun of the third person, or a capitalised noun or name of its
    speaker phrase („Mazzucotelli“ of „Stéphane Mazzucotelli“; not the article „Die“ of „Die
    Ministerin“) — then it is about that speaker still."""
    span = doc.char_span(begin, end, alignment_mode="contract") if end > begin else None
    speaker = previous.get("speaker") or {}
    words = {w for w in (speaker.get("text") or "").split() if w[:1].isupper() and len(w) > 2}
    for token in span or ():
        if token.tag_ in ("PPER", "PRF", "PPOSAT") and token.lower_ in THIRD_PERSON:
            return True
        if token.text in words and token.tag_ in NAME_TAGS:  # not „Die“ of „Die Ministerin“
            return True
    return False


def detached(doc: Doc, previous: dict, quote: dict) -> bool:
    """Whether a whole sentence without quotation lies between ``previous`` and ``quote``."""
    return plain_sentences(doc, previous["spans"][-1][1], quote["spans"][0][0]) > 0


def leads_to(doc: Doc, quote: dict, following: dict | None) -> bool:
    """Whether ``following`` has a speaker entity of its own, is no continuation and starts in
    the sentence after ``quote``."""
    if following is None or following["type"] in CONTINUING:
        return False
    if not (following.get("speaker") or {}).get("entity"):
        return False
    return plain_sentences(doc, quote["spans"][-1][1], following["spans"][0][0]) == 0


def plain_sentences(doc: Doc, begin: int, end: int) -> int:
    """The sentences (not blank, not punctuation only) that lie wholly in ``[begin, end)``."""
    if end <= begin:
        return 0
    span = doc.char_span(begin, end, alignment_mode="contract")
    if span is None:
        return 0
    sents = {t.sent.start: t.sent for t in span}
    return sum(
        1 for sent in sents.values()
        if begin <= sent.start_char and sent.end_char <= end
        and not all(t.is_space or t.is_punct for t in sent)
    )  # fmt: skip
