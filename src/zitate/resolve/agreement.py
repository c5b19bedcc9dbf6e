"""Pronoun agreement: which noun phrase a third-person pronoun can take up, by German grammar.

Stage: resolve (used by ``zitate.resolve.pronouns`` and ``.document``). Input: spaCy tokens and
sentences of an analysed ``Doc`` (STTS tags). Output: plain facts about one pronoun — whether a
capitalised „Sie“ is the polite form of address, which organisation opening a sentence as its
subject agrees with a singular „sie“ / „er“ / „es“ by the grammatical gender of its noun („die
Armee“ → „sie“, „der Konzern“ → „er“, „das Institut“ → „es“).
"""

from __future__ import annotations

from spacy.tokens import Span

from ..nlp.mood import FINITE_TAGS
from .declension import noun_gender
from .lexicons import is_person_noun, is_speaker_noun
from .mentions import ORG_ENDINGS
from .phrases import ARTICLE_GENDER

#: The polite pronoun of address and its possessive, capitalised inside a sentence.
FORMAL_FORMS = frozenset({"Sie", "Ihnen", "Ihr", "Ihre", "Ihrem", "Ihren", "Ihrer", "Ihres"})


def formal_address(token) -> bool:
    """Whether ``token`` is the polite „Sie“ of address: capitalised after a word of its own
    sentence („da fragen Sie besser einen Politiker“, „was Sie sich erwarten“), where the
    third-person „sie“ is written small. It names whom the speaker talks to, never a third
    person; at the start of a sentence, after a colon or a quotation mark the capital tells
    nothing („Havranek: Sie haben die Schlüssel nicht gefunden“), nor after a noun or name: a
    subheading the text runs into the sentence („Neue Position Sie …“). Its possessive is
    capitalised the same way: „Welche … Vorschläge … sind Ihrer Meinung nach verfassungswidrig?“
    asks for the opinion of the one spoken to, no woman's."""
    if token.text not in FORMAL_FORMS or token.i == token.sent.start:
        return False
    before = token.doc[token.i - 1]
    heading = before.tag_ in ("NN", "NE", "ADJA")
    return not (before.is_punct or before.is_quote or before.is_space or heading)


def body_subject(sent: Span, gender: str) -> Span | None:
    """The definite noun phrase of an organisation that opens ``sent`` as its subject, when its
    noun has the grammatical ``gender`` of a later singular pronoun: „Die türkische Armee hatte
    … beschossen. Nach eigenen Angaben reagierte sie …“ (die Armee, die Regierung → „sie“; der
    Konzern → „er“). A person noun („Die Ministerin“) or a noun of no speaker is none."""
    doc = sent.doc
    first = sent[0]
    if first.tag_ != "ART" or ARTICLE_GENDER.get(first.lower_) != gender:
        return None
    i = first.i + 1
    while i < sent.end and doc[i].tag_ == "ADJA":
        i += 1
    if i + 1 >= sent.end or doc[i].tag_ != "NN" or doc[i + 1].tag_ in ("ART", "NN"):
        return None  # („Die Sorge der Investoren“: a genitive tells whose)
    noun = doc[i]
    body = noun.lower_.endswith(ORG_ENDINGS) or is_speaker_noun(noun.text)
    if not body or is_person_noun(noun.text) or noun_gender(noun.text) != gender:
        return None
    return doc[first.i : i + 1]


def neuter_body(token) -> Span | None:
    """The neuter organisation a subject „es“ takes up: the one that opens its sentence or the
    sentence before as subject („Das Institut für Höhere Studien (IHS) rechnet … Es geht davon
    aus, dass …“), else None (the „es“ of „heißt es“, „es sei wichtig“ names no one)."""
    if token.lower_ != "es" or token.tag_ != "PPER":
        return None
    sent = token.sent
    for _ in range(2):
        body = body_subject(sent, "n")
        if body is not None and body.end <= token.i:
            return body
        if sent.start == 0:
            return None
        sent = token.doc[sent.start - 1].sent
    return None


def body_before(span: Span, begin: int, quoted: set[int], gender: str) -> Span | None:
    """The organisation of ``gender`` (``body_subject``) that opens the pronoun ``span``'s
    sentence or one before it, from character ``begin`` on, outside quotations: the nearer
    antecedent of „sie“ / „er“ than a person named before ``begin``."""
    sent = span[0].sent
    while sent.start_char >= begin:
        body = body_subject(sent, gender) if sent[0].idx not in quoted else None
        if body is not None and body.end <= span.start:
            return body
        if sent.start == 0:
            break
        sent = span.doc[sent.start - 1].sent
    return None


def singular_body(doc, entity, position: int) -> bool:
    """Whether ``entity``'s last mention before ``position`` is a common noun in the singular
    by its finite verb right after or before it („Die Polizei rät Bürgerwehren davon ab“): a
    body a plural „sie“ does not take up, unlike a name („die Neos“, „Siemens“) or a plural
    noun („die Grünen“)."""
    starts = [(s, e) for s, e in entity.mentions if s < position]
    if not starts:
        return False
    start, end = max(starts)
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    head = span[-1]
    if head.tag_ != "NN" or head.ent_type_:
        return False
    for i in (span.end, span.start - 1):  # its verb: „Die Polizei rät“, „rät die Polizei“
        if 0 <= i < len(doc) and doc[i].tag_ in FINITE_TAGS:
            return doc[i].morph.get("Number") == ["Sing"]
    return False
