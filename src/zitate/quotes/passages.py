"""Whole-sentence quotations: Reported statements and the passages that continue a running
statement (FreeIndirect, IndirectFreeIndirect), among them Konjunktiv sentences that frame a
Direct quotation of the running speaker („Sie seien „selbstverständlich so gut wie jeder andere
geeignet, …““).

Stage: quotation attribution (``model``), per sentence, after the sentence classifier and the
rules' Direct and Indirect candidates. Input: a ``Doc``, the sentence (or its ``SentenceView``),
its label and the quotations found so far. Output: the sentence's whole-sentence quotation (a
``Found``), or ``None`` when it extends the previous one or the sentence continues no statement.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .candidates import Found, previous_sentence, quoted_spans
from .clauses import main_verb
from .datelines import dateline_end
from .denials import denial_verb_ids
from .receptions import reception_speaker
from .roles import inserted_frame
from .sentence import NO_QUOTE, SentenceView, _present, _reported_past, _unvoiced
from .speakers import is_tagged, subject_of

CONTINUING_PASSAGE = "IndirectFreeIndirect"
FRAMING = "framing"  # the ``Found.kind`` of a ``quoting_passage``
# The labels under which a sentence with quoted words may still be the running speaker's words.
FRAMING_LABELS = frozenset({"Direct", NO_QUOTE, "IndirectFreeIndirect", "FreeIndirect"})


def whole_sentence(
    doc: Doc, sent: Span, label: str, confidence: float, found: list[Found], reported: set[str]
) -> Found | None:
    """A whole-sentence quotation, or ``None`` when it extends the previous one."""
    opening = dateline_end(doc, sent, sent.end) if is_tagged(doc) else sent.start
    ids = [t.i for t in sent if t.i >= opening]  # „Wien – …“: the dateline is no statement
    last = found[-1] if found else None
    if label == "Reported":
        if len(ids) > 1 and doc[ids[-1]].is_quote and doc[ids[-2]].text in {".", "!", "?"}:
            ids.pop()  # „Der AStA wies … zurück. «“: the opening mark of the next quotation
        speaker = (
            reception_speaker(doc, sent, reported)  # „stößt auf Kritik bei X“
            if is_tagged(doc)
            else subject_of(doc, sent)
        )
        found = Found(ids, None, speaker, [], label, "Speech", confidence)
        verb = denial_verb_ids(sent)
        if verb and speaker:  # the whole sentence stays the quote (the dataset's Reported)
            found.cue, found.cue_ids = doc[verb[0]], verb
        return found
    frame = inserted_frame(doc, sent) if is_tagged(doc) else None
    if frame is not None:  # „…, argumentieren die Gewerkschaften, …“: a speaker of its own
        verb, speaker = frame
        own = Found(ids, doc[verb], speaker, [], label, "Speech", confidence, [verb])
        own.quote = [i for i in ids if i not in set(speaker) | {verb}]
        return own
    if last is not None and last.type == label and max(last.quote) == sent.start - 1:
        last.quote.extend(ids)
        return None
    speaker = list(last.speaker) if last is not None else []
    return Found(ids, None, speaker, [], label, last.medium if last else "Speech", confidence)


def quoting_passage(
    view: SentenceView, label: str, new: list[Found], found: list[Found], confidence: float
) -> Found | None:
    """The sentence as an IndirectFreeIndirect passage of the running speaker when it frames
    quoted words in the Konjunktiv: its main-clause finite verb, outside and before the quoted
    words, is in Konjunktiv I (II after framed indirect speech), no cue of the sentence governs
    the quotation, and a quotation with a speaker ends in the previous sentence („Von der Leyen
    betonte, … . Sie seien „selbstverständlich so gut wie jeder andere geeignet, …““; „Nach
    Aussagen der Anwältin … handelte es sich um „…“. Der Niederländer sei „nicht aggressiv oder
    so“.“). In train 26 of 32 such sentences are IndirectFreeIndirect passages around the
    Direct quotation. ``new`` holds the sentence's quotations so far: only Direct ones."""
    if label not in FRAMING_LABELS or not view.direct or not found:
        return None
    sent = view.sent
    doc = sent.doc
    words = [t.i for t in sent if not (t.is_space or (t.is_quote and t.i not in view.inside))]
    if not words or (view.covered and _running(doc, words[0])):
        return None  # inside a quotation that opened earlier (not its closing mark only)
    if any(item.type != "Direct" for item in new):
        return None
    if any(f.kind != "clause" and not _unvoiced(f) for f in view.indirect):
        return None  # a cue of its own („…, sagte sie“)
    last = found[-1]
    prev = previous_sentence(doc, sent)
    if prev is None or not last.quote or max(last.quote) < prev.start:
        return None
    if not last.speaker and last.cue is None:
        return None  # the ranker names the speaker of a framed statement, then the passage's
    if any(d.cue is not None and sent.start <= d.cue.i < sent.end for d in view.direct):
        return None  # „…, sagte er: „…““: the quoted words have a frame of their own
    opening = min(min(d.quote) for d in view.direct)
    verb = main_verb(sent)
    if verb is None or verb.i in view.inside or verb.i > opening:
        return None
    if "Sub" not in verb.morph.get("Mood") or not (_present(verb) or _reported_past(last)):
        return None
    ids = [i for i in range(words[0], sent.end) if not doc[i].is_space]
    medium = last.medium
    passage = Found(ids, None, list(last.speaker), [], CONTINUING_PASSAGE, medium, confidence)
    passage.kind = FRAMING
    return passage


def framing_speakers(found: list[Found]) -> None:
    """Once the ranker has named the speakers: each ``quoting_passage`` takes the speaker of the
    statement before it (not a pronoun of its own: „Sie seien „…““ goes on with Von der
    Leyen's words), and the quoted words inside it without a cue of their own take it too."""
    for n, passage in enumerate(found):
        if passage.kind != FRAMING or not passage.quote:
            continue
        own = set(passage.quote)
        inner = [f for f in found if f is not passage and set(f.quote) <= own]
        before = [f for f in found[:n] if f not in inner and f.quote and f.speaker]
        if before and max(before[-1].quote) < min(own):
            passage.speaker = list(before[-1].speaker)
        for item in inner:
            if item.type == "Direct" and item.cue is None and passage.speaker:
                item.speaker = list(passage.speaker)


def _running(doc: Doc, first: int) -> bool:
    """Whether a quotation that opened before the sentence still runs at its first word."""
    return any(s.start < first < s.end for s in quoted_spans(doc))
