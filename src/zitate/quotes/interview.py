"""Answers to an interviewer's question in a text without quotation marks („Es gebe in Form der
Akten ja auch eine zweite gigantische Informationsquelle. Könnte jemand vom Inhalt des
Endberichts enttäuscht werden, …? Das kommt darauf an, was Sie sich erwarten. Ich bin jedenfalls
kein Pistolero.“).

Stage: quotation attribution (used by ``quotes.model`` after its sentence loop), only where the
text's marks were dropped (``unmarked.stripped_marks``). Input: a tagged ``Doc``, the quotations
found so far and the tokens they cover. Output: new Direct quotations (``interview_answers``).

A report that renders an interview puts the reporter's question, a sentence that ends in „?“,
between the statements of the person asked; the sentences after it that have the form of own
words are that person's answer — the speaker of the statement right before the question. The
answer may address the interviewer („was Sie sich erwarten“). So that an author's rhetorical
question followed by narration in the present adds nothing, the answer needs a sentence in the
first person („ich“ / „wir“: a news text has none outside quotation marks).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .candidates import Found, previous_sentence
from .clauses import main_verb
from .unmarked import first_person, names_speaker, narration, own_words_quotation

MAX_ANSWER = 4  # sentences of one answer


def interview_answers(doc: Doc, found: list[Found], covered: set[int]) -> list[Found]:
    """Direct quotations of the answer after each question that follows a statement, where no
    quotation covers the answer's sentences."""
    new: list[Found] = []
    sents = [s for s in doc.sents if any(not t.is_space for t in s)]
    for k, sent in enumerate(sents):
        if not _question(sent):
            continue
        last = _statement_before(doc, sent, found)
        if last is None or _covered(sent, covered - set(last.quote)):
            continue
        run: list[Span] = []
        for nxt in sents[k + 1 : k + 1 + MAX_ANSWER]:
            if _question(nxt) or _covered(nxt, covered) or not _answer(nxt, last.speaker):
                break
            run.append(nxt)
        if not any(first_person(s) for s in run):
            continue
        asked = set(range(sent.start, sent.end))
        if asked & set(last.quote) and set(last.quote) - asked:
            last.quote = [i for i in last.quote if i not in asked]  # the reporter's question
        for part in run:
            quote = own_words_quotation(doc, part, last, last.confidence)
            new.append(quote)
            covered |= set(quote.quote)
    return new


def _question(sent: Span) -> bool:
    words = [t for t in sent if not t.is_space]
    return bool(words) and words[-1].text == "?"


def _covered(sent: Span, covered: set[int]) -> bool:
    return bool(covered & set(range(sent.start, sent.end)))


def _statement_before(doc: Doc, sent: Span, found: list[Found]) -> Found | None:
    """The quotation that ends in the sentence right before the question ``sent`` or, a passage
    that took it in, in the question (a passage whose speaker the ranker names later,
    ``sentence.inherit_speakers``, passes it on to the answer)."""
    prev = previous_sentence(doc, sent)
    if prev is None:
        return None
    ending = [f for f in found if f.quote and prev.start <= max(f.quote) < sent.end]
    return ending[-1] if ending else None


def _answer(sent: Span, speaker: list[int]) -> bool:
    """The form of own words (``unmarked.own_words``) in an answer: an indicative main clause
    that does not name the speaker, in the first person or in the present without the marks of
    narration; the polite „Sie“ addresses the interviewer."""
    verb = main_verb(sent)
    if verb is None or "Sub" in verb.morph.get("Mood") or names_speaker(sent, speaker):
        return False
    return first_person(sent) or not narration(sent, verb)
