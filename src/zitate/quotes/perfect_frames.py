"""Statements whose speech frame follows them in the perfect or pluperfect: „Er werde kein
zweiter Lukas Papademos, hatte Tsipras noch vergangene Woche seinen Parteifreunden
geschworen, …“, „Sie wollen unsere Zerstörung, hatte Panos Kammenos, der rechtspopulistische
Verteidigungsminister, in der Nacht der Verhandlungen getwittert.“

Stage: quotation attribution (used by ``quotes.sentence.postposed_frame`` where no frame with a
finite verb of saying follows a comma). Input: a tagged sentence, the token ids inside quotation
marks and the cue lexicon. Output: an Indirect candidate (``Found``, kind ``frame``): the clause
before the comma is the quote, the participle of a verb of saying at the end of the frame's
clause is the cue, the subject right after the auxiliary „haben“ (with its apposition) the
speaker — or none.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from .candidates import Found
from .clauses import FINITE_TAGS
from .lexicon import CueLexicon
from .reported import speech_acts
from .roles import noun_phrase
from .saying import governs_speech

AUXILIARY = "haben"
SUBJECT_TAGS = frozenset({"ART", "NE", "NN", "PPER"})
CLAUSE_END = frozenset({",", ".", "!", "?", ";"})
# Verbs of posting that frame words after them like verbs of saying („…, hatte Kammenos …
# getwittert“), apart from the cue lexicon and the speech acts, where „twitterte ein Foto“ would
# make a statement of every post.
POSTING = frozenset({"twittern", "posten"})
# Strong participles of verbs of saying that the lemmatizer leaves as they are („geschworen“).
PARTICIPLE_LEMMAS = {
    "geschworen": "schwören",
    "beschworen": "beschwören",
    "versprochen": "versprechen",
    "geschrieben": "schreiben",
    "gerufen": "rufen",
    "beteuert": "beteuern",
}
OPENERS = frozenset({"KOUS", "KOUI", "PWAV", "PWS", "PWAT", "PRELS", "KON"})
EXPLETIVES = frozenset({"es", "man"})
MIN_QUOTE = 3
MAX_FRAME = 25  # tokens from the auxiliary to the participle


def perfect_frame(
    doc: Doc, sent: Span, inside: set[int], lexicon: CueLexicon, direct: Sequence[Found] = ()
) -> list[Found]:
    """The Indirect candidate of a sentence whose first comma is followed by a finite „haben“,
    its subject and, closing that clause, the participle of a verb of saying („…, hatte
    Tsipras … geschworen, als …“); ``[]`` when the sentence has no such frame, the words before
    the comma have no finite verb, open with a subordinator or hold quoted words, the subject is
    „es“ or „man“, or a Direct quotation is there."""
    if direct:
        return []
    comma = next((t.i for t in sent if t.text == ","), None)
    if comma is None or comma - sent.start < MIN_QUOTE or comma + 2 >= sent.end:
        return []
    quote = list(range(sent.start, comma))
    if any(i in inside for i in quote) or not any(doc[i].tag_ in FINITE_TAGS for i in quote):
        return []
    if doc[sent.start].tag_ in OPENERS:
        return []  # „Als Kim … verschwunden war, hatte es … gegeben“: no main clause said
    aux = doc[comma + 1]
    if aux.tag_ != "VAFIN" or aux.lemma_.lower() != AUXILIARY:
        return []
    if doc[comma + 2].tag_ not in SUBJECT_TAGS or doc[comma + 2].lower_ in EXPLETIVES:
        return []
    speaker = noun_phrase(doc, comma + 2, sent.end)
    if not speaker:
        return []
    cue = _participle(doc, sent, max(speaker) + 1, aux.i)
    if cue is None or not _speech(doc[cue], lexicon):
        return []
    ids = sorted({comma, aux.i, *speaker, cue})
    found = Found(quote, doc[cue], speaker, ids, "Indirect", "Speech")
    found.cue_ids = [aux.i, cue]
    found.kind = "frame"
    return [found]


def _participle(doc: Doc, sent: Span, start: int, aux: int) -> int | None:
    """The past participle that closes the auxiliary's clause (before a comma or the sentence
    end), with no finite verb between; None otherwise."""
    for j in range(start, min(sent.end, aux + MAX_FRAME)):
        token = doc[j]
        if token.tag_ in FINITE_TAGS:
            return None
        if token.tag_ == "VVPP" and (j + 1 >= sent.end or doc[j + 1].text in CLAUSE_END):
            return j
    return None


def _speech(participle, lexicon: CueLexicon) -> bool:
    """A participle of a verb of saying: a cue of the lexicon or a speech act („geschworen“)."""
    lemma = PARTICIPLE_LEMMAS.get(participle.lower_, participle.lemma_.lower())
    return governs_speech(participle, lexicon) or lemma in speech_acts() | POSTING
