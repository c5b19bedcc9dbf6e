"""Two guards of the speaker rules of this branch, on the dev pages of ``bench speakers`` where
they first went wrong (DieWelt 2024-08-27, Handelsblatt on the closed borders):

* a postposed speaker that has its apposition already takes no second one, and a phrase opened
  by an oblique article is the object, not an apposition: „… kritisiert die Thüringer
  Landesvorsitzende der Familienunternehmen, Colette Boos-John, den Auftritt von AfD-Landeschef
  Höcke in Sömmerda hart.“;
* an indicative cue inside a clause that ran on is the writer's: „Doch Niederlaender will das
  Positive sehen: „Wir haben …““ stays Niederlaender's, not the speaker of the clause before.
"""

from __future__ import annotations

import pytest

from zitate.bench.speakers import analyse_text
from zitate.quotes.pipeline import attribution_pipeline

BOOS_JOHN = (
    "Auf ihrer Internetseite kritisiert die Thüringer Landesvorsitzende der Familienunternehmen, "
    "Colette Boos-John, den Auftritt von AfD-Landeschef Höcke in Sömmerda hart. „Herr Höcke hat "
    "die Maske fallen lassen und zeigt, wie seine Partei mit Meinungen umgehen will, die ihm "
    "nicht genehm sind.“"
)
NIEDERLAENDER = (
    "So auch der Bürgermeister von Grosbliederstroff, Joël Niederlaender. „Ich mache mir keine "
    "Sorgen um die deutsch-französische Freundschaft“, sagt er. Doch die Schließung der Grenze "
    "habe ihn „schockiert, zumal die Begründung sehr fragwürdig ist“.\n\nEr spüre, dass sich die "
    "Beziehungen verschlechtert hätten. Einige Landsleute hätten ihm sogar gesagt: „Das geht ja "
    "wieder los wie 1939/40.“ Doch Niederlaender will das Positive sehen: „Wir haben die "
    "Wiederöffnung der Freundschaftsbrücke auch deshalb erreicht, weil wir gemeinsam mit "
    "unseren deutschen Freunden Druck gemacht haben, auch Abgeordnete haben sich beim "
    "Bundesinnenminister dafür eingesetzt.“"
)


@pytest.fixture(scope="module")
def nlp():
    return attribution_pipeline()


def speaker_of(nlp, text: str, words: str) -> str | None:
    record = analyse_text(text, "article.txt", nlp)
    start = record["article"]["text"].index(words)
    for quote in record["quotes"]:
        if quote["type"] == "Direct" and any(a <= start < b for a, b in quote["spans"]):
            return quote["speaker"]["text"] if quote["speaker"] else None
    raise AssertionError(f"no Direct quotation holds {words!r}")


def test_the_object_after_a_postposed_speaker_is_no_apposition(nlp):
    record = analyse_text(BOOS_JOHN, "article.txt", nlp)
    speakers = [q["speaker"]["text"] for q in record["quotes"] if q["speaker"]]
    assert speakers
    assert all("Auftritt" not in s for s in speakers)
    assert any("Colette Boos-John" in s for s in speakers)


def test_an_indicative_cue_inside_a_clause_that_ran_on_keeps_its_speaker(nlp):
    speaker = speaker_of(nlp, NIEDERLAENDER, "Wir haben die Wiederöffnung")
    assert speaker is not None and "Niederlaender" in speaker
