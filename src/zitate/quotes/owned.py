"""Quoted words that the text ascribes to their author by a noun of words and its owner: the
genitive name before it („Rudolf Augsteins Motto … : »Sagen, was ist.«“), a genitive after it
(„das Motto des Gründers Rudolf Augstein“), a possessive that takes up a person named just
before („Wenn ich Donald Trump so betrachte und seine Losung "America First" …“), or a genitive
name right before the quotation („Donald Trumps "America First"“).

Stage: quotation attribution, part of the last pass (``quotes.finish``). Input: a tagged ``Doc``
(STTS tags, entities) and the composed quotations (``Found``). Output: none; a short Direct
quotation in quotation marks that such an owner claims takes the owner as its speaker (in
place) — the slogan is the owner's, not the words of who mentions it (an interviewer, the
reporter's subject).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..nlp.genitive import genitive_name
from .candidates import Found, quoted_spans

# A noun whose content is someone's words (compounds end in it: „Wahlkampfslogan“).
WORD_NOUNS = ("motto", "losung", "slogan", "parole", "devise", "spruch", "credo", "zitat")
POSSESSIVES = frozenset({"sein", "seine", "seinen", "seinem", "seiner", "seines", "ihr", "ihre"})
POSSESSIVES |= frozenset({"ihren", "ihrem", "ihrer", "ihres"})
MAX_GAP = 10  # tokens between the noun and the opening mark („Motto für die Redaktion … :“)
MAX_WORDS = 15  # a slogan or motto is short
SPEECH_LEMMAS = frozenset({"sagen", "meinen", "erklären", "schreiben", "rufen", "zitieren"})


def owned_quotations(doc: Doc, found: list[Found]) -> None:
    """Give each short Direct quotation in marks whose noun of words has an owner that owner
    as speaker (see the module)."""
    spans = quoted_spans(doc)
    for item in found:
        if item.type != "Direct" or not item.quote or len(item.quote) > MAX_WORDS:
            continue
        span = next((s for s in spans if s.start <= min(item.quote) < s.end), None)
        if span is None or max(item.quote) >= span.end:
            continue
        owner, noun = quotation_owner(doc, span)
        if owner:
            item.speaker = owner
        if owner and noun is not None:  # the noun is the cue: an interview turn keeps it nested
            item.cue, item.cue_ids = doc[noun], [noun]


def quotation_owner(doc: Doc, span: Span) -> tuple[list[int], int | None]:
    """The owner of the quotation ``span`` (marks included), or [], and the noun of words."""
    sent = doc[span.start].sent
    before = span.start - 1
    if before >= sent.start and _genitive_name(doc, before):
        return _name_back(doc, before, sent.start), None  # „Donald Trumps "America First"“
    for n in range(before, max(sent.start, span.start - MAX_GAP) - 1, -1):
        token = doc[n]
        if token.tag_ == "VVFIN" and token.lemma_.lower() in SPEECH_LEMMAS:
            return [], None  # a speech verb of its own between the noun and the words
        if token.tag_ == "NE" and token.ent_type_ == "PER" and n < before:
            return [], None  # another person between them
        if token.tag_ != "NN" or not token.lower_.endswith(WORD_NOUNS):
            continue
        if n - 1 >= sent.start and _genitive_name(doc, n - 1):
            return _name_back(doc, n - 1, sent.start), n  # „Rudolf Augsteins Motto“
        if n - 1 >= sent.start and doc[n - 1].lower_ in POSSESSIVES:
            return _last_person(doc, sent.start, n - 1), n  # „… Donald Trump … seine Losung“
        return _genitive_after(doc, n + 1, span.start), n  # „das Zitat des Philosophen Kant“
    return [], None


def _genitive_name(doc: Doc, i: int) -> bool:
    token = doc[i]
    return token.tag_ == "NE" and token.ent_type_ == "PER" and genitive_name(doc, i)


def _name_back(doc: Doc, i: int, start: int) -> list[int]:
    ids = [i]
    while ids[0] - 1 >= start and doc[ids[0] - 1].ent_type_ == "PER":
        ids.insert(0, ids[0] - 1)
    return ids


def _last_person(doc: Doc, start: int, end: int) -> list[int]:
    """The last person's name in ``[start, end)``, when exactly one person is named there."""
    ents = [e for e in doc.ents if e.label_ == "PER" and start <= e.start and e.end <= end]
    if len({e.text for e in ents}) != 1:
        return []
    return list(range(ents[-1].start, ents[-1].end))


def _genitive_after(doc: Doc, i: int, end: int) -> list[int]:
    """„des“ / „der“, optional attributes and nouns, then a person's name, before ``end``."""
    if i >= end or doc[i].lower_ not in ("des", "der"):
        return []
    j = i + 1
    while j < end and doc[j].tag_ in ("ADJA", "NN"):
        j += 1
    ids = []
    while j < end and doc[j].ent_type_ == "PER":
        ids.append(j)
        j += 1
    return ids
