"""Entity names without the words around a name (resolve stage, issue 12 item 4): a prenominal
genitive before a role („Nordkoreas Machthaber Kim“ names Kim; the owner „Nordkoreas“ is
neither part of the name nor an alias), an organisation's seat („des Vereinigungsministeriums
in Seoul“ is the ministry), a common noun after a role („der Vater Bosnier“ is no name).

Sentences of real German news: the fr.de page of ``shared/data/html`` (Nordkorea, 2020-05-02)
and 10kGNAD rows (derStandard), through the committed base pipeline (fixture ``nlp``); the
quotation records of the last tests are written by hand.
"""

from __future__ import annotations

import pytest

from zitate.resolve import resolve_speakers

from .test_speaker_entities import quote

NORDKOREA = (
    "Update, 13:17 Uhr: Die Authentizität der Bilder von Nordkoreas Machthaber Kim Jong Un wird "
    "bislang unterschiedlich bewertet. Das südkoeranische Vereinigungsministerium bestätigte den "
    "Auftritt des Diktators aus dem Nachbarland."
)
FABIUS = (
    "Ich sehe den Saal, die Reaktion ist positiv, ich höre keine Einwände, sagte Frankreichs "
    "Außenminister Laurent Fabius, bevor er die Einigung am Samstagabend auf der "
    "UN-Klimakonferenz in Le Bourget bei Paris per Hammerschlag besiegelte."
)
RENZI = (
    "Für Italiens Premier Matteo Renzi ist nun das Ergebnis des ersten Durchgangs der "
    "Bundespräsidentenwahl diesbezüglich ein Alarmsignal – auch wenn er weiterhin davon "
    "ausgehe, dass Österreich die Beschlüsse der EU respektieren wird."
)


@pytest.fixture(scope="module")
def resolve(nlp):
    def run(text: str, *quotes: tuple) -> list[str | None]:
        records, entities = resolve_speakers(nlp(text), [quote(text, *q) for q in quotes])
        names = {e["id"]: e["name"] for e in entities}
        return [names.get((r["speaker"] or {}).get("entity")) for r in records]

    return run


@pytest.mark.parametrize(
    ("text", "owner", "name"),
    [
        (NORDKOREA, "Nordkoreas", "Kim"),
        (FABIUS, "Frankreichs", "Fabius"),
        (RENZI, "Italiens", "Renzi"),
    ],
)
def test_the_owner_of_a_role_is_no_part_of_a_persons_name(nlp, text, owner, name):
    _, entities = resolve_speakers(nlp(text), [])
    persons = [e for e in entities if e["kind"] == "PER" and name in e["name"].split()]
    assert persons, entities
    for person in persons:
        assert owner not in person["name"] and owner not in person["aliases"], person


def test_a_ministry_named_with_its_seat_is_the_ministry_named_before(resolve):
    """fr.de: „Nach Angaben des Vereinigungsministeriums in Seoul“ is the ministry of „Das
    südkoeranische Vereinigungsministerium bestätigte …“ (the page's spelling), not an
    organisation named „Vereinigungsministeriums in Seoul“."""
    text = (
        NORDKOREA + " Zuletzt hatte Kims Abwesenheit von einer Zeremonie zum Gedenken an seinen "
        "1994 gestorbenen Großvater und früheren Staatschef Kim Il Sung am 15 April erste "
        "Spekulationen über seinen Gesundheitszustand ausgelöst. Nach Angaben des "
        "Vereinigungsministeriums in Seoul war es das erste Mal seit seiner Machtübernahme Ende "
        "2011, dass er einen Besuch des Mausoleums am Geburtstag Kim Il Sungs verpasste."
    )
    names = resolve(
        text,
        ("den Auftritt des Diktators aus dem Nachbarland",
         "Das südkoeranische Vereinigungsministerium", "bestätigte", "Reported"),
        ("war es das erste Mal seit seiner Machtübernahme Ende 2011",
         "Angaben des Vereinigungsministeriums in Seoul", "Nach Angaben", "Reported"),
    )  # fmt: skip
    assert names == ["südkoeranisches Vereinigungsministerium"] * 2


def test_a_common_noun_after_a_role_is_no_persons_name(resolve):
    """10kGNAD (derStandard): „die Mutter Serbin, der Vater Bosnier“ names no one."""
    text = (
        "In seiner politischen Sozialisierung beruft sich Bilalic auf Bruno Kreisky. Seine Eltern "
        "kamen als Gastarbeiter in den frühen Siebzigerjahren nach Wien, die Mutter Serbin, der "
        "Vater Bosnier. Da sei es auf der Hand gelegen, sich den Sozialdemokraten anzunähern."
    )
    names = resolve(
        text,
        ("Da sei es auf der Hand gelegen, sich den Sozialdemokraten anzunähern",
         "der Vater Bosnier", None, "FreeIndirect"),
    )  # fmt: skip
    assert names != ["Bosnier"]


def test_a_describing_compound_before_an_organisation_stays_its_title(nlp):
    """The owner rule of persons leaves organisations alone: „Rüstungskonzern Rheinmetall“
    (tagesschau.de page of ``shared/data/html``) is „Rheinmetall“ with „Rüstungskonzern“ as its
    title (an alias), as before the rule came; it had dropped the title of every such name."""
    from zitate.resolve.mentions import _mention

    doc = nlp(
        "Der Rüstungskonzern Rheinmetall ist nach NDR-Recherchen von einem Datenleck betroffen: "
        "Mehr als 1000 interne Unterlagen kursieren im Netz, auch zu Panzerfahrzeugen."
    )
    mention = _mention(doc[1:3], "ORG")
    assert mention.words == ("Rheinmetall",), mention
    assert mention.titles == ("Rüstungskonzern",), mention
