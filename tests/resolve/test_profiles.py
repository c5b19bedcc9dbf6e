"""Issue 15, item 1: the evidence one article gives about an entity — gender from first names,
role nouns and pronouns (never from a surname), roles, parties and the speaker category — on
German news sentences."""

from __future__ import annotations

from zitate.resolve.profiles import category_of, decide_gender, entity_evidence, noun_gender


def mentions(text: str, name: str) -> list[tuple[int, int]]:
    out, at = [], text.find(name)
    while at >= 0:
        out.append((at, at + len(name)))
        at = text.find(name, at + 1)
    return out


def test_first_name_role_noun_and_party():
    text = "Bundesinnenministerin Nancy Faeser (SPD) sagte, das Verbot sei überfällig."
    found = entity_evidence(text, "Nancy Faeser", "PER", [], mentions(text, "Nancy Faeser"))
    assert ["f", "first_name", "Nancy"] in found["gender"]
    assert ["f", "role_noun", "Bundesinnenministerin"] in found["gender"]
    assert found["parties"] == ["SPD"]
    assert ["government", "role", "Bundesinnenministerin"] in found["categories"]
    assert decide_gender(found["gender"])[0] == "female"


def test_surname_alone_gives_no_gender():
    text = "„Das ist nicht hinnehmbar“, kritisierte Nietzsche damals."
    found = entity_evidence(text, "Nietzsche", "PER", [], mentions(text, "Nietzsche"))
    assert found["gender"] == []
    assert decide_gender(found["gender"]) == ("unknown", "no evidence")


def test_pronoun_and_conflicts():
    text = "Andrea Nahles verteidigte den Kurs. Sie sagte, die Partei stehe zusammen."
    found = entity_evidence(text, "Andrea Nahles", "PER", ["SPD-Chefin"], [(0, 13)], ["Sie"])
    assert ["f", "pronoun", "Sie"] in found["gender"]
    assert ["f", "role_noun", "SPD-Chefin"] in found["gender"]
    assert found["parties"] == ["SPD"]
    # strong evidence on both sides: unknown, never a guess
    assert decide_gender([["f", "first_name", "Maria"], ["m", "title", "Herr"]])[0] == "unknown"
    # one wrongly resolved pronoun does not outweigh a first name
    assert decide_gender([["m", "first_name", "Jan"], ["f", "pronoun", "sie"]])[0] == "male"


def test_role_noun_gender():
    assert noun_gender("Sprecherin") == ("f", "role_noun")
    assert noun_gender("Ärztin") == ("f", "role_noun")
    assert noun_gender("Ehefrau") == ("f", "role_noun")
    assert noun_gender("Polizeipräsident") == ("m", "role_noun_masculine")
    assert noun_gender("Vorsitzende") is None  # der or die Vorsitzende
    assert noun_gender("Abgeordnete") is None
    assert noun_gender("Termin") is None  # no person noun


def test_categories_from_the_compound_head():
    assert category_of("Polizeisprecherin")[0] == "police_justice"
    assert category_of("Regierungssprecher")[0] == "government"
    assert category_of("Grünen-Politikerin")[0] == "politics"
    assert category_of("Klimaforscher")[0] == "science_expert"
    assert category_of("Konzernchef")[0] == "business"
    assert category_of("Gewerkschaftssprecher")[0] == "civil_society"
    assert category_of("Anwohnerin")[0] == "citizen"
    assert category_of("NDR-Reporterin")[0] == "media"
    assert category_of("Sprecher") is None  # a spokesman of whom?
    assert category_of("Vaterrolle") is None  # „Vater“ is no head here


def test_apposition_and_affiliation():
    text = (
        "Das sieht Marc Olefs, Leiter der Abteilung Klimaforschung bei Geosphere Austria, so. "
        "„Es wird heißer“, sagte Johanna Baehr von der Universität Hamburg."
    )
    olefs = entity_evidence(text, "Marc Olefs", "PER", [], mentions(text, "Marc Olefs"))
    assert olefs["categories"][0][0] == "science_expert"
    assert ["m", "first_name", "Marc"] in olefs["gender"]
    baehr = entity_evidence(text, "Johanna Baehr", "PER", [], mentions(text, "Johanna Baehr"))
    assert baehr["categories"][0][:2] == ["science_expert", "affiliation"]
    # a relative clause after a comma is no apposition
    text = "Das bestätigte Karl Bauer, der seit Jahren im Landtag sitzt."
    bauer = entity_evidence(text, "Karl Bauer", "PER", [], mentions(text, "Karl Bauer"))
    assert bauer["categories"] == []


def test_role_in_the_next_sentence():
    text = (
        "Noch wartet Antonio Gutierrez ab. Doch der Aktivist der unabhängigen "
        "Mietergewerkschaft will weiter streiken."
    )
    found = entity_evidence(
        text, "Antonio Gutierrez", "PER", [], mentions(text, "Antonio Gutierrez")
    )
    assert found["categories"][0][:2] == ["civil_society", "anaphor"]


def categories(text: str, name: str, kind: str = "PER") -> list[str]:
    return [c[0] for c in entity_evidence(text, name, kind, [], mentions(text, name))["categories"]]


def test_named_organisations_give_their_category():
    # a union in a role compound, an NGO after „von“ in quotation marks
    text = "Der Entwurf sei „ein Schlag ins Kontor“, sagte Verdi-Sprecher Tjark Sauer."
    assert set(categories(text, "Tjark Sauer")) == {"civil_society"}
    text = "„Da hätte sofort reagiert werden müssen“, erklärte Nadja Michler von „Peta“."
    assert set(categories(text, "Nadja Michler")) == {"civil_society"}
    # the agency's own name wins over the „Institut“ of its words; a company, a union by name
    assert category_of("Robert Koch-Institut")[0] == "government"
    assert category_of("Deutsche Bahn")[0] == "business"
    assert category_of("Gewerkschaften Verdi und Komba")[0] == "civil_society"
    assert category_of("Bund") is None  # the federation, not the environmental NGO BUND


def test_role_phrase_before_a_name_after_a_comma():
    text = (
        "Beide Seiten sollten eine Eskalation vermeiden, sagte der Sprecher des "
        "US-Aussenministeriums, Matthew Miller."
    )
    assert set(categories(text, "Matthew Miller")) == {"government"}
    text = (
        "So auch der Bürgermeister von Grosbliederstroff, Joël Niederlaender. "
        "„Ich mache mir keine Sorgen“, sagt er."
    )
    assert "government" in categories(text, "Joël Niederlaender")


def test_an_organisation_before_a_name_is_no_role():
    text = (
        "Im DW-Gespräch wirbt der Kandidat. DW Boris Nadeschdin sagt, er wolle den Krieg beenden."
    )
    assert "media" not in categories(text, "Boris Nadeschdin")
    # a party in brackets is a party, not also a role
    text = "Bundesinnenministerin Nancy Faeser (SPD) sagte, das Verbot sei überfällig."
    found = entity_evidence(text, "Nancy Faeser", "PER", [], mentions(text, "Nancy Faeser"))
    assert ["politics", "role", "SPD"] not in found["categories"]
