"""Speech acts and attitudes of real news that no single verb carries: a verb-noun idiom („hatte
dies bereits in Aussicht gestellt“, „brachte seine Sorge zum Ausdruck“), an opinion of a
quantity („Von der Variante Schwarz-Rot-Grün hält er hingegen nichts“), a view with a modal
(„Sie kann sich eine interne Umschichtung … vorstellen“), a fronted predicate („Für vordringlich
hält sie das geplante PHC-Gesetz“, „Hauptverantwortlich dafür macht sie die Ärztekammer“) and a
feeling with the copula and „über“ („Über die Pro-FPÖ-Äußerungen … war Pühringer wenig erfreut“).

Stage: quotation attribution (a lexicon; no model). Input: a sentence with STTS tags and lemmas.
Output: the token ids of such an act (``phrase_act``), verb first, for ``reported.speech_act``;
``[]`` if there is none. Its words are in ``data/speech_phrases.json`` (``speech_phrases``).
Alone the verbs narrate: „stellte den Antrag“, „hält den Rekord“, „kann das Auto fahren“,
„Für Kinder ist der Eintritt frei“, „war mit dem Absatz zufrieden“.
"""

from __future__ import annotations

from spacy.tokens import Span

from .speech_phrases import phrases
from .verb_parts import CLAUSE_JOINS, CLAUSE_MARKS, FINITE, clause_of, reflexive, subordinate

AUXILIARY = "haben"
COPULA = "sein"
PREDICATE_TAGS = frozenset({"ADJD", "VVPP"})
PREPOSITION_TAGS = frozenset({"APPR", "APPRART"})
STANCE_PREPOSITION = "über"


def phrase_act(sent: Span, nouns: dict[str, frozenset[str]] | None = None) -> list[int]:
    """Token ids of the first act of this module's kinds in a main clause of ``sent``; with
    ``nouns`` (verb key → object nouns, ``reported.NOUN_ACTS``) also a verb and its object noun
    in the perfect („hatte Cameron die gleiche Antwort gegeben“)."""
    for verb in sent:
        if verb.tag_ == "VVPP":
            perfect = _perfect_idiom(sent, verb.i, (nouns or {}).get(verb.lemma_.lower()))
            if perfect:
                return perfect
        if verb.tag_ == "VVINF":
            modal = _modal_view(sent, verb.i)
            if modal:
                return modal
        if verb.tag_ not in FINITE or subordinate(sent, verb.i):
            continue
        lemma = verb.lemma_.lower()
        for find in (_idiom, _quantity_view, _fronted_predicate, _copula_stance):
            found = find(sent, verb.i, lemma)
            if found is not None:
                return [verb.i, found]
    return []


def _clause_words(sent: Span, verb: int) -> list:
    """The tokens after ``verb`` in its clause, up to a finite verb of a new clause."""
    doc = sent.doc
    after = []
    for j in clause_of(sent, verb):
        if j <= verb:
            continue
        if doc[j].tag_ in FINITE and doc[j - 1].tag_ in CLAUSE_JOINS:
            break
        after.append(doc[j])
    return after


def _pair_in(tokens: list, pairs: list[list[str]]) -> int | None:
    """Token id of the second word of the first of ``pairs`` that follows in ``tokens``."""
    words = [t.lower_ for t in tokens]
    for first, second in pairs:
        for k in range(len(words) - 1):
            if words[k] == first and words[k + 1] == second:
                return tokens[k + 1].i
    return None


def _idiom(sent: Span, verb: int, lemma: str) -> int | None:
    """The noun of an idiom of the finite ``verb`` („stellte … in Aussicht“)."""
    pairs = phrases()["idioms"].get(lemma)
    return _pair_in(_clause_words(sent, verb), pairs) if pairs else None


def _perfect_idiom(sent: Span, participle: int, nouns: frozenset[str] | None) -> list[int]:
    """„haben“ and the past participle of an idiom verb with the idiom's words (or one of the
    verb's object ``nouns``) in between („hatte dies bereits tags zuvor in Aussicht gestellt“);
    ``[]`` if there is none."""
    doc = sent.doc
    pairs = phrases()["idioms"].get(doc[participle].lemma_.lower(), [])
    if not pairs and not nouns:
        return []
    between = []
    for token in reversed(doc[sent.start : participle]):
        if token.text in CLAUSE_MARKS and token.text != "(":
            return []
        if token.tag_ == "VAFIN":
            if token.lemma_.lower() == AUXILIARY and not subordinate(sent, token.i):
                noun = _pair_in(between[::-1], pairs)
                if noun is None and nouns:
                    noun = next(
                        (t.i for t in between if t.tag_ == "NN" and t.lemma_ in nouns), None
                    )
                return [token.i, participle] if noun is not None else []
            return []
        if token.tag_ in ("VVFIN", "VMFIN"):
            return []
        between.append(token)
    return []


def _quantity_view(sent: Span, verb: int, lemma: str) -> int | None:
    """The quantity word of an opinion („hält er hingegen nichts“) with its „von“-phrase in the
    clause or opening the sentence („Von einer schwarz-grünen Koalition …, hält er wenig“)."""
    entry = phrases()["quantity_views"].get(lemma)
    if not entry or reflexive(sent, verb):
        return None
    quantities, prepositions = entry
    doc = sent.doc
    field = [doc[j] for j in clause_of(sent, verb) if j < verb]
    after = _clause_words(sent, verb)
    opener = doc[sent.start].lower_ in prepositions
    linked = opener or any(t.lower_ in prepositions and t.tag_ in PREPOSITION_TAGS for t in field)
    linked = linked or any(t.lower_ in prepositions and t.tag_ in PREPOSITION_TAGS for t in after)
    if not linked:
        return None
    # the quantity closes the clause or stands before its „von“: „hält wenig von …“
    for k, token in enumerate(after):
        if token.lower_ not in quantities or token.tag_ not in ("PIS", "PIAT", "ADV", "ADJD"):
            continue
        rest = after[k + 1 :]
        if not rest or rest[0].lower_ in prepositions or rest[0].is_punct:
            return token.i
    return None


def _modal_view(sent: Span, infinitive: int) -> list[int]:
    """The modal and the infinitive of a view („Sie kann sich … vorstellen“): the modal of
    ``modal_views`` finite in a main clause, „sich“ after it, the infinitive closing the
    clause."""
    doc = sent.doc
    modal = phrases()["modal_views"].get(doc[infinitive].lemma_.lower())
    if modal is None:
        return []
    seen_sich = False
    for token in reversed(doc[sent.start : infinitive]):
        seen_sich = seen_sich or token.lower_ == "sich"
        if token.tag_ == "VMFIN":
            if token.lemma_.lower() == modal and seen_sich and not subordinate(sent, token.i):
                return [token.i, infinitive]
            return []
        if token.tag_ in ("VVFIN", "VAFIN") and doc[token.i - 1].tag_ in CLAUSE_JOINS:
            return []
    return []


def _fronted_predicate(sent: Span, verb: int, lemma: str) -> int | None:
    """The predicate that opens the clause of ``verb`` („Für vordringlich hält sie …“,
    „Hauptverantwortlich dafür macht sie …“), with a subject after the verb."""
    entry = phrases()["fronted_predicates"].get(lemma)
    if not entry or reflexive(sent, verb):
        return None
    endings, preposition = entry
    doc = sent.doc
    field = [doc[j] for j in clause_of(sent, verb) if j < verb]
    if not field or len(field) > 4:
        return None
    start = 0
    if preposition is not None:
        if field[0].lower_ != preposition:
            return None
        start = 1
    for token in field[start:]:
        if token.tag_ not in PREDICATE_TAGS:
            continue
        if endings is None or any(token.lower_.endswith(e) for e in endings):
            return token.i
    return None


def _copula_stance(sent: Span, verb: int, lemma: str) -> int | None:
    """A feeling of ``copula_stances`` with „sein“ and an „über“-phrase in its clause („Über
    die Pro-FPÖ-Äußerungen seines Mitverhandlers Strugl war Pühringer wenig erfreut“)."""
    if lemma != COPULA:
        return None
    doc = sent.doc
    clause = [doc[j] for j in clause_of(sent, verb)]
    if not any(t.lower_ == STANCE_PREPOSITION and t.tag_ in PREPOSITION_TAGS for t in clause):
        return None
    stances = phrases()["copula_stances"]
    return next((t.i for t in clause if t.lower_ in stances and t.tag_ in PREDICATE_TAGS), None)
