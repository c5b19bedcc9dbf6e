"""Whose words a quoted fragment is: the speaker of the reported speech around it, not the
subject of its sentence (``quotes.fragments``).

Real Wikinews dev document 72867 („Schlecker-Insolvenz: Verkäuferinnen zu Erzieherinnen und
Altenpflegerinnen umschulen“, 2012-06-08), through the benchmark's predictor on the dataset's
own tokens and sentences:

  Von der Leyen betonte, unter den Verkäuferinnen seien „viele Frauen, …“ Sie seien
  „selbstverständlich so gut wie jeder andere geeignet, als Erzieherinnen zu arbeiten.“ Die
  Arbeitsagenturen würden ihnen deshalb „beherzt ein Angebot machen.“

The two fragments stand in sentences without a cue whose main verb is in the Konjunktiv
(„seien“, „würden“): their subjects („Sie“ = the saleswomen, „Die Arbeitsagenturen“) are what
von der Leyen talks about; the gold names her as the speaker of both.
"""

from __future__ import annotations

import pytest

from zitate.quotes.dataset import read_split, to_doc
from zitate.quotes.pipeline import AttributionPredictor

NAME = (
    "72867 - Schlecker-Insolvenz: Verkäuferinnen zu Erzieherinnen und Altenpflegerinnen "
    "umschulen (2012-06-08)"
)


@pytest.fixture(scope="module")
def schlecker(shared_data):
    (document,) = [d for d in read_split(shared_data, "dev") if d.name == NAME]
    quotations = AttributionPredictor.load()(to_doc(document))
    return document, quotations


def words(document, ids) -> str:
    return " ".join(document.tokens[i].text for i in ids)


def direct_starting(document, quotations, opening: str):
    for quotation in quotations:
        text = words(document, quotation.quote)
        if quotation.type == "Direct" and text.startswith(f"„ {opening}"):
            return quotation
    raise AssertionError(f"no Direct quotation opens with {opening!r}")


@pytest.mark.parametrize("opening", ["selbstverständlich so gut", "beherzt ein Angebot"])
def test_a_fragment_in_a_konjunktiv_sentence_is_the_running_speakers(schlecker, opening):
    document, quotations = schlecker
    quotation = direct_starting(document, quotations, opening)
    assert words(document, quotation.speaker) == "Von der Leyen"


def test_the_first_fragment_after_the_verb_of_saying_keeps_its_speaker(schlecker):
    document, quotations = schlecker
    quotation = direct_starting(document, quotations, "viele Frauen")
    assert words(document, quotation.speaker) == "Von der Leyen"
    assert words(document, quotation.cue) == "betonte"


def test_a_fragment_inside_a_reported_clause_is_the_clause_speakers(schlecker):
    """„Bundesfamilienministerin Kristina Schröder (CDU) sagte hierzu der Süddeutschen Zeitung,
    sie könne sich gut vorstellen, dass „unter diesen lebenserfahrenen Frauen …““: „könne sich
    vorstellen“ inside her reported clause is part of what she said, „sie“ is she."""
    document, quotations = schlecker
    quotation = direct_starting(document, quotations, "unter diesen lebenserfahrenen")
    assert (
        words(document, quotation.speaker) == "Bundesfamilienministerin Kristina Schröder ( CDU )"
    )


def test_the_clause_around_a_found_fragment_takes_its_speaker(schlecker):
    document, quotations = schlecker
    (clause,) = [
        q
        for q in quotations
        if q.type == "Indirect" and words(document, q.quote).startswith("unter den Verkäuferinnen")
    ]
    assert words(document, clause.speaker) == "Von der Leyen"
