"""Two statements of one frame with two coordinated cue verbs: „…, sagte Wibisono und fügte
hinzu, die Schuldigen … würden nie zur Rechenschaft gezogen.“, „„…“, sagte Krapp und fügte hinzu:
Es seien hier die gleichen Abwehrreaktionen sichtbar geworden, …“.

Stage: quotation attribution (used by ``quotes.model`` once every sentence has its quotations,
before the speakers are ranked). Input: a tagged ``Doc``, the quotations found so far, the cue
lexicon and whether the text lost its quotation marks. Output: new ``Found`` records for the
clause that the second cue („fügte hinzu“, „ergänzte“) frames or for the clause before the
first („…, sagte X“), with the speaker of the frame; a quotation that the first cue took over
the second's clause gets the second cue.

The rules give a sentence one cue and one clause: the one cue verb's clause before it, or the
clause after the next comma — which after „sagte X und fügte hinzu,“ is the second verb's — so
the first statement was lost, and beside a Direct quotation the words after „und fügte hinzu:“
were too.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..nlp.mood import FINITE_TAGS
from .candidates import Found, frame_of
from .lexicon import CueLexicon
from .saying import governs_speech

BETWEEN = frozenset({"ADV", "PTKVZ", "ADJD"})  # „fügte noch hinzu“, „ergänzte später“
SEPARATORS = frozenset({",", ":"})
MIN_CLAUSE = 4  # tokens of a clause that is a statement of its own
MAX_BETWEEN = 3  # words between the second verb and its comma or colon
# Verbs that add to what was just said; „ergänzen“ frames speech only after a first cue („sagte
# X und ergänzte: …“), so the speech lexicons leave it out.
ADDING_VERBS = frozenset({"ergänzen", "hinzufügen", "anfügen", "nachschieben"})


def _konjunktiv(doc: Doc, ids: list[int]) -> bool:
    return any(doc[i].tag_ in FINITE_TAGS and "Sub" in doc[i].morph.get("Mood") for i in ids)


def _type(doc: Doc, ids: list[int], stripped: bool) -> str:
    """Indirect for a Konjunktiv or „dass“ clause; the own words of a text without quotation
    marks are Direct, an unmarked indicative clause of a marked text is Indirect."""
    if _konjunktiv(doc, ids) or doc[ids[0]].lower_ == "dass":
        return "Indirect"
    return "Direct" if stripped else "Indirect"


def _second_cue(doc: Doc, sent: Span, item: Found, lexicon: CueLexicon) -> tuple[list[int], int]:
    """The second cue's words („fügte“, „hinzu“) and the comma or colon after them, when
    „und“ + a verb of saying follows the speaker of ``item``'s cue verb; ``([], -1)`` if not."""
    cue = item.cue
    after = max(item.speaker) + 1
    if cue is None or after + 1 >= sent.end or min(item.speaker) < cue.i:
        return [], -1
    if doc[after].lower_ != "und" or doc[after + 1].tag_ != "VVFIN":
        return [], -1
    verb = doc[after + 1]
    if verb.lemma_.lower() not in ADDING_VERBS and not governs_speech(verb, lexicon):
        return [], -1
    words = [verb.i]
    for j in range(verb.i + 1, min(sent.end, verb.i + 2 + MAX_BETWEEN)):
        if doc[j].text in SEPARATORS:
            return words, j
        if doc[j].tag_ not in BETWEEN:
            break
        if doc[j].tag_ == "PTKVZ":
            words.append(j)
    return [], -1


def coordinated_statements(
    doc: Doc, found: list[Found], lexicon: CueLexicon, stripped: bool
) -> list[Found]:
    """``found`` with the statements of the frames „…, sagte X und fügte hinzu[,:] …“ that it
    lacks, each beside the quotation of its frame (see the module's docstring); ``found`` items
    that took the second clause get its cue."""
    covered = {i for item in found for i in item.quote}
    out = []
    for item in found:
        out.append(item)
        if item.type not in ("Direct", "Indirect") or item.cue is None or not item.speaker:
            continue
        if item.cue.tag_ != "VVFIN" or item.cue.i == item.cue.sent.start:
            continue
        sent = item.cue.sent
        second, sep = _second_cue(doc, sent, item, lexicon)
        if not second or doc[item.cue.i - 1].text != ",":
            continue
        if sep + 1 >= len(doc):
            continue
        tail = doc[sep + 1].sent  # the sentence goes on after a colon that ends a parse's one
        end = tail.end - 1 if doc[tail.end - 1].is_punct else tail.end
        after = list(range(sep + 1, end))
        before = list(range(sent.start, item.cue.i - 1))
        first = item.cue
        if set(after) & set(item.quote):  # the first cue took the second's clause
            item.cue, item.cue_ids = doc[second[0]], list(second)
            clause, cue, words = before, first, [first.i]
        elif set(before) & set(item.quote) or min(item.quote) < sent.start:
            item.cue_ids = [i for i in item.cue_ids if i not in second]  # not „sagte hinzu“
            clause, cue, words = after, doc[second[0]], list(second)
        else:
            continue
        if len(clause) < MIN_CLAUSE or set(clause) & covered:
            continue
        if any(doc[i].is_quote for i in clause) or not any(
            doc[i].tag_ in FINITE_TAGS for i in clause
        ):
            continue
        new = Found(clause, cue, list(item.speaker), frame_of(sent, clause), "", item.medium)
        new.type = _type(doc, clause, stripped)
        new.confidence, new.kind = item.confidence, "coordinated"
        new.cue_ids = words
        covered.update(clause)
        out.insert(len(out) - (clause is before), new)  # in the order of the text
    return out
