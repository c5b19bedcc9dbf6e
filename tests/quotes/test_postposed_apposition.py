"""A speaker after its cue keeps the apposition that follows the name up to the end of the
sentence or the colon before the quotation: „…“, sagte Bill Graham, Parteichef der Liberalen.
— as the Wikinews annotation marks it (train: 12 such speakers were cut after the name).

Real Wikinews train documents (train may be studied; the tests read them through the
benchmark's predictor on the dataset's own tokens): 24911 („Nach Parlamentswahl in Kanada …“),
26835 („Europatournee von Bon Jovi in Düsseldorf …“), 62691 („Oderhochwasser erreicht
Brandenburg …“), 36600 („Eisbären sollen in den USA …“).
"""

from __future__ import annotations

import pytest

from zitate.quotes.dataset import read_split, to_doc
from zitate.quotes.pipeline import AttributionPredictor

CASES = {
    "24911": ("„ Niemand spricht", "Bill Graham , Parteichef der Liberalen"),
    "26835": ("„ Ich nehme meine Gitarre", "Jon Bon Jovi , Gründer der Rockband"),
    "62691": ("„ Wir haben 1997", "Matthias Freude , Präsident des Landesumweltamtes"),
    "36600": ("„ [ Es gab", "Andrew Wetzler , ein Anwalt des Natural Resources Defense Council"),
}


@pytest.fixture(scope="module")
def predicted(shared_data):
    documents = [d for d in read_split(shared_data, "train") if d.name.split(" ")[0] in CASES]
    predictor = AttributionPredictor.load()
    return {d.name.split(" ")[0]: (d, predictor(to_doc(d))) for d in documents}


def words(document, ids) -> str:
    return " ".join(document.tokens[i].text for i in ids)


@pytest.mark.parametrize("number", sorted(CASES))
def test_the_apposition_after_a_postposed_name_belongs_to_the_speaker(predicted, number):
    document, quotations = predicted[number]
    opening, speaker = CASES[number]
    (quotation,) = [
        q for q in quotations if q.type == "Direct" and words(document, q.quote).startswith(opening)
    ]
    assert words(document, quotation.speaker) == speaker
