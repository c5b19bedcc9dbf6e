"""NLP stage, verb morphology: tagged ``Doc`` -> finite verbs with Mood, Person, Number, Tense.

Konjunktiv is the central signal of indirect speech („Eine Gefahr bestehe nicht“), and a tagger
alone confuses it with the indicative. This component reads the STTS tag and lemma the tagger
gave, conjugates the lemma with the ``ablaut`` conjugator (full paradigm, separable verbs
included) and keeps the paradigm cells whose form equals the token. Where cells of both moods
match, the subject decides: „habe“ is indicative with „ich“ and Konjunktiv I otherwise; forms
shared by Konjunktiv II and the preterite of weak verbs („sagte“) and by Konjunktiv I and the
indicative plural („haben“) are read as indicative, as German grammar and the treebanks do. A
form that matches no cell but whose umlaut the lemma lacks („bräuchten“, the Konjunktiv II that
speech gives „brauchen“) is the Konjunktiv II of the form without it.

Input: ``Doc`` with ``tag_`` and ``lemma_``. Output: ``token.morph`` of finite verbs (VVFIN,
VAFIN, VMFIN, VVIMP/VAIMP) with ``Mood=Ind|Sub|Imp``, ``Person``, ``Number``, ``Tense``,
``VerbForm=Fin``; other features of the token are kept.
"""

# No ``from __future__ import annotations`` here: spaCy 3.8.7 validates the factory's signature
# and cannot resolve annotations given as strings.

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import TAG
from spacy.language import Language
from spacy.morphology import Morphology
from spacy.tokens import Doc, Token

FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})  # STTS finite verbs
IMPERATIVE_TAGS = {"VVIMP", "VAIMP"}
# (ablaut attribute, Mood, Tense) of the synthetic finite paradigms.
PARADIGMS = (
    ("present", "Ind", "Pres"),
    ("preterite", "Ind", "Past"),
    ("konjunktiv1", "Sub", "Pres"),
    ("konjunktiv2", "Sub", "Past"),
)
SLOTS = (("1", "Sing"), ("2", "Sing"), ("3", "Sing"), ("1", "Plur"), ("2", "Plur"), ("3", "Plur"))
SUBJECT_PRONOUNS = {
    "ich": ("1", "Sing"),
    "du": ("2", "Sing"),
    "er": ("3", "Sing"),
    "es": ("3", "Sing"),
    "man": ("3", "Sing"),
    "wir": ("1", "Plur"),
    "ihr": ("2", "Plur"),
}
PRONOUN_TAGS = ("PPER", "PIS")
LEFT_WINDOW = 10  # verb-final clauses: „…, dass ich es nicht gesehen habe“
CLAUSE_BREAK = {"$,", "$.", "$(", "KON", "KOUS", "PRELS"}


@dataclass(frozen=True)
class Cell:
    mood: str
    tense: str
    person: str
    number: str


@lru_cache(maxsize=65536)
def paradigm_cells(lemma: str, form: str) -> tuple[Cell, ...]:
    """All finite paradigm cells of ``lemma`` whose form (or its finite part) is ``form``."""
    import ablaut

    try:
        table = ablaut.conjugate(lemma)
    except (ValueError, RuntimeError):
        return ()
    form = form.lower()
    cells = []
    for attr, mood, tense in PARADIGMS:
        for (person, number), value in zip(SLOTS, getattr(table, attr), strict=True):
            if value and _form_matches(value.lower(), form):
                cells.append(Cell(mood, tense, person, number))
    return tuple(cells)


def _form_matches(value: str, form: str) -> bool:
    if value == form:
        return True
    if " " in value:  # separable verb: „weist zurück“ matches „weist“ and „zurückweist“
        finite, particle = value.split(" ", 1)
        return form in (finite, particle.replace(" ", "") + finite)
    return False


def subject_person(token: Token, tags: Sequence[str]) -> tuple[str, str] | None:
    """Person and number of a subject pronoun in the verb's clause, if one is near; ``tags``
    are the STTS tags of the tokens of ``token.doc``.

    Pronouns that are always nominative (ich, du, er, wir, ihr, man) win over „es“, which may
    be an object („dass ich es gesehen habe“).
    """
    doc = token.doc
    found: list[int] = []
    for i in range(token.i - 1, max(token.i - LEFT_WINDOW, -1), -1):
        if tags[i] in CLAUSE_BREAK:
            break
        found.append(i)
    for i in range(token.i + 1, min(token.i + 3, len(doc))):
        if tags[i] in CLAUSE_BREAK:
            break
        found.append(i)
    # Only pronouns become ``Token`` objects: most words of the window are not.
    words = [doc[i].lower_ for i in found if tags[i] in PRONOUN_TAGS]
    candidates = [w for w in words if w in SUBJECT_PRONOUNS]
    for word in candidates:
        if word != "es":
            return SUBJECT_PRONOUNS[word]
    return SUBJECT_PRONOUNS[candidates[0]] if candidates else None


def choose_cell(cells: tuple[Cell, ...], subject: tuple[str, str] | None) -> Cell | None:
    """Pick the reading of an ambiguous form; see the module docstring for the rules."""
    if not cells:
        return None
    if subject:
        agreeing = [c for c in cells if (c.person, c.number) == subject]
        cells = tuple(agreeing) or cells
    elif any(c.person == "3" for c in cells):
        cells = tuple(c for c in cells if c.person == "3")
    moods = {c.mood for c in cells}
    if moods == {"Sub"}:
        return cells[0]
    # Both moods share the form in the same person: the indicative reading („sie haben“,
    # „er sagte“). A form shared only across persons was settled by the person filter above
    # („er habe“: Konjunktiv I; „ich habe“: indicative).
    return next(c for c in cells if c.mood == "Ind")


class MoodAnnotator:
    """Sets Mood/Person/Number/Tense/VerbForm on finite verbs from conjugation paradigms."""

    def __init__(self, nlp: Language, name: str = "zitate_mood") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        # The tags once, as strings, from the few tag ids of the doc: a ``Token`` per word
        # costs more than the verbs; only verbs (and pronouns near them) become one.
        ids = doc.to_array(TAG).tolist()
        names = {tag: doc.vocab.strings[tag] for tag in set(ids)}
        tags = [names[tag] for tag in ids]
        for i, tag in enumerate(tags):
            if tag in FINITE_TAGS:
                self._annotate_finite(doc[i], tags)
            elif tag in IMPERATIVE_TAGS:
                _set_features(doc[i], (("Mood", "Imp"), ("VerbForm", "Fin")))
        return doc

    def _annotate_finite(self, token: Token, tags: Sequence[str]) -> None:
        form = token.lower_
        lemma = (token.lemma_ or form).lower()
        _set_features(token, _finite_features(lemma, form, subject_person(token, tags)))

    # The component has no state beyond its code; these keep ``nlp.to_disk`` round trips whole.
    def to_disk(self, path, *, exclude=()):
        return None

    def from_disk(self, path, *, exclude=()):
        return self


@lru_cache(maxsize=65536)
def _finite_features(
    lemma: str, form: str, subject: tuple[str, str] | None
) -> tuple[tuple[str, str], ...]:
    """The features of the finite verb ``form`` of ``lemma`` (both lower case) with a subject
    pronoun of person and number ``subject``, if any."""
    cells = paradigm_cells(lemma, form)
    if not cells and "ß" in form:  # spelling before 1996: „müßte“
        cells = paradigm_cells(lemma, form.replace("ß", "ss"))
    if not cells and _konjunktiv_i_shape(form, lemma) and _third_person(subject, form, lemma):
        # a lemma the lemmatiser got wrong („er schäme“ → „schommen“): with „er“/„sie“/„man“
        # the form in -e is Konjunktiv I of the form + „n“; so it is with a noun subject where
        # the lemmatiser gave the form itself („Die Passivität der Regierung gefährde …“)
        cells = paradigm_cells(f"{form}n", form)
    if not cells and _umlauted(form, lemma):
        # „bräuchten“: the umlauted Konjunktiv II that speech gives a weak verb („brauchten“)
        plain = form.translate(PLAIN_VOWELS)
        cells = tuple(c for c in paradigm_cells(lemma, plain) if c.mood == "Sub")
    cell = choose_cell(cells, subject)
    if cell is None:
        return (("VerbForm", "Fin"), ("Mood", "Ind"))
    return (
        ("Mood", cell.mood),
        ("Number", cell.number),
        ("Person", cell.person),
        ("Tense", cell.tense),
        ("VerbForm", "Fin"),
    )


THIRD_SINGULAR = ("3", "Sing")
PLAIN_VOWELS = str.maketrans("äöü", "aou")


def _umlauted(form: str, lemma: str) -> bool:
    """Whether ``form`` has an umlaut that its lemma lacks („bräuchte“ of „brauchen“)."""
    return any(c in "äöü" for c in form) and not any(c in "äöü" for c in lemma)


def _third_person(subject: tuple[str, str] | None, form: str, lemma: str) -> bool:
    """Whether the verb's subject is a third-person singular pronoun, or no pronoun at all
    where the lemmatiser gave back the form itself (it knew no such verb)."""
    return subject == THIRD_SINGULAR or (subject is None and lemma == form)


def _konjunktiv_i_shape(form: str, lemma: str) -> bool:
    """A form in -e that is not the weak preterite or participle in -te („etablierte“,
    „bemerkenswerte“: adjectives the tagger took for verbs) and not the lemma's own stem."""
    return form.endswith("e") and not form.endswith("te") and lemma != f"{form}n"


def _set_features(token: Token, features: tuple[tuple[str, str], ...]) -> None:
    token.set_morph(_merged(str(token.morph), features))


@lru_cache(maxsize=65536)
def _merged(morph: str, features: tuple[tuple[str, str], ...]) -> str:
    """The FEATS string ``morph`` with ``features`` set (``MorphAnalysis.to_dict`` parses
    ``str(morph)`` the same way)."""
    current = Morphology.feats_to_dict(morph)
    current.update(features)
    return "|".join(f"{k}={v}" for k, v in sorted(current.items()))


@Language.factory(
    "zitate_mood",
    assigns=["token.morph"],
    requires=["token.tag", "token.lemma"],
    default_config={},
)
def make_mood(nlp: Language, name: str) -> MoodAnnotator:
    return MoodAnnotator(nlp, name)
