"""Speaker frames of direct speech in a text without quotation marks: a verbless frame before a
colon („Dazu der Kommissar: Das Risiko … ist äußerst gering.“, „Höflechner: Erstens …“) and a
frame of a verb no cue lexicon lists after the words („Der Faymann soll das alles mal sehen,
knurrt ein Polizist.“).

Stage: quotation attribution (used by ``quotes.model`` for each sentence of a text whose marks
were dropped, ``stripped_text``). Input: a tagged ``Doc`` (STTS tags, ``Mood``), a
sentence and the tokens inside quotations. Output: that sentence's Direct quotation with its
speaker phrase and frame (``colon_frame``, ``inverted_frame``), or ``None``; and the label
context a sentence's classifier reads after a headline that alone kept its marks (``body_labels``)
and what the classifier's Direct means for a sentence without marks of its own (``bare_direct``);
whether a text lost its marks, also where a colon frame of its body shows it (``stripped_text``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .candidates import Found, quoted_spans
from .clauses import FINITE_TAGS
from .postposed import frame_verbs
from .sentence import NO_QUOTE, SentenceView
from .speaker_nouns import is_person_noun
from .speakers import is_tagged
from .unmarked import (
    indicative_clause,
    own_words,
    person_head,
    stripped_marks,
    third_person_pronoun,
    touches,
    unmarked_body,
)

MAX_COLON_FRAME = 6  # words of a verbless speaker frame before a colon („Dazu der Kommissar:“)
FRAME_OPENERS = frozenset({"ADV", "PAV", "KON"})  # „Dazu“, „Auch“, „Und“ before the speaker
SPEAKER_TAGS = frozenset({"ART", "ADJA", "NN", "NE", "PPOSAT", "FM"})


def colon_frame(doc: Doc, sent: Span, inside: set[int]) -> Found | None:
    """A Direct quotation after a verbless speaker frame and a colon in a text without marks
    („Dazu der Kommissar: Das Risiko, dass … eingeschleppt wird, ist äußerst gering.“,
    „Höflechner: Erstens fühlten sich die Leute dann wieder etwas sicherer, …“): at most
    ``MAX_COLON_FRAME`` words before the colon, optional adverbs then a noun phrase with a noun
    or name (or a person noun after its article: „der Kommissar“, not „Sein Argument“), and after
    it a clause with a finite verb in the indicative."""
    colon = next((t.i for t in sent if t.text == ":"), None)
    if colon is None or colon - sent.start > MAX_COLON_FRAME or colon + 2 >= sent.end:
        return None
    if touches(sent, inside):
        return None
    start = sent.start
    while start < colon and doc[start].tag_ in FRAME_OPENERS:
        start += 1
    speaker = list(range(start, colon))
    if not speaker or any(doc[i].tag_ not in SPEAKER_TAGS for i in speaker):
        return None
    head = doc[speaker[-1]]
    if not any(doc[i].tag_ == "NE" for i in speaker) and not (
        head.tag_ == "NN" and doc[speaker[0]].tag_ == "ART" and is_person_noun(head.text)
    ):
        return None  # a name, or a person noun with its article („der Kommissar“)
    quote = [t.i for t in doc[colon + 1 : sent.end]]
    if framed_after(doc, colon + 1, sent.end):
        return None  # „Anders die FPÖ: …, meint deren Sozialsprecher Herbert Kickl.“
    if not indicative_clause(doc[colon + 1 : sent.end]):
        return None
    frame = list(range(sent.start, colon + 1))
    found = Found(quote, None, speaker, frame, "Direct", "Speech", 0.9)
    found.kind = "colon"
    return found


def framed_after(doc: Doc, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` close with a speech frame of their own: a
    comma, a verb of saying and its subject to the end, no other finite verb („Die
    Mindestsicherung bietet die falschen Anreize, meint deren Sozialsprecher Herbert Kickl.“) —
    then the frame names the speaker, not the words before a colon („Anders die FPÖ:“)."""
    for k in frame_verbs(doc, start, end):
        tail = doc[k + 1 : end]
        if not any(t.tag_ in FINITE_TAGS for t in tail) and any(
            t.tag_ in ("NE", "NN", "PPER") for t in tail
        ):
            return True
    return False


FRAME_SUBJECT_TAGS = frozenset({"ART", "ADJA", "NN", "NE", "PPOSAT", "PIAT"})
FRAME_TAIL_TAGS = frozenset({"PTKVZ", "APPR", "APPRART", "ART", "ADJA", "NN", "ADV"})
MAX_FRAME_TAIL = 4  # words after the subject: „prustet Trummer zum Abschied los“


def inverted_frame(doc: Doc, sent: Span, inside: set[int], cues: set[int]) -> Found | None:
    """In a text without marks, the speaker's own words before a frame of a verb that no cue
    lexicon lists, its subject after it („Der Faymann soll das alles mal sehen, knurrt ein
    Polizist.“, „Ich kann nicht verstehen, …, fährt er fort: Es ist unmoralisch, …“): a finite
    lexical verb right after a comma, then its subject (a third-person pronoun, a name or a
    person noun), a short tail (particle, a small phrase) and the sentence's end or a colon;
    or a copula with the speaker's attitude („Ich habe nicht den Eindruck, …, ist er
    optimistisch.“). The words before it (and after the colon) are Direct when they have the form of
    ``own_words``; a verb of ``cues`` (the rules' frames) is left to the rules."""
    if touches(sent, inside):
        return None
    for token in sent:
        i = token.i
        copula = token.tag_ == "VAFIN" and token.lemma_ == "sein"  # „…, ist er optimistisch.“
        if not (token.tag_ == "VVFIN" or copula) or i in cues or i - sent.start < 4:
            continue
        if doc[i - 1].text != ",":
            continue
        reflexive = i + 1 < sent.end and doc[i + 1].tag_ == "PRF"  # „…, wundert sich X.“
        speaker = _frame_subject(doc, i + 1 + reflexive, sent.end)
        if not speaker:
            continue
        end = max(speaker) + 1
        tail = FRAME_TAIL_TAGS | {"ADJD"} if copula else FRAME_TAIL_TAGS
        while end < sent.end and end - max(speaker) <= MAX_FRAME_TAIL:
            if doc[end].tag_ not in tail:
                break
            end += 1
        stop = doc[end].text if end < sent.end else ""
        if stop not in ("", ".", ":", "!"):
            continue
        if copula and doc[end - 1].tag_ != "ADJD":
            continue  # the speaker's attitude („ist er optimistisch“), not „…, ist er Chef.“
        before = doc[sent.start : i - 1]
        if not own_words(before, speaker) or _subordinate(doc, sent.start, i - 1):
            continue
        quote = list(range(sent.start, i - 1))
        if stop == ":":
            quote += [t.i for t in doc[end + 1 : sent.end]]
        frame = list(range(i - 1, min(end + 1, sent.end)))
        found = Found(quote, token, speaker, frame, "Direct", "Speech", 0.7)
        found.cue_ids = [i] + [j for j in frame if doc[j].tag_ == "PTKVZ"]
        found.kind = "inverted"
        return found
    return None


SUBORDINATORS = frozenset({"KOUS", "PWAV", "PWS", "PRELS", "KOUI"})


def _subordinate(doc: Doc, start: int, end: int) -> bool:
    """Whether the words ``doc[start:end]`` open with a subordinate clause that no main clause
    follows: a fronted clause („Was die wirtschaftliche Entwicklung betrifft, haben wir …“) is
    closed by a comma and the finite verb of the main clause."""
    if doc[start].tag_ not in SUBORDINATORS:
        return False
    comma = next((j for j in range(start + 1, end - 1) if doc[j].text == ","), None)
    return comma is None or doc[comma + 1].tag_ not in FINITE_TAGS


def _frame_subject(doc: Doc, start: int, end: int) -> list[int]:
    """The subject right after an inverted frame's verb: „er“ / „sie“, or a noun phrase that
    ends in a name or a person noun („ein Polizist“, „Trummer“)."""
    if start >= end:
        return []
    if third_person_pronoun(doc[start]):
        return [start]
    ids = []
    j = start
    while j < end and doc[j].tag_ in FRAME_SUBJECT_TAGS and len(ids) < MAX_COLON_FRAME:
        ids.append(j)
        if doc[j].tag_ in ("NN", "NE") and not (j + 1 < end and doc[j + 1].tag_ in ("NN", "NE")):
            break
        j += 1
    if not ids:
        return []
    return ids if person_head(doc[ids[-1]]) else []


def body_labels(doc: Doc, labels: list[str], stripped: bool) -> list[str]:
    """The labels of the sentences before, as the next sentence's classifier reads them: in a
    text whose marks were dropped but for its headline (``unmarked.stripped_marks``), the
    headline's Direct words open no passage of the body („EU-Kommission: "Sind zu allen gleich
    streng". Wien – Die Vereinten Nationen (UN) haben … gewarnt.“ is the author's report)."""
    if stripped and 0 < len(labels) <= 2 and quoted_spans(doc):
        return [NO_QUOTE, *labels[1:]]
    return labels


def bare_direct(view: SentenceView, label: str, stripped: bool) -> str:
    """The label of a sentence the classifier calls Direct although it has no quotation marks
    of its own: after a quotation in a marked text the context misled it (no quotation); in a
    text whose marks were dropped, the rules' clause with its frame is the quotation
    („Wir brauchen eine positivere Auffassung zur Rolle der Flüchtlinge, sagte
    UN-Generalsekretär Ban Ki Moon.“: Indirect, then Direct by ``unmarked.direct_clause``)."""
    if label != "Direct" or view.quoted or view.covered:
        return label
    if not stripped:
        return NO_QUOTE
    return "Indirect" if view.indirect else label


def stripped_text(doc: Doc) -> bool:
    """Whether ``doc`` lost its quotation marks (``unmarked.stripped_marks``), or its body —
    the headline left aside, where „Türkei: …“ is a topic, not a speaker — has no marks and a
    sentence of the form of a ``colon_frame`` („Havranek: Sie haben die Schlüssel nicht
    gefunden.“): with marks, the words after the speaker's colon would stand in them. An
    untagged ``Doc`` (no STTS tags, perhaps no sentences) is none, as for ``stripped_marks``."""
    if not is_tagged(doc):
        return False
    if stripped_marks(doc):
        return True
    text = unmarked_body(doc)
    if text is None:
        return False
    sents = list(text.sents)[1:] if text.start == 0 else list(text.sents)
    return any(colon_frame(doc, sent, set()) is not None for sent in sents)
