"""Source-phrase candidates of a sentence: „nach Angaben X“, „Laut einem … Urteil …“,
„Demnach …“ and a „wie“ frame after the words („…, wie DHA weiter berichtete.“).

Stage: quotation attribution (used by ``quotes.model`` beside the rules' candidates). Input: a
tagged ``Doc`` sentence, the token ids inside quotation marks (``inside``) and, for the „wie“
frame, the cue lexicon. Output: at most one Indirect ``Found`` per function (``kind`` „source“
or „frame“), or ``[]``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..nlp.mood import FINITE_TAGS
from .candidates import Found
from .lexicon import CueLexicon
from .noun_acts import noun_act_candidate
from .refine import EXPLETIVE, MIN_OWN_WORDS
from .reported import speech_acts, subordinate
from .roles import noun_phrase
from .sources import PRONOMINAL_SOURCES, nach_source, relative_source_at


def nach_candidate(doc: Doc, sent: Span, inside: set[int]) -> list[Found]:
    """An Indirect candidate around „nach Angaben X“ (quote: the rest of the sentence)."""
    source = nach_source(doc, sent, inside)
    if source is None:
        return []
    cue, speaker = source
    frame = [cue, *speaker]
    after = max(frame) + 1
    if after < sent.end and doc[after].text == ",":
        frame.append(after)
    if cue > sent.start and doc[cue - 1].text == ",":
        frame.append(cue - 1)
    last = sent.end - 1 if doc[sent.end - 1].is_punct else sent.end
    quote = [i for i in range(sent.start, last) if i not in set(frame) and i not in inside]
    if len(quote) < 3:
        return []
    found = Found(quote, doc[cue], speaker, sorted(frame), "Indirect", "SW")
    found.kind = "source"
    return [found]


SOURCE_PREPOSITIONS = frozenset({"laut", "gemäß"})
MAX_SOURCE = 12
SOURCE_HEAD_TAGS = frozenset({"NN", "NE"})


def source_candidate(doc: Doc, sent: Span, inside: set[int]) -> list[Found]:
    """An Indirect candidate of a source phrase the rules' noun-phrase reader stops in: „Laut
    einem kürzlich ergangenen Urteil des höchsten Gerichts müssen …“ — „laut“ opens the field
    before the finite verb, so that whole field names the source —, or a sentence that points
    back to a source with „demnach“ / „wonach“ only („Demnach geriet sein Wagen in Brand.“:
    the adverb is speaker and cue, as in ``pronominal_source``); else a speech act named by a
    noun whose speaker stands in a „von“ / „bei“ phrase („Kritik … kam … von den Grünen“,
    ``noun_acts``), a Reported candidate."""
    act = noun_act_candidate(doc, sent, inside)
    if act:
        return act
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    if first is None or first.i in inside:
        return []
    last = sent.end - 1 if doc[sent.end - 1].is_punct else sent.end
    if first.lower_ in SOURCE_PREPOSITIONS and first.tag_ == "APPR":
        verb = next((t.i for t in doc[first.i + 1 : sent.end] if t.tag_ in FINITE_TAGS), None)
        if verb is None or verb - first.i - 1 > MAX_SOURCE or verb - first.i < 2:
            return []
        speaker = list(range(first.i + 1, verb))
        if doc[speaker[-1]].tag_ not in SOURCE_HEAD_TAGS or any(doc[i].is_punct for i in speaker):
            return []
        frame = [first.i, *speaker]
        quote = [i for i in range(verb, last) if i not in inside]
        found = Found(quote, first, speaker, frame, "Indirect", "SW")
    else:
        adverb = next(
            (t for t in sent if t.lower_ in PRONOMINAL_SOURCES and t.i not in inside), None
        )
        if adverb is None or subordinate(sent, adverb.i):
            return []
        if adverb.lower_ == "wonach" and not relative_source_at(doc, adverb.i):
            return []  # „Wonach sucht die Polizei in dem Wald?“: a question
        quote = [i for i in range(sent.start, last) if i != adverb.i and i not in inside]
        found = Found(quote, adverb, [adverb.i], [adverb.i], "Indirect", "SW", cue_ids=[adverb.i])
    if len(quote) < MIN_OWN_WORDS:
        return []
    found.kind = "source"
    return [found]


WIE = "wie"
MAX_WIE_CLAUSE = 10


def wie_frame(doc: Doc, sent: Span, inside: set[int], lexicon: CueLexicon) -> list[Found]:
    """An Indirect candidate whose frame is a „wie“ clause after it: „…, wie DHA weiter
    berichtete.“, „…, wie Mitarbeiter des Al-Ahli-Spitals sagten.“ — a verb of saying
    (``_news_speech``) ends a clause that opens with „wie“ after a comma; the quote is
    all before that comma and, after a colon, all after the frame."""
    for token in sent:
        i = token.i
        if token.lower_ != WIE or i == sent.start or doc[i - 1].text != "," or i in inside:
            continue
        verb = next((t for t in doc[i + 1 : sent.end] if t.tag_.startswith("V")), None)
        if verb is None or verb.i - i > MAX_WIE_CLAUSE or verb.i - i < 2:
            continue
        end = verb.i + 1
        while end < sent.end and doc[end].tag_ in {"VAFIN", "VMFIN", "VAINF", "VAPP"}:
            end += 1  # „wie X berichtet hatte“
        if end < sent.end and not doc[end].is_punct:
            continue
        if not _news_speech(verb, lexicon) or any(j in inside for j in range(i, end)):
            continue
        quote = [j for j in range(sent.start, i - 1) if j not in inside]
        if end < sent.end and doc[end].text == ":":
            last = sent.end - 1 if doc[sent.end - 1].is_punct else sent.end
            quote += [j for j in range(end + 1, last) if j not in inside]
        if len(quote) < MIN_OWN_WORDS:
            continue
        speaker = noun_phrase(doc, i + 1, verb.i)
        if [doc[j].lower_ for j in speaker] in EXPLETIVE:
            continue  # „…, wie man immer mal wieder hört“: hearsay of nobody
        frame = list(range(i - 1, end + (end < sent.end and doc[end].text in {",", ":"})))
        found = Found(quote, verb, speaker, frame, "Indirect", "Speech", cue_ids=[verb.i])
        found.kind = "frame"
        return [found]
    return []


def _news_speech(verb: Token, lexicon: CueLexicon) -> bool:
    """A verb of saying as news uses it: a speech act (``reported.speech_acts``) or a reliable
    cue word of the Wikinews lexicon — not „…, wie der Applaus und Jubelrufe zeigen“."""
    return verb.lemma_.lower() in speech_acts() or lexicon.is_cue(verb.lower_)
