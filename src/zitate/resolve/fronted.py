"""The subject of a main clause behind a fronted „wonach“ report („Kritik, wonach …, lässt
Wojahn nicht gelten“).

Stage: resolve (used by ``zitate.resolve.resolver``). Input: the „wonach“ token a quotation
names as its speaker. Output: ``fronted_subject(token)``: the noun phrase (or personal pronoun)
right after the finite verb of the main clause when the report noun opens the sentence as its
object — then that subject is the one who speaks (rejects, confirms, comments on the report),
and the quotations that continue it are his; otherwise None.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..nlp.mood import FINITE_TAGS

# The words of a subject noun phrase after the finite verb („lässt der Kommissionsvertreter …“).
SUBJECT_TAGS = frozenset({"ART", "ADJA", "NN", "NE", "PPOSAT", "CARD", "TRUNC"})
# Pronouns after the verb that are no speaker („Berichte, wonach …, gibt es nicht“).
NO_SUBJECT = frozenset({"es", "sich", "man"})


def fronted_subject(token: Token) -> Span | None:
    """The subject after the main verb when „wonach“ opens a relative clause on the noun that
    opens the sentence and the clause is followed by „, VERB SUBJECT“, or None."""
    doc, sent = token.doc, token.sent
    if token.i < 2 or doc[token.i - 1].text != ",":
        return None
    if any(doc[i].tag_ not in SUBJECT_TAGS for i in range(sent.start, token.i - 1)):
        return None  # the report noun is not fronted: „Er wies Berichte zurück, wonach …“
    if doc[token.i - 2].tag_ not in ("NN", "NE"):
        return None
    end = token.i + 1
    while end < sent.end and not (doc[end].text == "," and doc[end - 1].tag_ in FINITE_TAGS):
        end += 1
    verb = end + 1
    if verb >= sent.end or doc[verb].tag_ not in FINITE_TAGS:
        return None
    start = stop = verb + 1
    if stop < sent.end and doc[stop].tag_ == "PPER" and doc[stop].lower_ not in NO_SUBJECT:
        return doc[start : stop + 1]
    while stop < sent.end and doc[stop].tag_ in SUBJECT_TAGS:
        stop += 1
    if stop == start or doc[stop - 1].tag_ not in ("NN", "NE"):
        return None
    return doc[start:stop]
