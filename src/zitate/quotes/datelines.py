"""Agency datelines: the place line an agency text opens with („Moskau – “, „Berlin (dpa) - “).

Stage: quotation attribution (roles). Input: a tagged ``Doc``, a sentence and a limit. Output:
``dateline_end`` — the first token after the dateline, so that neither a speaker phrase nor a
whole-sentence statement starts with the place; ``sent.start`` where there is none (a person
set off by dashes, „Müller – Trainer des HSV – sagte …“, is no dateline).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .speakers import DASHES, FINITE

MAX_DATELINE = 8  # „Berlin/Moskau (APA/dpa/AFP) –“
DATELINE_SENTENCES = 3


def dateline_end(doc: Doc, sent: Span, limit: int) -> int:
    """The first token after the dateline an agency text opens with („Wien – Mit 8.000 …“,
    „Moskau (dpa) – Russland hat …“): names, slashes and a parenthesis before a dash and a
    capitalised word, at the start of a paragraph or of one of the first sentences of the text;
    ``sent.start`` where there is none."""
    begin = sent.start
    while begin < limit - 1 and doc[begin].is_space:
        begin += 1
    first = doc[begin]
    if not _opens_text(doc, begin) or not (first.tag_ == "NE" or first.ent_type_ or _place(first)):
        return sent.start
    if first.ent_type_ == "PER":
        return sent.start  # „Angela Merkel – CDU-Vorsitzende – sagte …“: a person, no place
    for j in range(begin + 1, min(limit, begin + MAX_DATELINE)):
        token = doc[j]
        if DASHES.issuperset(token.text) and j + 1 < limit:
            if not doc[j + 1].text[:1].isupper() or _dash_apposition(doc, j + 1, limit):
                return sent.start
            return j + 1
        if not (token.tag_ in {"NE", "FM", "XY"} or token.is_punct or token.text[:1].isupper()):
            break
    return sent.start


def _place(token) -> bool:
    """A capitalised word the tagger left as ``XY`` (no word class) and named no entity: after
    a headline with quotation marks („… "positiv gestimmt". Linz – Der …“) the place may be."""
    return token.tag_ == "XY" and token.is_alpha and token.text[:1].isupper()


def _dash_apposition(doc: Doc, start: int, limit: int) -> bool:
    """Whether a second dash closes the words from ``start`` before any finite verb: „Müller –
    Trainer des HSV – sagte …“ sets off an apposition, a dateline opens the sentence."""
    for k in range(start, limit):
        if doc[k].tag_ in FINITE:
            return False
        if DASHES.issuperset(doc[k].text):
            return True
    return False


def _opens_text(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens a paragraph or one of the first ``DATELINE_SENTENCES``
    sentences of the text (corpus texts run title, lead and dateline into one line)."""
    if i == 0 or "\n" in doc[i - 1].text_with_ws:
        return True
    return i < _text_opening(doc)


def _text_opening(doc: Doc) -> int:
    """The first token after the first ``DATELINE_SENTENCES`` sentences (computed once a doc)."""
    if not Doc.has_extension(TEXT_OPENING):
        Doc.set_extension(TEXT_OPENING, default=None)
    cached = doc._.get(TEXT_OPENING)
    if cached is None:
        cached = len(doc)
        starts = 0
        for t in doc:
            if t.is_sent_start:
                if starts == DATELINE_SENTENCES:
                    cached = t.i
                    break
                starts += 1
        doc._.set(TEXT_OPENING, cached)
    return cached


TEXT_OPENING = "zitate_text_opening"
