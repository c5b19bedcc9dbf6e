"""Speech acts of a verb with a phrase: a preposition in the verb's clause („drohte … mit
Luftschlägen“, „unterscheidet … zwischen kommerziellen Sicherheitsunternehmen, …“) or „sich“
and a preposition („Nikos Filis … hat sich hinter den Regierungschef gestellt“, „stellte sich
gegen den Plan“) or a predicate („sehen sich in Flüchtlingskurs bestätigt“, „erklärte sich
bereit, …“).

Stage: quotation attribution (a lexicon; no model). Input: a sentence with STTS tags and lemmas
and the key of a finite verb (lemma, lemma + separated particle, as ``reported.verb_keys``).
Output: whether the verb with its phrase is a speech act (``preposition_act``,
``reflexive_phrase``), the predicate of a view with „sich“ (``reflexive_view``) and the token
ids of such an act in the perfect (``perfect_phrase_act``).
``reported.finite_act`` and ``reported.perfect_act`` read them; alone the verbs narrate („Die
Modelle unterscheiden sich“, „stellte den Wagen ab“). Idioms, opinions of a quantity („hält er
nichts von …“), „kann sich … vorstellen“, fronted predicates („Für vordringlich hält sie …“) and
feelings with the copula („war Pühringer wenig erfreut“) are ``idiom_acts``' (``phrase_act``),
their words in ``data/speech_phrases.json``.
"""

from __future__ import annotations

from spacy.tokens import Span

from .speech_phrases import phrases
from .verb_parts import CLAUSE_JOINS, CLAUSE_MARKS, FINITE, clause_of, in_clause, reflexive


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# A verb and the preposition that makes it a statement of its subject: a threat („drohte … mit
# der härtesten Reaktion“, not „Ihm droht Haft“), a report („berichtete von der Bergung“, „spricht
# … von weniger …“) and a distinction („unterscheidet zwischen …“); several prepositions are
# space-separated.
# Not „vergleicht … mit“: the Wikinews cue lexicon has it as the cue of an Indirect clause
# („Pflugbeil vergleicht die Stimmung … mit … der DDR, wo …“), which a Reported act would take.
PREPOSITION_ACTS = {
    "drohen": "mit",
    "berichten": "von vom über",
    "sprechen": "von vom",
    "unterscheiden": "zwischen",
}
# With „sich“ a distinction narrates: „Die Modelle unterscheiden sich …“.
NOT_REFLEXIVE = frozenset({"unterscheiden"})
# A verb with „sich“ and a preposition that takes a side: „hat sich hinter den Regierungschef
# gestellt“, „stellte sich gegen den Beschluss“ (not „stellte sich der Polizei“, „… vor“).
REFLEXIVE_PREPOSITION_ACTS = {"stellen": frozenset({"hinter", "gegen"})}
# „freute sich über das gute Gesprächsklima“, „beschwerte sich bei …“ (issue 12, d5rep)
REFLEXIVE_PREPOSITION_ACTS |= {
    verb: frozenset(words) for verb, words in phrases()["reflexive_prepositions"].items()
}
# „sich … bestätigt sehen“ and the like: a verb with „sich“ and one of these participles or
# adjectives states a view („Faymann, Mitterlehner und Co sehen sich in Flüchtlingskurs
# bestätigt“) — not „sah sich gezwungen“ or „sieht sich in der Lage“, which narrate.
REFLEXIVE_VIEWS = {
    "sehen": _words("bestätigt bestärkt missverstanden benachteiligt diskriminiert ungerecht"),
    "erklären": _words("bereit"),  # „erklärte sich bereit, …“
}
AUXILIARY = "haben"
PREPOSITION_TAGS = frozenset({"APPR", "APPRART"})


def preposition_act(sent: Span, verb: int, key: str) -> bool:
    """Whether the finite verb ``verb`` (key ``key``) has the preposition of its
    ``PREPOSITION_ACTS`` entry in its clause (without „sich“ where ``NOT_REFLEXIVE``)."""
    preposition = PREPOSITION_ACTS.get(key)
    if preposition is None or key in NOT_REFLEXIVE and reflexive(sent, verb):
        return False
    return in_clause(sent, verb, preposition)


def reflexive_phrase(sent: Span, verb: int, key: str) -> bool:
    """Whether the finite verb ``verb`` (key ``key``) of ``REFLEXIVE_PREPOSITION_ACTS`` has
    „sich“ and then one of its prepositions in its clause („stellte sich hinter …“)."""
    prepositions = REFLEXIVE_PREPOSITION_ACTS.get(key)
    if not prepositions:
        return False
    doc = sent.doc
    after = [doc[j] for j in clause_of(sent, verb) if j > verb]
    return _sich_then(after, prepositions)


def reflexive_view(sent: Span, verb: int, key: str) -> int | None:
    """Token id of the participle or adjective of ``REFLEXIVE_VIEWS`` that closes the clause of
    the verb ``verb`` (key ``key``) with „sich“ right after it („sehen sich in
    Flüchtlingskurs bestätigt“, „erklärte sich bereit“)."""
    words = REFLEXIVE_VIEWS.get(key)
    doc = sent.doc
    if not words or verb + 1 >= sent.end or doc[verb + 1].lower_ != "sich":
        return None
    for token in doc[verb + 2 : sent.end]:
        if token.tag_ in FINITE and doc[token.i - 1].tag_ in CLAUSE_JOINS or token.text in ",;:":
            return None
        if token.lower_ in words:
            return token.i
    return None


def perfect_phrase_act(sent: Span) -> list[int]:
    """Token ids of „haben“ and the past participle of a ``REFLEXIVE_PREPOSITION_ACTS`` verb
    with „sich“ and its preposition in between („hat sich hinter den Regierungschef
    gestellt“); ``[]`` if there is none."""
    doc = sent.doc
    for verb in sent:
        prepositions = REFLEXIVE_PREPOSITION_ACTS.get(verb.lemma_.lower())
        if verb.tag_ != "VVPP" or not prepositions:
            continue
        between = []
        for token in reversed(doc[sent.start : verb.i]):
            if token.text in CLAUSE_MARKS and token.text != "(":
                break
            if token.tag_ == "VAFIN":
                if token.lemma_.lower() == AUXILIARY and _sich_then(between[::-1], prepositions):
                    return [token.i, verb.i]
                break
            if token.tag_ in ("VVFIN", "VMFIN"):
                break
            between.append(token)
    return []


def _sich_then(tokens: list, prepositions: frozenset[str]) -> bool:
    """„sich“ and after it one of ``prepositions`` among ``tokens`` (in text order)."""
    seen = False
    for token in tokens:
        seen = seen or token.lower_ == "sich"
        if seen and token.tag_ in PREPOSITION_TAGS and token.lower_ in prepositions:
            return True
    return False
