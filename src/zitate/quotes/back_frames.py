"""A speech frame that refers back to the sentence before it: „Der Ausbau der A1 … soll von
privaten Investoren finanziert werden. Das gab Bundesverkehrsminister Manfred Stolpe in Berlin
bekannt.“, „Dies bestätigte der neuseeländische Premierminister John Key.“, „Dies geht aus einer
Pressemitteilung des Konzerns hervor.“

Stage: quotation attribution (per sentence, before the sentence's own quotations are composed,
``model``). Input: a tagged sentence, its quoted token ids, the cue lexicon and the quotations
found so far. Output: the frame (``back_frame``: the demonstrative, the cue phrase and the speaker
after the verb), the found quotations with the sentence before it as the frame's statement
(``with_back_frame``) and the frame sentence's own quotations without the frame (``beside_frame``).

The Wikinews annotation makes the sentence before and the demonstrative one Indirect quotation
whose speaker is the subject after the verb (train: 36 gold quotations open a sentence with
„Dies“/„Das“ and a verb, 30 of them cover one sentence before it); quoted words in marks that
make up the sentence before keep their Direct span and take the frame's speaker and cue. Without
the frame the demonstrative's sentence reads as a Reported statement about „Das“ and the
statement before it as nobody's.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .candidates import Found
from .denials import denial_verb_ids
from .lexicon import CueLexicon
from .roles import CLAUSE_END, cue_phrase, noun_phrase, speaker_of
from .saying import speech_verb
from .speakers import FINITE

# The demonstratives that stand for the statement before („Dies teilte … mit“, „Das berichten
# arabische Medien“): tagged PDS, not the article of a noun („Das Unternehmen teilte mit“).
DEMONSTRATIVES = frozenset({"dies", "das"})
# Verbs whose demonstrative object is no statement („Das ist …“, „Das wurde … beschlossen“).
NO_SAYING = frozenset({"sein", "werden", "haben"})
LEXICAL_TAGS = frozenset({"VVINF", "VVPP", "VVIZU"})
PREPOSITIONS = frozenset({"APPR", "APPRART"})
REJECTIONS = frozenset({"ablehnen", "zurückweisen"})
# Heads of a speaker phrase: a noun, name or personal pronoun, not „man“ („Dies nennt man einen
# „Aktiensplit““ names a thing).
SPEAKER_HEADS = frozenset({"NN", "NE", "FM", "PPER"})


@dataclass(frozen=True)
class BackFrame:
    """The frame of a statement before it: demonstrative, cue phrase, speaker (token ids)."""

    demonstrative: int
    cue: Token
    cue_ids: list[int]
    speaker: list[int]


def back_frame(doc: Doc, sent: Span, inside: set[int], lexicon: CueLexicon) -> BackFrame | None:
    """The frame of ``sent`` when it opens with a demonstrative pronoun right before its finite
    verb, the lexical verb of that clause is a verb of saying (``saying.speech_verb``: „teilte …
    mit“, „musste … einräumen“, „berichten“) and a noun phrase after the verb is its subject;
    ``None`` otherwise."""
    words = [t for t in sent if not (t.is_space or t.is_punct or t.is_quote)]
    if len(words) < 3 or words[0].i in inside or words[0].lower_ not in DEMONSTRATIVES:
        return None
    first, verb = words[0], words[1]
    if first.tag_ != "PDS" or verb.tag_ not in FINITE or not verb.text.islower():
        return None  # „Das Gehen bereite …“: a noun after an article
    if verb.lemma_ in NO_SAYING or _answer(sent, words):
        return None
    source = _source(doc, sent, words)
    if source is not None:
        return BackFrame(first.i, verb, source[0], source[1])
    cue = verb if verb.tag_ == "VVFIN" else _lexical_verb(sent, verb.i, inside)
    if cue is None or not speech_verb(cue, lexicon):
        return None
    speaker = _without_adverbial(doc, speaker_of(doc, cue.i, sent, {first.i}))
    if not speaker or min(speaker) < verb.i or doc[speaker[-1]].tag_ not in SPEAKER_HEADS:
        return None
    return BackFrame(first.i, cue, cue_phrase(doc, cue.i, sent, inside), speaker)


def _without_adverbial(doc: Doc, speaker: list[int]) -> list[int]:
    """„der Nachrichtensender Skai aus der Region des … Grenzdorfes“ → „der Nachrichtensender
    Skai“: a prepositional phrase (not „von“) after the name that heads the subject is an
    adverbial of the frame."""
    for k in range(1, len(speaker)):
        token = doc[speaker[k]]
        if (
            token.tag_ in PREPOSITIONS
            and token.lower_ != "von"
            and doc[speaker[k - 1]].tag_ == "NE"
        ):
            return speaker[:k]
    return speaker


def _source(doc: Doc, sent: Span, words: list[Token]) -> tuple[list[int], list[int]] | None:
    """Cue and speaker of „Dies geht aus einer Pressemitteilung des Konzerns hervor“: the
    document after „aus“ is the source; ``None`` for any other verb."""
    verb, after = words[1], words[2]
    if verb.lemma_ != "gehen" or after.lower_ != "aus":
        return None
    particle = next((t for t in words[3:] if t.lower_ == "hervor" and t.tag_ == "PTKVZ"), None)
    speaker = noun_phrase(doc, after.i + 1, particle.i if particle is not None else sent.end)
    if particle is None or not any(doc[i].tag_ in SPEAKER_HEADS for i in speaker):
        return None  # „… Human Rights Watch (HRW)“ ends in its parenthesis
    return [verb.i, particle.i], speaker


def _answer(sent: Span, words: list[Token]) -> bool:
    """Whether the frame answers the sentence before instead of reporting it: a negation („Dies
    wollte die Schülerin nicht akzeptieren“), a denial („Das dementierte …“, ``denials``) or a
    rejection („Das lehnte Abhisit jedoch ab.“)."""
    if any(t.tag_ == "PTKNEG" for t in words) or denial_verb_ids(sent):
        return True
    verb = words[1]
    return any(f"{t.lower_}{verb.lemma_}" in REJECTIONS for t in words if t.tag_ == "PTKVZ")


def _lexical_verb(sent: Span, verb: int, inside: set[int]) -> Token | None:
    """The infinitive or participle of the clause of the modal or auxiliary ``verb`` („musste
    … einräumen“, „hat … mitgeteilt“), or ``None``."""
    for token in sent.doc[verb + 1 : sent.end]:
        if token.i in inside or token.text in CLAUSE_END:
            return None
        if token.tag_ in LEXICAL_TAGS:
            return token
    return None


def with_back_frame(
    doc: Doc, found: list[Found], before: Span, before_inside: set[int], frame: BackFrame
) -> list[Found]:
    """``found`` with the statement of ``frame``: the Direct quotations of the sentence
    ``before`` take its speaker and cue when that sentence is all quoted words
    (``before_inside``); else the sentence and the demonstrative are one Indirect quotation,
    which replaces what was found inside them."""
    words = [t.i for t in before if not t.is_space]
    unquoted = [i for i in words if i not in before_inside and not doc[i].is_punct]
    own = [f for f in found if f.quote and before.start <= min(f.quote) < before.end]
    if not unquoted and own:
        for item in own:
            if item.type == "Direct":
                item.speaker, item.cue, item.cue_ids = list(frame.speaker), frame.cue, frame.cue_ids
        return found
    if any(f.type in ("Direct", "Indirect") and f.cue is not None and f.speaker for f in own):
        return found  # „Weiter sagte Larson: „…“ Dies sagte der Präsident …“: framed already
    running = [f for f in found if f.quote and min(f.quote) < before.start <= max(f.quote)]
    if not unquoted or running or any(max(f.quote) >= before.end for f in own):
        return found  # a passage that runs across the sentence: not one statement of the frame
    quote = [*words, frame.demonstrative]
    kept = [f for f in found if not any(f is g for g in own)]
    statement = Found(
        quote=quote,
        cue=frame.cue,
        speaker=list(frame.speaker),
        frame=[],
        type="Indirect",
        medium="Speech",
        confidence=0.8,
        cue_ids=list(frame.cue_ids),
        kind="back",
    )
    return [*kept, statement]


def beside_frame(found: list[Found], frame: BackFrame | None) -> list[Found]:
    """The quotations of a frame's own sentence that leave its demonstrative and verb out („Dies
    wollte die Schülerin nicht akzeptieren und gab vor, … zu wollen“ keeps „… zu wollen“)."""
    if frame is None:
        return found
    return [f for f in found if frame.demonstrative not in f.quote and frame.cue.i not in f.quote]
