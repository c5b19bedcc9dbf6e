"""„demnach“ inside a sentence: after an indicative finite verb it names the report as the
source (cue and speaker, as the Wikinews annotation marks it: train and dev 5 of 5); after a
Konjunktiv one („Es handle sich demnach um …“, ``test_speaker_passive``) the sentence goes on
with the running speaker's words.

Real Wikinews dev documents, through the benchmark's predictor on the dataset's own tokens:
31406 („Hoffnung auf Waffenstillstand in Nahost“, 2006-08-13) — „Der Abzug israelischer Truppen
soll demnach nur parallel zur Stationierung von UN-Truppen … erfolgen.“ — and 30032
(„Bürgerrechte werden weiter aufgeweicht …“, 2006-07-13) — „Im Detail sollen demnach die drei
genannten Geheimdienste das Recht besitzen, …“.
"""

from __future__ import annotations

import pytest

from zitate.quotes.dataset import read_split, to_doc
from zitate.quotes.pipeline import AttributionPredictor

CASES = (
    ("31406 - Hoffnung auf Waffenstillstand in Nahost (2006-08-13)", "Der Abzug israelischer"),
    (
        "30032 - Bürgerrechte werden weiter aufgeweicht – Regierung plant Ausweitung der "
        "Anti-Terror-Gesetze (2006-07-13)",
        "Im Detail sollen",
    ),
)


@pytest.fixture(scope="module")
def predicted(shared_data):
    names = {name for name, _ in CASES}
    documents = [d for d in read_split(shared_data, "dev") if d.name in names]
    predictor = AttributionPredictor.load()
    return {d.name: (d, predictor(to_doc(d))) for d in documents}


@pytest.mark.parametrize(("name", "opening"), CASES)
def test_demnach_after_an_indicative_verb_is_cue_and_speaker(predicted, name, opening):
    document, quotations = predicted[name]
    sentence = next(
        s
        for s in document.sentences
        if document.text[document.tokens[s[0]].start :].startswith(opening)
    )
    demnach = next(i for i in sentence if document.tokens[i].text == "demnach")
    (quotation,) = [q for q in quotations if set(q.quote) & set(sentence)]
    assert quotation.speaker == (demnach,)
    assert demnach in quotation.cue
