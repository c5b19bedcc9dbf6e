"""NLP stage, verb morphology: tagged ``Doc`` -> finite verbs with Mood, Person, Number, Tense.

Konjunktiv is the central signal of indirect speech („Eine Gefahr bestehe nicht“), and a tagger
alone confuses it with the indicative. This component reads the STTS tag and lemma the tagger
gave, conjugates the lemma with the ``ablaut`` conjugator (full paradigm, separable verbs
included) and keeps the paradigm cells whose form equals the token. Where cells of both moods
match, the subject decides: „habe“ is indicative with „ich“ and Konjunktiv I otherwise; forms
shared by Konjunktiv II and the preterite of weak verbs („sagte“) and by Konjunktiv I and the
indicative plural („haben“) are read as indicative, as German grammar and the treebanks do.

Input: ``Doc`` with ``tag_`` and ``lemma_``. Output: ``token.morph`` of finite verbs (VVFIN,
VAFIN, VMFIN, VVIMP/VAIMP) with ``Mood=Ind|Sub|Imp``, ``Person``, ``Number``, ``Tense``,
``VerbForm=Fin``; other features of the token are kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
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


def subject_person(token: Token) -> tuple[str, str] | None:
    """Person and number of a subject pronoun in the verb's clause, if one is near.

    Pronouns that are always nominative (ich, du, er, wir, ihr, man) win over „es“, which may
    be an object („dass ich es gesehen habe“).
    """
    doc = token.doc
    found: list[Token] = []
    for i in range(token.i - 1, max(token.i - LEFT_WINDOW, -1), -1):
        if doc[i].tag_ in CLAUSE_BREAK:
            break
        found.append(doc[i])
    for i in range(token.i + 1, min(token.i + 3, len(doc))):
        if doc[i].tag_ in CLAUSE_BREAK:
            break
        found.append(doc[i])
    candidates = [t for t in found if _pronoun(t)]
    for tok in candidates:
        if tok.lower_ != "es":
            return _pronoun(tok)
    return _pronoun(candidates[0]) if candidates else None


def _pronoun(token: Token) -> tuple[str, str] | None:
    if token.tag_ not in ("PPER", "PIS"):
        return None
    return SUBJECT_PRONOUNS.get(token.lower_)


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
        for token in doc:
            if token.tag_ in FINITE_TAGS:
                self._annotate_finite(token)
            elif token.tag_ in IMPERATIVE_TAGS:
                _set_features(token, {"Mood": "Imp", "VerbForm": "Fin"})
        return doc

    def _annotate_finite(self, token: Token) -> None:
        lemma = token.lemma_ or token.lower_
        cells = paradigm_cells(lemma.lower(), token.lower_)
        if not cells and "ß" in token.lower_:  # spelling before 1996: „müßte“
            cells = paradigm_cells(lemma.lower(), token.lower_.replace("ß", "ss"))
        cell = choose_cell(cells, subject_person(token))
        if cell is None:
            _set_features(token, {"VerbForm": "Fin", "Mood": "Ind"})
            return
        _set_features(
            token,
            {
                "Mood": cell.mood,
                "Number": cell.number,
                "Person": cell.person,
                "Tense": cell.tense,
                "VerbForm": "Fin",
            },
        )

    # The component has no state beyond its code; these keep ``nlp.to_disk`` round trips whole.
    def to_disk(self, path, *, exclude=()):
        return None

    def from_disk(self, path, *, exclude=()):
        return self


def _set_features(token: Token, features: dict[str, str]) -> None:
    current = token.morph.to_dict()
    current.update(features)
    token.set_morph("|".join(f"{k}={v}" for k, v in sorted(current.items())))


@Language.factory(
    "zitate_mood",
    assigns=["token.morph"],
    requires=["token.tag", "token.lemma"],
    default_config={},
)
def make_mood(nlp: Language, name: str) -> MoodAnnotator:
    return MoodAnnotator(nlp, name)
