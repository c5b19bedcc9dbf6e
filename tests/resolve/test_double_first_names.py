"""Double first names („Hans-Jürgen Papier“, „Karl-Heinz Grasser“, „Marie-Agnes
Strack-Zimmermann“): the name registers list the parts, not the pair, so the gender of the pair
is the one its parts agree on — the gender a later „er“ / „sie“ must agree with. Names as
written in the Wikinews train documents 2840 and 23657 and the 10kGNAD test rows 33 and 81."""

import pytest

from zitate.resolve.lexicons import first_name_gender


@pytest.mark.parametrize(
    "name, gender",
    [("Hans-Jürgen", "m"), ("Hans-Joachim", "m"), ("Karl-Heinz", "m"), ("Marie-Agnes", "f")],
)
def test_a_double_first_name_has_the_gender_of_its_parts(name, gender):
    assert first_name_gender(name) == gender


def test_parts_of_two_genders_give_none():
    assert first_name_gender("Marie") == "f" and first_name_gender("Hans") == "m"
    assert first_name_gender("Hans-Marie") is None


def test_a_word_with_a_hyphen_that_is_no_name_gives_none():
    assert first_name_gender("Bank-Austria") is None  # „Bank-Austria-Ökonom“ (row 750)
