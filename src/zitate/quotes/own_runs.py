"""Runs of one speaker's unmarked words: the sentences between two statements of the same named
speaker, and the speakers of quotations whose speaker phrase is „ich“ or a word inside earlier
Direct words.

Stage: quotation attribution (used by ``quotes.model``), only in texts whose quotation marks
were dropped (``unmarked.stripped_marks``). Input: a tagged ``Doc`` and the quotations found so
far (``Found``). Output: new Direct quotations for the sentences between two statements of one
speaker (``between_own_words``) and for a first-person sentence right after a statement
(``following_own_words``), and, after the attribution, speakers set in place
(``running_speakers``, ``spoken_speakers``). The sentence tests (first person, own words,
narration) are ``unmarked``'s.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .candidates import Found, reach_start
from .unmarked import (
    PRONOUN_TAGS,
    first_person,
    first_person_speaker,
    own_words,
    own_words_quotation,
    touches,
)

NAME_TAGS = frozenset({"NE", "NN", "FM"})
MAX_BETWEEN = 4  # sentences between two statements of one speaker that may continue the first
MAX_FOLLOWING = 3  # own-word sentences after a first-person one that continue a statement


def between_own_words(doc: Doc, found: list[Found], covered: set[int]) -> list[Found]:
    """The sentences between two statements of the same named speaker („Im Prinzip ist das eine
    Milchmädchenrechnung, sagt Doris Ritzberger-Grünwald. Wir haben nur zusammengezählt, …
    Dazu kommt noch … Sofern der Staat nicht anderweitig kürzt, wird mehr Geld ausgegeben, …
    Das ist unter Ökonomen unumstritten. Wir sind nicht so naiv …, sagt Ritzberger-
    Grünwald.“): where no quotation covers them and each is in the indicative without the
    marks of narration, they are the speaker's Direct words (``own_words`` ``between``)."""
    new = []
    spoken = [f for f in found if f.quote and f.speaker and f.type != "Reported"]
    spoken.sort(key=lambda f: min(f.quote))
    for first, second in zip(spoken, spoken[1:], strict=False):
        if not _same_name(doc, first.speaker, second.speaker):
            continue
        if set(second.speaker) & set(second.quote):
            continue  # words that name their own speaker („In der Automobilindustrie erwartet
            # Samuelsson …: Ich glaube, …“) are his frame, after the author's sentences
        sents = _sentences_between(doc, max(first.quote), min(second.quote))
        if not sents or len(sents) > MAX_BETWEEN:
            continue
        if any(covered & set(range(s.start, s.end)) for s in sents):
            continue
        if all(own_words(s, second.speaker, between=True) for s in sents):
            for sent in sents:
                quote = own_words_quotation(doc, sent, second, second.confidence)
                new.append(quote)
                covered |= set(quote.quote)
    return new


def following_own_words(doc: Doc, found: list[Found], covered: set[int]) -> list[Found]:
    """A first-person sentence in the indicative right after a statement of a named or
    described speaker, which no quotation covers („Die Menschen hätten das Gefühl, dass nichts
    weitergehe. In Wirklichkeit haben wir uns sechs Jahre lang in der Komfortzone bewegt.“;
    outside quotation marks a news text has no „ich“ or „wir“): the speaker's Direct words,
    and the sentences after it that keep the form of own words (``own_words`` ``direct``)."""
    new: list[Found] = []
    spoken = [f for f in found if f.quote and f.speaker and f.type != "Reported"]
    for item in sorted(spoken, key=lambda f: max(f.quote)):
        if first_person_speaker(doc, item):
            continue
        nxt = _next_sentence(doc, doc[max(item.quote)].sent)
        if nxt is None or touches(nxt, covered) or not first_person(nxt):
            continue
        run = 0
        while nxt is not None and run <= MAX_FOLLOWING and not touches(nxt, covered):
            if not own_words(nxt, item.speaker, direct=True):
                break
            quote = own_words_quotation(doc, nxt, item, item.confidence)
            new.append(quote)
            covered |= set(quote.quote)
            run += 1
            nxt = _next_sentence(doc, nxt)
    return new


def _next_sentence(doc: Doc, sent: Span) -> Span | None:
    """The sentence after ``sent``, blank ones skipped (``None`` at the end)."""
    i = sent.end
    while i < len(doc):
        nxt = doc[i].sent
        if any(not t.is_space for t in nxt):
            return nxt
        i = nxt.end
    return None


def _same_name(doc: Doc, one: list[int], other: list[int]) -> bool:
    """Whether two speaker mentions end in the same name or noun („Doris Ritzberger-Grünwald“,
    „Ritzberger-Grünwald“; „die Psychotherapeutin“ twice) — the tagger may call the same
    surname ``NE`` in one place and ``NN`` in another."""
    if one and set(one) == set(other):
        return True  # the same mention: a continuation that took over its speaker („er“)
    heads = [[doc[i].text for i in sorted(s) if doc[i].tag_ in NAME_TAGS] for s in (one, other)]
    return bool(heads[0]) and bool(heads[1]) and heads[0][-1] == heads[1][-1]


def _sentences_between(doc: Doc, end: int, start: int) -> list[Span]:
    """The whole sentences after the one of token ``end`` and before the one of ``start``."""
    first, last = doc[end].sent, doc[start].sent
    sents = []
    i = first.end
    while i < last.start:
        sent = doc[i].sent
        if any(not t.is_space for t in sent):
            sents.append(sent)
        i = sent.end
    return sents


def running_speakers(doc: Doc, found: list[Found]) -> None:
    """In a text whose marks were dropped, „ich“ or „wir“ as a quotation's speaker is the
    speaker's own word for himself, not a name („Ob der Klug klug ist, weiß ich nicht,
    kritisierte der Landeschef …. Ich beharre darauf.“): such a quotation takes the speaker
    of the last quotation with a named or described speaker that ends in its sentence or the
    one before (in place)."""
    last: Found | None = None
    for item in sorted(found, key=lambda f: min(f.quote, default=0)):
        if not item.quote:
            continue
        if item.speaker and not first_person_speaker(doc, item):
            last = item
            continue
        if not item.speaker or last is None or not last.quote:
            continue
        if max(last.quote) >= reach_start(doc, doc[min(item.quote)].sent):
            item.speaker = list(last.speaker)
    spoken_speakers(doc, found)


def spoken_speakers(doc: Doc, found: list[Found]) -> None:
    """A speaker phrase that lies inside an earlier Direct quotation is a word of those words,
    not who speaks („Es gibt keine Gefahr. Sie ist nicht größer als …. Und es sei festzuhalten,
    dass …“: „Sie“ is the danger): where it is a pronoun, the quotation takes the speaker of
    those words (in place)."""
    direct = [f for f in found if f.type == "Direct" and f.quote and f.speaker]
    for item in found:
        if not item.speaker or item in direct:
            continue
        if any(doc[i].tag_ not in PRONOUN_TAGS for i in item.speaker):
            continue  # a named phrase inside „Direct words“: those words are the author's
        ids = set(item.speaker)
        owner = next(
            (
                f
                for f in direct
                if ids <= set(f.quote) and max(f.quote) < min(item.quote, default=0)
            ),
            None,
        )
        if owner is not None:
            item.speaker = list(owner.speaker)
