"""How a proposal or a person was received, as a Reported statement of who received it: „Das
geplante Aus … stößt auf heftigen Widerstand bei Landeshauptmann Günther Platter“, „Lob kommt
indes vom Welternährungsprogramm (WFP)“, „Der Plan erntete Kritik von der Opposition“.

Stage: quotation attribution (a lexicon of reception nouns and a clause-structure rule; no
model). Input: a tagged sentence (STTS ``tag_`` and lemmas). Output: ``reception_act``, the token
ids of the finite verb and the reception noun of such a clause outside relative and subordinate
clauses (``[]`` for none), and ``reception_speaker``, the speaker of a Reported sentence: the
phrase after „bei“ / „von“ / „vom“ / „seitens“ in the reception's clause — the subject is what
was received, never who spoke —, ``[]`` for a reception without one („Auch der russische
Vorschlag … stieß auf Ablehnung“), else ``sentence.reported_speaker``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .sentence import reported_speaker
from .speakers import np_from
from .verb_parts import clause_of, subordinate


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Nouns of a reception that says something: criticism, refusal, approval, praise, dismay.
RECEPTION_NOUNS = _words(
    """
    Kritik Widerstand Ablehnung Zustimmung Unverständnis Skepsis Protest Proteste Widerspruch
    Lob Beifall Zuspruch Empörung Entsetzen Begeisterung Gegenliebe Vorbehalte Bedenken
    Kopfschütteln Häme Spott
    """
)
# Nouns that may name a deed as well („trafen US-Truppen auf erheblichen Widerstand durch
# Aufständische“): a reception only where who received it is named („bei“ / „von“).
DEED_NOUNS = _words("Widerstand Protest Proteste")
# Verbs of a reception: the preposition before its noun („stößt auf Kritik“), or ``""`` where
# the noun is the subject or object („Lob kommt von …“, „erntete Kritik“). „kommen“ names a
# reception only with its speaker („Kritik kam auf“ says that it arose).
RECEPTION_VERBS = {"stoßen": "auf", "treffen": "auf", "ernten": "", "kommen": ""}
NEEDS_SPEAKER = frozenset({"kommen"})
SPEAKER_WORDS = frozenset({"bei", "von", "vom", "seitens"})
NOUN_FIELD = frozenset({"ART", "ADJA", "ADV", "PIAT", "ADJD"})  # „auf heftigen Widerstand“
PREPOSITIONS = frozenset({"APPR", "APPRART"})


def speaker_preposition(
    doc: Doc, ids: range, words: frozenset[str], inside: frozenset[int] | set[int] = frozenset()
) -> int | None:
    """The first of ``words`` (a preposition that brings in who spoke or received: „von“,
    „bei“) among the token ids ``ids`` outside quotation marks (``inside``), or ``None``;
    ``noun_acts`` reads the same phrase of a speech-act noun."""
    return next(
        (
            j
            for j in ids
            if doc[j].lower_ in words and doc[j].tag_ in PREPOSITIONS and j not in inside
        ),
        None,
    )


def reception_act(sent: Span) -> list[int]:
    """Token ids of the finite verb and the reception noun of the first reception clause of
    ``sent`` („stößt auf heftigen Widerstand bei …“); ``[]`` if none."""
    found = _reception(sent)
    return list(found[:2]) if found else []


def reception_speaker(doc: Doc, sent: Span, keys: frozenset[str] | set[str]) -> list[int]:
    """The speaker of the Reported sentence ``sent``: of a reception, the phrase after „bei“ /
    „von“ in its clause (``[]`` without one); else ``sentence.reported_speaker``."""
    found = _reception(sent)
    if found is None:
        return reported_speaker(doc, sent, keys)
    return found[2]


def _reception(sent: Span) -> tuple[int, int, list[int]] | None:
    """(verb, noun, speaker phrase) of the first reception clause of ``sent``, or ``None``."""
    doc = sent.doc
    for verb in sent:
        lemma = verb.lemma_.lower()
        if verb.tag_ != "VVFIN" or lemma not in RECEPTION_VERBS or subordinate(sent, verb.i):
            continue
        clause = clause_of(sent, verb.i)
        noun = next((j for j in clause if _reception_noun(doc, j, RECEPTION_VERBS[lemma])), None)
        if noun is None:
            continue
        # after the verb („stieß bei den Fans auf keine Gegenliebe“)
        j = speaker_preposition(doc, range(verb.i + 1, clause.stop), SPEAKER_WORDS)
        speaker = np_from(doc, j + 1, clause.stop) if j is not None else []
        if speaker or not (lemma in NEEDS_SPEAKER or doc[noun].text in DEED_NOUNS):
            return verb.i, noun, speaker
    return None


def _reception_noun(doc: Doc, j: int, preposition: str) -> bool:
    """Whether the noun ``j`` is a reception noun, after ``preposition`` (adjectives and
    articles in between) where one is given."""
    if doc[j].tag_ != "NN" or doc[j].text not in RECEPTION_NOUNS:
        return False
    if not preposition:
        return True
    k = j - 1
    while k >= 0 and doc[k].tag_ in NOUN_FIELD:
        k -= 1
    return k >= 0 and doc[k].lower_ == preposition
