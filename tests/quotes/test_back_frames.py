"""A speech frame that opens with „Dies“/„Das“ reports the sentence before it (task wntrain,
Wikinews train): „… gestellt und getötet. Das bestätigte der Präsident Indonesiens, Susilo
Bambang Yudhoyono.“ is one Indirect quotation of the sentence before and the demonstrative,
spoken by the subject after the verb — on the shipped attribution pipeline."""

from __future__ import annotations

import pytest

from zitate.quotes.pipeline import attribution_pipeline

DULMATIN = (
    "Dulmatin, einer der mutmaßlichen Bombenleger der Terroranschläge von Bali (2002), wurde am "
    "Dienstag von einer Anti-Terroreinheit Indonesiens gestellt und getötet. Das bestätigte der "
    "Präsident Indonesiens, Susilo Bambang Yudhoyono."
)
STONES = (
    "Die Tour, die vom Herbst 2005 bis August 2007 dauerte, spülte 558.255.524 US-Dollar in die "
    "Kassen der Altrocker. Das berichtete die US-amerikanische Musikzeitschrift „Billboard“ in "
    "ihrer jüngsten Ausgabe."
)
A1 = (
    "Der Ausbau der A1 zwischen Hamburg und Bremen soll von privaten Investoren finanziert "
    "werden. Die Refinanzierung erfolgt über die LKW-Maut. Das gab Bundesverkehrsminister "
    "Manfred Stolpe in Berlin bekannt."
)

FIRE = (
    "Insbesondere in weiten Teilen Norddeutschlands wird die Gefahr von Waldbränden vom Deutschen "
    "Wetterdienst als „sehr hoch“ eingestuft. Das gilt für die gesamte Küstenregion an der Nordsee "
    "von der Grenze zu den Niederlanden bis Dänemark im Norden."
)


@pytest.fixture(scope="module")
def nlp():
    return attribution_pipeline()


def statements(nlp, text: str) -> list[dict]:
    return [r for r in nlp(text)._.zitate_quotes if r["text"].endswith((" Das", " Dies"))]


def test_the_sentence_before_and_the_demonstrative_are_the_statement(nlp):
    found = statements(nlp, DULMATIN)
    assert len(found) == 1
    assert found[0]["type"] == "Indirect"
    assert found[0]["text"].startswith("Dulmatin, einer der mutmaßlichen Bombenleger")
    assert "Susilo Bambang Yudhoyono" in found[0]["speaker"]["text"]
    assert found[0]["cue"]["text"] == "bestätigte"


def test_the_frame_itself_is_no_statement_of_its_own(nlp):
    records = nlp(DULMATIN)._.zitate_quotes
    assert not [r for r in records if r["text"].startswith("Das bestätigte")]


def test_a_medium_after_the_verb_speaks(nlp):
    found = statements(nlp, STONES)
    assert len(found) == 1
    assert found[0]["speaker"]["text"].startswith(
        "die US-amerikanische Musikzeitschrift „Billboard“"
    )


def test_a_separated_particle_and_the_last_sentence_only(nlp):
    found = statements(nlp, A1)
    assert [r["text"] for r in found] == ["Die Refinanzierung erfolgt über die LKW-Maut. Das"]
    assert found[0]["speaker"]["text"] == "Bundesverkehrsminister Manfred Stolpe"


def test_a_demonstrative_with_a_verb_of_no_saying_frames_nothing(nlp):
    assert statements(nlp, FIRE) == []
