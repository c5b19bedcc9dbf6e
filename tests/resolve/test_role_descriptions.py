"""Role nouns and descriptions of persons as speakers (resolve stage): a description links only
to a person whose own role fits it (the same head noun or a synonym: „der Ankläger“ for
„Staatsanwalt Herbert Harammer“), never to an unrelated person named before („Dem Mediziner“ is
not „UNO-Generalsekretär Ban Ki-moon“); a plural description („Westliche Minister“) is no one
person; a role compound before a name („Bank-Austria-Ökonom Walter Pudschedl“) is an alias of
that person, not a person of its own.

Whole derStandard articles of the 10kGNAD test CSV (rows 176, 208, 209, 238, 247, 664, 750 of
``shared/data/corpora/10kgnad-test.csv.gz``) run through the committed base pipeline, the
shipped ``zitate_quotes`` model and ``resolve_speakers`` (fixture ``analyse``).
"""

from __future__ import annotations

import pytest

from zitate.bench.speakers import corpus_rows
from zitate.resolve.role_families import role_fits, same_role


@pytest.fixture(scope="module")
def rows(shared_data):
    return corpus_rows(shared_data / "corpora" / "10kgnad-test.csv.gz")


@pytest.fixture(scope="module")
def speakers_of(rows, analyse):
    """Row -> {speaker phrase: (entity name, kind, aliases) or None}, analysed once."""
    cache: dict[int, dict] = {}

    def get(row: int) -> dict:
        if row not in cache:
            _, quotes, entities = analyse(rows[row])
            by_id = {e["id"]: e for e in entities}
            said = {}
            for quote in quotes:
                speaker = quote["speaker"] or {}
                entity = by_id.get(speaker.get("entity"))
                found = (entity["name"], entity["kind"], entity["aliases"]) if entity else None
                said.setdefault(speaker.get("text"), found)
            cache[row] = said
        return cache[row]

    return get


@pytest.mark.parametrize(
    ("row", "phrase", "name"),
    [
        # an unnamed doctor and an unnamed resident are not the UN Secretary-General
        (209, "Dem Mediziner", None),
        (209, "Angaben eines Einwohners", None),
        # „Der syrische Botschafter in Moskau gab … die Schuld. …, sagte Riad Haddad …“
        (209, "Der syrische Botschafter in Moskau", "Riad Haddad"),
        # „Staatsanwalt Herbert Harammer … führte die Anklage aus“: „laut Ankläger“, „so der
        # Ankläger“
        (664, "Ankläger", "Herbert Harammer"),
        (664, "der Ankläger", "Herbert Harammer"),
        # „ÖVP-Sicherheitssprecher … Heinz Becker“: „Der ÖVP-Politiker“ is still he
        (247, "Der ÖVP-Politiker", "Heinz Becker"),
        (750, "Bank-Austria-Ökonom Walter Pudschedl", "Walter Pudschedl"),
        # a spokesperson of a person role speaks for that person; the adjective tells which
        # one, not the Greek „Finanzminister“ named in the article
        (208, "eine Sprecherin des deutschen Finanzministers", "deutscher Finanzminister"),
        (208, "Der stellvertretende griechische Finanzminister Dimitris Mardas", "Dimitris Mardas"),
        # „eines leitenden Beamten“ is one unnamed officer (the adjective between article and
        # noun), not a group „leitende Beamte“
        (238, "Angaben eines leitenden Beamten", None),
        # the plural title of named persons: „die Klubobleute Klaus Schneeberger (ÖVP) und …“
        (176, "die Klubobleute", "Klaus Schneeberger"),
    ],
)
def test_description_links_to_the_person_of_that_role(speakers_of, row, phrase, name):
    said = speakers_of(row)
    assert phrase in said
    assert (said[phrase] or (None,))[0] == name


def test_plural_description_is_no_one_person(speakers_of):
    """„Westliche Minister forderten zudem, …“ (row 247) is not „Verteidigungsminister Hans
    Peter Doskozil“ named later in the article, nor any other one minister."""
    said = speakers_of(247)
    assert "Westliche Minister" in said
    assert said["Westliche Minister"] is None or said["Westliche Minister"][1] != "PER"


def test_role_compound_before_a_name_is_its_alias(speakers_of):
    """„sagte Bank-Austria-Ökonom Walter Pudschedl“ (row 750): one person, the role an alias."""
    name, kind, aliases = speakers_of(750)["Bank-Austria-Ökonom Walter Pudschedl"]
    assert (name, kind) == ("Walter Pudschedl", "PER")
    assert "Bank-Austria-Ökonom" in aliases


@pytest.mark.parametrize(
    ("role", "alias", "same"),
    [
        ("Ankläger", "Staatsanwalt", True),
        ("Mediziner", "Ärztin", True),
        ("Minister", "Verteidigungsminister", True),
        ("Ministerin", "Außenminister", True),
        ("Regierungschef", "Premier", True),
        ("Mediziner", "UNO-Generalsekretär", False),
        ("Botschafter", "UNO-Generalsekretär", False),
        ("Manager", "Geschäftsführer", False),
    ],
)
def test_same_role(role, alias, same):
    assert same_role(role, alias) is same


def test_role_fits_a_person_without_a_role_or_any_politician():
    assert role_fits("Botschafter", [])
    assert role_fits("Botschafter", ["SPÖ"])  # a party is no role
    assert role_fits("ÖVP-Politiker", ["ÖVP-Sicherheitssprecher"])
    assert not role_fits("Mediziner", ["UNO-Generalsekretär"])
