"""Sentence-level pieces of the attribution model: the view of one sentence the model
classifies (quoted spans, rule findings) and the rules it applies around the classifier.

Stage: quotation attribution (used by ``quotes.model``). Input: a tagged ``Doc`` sentence and the
rules' ``Found`` candidates. Output: candidate ``Found`` records (``nach_candidate``,
``clause_fallback``), speakers for Reported statements (``reported_speaker``) and in-place fixes of
found quotations (``strip_final``, ``pronominal_source``, ``continue_speaker``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .candidates import PREPOSITIONS, Found, frame_of, previous_sentence
from .dataset import CONTINUING
from .denials import denial_verb_ids
from .refine import EXPLETIVE, MIN_OWN_WORDS, lead_in_speaker
from .reported import THAT_WORDS, speech_act
from .roles import indirect_clause, speaker_of, subject_speaker
from .sources import nach_source
from .speakers import is_tagged

NO_QUOTE = "O"
PRONOMINAL_SOURCES = frozenset({"demnach", "wonach"})


@dataclass
class SentenceView:
    """One sentence as the model sees it: quoted spans, rule findings and their summary."""

    sent: Span
    inside: set[int]
    direct: list[Found]
    indirect: list[Found]
    quoted: list[Span]  # the quoted spans that start in the sentence
    cues: list[Token]  # the lexicon cue words outside ``inside`` (``RulePredictor.cue_words``)
    covered: bool = False  # inside a quotation that opened in an earlier sentence

    @property
    def mostly_direct(self) -> bool:
        """Whether Direct quotations cover more than half of the sentence."""
        own = [i for i in self.inside if self.sent.start <= i < self.sent.end]
        return bool(self.direct) and len(own) > len(self.sent) / 2

    @property
    def rule(self) -> str:
        """A short name of what the rules found (a feature of the sentence classifier)."""
        kind = self.indirect[0].kind if self.indirect else "none"
        return f"{'D' if self.direct else ''}{kind}"


SPEAKER_HEADS = frozenset({"NE", "NN", "PPER", "FM"})


def speaker_subject(sent: Span) -> bool:
    """Whether the subject of ``sent`` can be a speaker: a noun, name or personal pronoun other
    than „es“ / „man“ (tagged ``Doc`` only)."""
    doc = sent.doc
    if not is_tagged(doc):
        return False
    subject = reported_speaker(doc, sent)
    if not subject or [doc[i].lower_ for i in subject] in EXPLETIVE:
        return False
    return any(doc[i].tag_ in SPEAKER_HEADS for i in subject)


def reported_speaker(doc: Doc, sent: Span) -> list[int]:
    """The speaker of a Reported statement: the subject of its speech-act verb („Ein
    Unterschied ist aber dieser: Boateng ruft nicht zu Gewalt auf.“ → Boateng), else (also for
    a verb coordinated with „und“, which shares the subject) of the sentence's main verb."""
    act = speech_act(sent)
    # „trommeln Aktivisten … und warnen Vermieter“: the subject of „trommeln“
    if act and (act[0] == sent.start or doc[act[0] - 1].tag_ != "KON"):
        cue = act[-1] if doc[act[-1]].tag_ == "VVPP" else act[0]
        speaker = speaker_of(doc, cue, sent, set(act) - {cue})  # not „Alarm“ of „schlagen Alarm“
        if speaker:
            return speaker
    return subject_speaker(doc, sent)


def denial_verb(view: SentenceView) -> bool:
    """A sentence without quotation marks or rule findings built on a denial verb."""
    if view.direct or view.indirect or view.inside:
        return False
    return bool(denial_verb_ids(view.sent))


def own_quotation(view: SentenceView, act: list[int] | None = None) -> bool:
    """Whether the rules found a quotation of the sentence's own: an Indirect clause or a Direct
    quotation that opens before its last token — quoted names and words („sieht das Land als
    „Spielball Kiews““) are none, nor is a quotation whose opening mark the sentence splitter
    left at the end („bat unterdessen um Entschuldigung. «“). Given the speech act ``act`` of
    the sentence, an Indirect clause found by the clause structure alone („Sie setzt sich, wie
    einige Demokraten, … ein und zeigte sich frustriert …“) or one cued by the speech-act verb
    itself („Karin Krapp, eine weitere Betroffene …, kritisierte die Reaktion …“) is none."""
    last = view.sent.end - 1
    indirect = [f for f in view.indirect if not (act and _no_clause_of_act(f, act))]
    return bool(indirect) or any(min(d.quote) < last for d in view.direct)


def _no_clause_of_act(found: Found, act: list[int]) -> bool:
    """Whether the rules' Indirect candidate ``found`` is no clause said by the speech act
    ``act``: one from the clause structure alone, or one cued by the act's verb that is no
    „dass“ / „ob“ clause („sah er, dass jemand die Mail bearbeitet hatte“ stays Indirect)."""
    if not found.quote or found.cue is None:
        return found.kind == "clause"
    if found.kind != "clause" and found.cue.i not in act:
        return False
    return found.cue.doc[min(found.quote)].lower_ not in THAT_WORDS


def continue_speaker(doc: Doc, new: list[Found], found: list[Found]) -> None:
    """A Direct quotation without speaker or cue right after a quotation of the previous
    sentence continues it: same speaker („Von der Leyen betonte … . „…““); else, opening its
    sentence, it takes the named subject of a lead-in sentence (``refine.lead_in_speaker``)."""
    last = found[-1] if found and found[-1].speaker else None
    for item in new if last is not None else ():
        if item.type != "Direct" or item.speaker or item.cue is not None:
            continue
        prev = previous_sentence(doc, doc[item.quote[0]].sent)
        if prev is None or max(last.quote) < prev.start:
            continue
        item.speaker = list(last.speaker)
        item.cue, item.cue_ids = last.cue, list(last.cue_ids)
    for item in new:
        if item.type == "Direct" and not item.speaker and item.cue is None:
            item.speaker = lead_in_speaker(doc, item.quote)


def pronominal_source(doc: Doc, sent: Span, found: Found, inside: set[int]) -> None:
    """„Demnach …“ / „…, wonach …“ without a speech verb of its own: the adverb is both speaker
    and cue (the train convention, 19 of 33 such quotations)."""
    if found.cue is not None and found.cue.tag_.startswith("VV") and found.speaker:
        return
    for token in sent:
        if token.lower_ in PRONOMINAL_SOURCES and token.i not in inside:
            found.cue = token
            found.cue_ids = [token.i]
            found.speaker = [token.i]
            found.quote = [i for i in found.quote if i != token.i]
            found.frame = sorted({*found.frame, token.i})  # train: always in the frame (34/34)
            return


def own_speech(view: SentenceView, label: str) -> bool:
    """Whether a sentence the classifier calls a continuation names its own speaker and speech
    verb before a colon („Die Deutsche Bahn widersprach: Vor dem Herbst könne …“): then it is
    an Indirect quotation of that speaker, not the previous speaker's words."""
    if label not in (*CONTINUING, NO_QUOTE) or not view.indirect:
        return False
    item = view.indirect[0]
    cue = item.cue
    if cue is None or not cue.tag_.startswith("V") or not item.speaker or not item.quote:
        return False
    colon = min(item.quote) - 1
    return cue.doc[colon].text == ":" and max(item.speaker) < colon and cue.i < colon


def embeds_direct(view: SentenceView) -> bool:
    """Whether the rules' Indirect clause holds a Direct quotation and words of its own
    („Er sagte, wer auf „Beamten …“ schieße, könne …“): both are quotations."""
    quote = set(view.indirect[0].quote)
    return any(
        set(d.quote) < quote and len(quote - set(d.quote)) >= MIN_OWN_WORDS for d in view.direct
    )


def strip_final(doc: Doc, sent: Span, found: Found) -> None:
    """Indirect quotations end before the sentence's final punctuation (as in the gold data)."""
    last = sent.end - 1
    if found.quote and found.quote[-1] == last and doc[last].is_punct and len(found.quote) > 1:
        found.quote = found.quote[:-1]


def rule_kind(found: Found, sent: Span) -> str:
    """How the rules found an Indirect quotation: source phrase, quote before or after the cue."""
    if found.cue is not None and found.cue.lower_ in PREPOSITIONS:
        return "source"
    return "before" if found.quote and found.quote[0] == sent.start else "after"


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


def clause_fallback(doc: Doc, sent: Span, inside: set[int]) -> list[Found]:
    """An Indirect candidate from the clause structure alone (no lexicon cue)."""
    clause = indirect_clause(doc, sent, inside)
    if clause is None:
        return []
    cue, quote = clause
    found = Found(quote, doc[cue], [], frame_of(sent, quote), "Indirect", "Speech")
    found.kind = "clause"
    return [found]
