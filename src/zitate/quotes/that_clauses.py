"""Verbs of saying whose „, dass“ clause makes them an Indirect cue, even where the Wikinews
lexicon never saw the form („Hänni erinnert daran, dass …“, „Alle Experten gehen davon aus,
dass …“), and a conviction after the copula („Allerdings ist Entholzer davon überzeugt, dass …“).

Stage: quotation attribution (a lexicon; no model; used by ``model`` and ``saying``). Input: a
sentence with STTS tags and lemmas and the token ids inside quotation marks. Output: the token
ids of such verbs (``that_clause_cues``) and the verb lemmas (``THAT_VERBS``,
``THAT_PARTICLE_VERBS``: the hand-listed speech acts of ``reported`` and the verbs below).
"""

from __future__ import annotations

from spacy.tokens import Span

from .reported import SPEECH_ACTS, THAT_WORDS, _words, particle

# Verbs of saying, thinking and showing that a „dass“ clause after a comma makes an Indirect cue
# even where the Wikinews lexicon never saw the form („Hänni erinnert daran, dass …“, „Der
# Klimaforscher erwartet, dass …“, „Studien haben gezeigt, dass …“).
THAT_VERBS = frozenset(
    {lemma for lemma in SPEECH_ACTS if "+" not in lemma}
    | _words(
        """
        sagen erklären betonen berichten bestätigen erinnern erwarten vorstellen glauben meinen
        hoffen fürchten befürchten vermuten schätzen annehmen verweisen zeigen herausfinden
        feststellen mitteilen schreiben argumentieren behaupten
        """
    )
)
# Particle verbs of saying and supposing with a „dass“ clause („Alle Experten gehen davon aus,
# dass …“, „wies darauf hin, dass …“, „hob hervor, dass …“): the verb's lemma + its particle, as
# ``verb_keys`` — the hand-listed speech acts with a particle and these.
THAT_PARTICLE_VERBS = frozenset(
    {key for key in SPEECH_ACTS if "+" in key}
    | _words("gehen+aus heben+hervor führen+aus teilen+mit geben+an geben+bekannt merken+an")
    | {"halten+fest"}  # „hielt … dazu fest, dass …“
)
# Predicatives of conviction whose „dass“ clause after the copula is the subject's view.
CONVICTIONS = frozenset({"überzeugt", "zuversichtlich", "optimistisch"})  # not „Es ist sicher, …“
COPULA = "sein"
BRIDGE_TAGS = frozenset({"PAV", "ADV", "PRF", "PTKVZ", "PTKNEG", "VAFIN", "VMFIN", "VAINF"})


def that_clause_cues(sent: Span, inside: set[int]) -> list[int]:
    """Token ids of full verbs of ``THAT_VERBS`` outside quotation marks whose clause ends in
    „, dass“ / „, ob“ (adverbs, „daran“, „sich“, the verb's particle and auxiliaries in between);
    a finite particle verb counts with its particle („gehen davon aus, dass“)."""
    doc = sent.doc
    found = []
    for verb in sent:
        if verb.i in inside or verb.tag_ not in {"VVFIN", "VVPP", "VVINF", "ADJD"}:
            continue
        lemma = verb.lemma_.lower()
        conviction = _copula_conviction(sent, verb.i)  # „ist davon überzeugt, dass …“
        if (
            not conviction
            and lemma not in THAT_VERBS
            and not _particle_that_verb(sent, verb.i, lemma)
        ):
            continue
        # „hielt Verteidigungsminister Doskozil dazu fest, dass …“: from the verb's particle
        part = particle(sent, verb.i) if verb.tag_ == "VVFIN" else None
        for start in (verb.i, part) if part is not None else (verb.i,):
            j = start + 1
            while j < sent.end - 1 and doc[j].tag_ in BRIDGE_TAGS and j - start <= 3:
                j += 1
            if j + 1 < sent.end and doc[j].text == "," and doc[j + 1].lower_ in THAT_WORDS:
                found.append(verb.i)
                break
    return found


def _copula_conviction(sent: Span, word: int) -> bool:
    """Whether ``word`` is a conviction of ``CONVICTIONS`` after a finite „sein“ of its clause
    („Allerdings ist Entholzer davon überzeugt, dass …“): the subject's view, as „glaubt, dass“."""
    doc = sent.doc
    if doc[word].lower_ not in CONVICTIONS:
        return False
    for token in reversed(doc[sent.start : word]):
        if token.text in ",;:" or token.tag_ in {"VVFIN", "VMFIN"}:
            return False
        if token.tag_ == "VAFIN":
            return token.lemma_.lower() == COPULA
    return False


def _particle_that_verb(sent: Span, verb: int, lemma: str) -> bool:
    """Whether the finite verb ``verb`` with its separated particle is one of
    ``THAT_PARTICLE_VERBS`` („gehen … aus“)."""
    if sent.doc[verb].tag_ != "VVFIN":
        return False
    part = particle(sent, verb)
    return part is not None and f"{lemma}+{sent.doc[part].lower_}" in THAT_PARTICLE_VERBS
