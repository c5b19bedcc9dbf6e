"""The subject after the verb of a Reported speech act whose fronted field is its object
(„Rabmer-Kollers Blockade-Vorwurf weist die Ärztekammer zurück.“: the Ärztekammer speaks, not
the fronted accusative).

Stage: quotation attribution (``sentence.reported_speaker``). Input: a tagged sentence, the
finite verb of its speech act and the speaker the clause rules found before it. Output: the
noun phrase right after the verb (``postverbal_subject``; past „sich“ or an adverb) where the
fronted phrase's head is a noun of what is said (a SpkAtt-2023 cue noun: „Vorwurf“, „Kritik“,
„Forderung“) or a noun that cannot speak („Eine Änderung … wünscht sich der Verfahrensrichter
…“) and the phrase after the verb names who can speak (a name, an organisation, a person
noun); else ``None``. Without case morphology the tags and the noun lists decide: „Den Vorwurf
weist der Minister zurück“.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .reported import spkatt_counts
from .roles import INSTITUTION_HEADS, noun_phrase
from .statements import may_speak

HEAD_TAGS = frozenset({"NN", "NE"})
ARTICLES = frozenset({"der", "die", "das", "ein", "eine"})  # a nominative may open with these
ACTOR_ENTITIES = frozenset({"PER", "ORG"})
SKIPPED_TAGS = frozenset({"PRF", "ADV"})
MIN_PART = 5  # a cue noun as the end of a compound: „Blockadevorwurf“, not „Rat“


def postverbal_subject(doc: Doc, sent: Span, verb: int, speaker: list[int]) -> list[int] | None:
    """The actor right after ``verb`` when the fronted ``speaker`` is a thing (see above)."""
    if not speaker or max(speaker) >= verb:
        return None
    # the phrase's own noun, not a genitive after it („Die Rechtsanwälte der Beklagten“)
    head = next((doc[i] for i in speaker if doc[i].tag_ == "NN"), None)
    if head is None or not (_said(head.text) or not _can_speak(doc, head.i)):
        return None
    start = verb + 1
    while start < sent.end and start <= verb + 2 and doc[start].tag_ in SKIPPED_TAGS:
        start += 1  # „wünscht sich der Verfahrensrichter …“, „weist nun die Kammer zurück“
    if start >= sent.end or not (doc[start].lower_ in ARTICLES or doc[start].tag_ in HEAD_TAGS):
        return None
    after = noun_phrase(doc, start, sent.end)
    after_heads = [i for i in after if doc[i].tag_ in HEAD_TAGS]
    if not after_heads or not _can_speak(doc, after_heads[0]) or _said(doc[after_heads[0]].text):
        return None  # „wiesen die Vorwürfe zurück“: the object after the verb
    return after


def _said(word: str) -> bool:
    """A noun of what is said, also as the last part of a compound („Blockade-Vorwurf“)."""
    nouns = spkatt_counts()["nouns"]
    last = word.split("-")[-1]
    return last in nouns or any(
        len(noun) >= MIN_PART and last.endswith(noun.lower()) for noun in nouns
    )


def _can_speak(doc: Doc, i: int) -> bool:
    """A name, an organisation or a noun of persons or institutions."""
    token = doc[i]
    if token.tag_ == "NE" or token.ent_type_ in ACTOR_ENTITIES:
        return True
    word = token.text.split("-")[-1]
    return may_speak(token.text) or may_speak(word) or token.lower_.endswith(INSTITUTION_HEADS)
