"""Speech acts named by a noun whose speaker stands in a prepositional phrase: „Herbe Kritik an
Schelling kam am Samstag auch von den Grünen.“, „Lob gab es vom UN-Generalsekretär für die
Ankündigung …“, „Die … Forderung … stößt bei SPÖ-Bundesgeschäftsführer Gerhard Schmid auf
entschiedene Ablehnung.“

Stage: quotation attribution (a candidate beside the source phrases of ``source_candidates``).
Input: a tagged ``Doc`` sentence and the token ids inside quotation marks. Output: at most one
Reported ``Found`` (``kind`` „source“): the sentence from its first word (for „kommen“ /
„geben“) or from the finite verb („stößt bei X auf Ablehnung“) to its end, its speaker the noun
phrase of the „von“ / „bei“ phrase, its cue words the verb and the noun.

The subject of such a sentence is the act („Kritik“) or what it is about („die Forderung“), so
the rules that read the subject of a speech verb find nobody; a reader takes the one the act
comes from („von den Grünen“) or meets („bei … Schmid“) as the one who spoke. The verb, the
preposition and the noun must stand in the main clause; the phrase must name a speaker (a name,
or a noun that heads speakers: ``rules.names_source``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .candidates import Found
from .receptions import RECEPTION_NOUNS, speaker_preposition
from .roles import noun_phrase
from .rules import names_source
from .verb_parts import FINITE, clause_of, subordinate


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Nouns of a speech act that comes from somebody („Kritik kam von …“, „Lob gab es vom …“).
ACT_NOUNS = _words(
    """
    Kritik Lob Zustimmung Ablehnung Widerspruch Protest Protestes Proteste Warnung Warnungen
    Forderung Forderungen Dank Glückwünsche Gratulation Zuspruch Rückendeckung Absage Tadel
    Widerstand Applaus Beifall Vorwürfe Vorwurf Spott Häme Empörung Unterstützung Appell Appelle
    """
)
# Verbs whose „von“ phrase names where such an act comes from: „kam … von den Grünen“, „gab es
# vom UN-Generalsekretär“ (with the expletive „es“).
FROM_VERBS = _words("kommen geben")
FROM_WORDS = _words("von vom")
# „stößt bei X auf Ablehnung“: the one in the „bei“ phrase reacts with the act after „auf“.
MEET_VERBS = _words("stoßen")
MEET_WORDS = _words("bei beim")
# The nouns of a reception („auf heftigen Widerstand“, „auf keine Gegenliebe“) are one lexicon with
# ``receptions``, which reads the same construction as a Reported sentence.
MEET_NOUNS = ACT_NOUNS | RECEPTION_NOUNS | _words("Gegenwind Zweifel Interesse")
MIN_QUOTE = 4


def noun_act_candidate(doc: Doc, sent: Span, inside: set[int]) -> list[Found]:
    """The Reported candidate of a speech act named by a noun with its speaker in a „von“ or
    „bei“ phrase of the main clause (see the module); ``[]`` if the sentence has none."""
    for verb in sent:
        if verb.tag_ not in FINITE or verb.i in inside or subordinate(sent, verb.i):
            continue
        lemma = verb.lemma_.lower()
        if lemma in FROM_VERBS:
            found = _act_from(doc, sent, verb.i, inside)
        elif lemma in MEET_VERBS:
            found = _act_met(doc, sent, verb.i, inside)
        else:
            continue
        if found is not None:
            found.kind = "source"
            return [found]
    return []


def _phrase_after(doc: Doc, clause: range, words: frozenset[str], inside: set[int]) -> list[int]:
    """The noun phrase after the first of ``words`` (a preposition) in ``clause`` when it names
    a speaker; ``[]`` if there is none."""
    j = speaker_preposition(doc, clause, words, inside)
    if j is None:
        return []
    phrase = noun_phrase(doc, j + 1, clause.stop)
    return phrase if phrase and names_source(doc, phrase) else []


def _act_from(doc: Doc, sent: Span, verb: int, inside: set[int]) -> Found | None:
    """„Herbe Kritik an Schelling kam … von den Grünen“, „Lob gab es vom UN-Generalsekretär“."""
    clause = clause_of(sent, verb)
    if clause.start != sent.start:
        return None
    nouns = [j for j in clause if j < verb and doc[j].tag_ == "NN" and doc[j].text in ACT_NOUNS]
    if not nouns:
        return None
    speaker = _phrase_after(doc, clause, FROM_WORDS, inside)
    if not speaker or min(speaker) < verb:
        return None
    return _found(doc, sent, sent.start, [verb, nouns[0]], speaker, inside)


def _act_met(doc: Doc, sent: Span, verb: int, inside: set[int]) -> Found | None:
    """„… stößt bei SPÖ-Bundesgeschäftsführer Gerhard Schmid auf entschiedene Ablehnung“."""
    clause = clause_of(sent, verb)
    nouns = [j for j in clause if j > verb and doc[j].tag_ == "NN" and doc[j].text in MEET_NOUNS]
    if not nouns or not any(doc[j].lower_ == "auf" for j in range(verb, nouns[0])):
        return None
    speaker = _phrase_after(doc, clause, MEET_WORDS, inside)
    if not speaker or min(speaker) < verb or max(speaker) > nouns[0]:
        return None
    return _found(doc, sent, verb, [verb, nouns[0]], speaker, inside)


def _found(
    doc: Doc, sent: Span, start: int, cue: list[int], speaker: list[int], inside: set[int]
) -> Found | None:
    last = sent.end - 1 if doc[sent.end - 1].is_punct else sent.end
    quote = [i for i in range(start, last) if i not in inside]
    if len(quote) < MIN_QUOTE:
        return None
    # no cue token: the rules' refinement would read the verb's subject („Kritik“) as speaker
    found = Found(quote, None, speaker, [], "Reported", "Speech", 0.6, cue_ids=sorted(cue))
    return found
