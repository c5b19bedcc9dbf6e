"""Which nouns before a place name are its administration (review of issue 12).

„die Stadt Künzelsau“, „das Land Thüringen“, „der Gemeinde Gerasdorf“ speak for the place's
administration (``resolve.place_bodies``). A compound that describes the place is no body of
it; the rule used to accept any noun ending in „stadt“, „land“ or „gemeinde“. The nouns are
those of real sentences: 10kGNAD test rows 480 („in der nordchinesischen Hafenstadt Dalian
konstruiert, sagte ein Sprecher“) and 30 („Im Südosten der Großstadt Aleppo“), and the most
frequent such compounds before a place name in the 10kGNAD and dev texts („Hauptstadt“,
„Grenzstadt“, „Nachbarland“, „Kultusgemeinde“). The public behaviour („Die Stadt Künzelsau“
-> „Stadt Künzelsau“) is tested in ``test_canonical_names``.
"""

from __future__ import annotations

import pytest

from zitate.resolve.place_bodies import body_noun


@pytest.mark.parametrize(
    "noun", ["Stadt", "Land", "Bundesland", "Gemeinde", "Kanton", "Landkreis", "Marktgemeinde"]
)
def test_administration_nouns(noun):
    assert body_noun(noun)


@pytest.mark.parametrize(
    "noun",
    ["Hafenstadt", "Großstadt", "Hauptstadt", "Grenzstadt", "Nachbarland", "Kultusgemeinde"],
)
def test_describing_compounds_are_no_administration(noun):
    assert not body_noun(noun)
