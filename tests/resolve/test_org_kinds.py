"""A bare „der Konzern“ does not take up an organisation the text described as a body of
another kind („Die Umweltorganisation Greenpeace warf dem Autokonzern vor, …“): the check the
resolver makes before giving a generic organisation noun the speaker of the statement before.
The disputes test ``test_an_admission_confirms_the_accusation_made_about_the_speaker`` runs the
whole text."""

from zitate.resolve.mentions import Entity
from zitate.resolve.roles import other_kind


def test_an_environmental_organisation_is_no_company():
    greenpeace = Entity("e1", "ORG", [], ["Greenpeace"], aliases=["Umweltorganisation"])
    assert other_kind(greenpeace, "Konzern")
    assert not other_kind(greenpeace, "Organisation")


def test_a_carmaker_is_the_company():
    vw = Entity("e2", "ORG", [], ["Volkswagen"], aliases=["Autokonzern"])
    assert not other_kind(vw, "Konzern")


def test_an_organisation_without_a_described_kind_may_be_any():
    assert not other_kind(Entity("e3", "ORG", [], ["Siemens"]), "Konzern")
