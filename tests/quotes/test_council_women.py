"""A woman of a council or a government („die Bundesrätin“, „Landesrätin“, „Nationalrätin“)
is a person: the role noun of a speaker phrase that links to the woman the text named („Die
bisherige Landesrätin Elisabeth Grossmann“, 10kGNAD test row 200). The masculine „-rat“ stays
no person noun: it is also the council itself („der Nationalrat hat beschlossen“)."""

import pytest

from zitate.quotes.speaker_nouns import is_person_noun


@pytest.mark.parametrize(
    "noun", ["Landesrätin", "Bundesrätin", "Nationalrätin", "Stadträtin", "Mitte-Bundesrätin"]
)
def test_a_councillor_woman_is_a_person(noun):
    assert is_person_noun(noun)


@pytest.mark.parametrize("noun", ["Nationalrat", "Bundesrat", "Stadtrat", "Beirat"])
def test_the_council_is_no_person_noun(noun):
    assert not is_person_noun(noun)
