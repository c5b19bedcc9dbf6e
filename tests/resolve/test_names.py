"""Issue 5, item 3: names of document entities normalised for cross-article linking.

The names are document-entity names as the resolver stores them for the sample articles and the
pages of ``shared/data/html`` (noise included: „Putin der moralische“, „Judy Lybke ntv.de“).
"""

from __future__ import annotations

import pytest

from zitate.resolve.names import fold, is_role_word, parse_name


@pytest.mark.parametrize(
    ("name", "kind", "display", "titles", "short"),
    [
        ("US-Präsident Donald Trump", "PER", "Donald Trump", ("US-Präsident",), "trump"),
        ("Donald  Trump", "PER", "Donald Trump", (), "trump"),
        ("Bundeskanzler Olaf Scholz", "PER", "Olaf Scholz", ("Bundeskanzler",), "scholz"),
        ("Dr. André Geicke", "PER", "André Geicke", ("Dr.",), "geicke"),
        ("Präsidentin Annekathrin Preidel", "PER", "Annekathrin Preidel", ("Präsidentin",),
         "preidel"),
        ("KIT-Forscher Fink", "PER", "Fink", ("KIT-Forscher",), None),
        ("Putin der moralische", "PER", "Putin", (), None),
        ("Putin 80", "PER", "Putin", (), None),
        ("Deutsche, Sebastian Hendel", "PER", "Sebastian Hendel", (), "hendel"),
        ("Judy Lybke ntv.de", "PER", "Judy Lybke", (), "lybke"),
        ("Ursula von der Leyen", "PER", "Ursula von der Leyen", (), "leyen"),
        ("Benedikt XVI.", "PER", "Benedikt XVI.", (), None),
        ("Karlsruher Institut für Technologie", "ORG", "Karlsruher Institut für Technologie", (),
         "kit"),
        ("SecAnim GmbH", "ORG", "SecAnim", (), None),
    ],
)  # fmt: skip
def test_names_are_cleaned_and_titles_split_off(name, kind, display, titles, short):
    parsed = parse_name(name, kind)
    assert (parsed.display, parsed.titles, parsed.short) == (display, titles, short)
    assert not parsed.role


def test_keys_ignore_case_whitespace_and_diacritics():
    assert fold("Hans-Jürgen  PAPIER") == fold("hans-jurgen papier") == "hans-jurgen papier"
    assert parse_name("Wladimir Putin", "PER").key == parse_name("WLADIMIR PUTIN", "PER").key
    assert fold("Straße") == "strasse"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Sprecher", "PER"),
        ("Polizeisprecher", "PER"),
        ("NDB-Sprecherin", "PER"),
        ("AfD-Chef", "PER"),
        ("Generalbundesanwalt", "PER"),
        ("Sprecher des Generalstabs", "PER"),
        ("Mitarbeiter des baden-württembergischen Innenministeriums", "PER"),
        ("Angaben", "PER"),
        ("Angaben westlicher Behörden", "PER"),
        ("Aktivisten", "PER"),
        ("Polizei", "ORG"),
        ("Tierschützer", "GROUP"),
    ],
)
def test_role_phrases_and_common_nouns_are_no_names(name, kind):
    assert parse_name(name, kind).role


@pytest.mark.parametrize("surname", ["Fischer", "Müller", "Richter", "Meister", "Putin", "Hendel"])
def test_surnames_are_not_role_nouns(surname):
    assert not is_role_word(surname)
    assert parse_name(surname, "PER").is_short


def test_short_forms_and_genitive_variants():
    assert parse_name("Trump", "PER").is_short
    assert parse_name("KIT", "ORG").is_short and parse_name("AfD", "ORG").is_short
    assert not parse_name("Google", "ORG").is_short  # one word, but no acronym
    assert parse_name("Putins", "PER").variants() == ("putins", "putin")
    assert parse_name("Russlands", "LOC").variants() == ("russlands", "russland")
    assert parse_name("Hans", "PER").variants() == ("hans",)  # too short to drop an „s“
