"""Statements after a colon frame that have no quotation marks of their own: „Doch Annika
Poestges … ist überzeugt: Auch öffentliche Schulen könnten mehr von künstlicher Intelligenz
profitieren.“, „„…“, sagte Krapp und fügte hinzu: Es seien hier die gleichen Abwehrreaktionen
sichtbar geworden, …“.

Stage: quotation attribution (used by ``quotes.model`` when it builds the view of a sentence and
composes its quotations). Input: a tagged ``Doc`` sentence (STTS ``tag_``, ``lemma_``, ``Mood``),
the token ids inside quotation marks, the cue lexicon and the rules' Indirect candidate. Output:
an Indirect candidate for the clause after a colon whose frame is a verb of saying or thinking
or a predicative of conviction (``colon_statement``), and whether the rules' Indirect clause of a
sentence with a Direct quotation is a statement of its own after a colon (``after_colon``).

A reader of news takes the clause after „X ist überzeugt:“, „X fügte hinzu:“ as X's words
whether or not the newsroom set quotation marks; the Wikinews rules only looked for such a clause
behind a cue word of their lexicon, and dropped it beside a Direct quotation of the sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .candidates import Found, frame_of
from .lexicon import CueLexicon
from .roles import speaker_of
from .saying import governs_speech

FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
# Predicatives of conviction that frame a statement like a verb of thinking („ist überzeugt:“)
CONVICTION = frozenset({"überzeugt", "sicher", "gewiss", "zuversichtlich", "optimistisch"})
SKIPPED = frozenset({"ADV", "PTKNEG", "ADJD", "PTKVZ"})  # „erwartet Hänni indes nicht:“
MIN_CLAUSE = 4  # tokens of the clause after the colon
QUESTION_START = frozenset({"PWAV", "PWS", "PWAT"})


def _frame_word(doc: Doc, sent: Span, colon: int, lexicon: CueLexicon) -> int | None:
    """The verb of saying or thinking, or the predicative of conviction, that ends the frame
    before ``colon`` (adverbs, negation and a separated particle may follow it)."""
    i = colon - 1
    while i > sent.start and doc[i].tag_ in SKIPPED and doc[i].lower_ not in CONVICTION:
        if doc[i].tag_ == "PTKVZ":  # „fügte hinzu:“: the finite verb before its particle
            break
        i -= 1
    token = doc[i]
    if token.lower_ in CONVICTION and token.tag_ in {"ADJD", "VVPP"}:
        return token.i
    if token.tag_ == "PTKVZ":
        verb = next(
            (doc[j] for j in range(i - 1, sent.start - 1, -1) if doc[j].tag_ == "VVFIN"),
            None,
        )
        return verb.i if verb is not None and governs_speech(verb, lexicon) else None
    return token.i if governs_speech(token, lexicon) else None


def colon_statement(doc: Doc, sent: Span, inside: set[int], lexicon: CueLexicon) -> list[Found]:
    """An Indirect candidate for the clause after the first colon of ``sent`` outside quotation
    marks: the frame before the colon ends in a verb of saying or thinking or a predicative of
    conviction and names a speaker; the clause has a finite verb and no quotation marks, and
    is no question („Die Frage lautet: Wer …“ is no statement of the frame's subject)."""
    colon = next((t.i for t in sent if t.text == ":" and t.i not in inside), None)
    if colon is None or colon == sent.start:
        return []
    end = sent.end - 1 if doc[sent.end - 1].is_punct else sent.end
    quote = list(range(colon + 1, end))
    if len(quote) < MIN_CLAUSE or any(i in inside or doc[i].is_quote for i in quote):
        return []
    if doc[quote[0]].tag_ in QUESTION_START or not any(doc[i].tag_ in FINITE_TAGS for i in quote):
        return []
    cue = _frame_word(doc, sent, colon, lexicon)
    if cue is None:
        return []
    finite = cue if doc[cue].tag_ in FINITE_TAGS else None
    if finite is None:  # „ist überzeugt“: the finite auxiliary or copula of the frame
        before = range(cue - 1, sent.start - 1, -1)  # the last one: not a relative clause's
        finite = next((j for j in before if doc[j].tag_ in FINITE_TAGS), None)
    if finite is None:
        return []
    speaker = speaker_of(doc, finite, sent, set(quote) | inside)
    if not speaker or any(doc[i].lower_ in {"es", "man"} for i in speaker):
        return []
    found = Found(quote, doc[cue], speaker, frame_of(sent, quote), "Indirect", "Speech")
    found.cue_ids = sorted({cue, finite})
    found.kind = "colon_clause"
    return [found]


def after_colon(view_indirect: list[Found], inside: set[int]) -> bool:
    """Whether the rules' Indirect candidate of a sentence with a Direct quotation is a
    statement of its own: the clause after a colon that follows its cue, outside the quotation
    marks, with a finite verb („„…“, sagte Krapp und fügte hinzu: Es seien …“)."""
    if not view_indirect:
        return False
    item = view_indirect[0]
    if item.cue is None or not item.quote or not item.speaker:
        return False
    doc = item.cue.doc
    first = min(item.quote)
    if first == 0 or doc[first - 1].text != ":" or item.cue.i >= first:
        return False
    if set(item.quote) & inside or any(doc[i].is_quote for i in item.quote):
        return False
    return any(doc[i].tag_ in FINITE_TAGS for i in item.quote)


def frame_colon_statements(doc: Doc, new: list[Found], inside: set[int]) -> list[Found]:
    """The words after a colon that closes the frame of a quotation before it, spoken by that
    quotation's speaker (``new``: the quotations of one sentence): „Dass irgendjemand
    paramilitärisch herumgeht, davon halten wir sehr wenig, sagt Hans Golob von der Polizei Wien:
    Die Polizei ist dafür da, um im gesetzlichen Rahmen einzuschreiten.“ — the frame („sagt …“)
    follows the quotation, names its speaker and holds no other finite verb; the words after the
    colon, outside quotation marks, have a finite verb and ask no question."""
    more = []
    for item in new:
        if item.type not in ("Direct", "Indirect") or item.cue is None or not item.speaker:
            continue
        sent = item.cue.sent
        if not item.quote or item.cue.i <= max(item.quote) or max(item.quote) < sent.start:
            continue
        colon = next((t.i for t in doc[item.cue.i + 1 : sent.end] if t.text == ":"), None)
        if colon is None or colon < max(item.speaker) or colon in inside:
            continue
        if any(doc[j].tag_ in FINITE_TAGS for j in range(item.cue.i + 1, colon)):
            continue  # „…, sagt X, der … ist:“ — a clause of its own before the colon
        end = sent.end - 1 if doc[sent.end - 1].is_punct else sent.end
        quote = list(range(colon + 1, end))
        if len(quote) < MIN_CLAUSE or any(i in inside or doc[i].is_quote for i in quote):
            continue
        if doc[quote[0]].tag_ in QUESTION_START:
            continue
        if not any(doc[i].tag_ in FINITE_TAGS for i in quote):
            continue
        found = Found(quote, item.cue, list(item.speaker), [], item.type, item.medium)
        found.confidence, found.cue_ids = item.confidence, list(item.cue_ids)
        found.kind = "colon_clause"
        more.append(found)
    return new + more
