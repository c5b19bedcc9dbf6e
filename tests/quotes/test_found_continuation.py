"""Statements a reader sees that zitate missed (issue 12, item 3): a main clause in Konjunktiv I
right after an attributed statement continues it („Haustein sieht vor allem einen Auslöser. Ob
der Atlantik … warm bleibt, lasse sich aber nicht sagen.“, Tagesspiegel) — on hand-tagged
sentences and the shipped attribution model."""

from __future__ import annotations

import pytest

from zitate.quotes.clauses import main_verb
from zitate.quotes.model import load_model

from .tagged import tagged, words

UNSURE = (
    "Ob/KOUS der/ART Atlantik/NE in/APPR diesem/PDAT Sommer/NN so/ADV ungewöhnlich/ADJD "
    "warm/ADJD bleibt/VVFIN/bleiben ,/$, lasse/VVFIN/lassen/Sub sich/PRF aber/ADV nicht/PTKNEG "
    "sagen/VVINF ./$."
)
SEES = "Haustein/NE sieht/VVFIN/sehen vor/APPR allem/PIS einen/ART Auslöser/NN ./$."
UNSURE_IND = UNSURE.replace("lasse/VVFIN/lassen/Sub", "lässt/VVFIN/lassen")
NARRATION = "Die/ART Synode/NN tagt/VVFIN/tagen bis/APPR Donnerstag/NN in/APPR Coburg/NE ./$."


@pytest.fixture(scope="module")
def model():
    return load_model()


def continued(model, *sentences: str) -> list[tuple[str, str]]:
    doc = tagged(*sentences)
    return [
        (f.type, words(doc, f.speaker))
        for f in model(doc)
        if f.type in ("FreeIndirect", "IndirectFreeIndirect")
    ]


def test_a_konjunktiv_sentence_after_a_statement_continues_it(model):
    assert continued(model, SEES, UNSURE) == [("FreeIndirect", "Haustein")]


def test_the_same_sentence_in_the_indicative_is_the_writers(model):
    assert continued(model, SEES, UNSURE_IND) == []


def test_a_konjunktiv_without_a_statement_before_it_is_none(model):
    assert continued(model, NARRATION, UNSURE) == []


def test_the_main_verb_is_outside_the_ob_clause():
    doc = tagged(UNSURE)
    assert main_verb(doc[:]).text == "lasse"


def test_a_konjunktiv_sentence_the_classifier_calls_indirect_continues_the_statement():
    """„Sie setze auf …“ (DerStandard): the sentence classifier says Indirect, but there is no
    clause to quote; the Konjunktiv I main clause continues the IGGÖ's statement."""
    from zitate.quotes.pipeline import attribution_pipeline

    doc = attribution_pipeline()(
        "Die IGGÖ verweist darauf, dass es schwierig sei, Narrative anzubieten. "
        "Sie setze auf Extremismusprävention und Aufklärung."
    )
    records = doc._.zitate_quotes
    assert [r["type"] for r in records] == ["Indirect", "FreeIndirect"]
    assert records[1]["text"] == "Sie setze auf Extremismusprävention und Aufklärung."
    assert records[1]["speaker"] == records[0]["speaker"]
