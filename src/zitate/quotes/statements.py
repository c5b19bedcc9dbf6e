"""Quotations that report no statement: the model drops them before it labels the media.

Stage: quotation attribution, the last step of ``model.AttributionModel``. Input: a tagged
``Doc`` (STTS ``tag_``, ``lemma_``, ``ents`` when present) and one composed quotation
(``Found``). Output: whether the quotation reports no statement (``no_statement``):

- a Reported quotation without a cue or speech act (``reported.speech_act``: „die Neos haben
  sich … ausgesprochen“, „Die Gewerkschaften entgegneten, …“ stay) whose speaker is a common
  noun that names no one who could speak — not a speaker noun of the training data, no person
  noun, and no name or entity in the phrase („Die EADS-Aktie verlor um rund fünf Prozent.“,
  „Die seit Juni andauernden Unruhen halten an.“); a name, a pronoun or „Die Polizei“ keeps it;
- „fordern“ with a toll of dead or injured as its object („Ein Erdbeben … hat mindestens 65
  Menschenleben gefordert.“): a disaster's toll, no demand;
- a Reported „sprechen mit …“ without what was said („Fei Junlong sprach mit seiner Frau.“): a
  conversation; „sprach von …“, „sprach über …“ and „sprach sich für … aus“ stay statements.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .candidates import Found
from .ranker import head_of
from .reported import speech_act
from .speaker_nouns import (
    MIN_SUFFIX,
    all_speaker_nouns,
    has_person_form,
    is_person_noun,
    is_person_plural,
    is_speaker_noun,
    singular_forms,
)

# The toll of a disaster as the object of „fordern“ („Todesopfer“, „Motorrad-Toten“).
CASUALTIES = ("opfer", "tote", "toten", "menschenleben", "verletzte", "verletzten")
# What a „sprechen“ names as its content, anywhere in the sentence: „von …“, „Von … sprechen
# Medienberichte“, „über …“, „sich für … aus“.
SPEECH_CONTENT = frozenset({"von", "vom", "über", "sich"})


def no_statement(doc: Doc, found: Found) -> bool:
    """Whether ``found`` reports no statement (see the module docstring). A Reported statement
    whose thing speaker is the object in front of the verb and has a subject after it
    („Finanzielle Unterstützung einer Partei hat Griss ausgeschlossen“) stays:
    ``statement_speaker`` gives it that subject."""
    if not found.quote:
        return False
    if toll(doc, found) or found.type != "Reported":
        return toll(doc, found)
    if (
        thing_speaker(doc, found)
        and not inverted_subject(doc, found.speaker)
        and found.cue is None
        and not speech_act(doc[min(found.quote)].sent)
    ):
        return True  # a denial verb („entgegneten“) is the cue of a statement
    return conversation(doc, found)


def statement_speaker(doc: Doc, found: Found) -> list[int]:
    """The speaker of a Reported statement: its phrase, or where that is a thing fronted as the
    object, the subject right after the verb („Finanzielle Unterstützung einer Partei hat Griss
    ausgeschlossen“ -> „Griss“)."""
    if found.type == "Reported" and found.quote and thing_speaker(doc, found):
        return inverted_subject(doc, found.speaker) or found.speaker
    return found.speaker


# Personal pronouns that are a subject after the verb („hat sie … ausgeschlossen“).
NOMINATIVE_PRONOUNS = frozenset({"er", "sie", "wir", "ich"})


def inverted_subject(doc: Doc, speaker: list[int]) -> list[int]:
    """The subject right after the finite verb that follows the fronted phrase ``speaker``:
    a name or a nominative pronoun („… hat Griss im Vorfeld ausgeschlossen“); ``[]`` if none."""
    verb = max(speaker) + 1
    if verb + 1 >= len(doc) or doc[verb].tag_ not in {"VVFIN", "VAFIN", "VMFIN"}:
        return []
    first = doc[verb + 1]
    if first.tag_ == "PPER" and first.lower_ in NOMINATIVE_PRONOUNS:
        return [first.i]
    ids = []
    for t in doc[verb + 1 : min(len(doc), verb + 5)]:
        if t.tag_ != "NE" and not (t.ent_type_ == "PER" and t.text[:1].isupper()):
            break
        ids.append(t.i)
    return ids


def thing_speaker(doc: Doc, found: Found) -> bool:
    """Whether the speaker's head is a common noun that can name no speaker."""
    if not found.speaker:
        return False
    first = min(found.speaker)
    if first > 0 and doc[first - 1].lower_ in {"von", "vom"}:
        return False  # the agent of a passive statement („Von den Parlamentariern wird …“)
    head = doc[head_of(doc, found.speaker)]
    if head.tag_ != "NN" or any(named(doc[i]) for i in _before_preposition(doc, found.speaker)):
        return False  # „Platter andere Gründe“, „Rebellen der FSA“: a name in it may speak
    if any(t.text == head.text and named(t) for t in doc):
        return False  # a name the tagger missed here („spricht Höcke/NN“, „Björn Höcke/PER“)
    return not any(may_speak(w) for w in {head.text, head.lemma_ or head.text})


def _before_preposition(doc: Doc, ids: list[int]) -> list[int]:
    """The phrase ``ids`` up to its first preposition, conjunction or comma (its genitive
    attributes kept): „Die Überschwemmungen | in zehn Provinzen … Thailands“."""
    out = []
    for i in ids:
        if doc[i].tag_ in {"APPR", "APPRART", "KON", "$,", "$("}:
            break
        out.append(i)
    return out


def named(token) -> bool:
    """Whether ``token`` is (part of) a name: tagged a proper or foreign noun, or an entity."""
    return token.tag_ in {"NE", "FM"} or token.ent_type_ in {"PER", "ORG", "LOC", "MISC"}


def may_speak(word: str) -> bool:
    """Whether the common noun ``word`` may name who speaks: a speaker noun of the training data
    (also one that headed a speaker once, „Experte“ in „US-Experten“), a person noun or plural,
    or a noun of persons by its form (``has_person_form``: „Pfarrerin“, „Landsfrau“, „Angehörige“,
    „Fluglotsen“)."""
    if is_speaker_noun(word) or is_person_noun(word) or is_person_plural(word):
        return True
    if has_person_form(word):
        return True  # „Provinzgouverneur“ (an ending of persons, even after „-ur“)
    low = word.lower()
    return any(_seen_noun(form) for form in [low, *singular_forms(low)])


def _seen_noun(word: str) -> bool:
    """Whether ``word`` or its last part (at least ``MIN_SUFFIX`` letters) ever headed a speaker
    in the training data."""
    tail = word.rsplit("-", 1)[-1]
    nouns = all_speaker_nouns()
    return any(tail[i:] in nouns for i in range(max(1, len(tail) - MIN_SUFFIX + 1)))


def toll(doc: Doc, found: Found) -> bool:
    """Whether the quotation's cue (or, without one, its sentence's verb) is „fordern“ and
    its object names dead or injured („… hat 35 Todesopfer gefordert“). Dead or injured in an
    attribute („Die Angehörigen der Opfer forderten …“, „Hilfe für die Verletzten“) make no
    toll, nor do words in quotation marks (a Direct quotation)."""
    if found.type == "Direct":
        return False
    sent = doc[min(found.quote)].sent
    if found.cue is not None and _lemma(found.cue) != "fordern":
        return False
    if not any(_lemma(t) == "fordern" for t in sent):
        return False
    return any(
        t.tag_ == "NN" and t.lower_.endswith(CASUALTIES) and not _attribute(doc, t) for t in sent
    )  # the fronted object too: „Zwölf Todesopfer forderte der Taifun“ (Wikinews dev)


# Words inside a noun phrase before its noun („mindestens 65“, „einen“, „die vielen“).
PHRASE_INNER = frozenset({"ART", "ADJA", "CARD", "ADV", "PIAT", "PIDAT", "PPOSAT", "ADJD"})


def _attribute(doc: Doc, noun) -> bool:
    """Whether ``noun`` stands in a genitive or prepositional attribute or object („der
    Opfer“ after „Angehörigen“, „für die Verletzten“), not as the object of the verb."""
    i = noun.i - 1
    while i >= noun.sent.start and doc[i].tag_ in PHRASE_INNER:
        i -= 1
    if i < noun.sent.start:
        return False
    if doc[i].tag_ in {"APPR", "APPRART", "APPO"}:
        return True
    return doc[i].tag_ in {"NN", "NE"} and doc[i + 1].lower_ in {"der", "des"}


def conversation(doc: Doc, found: Found) -> bool:
    """Whether the quotation's cue (or, without one, its sentence's verb) is „sprechen mit …“
    with no content of what was said („von …“, „über …“, „sich … aus“); a statement of another
    verb in the same sentence stays („sprach mit Journalisten und kritisierte die Reform“)."""
    sent = doc[min(found.quote)].sent
    if found.cue is not None and _lemma(found.cue) != "sprechen":
        return False
    if not any(_lemma(t) == "sprechen" for t in sent):
        return False
    words = {t.lower_ for t in sent}
    return "mit" in words and not words & SPEECH_CONTENT


def _lemma(token) -> str:
    return (token.lemma_ or token.text).lower()
