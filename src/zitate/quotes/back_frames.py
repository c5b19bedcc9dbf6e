"""Backward frames: a sentence that names the source of the sentence before it with a
demonstrative („Hunderte Flüchtlinge … kehrten am Dienstag wieder ins griechische Hinterland
zurück. Dies berichtete der Nachrichtensender Skai …“, „… aufgegriffen worden. Das berichtete
die Tageszeitung Politika am Dienstag.“).

Stage: quotation attribution, after the speakers are ranked and before ``finish`` (``model``).
Input: a tagged ``Doc`` and its quotations (``Found``, in document order). Output: the
quotations with the previous sentence as a statement of the frame's subject — Indirect where its
finite verb is in the Konjunktiv, else Reported (as „wie X mitteilte“ with the indicative) —
or, where that sentence already holds one quotation without a cue of its own (a continuation of
the running speaker), that quotation given the frame's subject. The frame itself says nothing
of its own. Its verbs are ``back_frame_verbs`` of ``data/speech_phrases.json``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .candidates import Found
from .roles import speaker_of
from .speech_phrases import phrases

DEMONSTRATIVES = frozenset({"dies", "das", "dieses"})
DEMONSTRATIVE_TAGS = frozenset({"PDS"})
SPEAKER_HEADS = frozenset({"NN", "NE", "FM"})
PREPOSITION_TAGS = frozenset({"APPR", "APPRART"})


def backward_frames(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with the statements the backward frames of ``doc`` name, in document order."""
    sents = [s for s in doc.sents if any(not t.is_space for t in s)]
    added = []
    for previous, sent in zip(sents, sents[1:], strict=False):
        frame = _frame(doc, sent)
        if frame is None:
            continue
        verb, speaker = frame
        if any(set(item.quote) & set(range(sent.start, sent.end)) for item in found):
            continue  # the frame sentence quotes words of its own
        span = set(range(previous.start, previous.end))
        inside = [item for item in found if set(item.quote) & span]
        if not inside:
            added.append(_statement(doc, previous, verb, speaker))
        elif len(inside) == 1 and inside[0].cue is None and not inside[0].cue_ids:
            inside[0].speaker = list(speaker)  # a continuation: the frame names its speaker
    if not added:
        return found
    return sorted([*found, *added], key=lambda item: min(item.quote, default=0))


def _frame(doc: Doc, sent: Span) -> tuple[int, list[int]] | None:
    """The verb and subject of a backward frame („Dies berichtete der Nachrichtensender Skai“):
    a demonstrative, a verb of ``back_frame_verbs`` and a noun phrase after it that can speak."""
    tokens = [t for t in sent if not t.is_space]
    if len(tokens) < 4:
        return None
    first, verb = tokens[0], tokens[1]
    if first.lower_ not in DEMONSTRATIVES or first.tag_ not in DEMONSTRATIVE_TAGS:
        return None
    if verb.tag_ != "VVFIN" or verb.lemma_.lower() not in phrases()["back_frame_verbs"]:
        return None
    speaker = speaker_of(doc, verb.i, sent, {first.i})
    if not speaker or min(speaker) <= verb.i:
        return None
    cut = next((k for k, i in enumerate(speaker) if k and doc[i].tag_ in PREPOSITION_TAGS), None)
    speaker = speaker[:cut]  # „der Nachrichtensender Skai“, not „… aus der Region …“
    if not any(doc[i].tag_ in SPEAKER_HEADS for i in speaker):
        return None
    return verb.i, speaker


def _statement(doc: Doc, previous: Span, verb: int, speaker: list[int]) -> Found:
    """The previous sentence as a statement of ``speaker``, cued by the frame's ``verb``."""
    quote = [t.i for t in previous if not t.is_space]
    while quote and doc[quote[-1]].is_punct:
        quote.pop()
    konjunktiv = any(
        t.tag_.endswith("FIN") and "Sub" in t.morph.get("Mood") for t in doc[quote[0] : quote[-1]]
    )
    kind = "Indirect" if konjunktiv else "Reported"
    return Found(quote, doc[verb], list(speaker), [verb], kind, "Speech", 0.6, [verb])
