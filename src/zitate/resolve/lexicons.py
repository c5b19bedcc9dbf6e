"""The speaker lexicons the resolve stage reads: speaker nouns and first names with gender.

Stage: resolve (data only). Input: the speaker-noun lookups of ``zitate.quotes.speaker_nouns``
(``zitate/data/speaker_nouns.json``, re-exported here), ``zitate/data/first_names.json``,
written by ``zitate train lexicons`` from the Wikinews and SpkAtt training data and the cities'
first-name registers (see ``zitate.train.lexicons``), and ``zitate/data/organisations.json``
(named organisations by speaker category, hand-written). Output: lookups — whether a common noun
can head a speaker phrase („Sprecherin“, „Vatikan-Sprecher“, „Polizeisprecher“: yes;
„Änderung“: no), the gender a first name tells, and the speaker category of a named
organisation.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from ..nlp.genitive import first_names
from ..quotes.speaker_nouns import (  # noqa: F401  (the resolve stage reads them from here)
    ADJECTIVE_PLURAL_ENDINGS,
    base_noun,
    has_person_form,
    is_person_noun,
    is_person_plural,
    is_speaker_noun,
    singular_forms,
)

# Institutions named by their seat („Die Staatsanwaltschaft Wien“, „die Kantonspolizei Zürich“,
# „das Landgericht Berlin“, „die Universität Innsbruck“): every compound of these heads is one
# (Generalstaatsanwaltschaft, Bundespolizei, Oberlandesgericht, Wirtschaftskammer), and the
# place after it names the institution, not the place, as the speaker.
SEAT_ENDINGS = (
    "staatsanwaltschaft", "polizei", "polizeidirektion", "gericht", "gerichtshof", "universität",
    "kammer", "bezirkshauptmannschaft", "magistrat", "feuerwehr", "kriminalamt", "diözese",
    "bistum", "staatskanzlei", "landesregierung", "stadtverwaltung", "klinik", "klinikum",
)  # fmt: skip


@lru_cache(maxsize=1)
def _organisations() -> dict[str, str]:
    path = resources.files("zitate") / "data" / "organisations.json"
    categories = json.loads(path.read_text("utf-8"))["categories"]
    return {name: category for category, names in categories.items() for name in names}


ORGANISATION_WORDS = 4  # the longest name of organisations.json, in words


def organisation_category(words: list[str]) -> tuple[str, int] | None:
    """``(category, number of words)`` of the longest named organisation of
    ``zitate/data/organisations.json`` that ``words`` (lower case) start with, or None."""
    table = _organisations()
    for n in range(min(ORGANISATION_WORDS, len(words)), 0, -1):
        if (category := table.get(" ".join(words[:n]))) is not None:
            return category, n
    return None


def first_name_gender(name: str) -> str | None:
    """„f“ or „m“ for a first name whose gender is clear in the registers, else None; a
    double first name („Marie-Agnes“, „Hans-Jürgen“, absent from the registers as one word)
    has the gender its parts agree on."""
    names = first_names()
    gender = names.get(name)
    if gender is not None or "-" not in name:
        return gender
    genders = {names.get(part) for part in name.split("-")}
    return genders.pop() if len(genders) == 1 else None
