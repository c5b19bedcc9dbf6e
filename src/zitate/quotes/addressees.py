"""Addressees the cue-phrase rules cannot see: those of Reported statements, whose quote is the
whole sentence („Die SPD fordert die Tarifvertragsparteien auf, …“, „Datenschützer warfen der
Regierung Wortbruch vor.“), the feminine or plural dative after a verb of saying („sagte hierzu
der Zeitung“), and addressee phrases that run on into the accusative object.

Stage: quotation attribution, after the speaker ranker (``ranker``) and the rules' addressee
(``frame_addressee.addressee_of``, ``cuespan.object_addressee``); ``model`` calls it on every
quotation it has composed. Input: a tagged ``Doc`` (STTS ``tag_``, ``lemma_``) and a quotation
(``Found``: quote, speaker, type and the rules' addressee). Output: addressee token ids.

A learned addressee ranker (candidates = noun phrases and pronouns of the cue's sentence, case,
cue-verb and position features, averaged ranking perceptron) was tried here and did not measure
better than these rules on Wikinews dev (BENCHMARKS.md, branch ``addr``; commit 49abed8).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from .candidates import Found, quoted_spans
from .cuespan import PASSIVE_DATIVE, object_addressee
from .frame_addressee import SKIP_TAGS, addressee_of
from .reported import speech_act
from .roles import noun_phrase


def reported_addressee(doc: Doc, found: Found) -> list[int]:
    """The addressee of a Reported statement (the whole sentence is its quote, so the rules'
    frame is empty): the object of its speech-act verb („Die SPD fordert die Tarifvertragsparteien
    auf“, „warf der Regierung Wortbruch vor“) or the dative of an accusation in the passive („Ihr
    wird Spionage vorgeworfen“), found by ``frame_addressee.addressee_of`` and
    ``cuespan.object_addressee`` in the sentence outside quotation marks; ``[]`` if none."""
    sent = doc[min(found.quote)].sent
    act = (
        speech_act(sent)
        or [t.i for t in sent if t.tag_ == "VVPP" and t.lemma_.lower() in PASSIVE_DATIVE][:1]
    )
    if not act:
        return []
    marked = {i for s in quoted_spans(doc) for i in range(s.start, s.end)}
    frame = [t.i for t in sent if t.i not in marked and t.i not in act]
    verb = next((i for i in act if doc[i].tag_.startswith("VV")), act[0])
    return addressee_of(doc, frame, verb, found.speaker) or object_addressee(
        doc, frame, act, found.speaker
    )


def cut_object(doc: Doc, ids: Sequence[int]) -> list[int]:
    """``ids`` cut before a second common noun that follows a common noun directly: the
    accusative object after a dative addressee („warf der Regierung | Wortbruch vor“, „wirft dem
    Künstler | Betriebsblindheit vor“); names after a noun stay („der Zeitung Hürriyet“)."""
    out = list(ids)
    for k in range(1, len(out)):
        if doc[out[k]].tag_ == "NN" and doc[out[k - 1]].tag_ == "NN" and out[k] == out[k - 1] + 1:
            return out[:k]
    return out


def feminine_dative(doc: Doc, found: Found) -> list[int]:
    """The addressee „der …“ right after a finite cue verb whose subject is the speaker („sagte
    hierzu der Süddeutschen Zeitung“, „erklärte er der Nachrichtenagentur“): with the nominative
    taken, „der“ after the verb is a dative (feminine or plural), the addressee of a verb of
    saying; ``[]`` if the cue is none, has no speaker or another word follows."""
    cue = found.cue
    if cue is None or cue.tag_ != "VVFIN" or not found.speaker:
        return []
    taken, inside = set(found.speaker), set(found.frame)
    i = cue.i + 1
    while i in inside and (i in taken or doc[i].tag_ in SKIP_TAGS | {"PAV"}):
        i += 1
    if i not in inside or doc[i].lower_ != "der" or doc[i].tag_ != "ART":
        return []
    end = max(found.frame) + 1
    return [j for j in noun_phrase(doc, i, end) if j in inside and j not in taken]
