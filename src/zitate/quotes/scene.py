"""A reporter's scene and the words of the person it shows, in a text without quotation marks
(„Gut zehn Kilometer von Spielfeld entfernt dreht ein Bauer mit dem Traktor seine Runden am
Feld. Nein, ich krieg da gar nix mit. Ich hab noch nie einen Flüchtling gesehen.“).

Stage: quotation attribution (used by ``quotes.model`` after its sentence loop), only where the
text's marks were dropped (``unmarked.stripped_marks``). Input: a tagged ``Doc``, the quotations
found so far and the tokens they cover. Output: new Direct quotations (``scene_own_words``).

A feature report introduces a person in a sentence of narration and then lets them speak without
a speech verb. Outside quotation marks a news text has no „ich“ or „wir“, so a first-person
sentence in the indicative right after a sentence whose subject is a person (a name, a person
noun, „er“ / „sie“) is that person's own words; the sentences after it that keep the form of
own words (``unmarked.own_words``) continue them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .candidates import Found, previous_sentence
from .clauses import FINITE_TAGS
from .name_tags import surnames
from .speaker_nouns import is_person_noun
from .speakers import np_from, subject_of
from .unmarked import (
    addresses_readers,
    first_person,
    own_words,
    own_words_quotation,
    third_person_pronoun,
    touches,
)
from .verb_parts import subordinate

MAX_FOLLOWING = 3  # own-word sentences after the first that continue the person's words
MIN_WORDS = 4  # tokens of first-person words after a colon frame
# Between the finite verb and a subject after it: „sich“ and adverbs („Die Strecke … hat sich
# Bezirksrat Stumpf … ausgesucht“, „Für die Freiheitlichen hat sich Stumpf … entschieden“).
BEFORE_SUBJECT_TAGS = frozenset({"PRF", "ADV"})
# The accusative of „er“: the person a sentence of narration tells about when its subject is a
# thing („Die erste Begegnung mit seinem … Vorbild … hat ihn überzeugt.“); not „ihm“ or „sie“,
# which may stand for a thing or a group.
PERSON_OBJECTS = frozenset({"ihn"})
MAX_BACK = 3  # sentences before „ihn“ where the person it stands for is the subject


def scene_own_words(doc: Doc, found: list[Found], covered: set[int]) -> list[Found]:
    """Direct quotations of first-person sentences that no quotation covers, spoken by the
    person the sentence before introduces (``scene_speaker``), each followed by the sentences
    that continue them in the form of own words."""
    new: list[Found] = []
    sents = [s for s in doc.sents if any(not t.is_space for t in s)]
    k = 0
    while k < len(sents):
        sent = sents[k]
        k += 1
        if touches(sent, covered) or not _own_first_person(sent):
            continue
        framed = colon_frame_words(doc, sent)
        if framed is not None:  # „…, überschrieb nun Techie Chan … seinen Eintrag: Nun wissen wir“
            new.append(framed)
            covered |= set(framed.quote)
            continue
        prev = previous_sentence(doc, sent)
        if prev is None or touches(prev, covered) or first_person(prev):
            continue
        speaker = scene_speaker(doc, prev)
        if not speaker:
            continue
        anchor = Found([], None, speaker, [], "Direct", "Speech", 0.6)
        run = [sent]
        while k < len(sents) and len(run) <= MAX_FOLLOWING:
            nxt = sents[k]
            if touches(nxt, covered) or not own_words(nxt, speaker, direct=True):
                break
            run.append(nxt)
            k += 1
        for part in run:
            quote = own_words_quotation(doc, part, anchor, 0.6)
            new.append(quote)
            covered |= set(quote.quote)
    return new


def colon_frame_words(doc: Doc, sent: Span) -> Found | None:
    """The first-person words after the colon of a sentence whose part before the colon is
    narration naming a person right after one of its main-clause finite verbs („Der Mann, der
    nicht Papademos sein wollte, …, überschrieb nun Techie Chan, ein viel gelesener griechischer
    Blogger, seinen jüngsten Eintrag: Nun wissen wir, dass …“): that person's Direct words, not
    those of the person the sentence before introduces; ``None`` if there is no such frame."""
    colon = next((t.i for t in sent if t.text == ":"), None)
    if colon is None or first_person(sent.doc[sent.start : colon]):
        return None
    after = doc[colon + 1 : sent.end]
    if not first_person(after) or len(after) < MIN_WORDS:
        return None
    for verb in doc[sent.start : colon]:
        if verb.tag_ not in FINITE_TAGS or subordinate(sent, verb.i):
            continue
        speaker = _person_after_verb(doc, doc[verb.i : colon])
        if speaker and not any(doc[i].tag_ == "PPER" for i in speaker):
            end = sent.end - 1 if doc[sent.end - 1].is_punct else sent.end
            found = Found(list(range(colon + 1, end)), None, speaker, [], "Direct", "Speech", 0.6)
            found.kind = "own_words"
            return found
    return None


def _own_first_person(sent: Span) -> bool:
    """A first-person sentence without the Konjunktiv that does not address the readers
    („Nein, ich krieg da gar nix mit.“, „Ich wohne hier und habe noch keinen Flüchtling
    gesehen.“, where the tagger reads „habe“ as Konjunktiv)."""
    if not first_person(sent) or addresses_readers(sent):
        return False
    verbs = [t for t in sent if t.tag_ in FINITE_TAGS and "Sub" in t.morph.get("Mood")]
    if any(t.lower_ == "ich" and t.tag_ == "PPER" for t in sent):
        # „ich habe“, „ich werde“: the first person's indicative has the form of Konjunktiv I
        verbs = [v for v in verbs if v.lower_ in OWN_KONJUNKTIV or not v.lower_.endswith("e")]
    return not verbs


# Konjunktiv I forms that differ from the first person's indicative („ich sei“ / „ich bin“)
OWN_KONJUNKTIV = frozenset({"sei", "könne", "müsse", "wolle", "solle", "dürfe", "möge", "wisse"})


def scene_speaker(doc: Doc, sent: Span) -> list[int]:
    """The subject of a sentence of narration when it is a person: a noun phrase that ends in a
    name or a person noun („ein Polizist aus Maribor“ → „ein Polizist“), or „er“ / „sie“; where
    the field before the verb holds a thing, the person right after the finite verb, its subject
    („Die Strecke … hat sich Bezirksrat Stumpf … ausgesucht“) or, for the object „ihn“ („Die
    erste Begegnung … hat ihn überzeugt“), the person it stands for (``_topic_person``)."""
    subject = subject_of(doc, sent)
    if subject and len(subject) == 1 and doc[subject[0]].tag_ == "PPER":
        if third_person_pronoun(doc[subject[0]]):
            return subject
    elif subject and _person_phrase(doc, subject):
        return subject
    return _person_after_verb(doc, sent)


def _person_after_verb(doc: Doc, sent: Span, objects: bool = True) -> list[int]:
    """The person right after the first finite verb of ``sent`` (past „sich“ and adverbs): a
    noun phrase of a name or person noun, or (with ``objects``) the person „ihn“ stands for;
    ``[]`` if none."""
    verb = next((t.i for t in sent if t.tag_ in FINITE_TAGS), None)
    if verb is None:
        return []
    j = verb + 1
    while j < sent.end and doc[j].tag_ in BEFORE_SUBJECT_TAGS:
        j += 1
    if j < sent.end and doc[j].tag_ == "PPER":
        return _topic_person(doc, sent) if objects and doc[j].lower_ in PERSON_OBJECTS else []
    phrase = np_from(doc, j, sent.end)
    return phrase if phrase and _person_phrase(doc, phrase) else []


def _topic_person(doc: Doc, sent: Span) -> list[int]:
    """The person „ihn“ in ``sent`` stands for: the named person who is the subject of one of
    the ``MAX_BACK`` sentences before it, the nearest first („Für die Freiheitlichen hat sich
    Stumpf … entschieden. Das war …, als er … durfte. Die erste Begegnung mit seinem …
    Vorbild Strache … hat ihn überzeugt.“ → Stumpf, not Strache, who is no subject)."""
    prev = previous_sentence(doc, doc[sent.start].sent)  # ``sent`` may be a part of one
    for _ in range(MAX_BACK):
        if prev is None:
            return []
        subject = subject_of(doc, prev)
        if subject and doc[subject[0]].tag_ != "PPER" and _person_phrase(doc, subject):
            return subject
        phrase = _person_after_verb(doc, prev, objects=False)  # „hat sich Stumpf … entschieden“
        if phrase:
            return phrase
        prev = previous_sentence(doc, prev)
    return []


def _person_phrase(doc: Doc, subject: list[int]) -> bool:
    """Whether the noun phrase ``subject`` is headed by a person's name or a person noun, or
    holds the surname of a person the text names in full."""
    nouns = [i for i in subject if doc[i].tag_ in ("NN", "NE")]
    if not nouns:
        return False
    head = doc[nouns[0]]
    if head.tag_ == "NE" and head.ent_type_ == "PER":
        return True
    if head.tag_ == "NN" and is_person_noun(head.text):
        return True
    # „Bezirksrat Stumpf“, „Stumpf“ (tagged a noun): the surname of a person of the text
    return any(doc[i].text in surnames(doc) for i in nouns)
