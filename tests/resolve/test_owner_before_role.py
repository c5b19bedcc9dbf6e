"""A person's name after a prenominal genitive and a role noun (resolve stage, issue 12 item 4:
entity names): „Nordkoreas Machthaber Kim“ names Kim, not „Nordkoreas Machthaber Kim“; the
owner of the role („Nordkoreas“, „Frankreichs“) is neither part of the name nor an alias.

Sentences of real German news: the fr.de page of ``shared/data/html`` (Nordkorea, 2020-05-02)
and 10kGNAD rows (derStandard), through the committed base pipeline (fixture ``nlp``).
"""

from __future__ import annotations

import pytest

from zitate.resolve import resolve_speakers

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
