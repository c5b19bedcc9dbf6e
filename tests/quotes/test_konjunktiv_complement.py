"""Indirect speech that no verb of saying frames (task wn2, Wikinews dev): a verb-second clause in
Konjunktiv I after the comma of an indicative main clause („Die zentrale Wahlkommission hatte den
Standpunkt vertreten, das Gericht sei dafür nicht zuständig.“), and a verb of saying under the
indicative past of „müssen“, which reports what was said rather than a duty („… musste er
betonen, dass es kaum Informationen gebe.“) — on the shipped attribution pipeline."""

from __future__ import annotations

import pytest

from zitate.quotes.pipeline import attribution_pipeline

STANDPOINT = (
    "Die zentrale Wahlkommission hatte den Standpunkt vertreten, das Gericht sei dafür nicht "
    "zuständig."
)
STRESSED = (
    "Auch auf mehrmalige Nachfrage aus dem Publikum musste er betonen, dass es kaum "
    "Informationen gebe."
)
DUTY = "Die Landesregierung muss erklären, wie sie das bezahlen will."


@pytest.fixture(scope="module")
def nlp():
    return attribution_pipeline()


def indirect(nlp, text: str) -> list[tuple[str, str]]:
    return [
        (r["text"], (r.get("speaker") or {}).get("text", ""))
        for r in nlp(text)._.zitate_quotes
        if r["type"] == "Indirect"
    ]


def test_a_konjunktiv_clause_after_the_comma_is_indirect_speech(nlp):
    assert indirect(nlp, STANDPOINT) == [
        ("das Gericht sei dafür nicht zuständig", "Die zentrale Wahlkommission")
    ]


def test_the_same_clause_in_the_indicative_is_not(nlp):
    assert indirect(nlp, STANDPOINT.replace("sei", "ist")) == []


def test_the_past_of_muessen_reports_what_was_said(nlp):
    assert indirect(nlp, STRESSED) == [("dass es kaum Informationen gebe", "er")]


def test_the_present_of_muessen_is_still_a_duty(nlp):
    assert indirect(nlp, DUTY) == []
