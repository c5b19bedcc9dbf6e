"""A speech act with a named subject inside a running indirect passage says something of its
own: „Eine diplomatische Lösung werde es … ermöglichen, in ihre Häuser zurückzukehren. Zugleich
habe Blinken das unbedingte Engagement der Vereinigten Staaten … unterstrichen.“ — the second
sentence continues the spokesman's words (FreeIndirect), and inside it Blinken's speech act
(„habe … unterstrichen“) reports what Blinken said: its object is a Reported statement of his.

Stage: quotation attribution (after a sentence's quotations are composed, ``model``). Input: a
tagged sentence that the classifier reads as (Indirect)FreeIndirect, without quotations of its
own. Output: a ``Found`` of type Reported (``named_act``) — quote = the object of the main
clause's speech act (``reported.speech_act``, finite or in the perfect; a noun phrase that is no
dative), cue = the act, speaker = its subject — where that subject holds a name (tagged or
recognised as one, or a surname of the document's persons: „Blinken/NN“) and the act opens the
sentence's main clause (not a frame after a comma: „…, bedauerte Deutsch die Entwicklung“);
``None`` otherwise (a pronoun or role noun subject — „Er habe … betont“ — is the running
speaker). The sentence then is a quotation of its own in the passage (``own_sentence``), and
the statement goes in after the passage's quotation (``with_nested``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..nlp.mood import FINITE_TAGS as FINITE
from .beside import ACTOR_ENTITIES, DATIVE_ONLY, DETERMINER_TAGS, OBJECT_HEADS, PHRASE_TAGS
from .candidates import Found
from .name_tags import surnames
from .reported import act_verb, speech_act, subordinate
from .sentence import reported_speaker

NAME_TAGS = frozenset({"NE"})
NAME_ENTITIES = frozenset({"PER", "ORG"})
LEADING_TAGS = frozenset({"ADV", "PAV", "KON", "$,", "PTKNEG"})
CLAUSE_END = frozenset({".", "!", "?", ";", ":", ","})
MIN_OBJECT = 2
# Marks before the act's finite verb that make it a frame after the reported words, not the
# main clause of the sentence.
FRAME_MARKS = frozenset({",", ":", "–", ";"})
# „der“ and „einer“ open a feminine dative (the addressee: „warf der Regierung … vor“) as often
# as a subject or object.
DATIVE_OR_GENITIVE = frozenset({"der", "einer"})


def named_act(doc: Doc, sent: Span, medium: str) -> Found | None:
    """The Reported statement of the speech act of ``sent`` with a named subject."""
    act = speech_act(sent)
    if not act or subordinate(sent, act[0]):
        return None
    if act[0] > sent.start and doc[act[0] - 1].tag_ == "KON":
        return None  # „… und unterstrich“: the subject the verbs share
    if any(doc[j].text in FRAME_MARKS for j in range(sent.start, act[0])):
        return None  # „…, seien es nur 137 gewesen, bedauerte Deutsch …“: the passage's frame
    speaker = reported_speaker(doc, sent)
    names = surnames(doc)
    if not speaker or not any(_name(doc, i, names) for i in speaker):
        return None
    quote = _object(doc, sent, act, speaker)
    if len(quote) < MIN_OBJECT or not _says_something(doc, quote):
        return None
    cue = act_verb(sent, act)
    return Found(quote, doc[cue], speaker, [], "Reported", medium, 0.6, list(act))


def _object(doc: Doc, sent: Span, act: list[int], speaker: list[int]) -> list[int]:
    """The words between the subject and the verb that ends the clause („habe Blinken | das
    unbedingte Engagement … | unterstrichen“), or after a verb-second act up to the clause end
    („Blinken unterstrich | das Engagement …“); adverbs that open it are left out."""
    verb = act_verb(sent, act)
    taken = set(act) | set(speaker)
    if verb + 1 < sent.end and doc[verb + 1].text in CLAUSE_END and max(speaker) < verb:
        ids = list(range(max(speaker) + 1, verb))
    else:
        ids = []
        for i in range(max(verb, max(speaker)) + 1, sent.end):
            if doc[i].text in CLAUSE_END or doc[i].tag_ in FINITE:
                break
            ids.append(i)
    ids = [i for i in ids if i not in taken]
    while ids and doc[ids[0]].tag_ in LEADING_TAGS:
        ids.pop(0)
    return ids


def _says_something(doc: Doc, quote: list[int]) -> bool:
    """Whether ``quote`` opens with a noun phrase that is no addressee: a determiner that is not
    dative alone and a common noun as its head („das unbedingte Engagement …“) — not „dem
    Minister“, „der Regierung“ before the object or a name („den USA“)."""
    first = doc[quote[0]]
    if first.tag_ not in DETERMINER_TAGS or first.lower_ in DATIVE_ONLY | DATIVE_OR_GENITIVE:
        return False
    for i in quote[1:]:
        if doc[i].tag_ in OBJECT_HEADS:
            return doc[i].tag_ == "NN" and doc[i].ent_type_ not in ACTOR_ENTITIES
        if doc[i].tag_ not in PHRASE_TAGS:
            return False
    return False


def _name(doc: Doc, i: int, names: set[str]) -> bool:
    """A name: tagged or recognised as one, or a surname of the document's persons („Zugleich
    habe Blinken/NN …“ after „Antony Blinken“)."""
    token = doc[i]
    return token.tag_ in NAME_TAGS or token.ent_type_ in NAME_ENTITIES or token.text in names


def with_nested(found: list[Found], nested: list[Found]) -> list[Found]:
    """``found`` with each of ``nested`` right after the last quotation that opens before it
    (the passage it stands in), so that the passage stays the quotation a later sentence
    continues while it is composed."""
    out = list(found)
    for item in nested:
        start = min(item.quote)
        at = max((k + 1 for k, f in enumerate(out) if f.quote and min(f.quote) <= start), default=0)
        out.insert(at, item)
    return out


def own_sentence(found: list[Found], sent: Span) -> list[Found]:
    """The sentence ``sent`` split off the passage that the last of ``found`` extended over it:
    a quotation of its own with the passage's type and speaker (the passage and the statement
    inside it are told apart sentence by sentence); ``[]`` where the sentence opened its own."""
    last = found[-1] if found else None
    ids = [i for i in last.quote if sent.start <= i < sent.end] if last else []
    if not ids or len(ids) == len(last.quote):
        return []
    last.quote = [i for i in last.quote if not sent.start <= i < sent.end]
    return [Found(ids, None, list(last.speaker), [], last.type, last.medium, last.confidence)]
