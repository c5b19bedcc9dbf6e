"""Cues built from a predicate or a phrase rather than a verb of saying, before a „, dass“
clause (task predcue, issue 12): „haben klargemacht, dass …“ (10kGNAD, dev row), „sind sich der
Tatsache bewusst, dass …“ (Wikinews train), „ist Entholzer davon überzeugt, dass …“
(10kGNAD, dev5 row) are Indirect statements of the subject; a clause
without a subject („Jetzt ist klar, dass …“), one inside a subordinate clause and one inside
quotation marks are not — on the shipped attribution pipeline."""

from __future__ import annotations

import pytest

from zitate.quotes.pipeline import attribution_pipeline
from zitate.quotes.predicate_cues import words

MADE_CLEAR = (
    "Vertreter der Eurostaaten haben klargemacht, dass sie nicht zu einer Nachbesserung des "
    "Angebots bereit sind."
)
AWARE = (
    "Sie sind sich der Tatsache bewusst, dass die Standard-DVD nicht mehr so zugkräftig ist, "
    "wie sie es einst war."
)
CONVINCED = (
    "Zum Inhalt machten beide keine Angaben. Allerdings ist Entholzer davon überzeugt, dass es "
    "nicht leicht werden wird, mit der ÖVP übereinzukommen. Das habe sich nach einem ersten "
    "Abtasten bereits gezeigt."
)
NO_SUBJECT = "Jetzt ist klar, dass es sich um den gesuchten Jungen handelt."
SUBORDINATE = (
    "Die Beamten des Sondereinsatzkommandos nahmen den Täter fest, nachdem klar war, dass sich "
    "das Mädchen in Sicherheit befand."
)
QUOTED = (
    "„Wir sind der Meinung, dass die PKK einen völkerrechtlich legitimen Kampf für die "
    "demokratischen Rechte der Kurden führt.“"
)


@pytest.fixture(scope="module")
def nlp():
    return attribution_pipeline()


def indirect(nlp, text: str) -> list[tuple[str, str]]:
    return [
        (r["text"], (r.get("speaker") or {}).get("text", ""))
        for r in nlp(text)._.zitate_quotes
        if r["type"] == "Indirect"
    ]


def test_a_participle_of_making_clear_frames_the_clause(nlp):
    assert indirect(nlp, MADE_CLEAR) == [
        (
            "dass sie nicht zu einer Nachbesserung des Angebots bereit sind",
            "Vertreter der Eurostaaten",
        )
    ]


def test_a_conviction_after_a_copula_frames_the_clause(nlp):
    assert indirect(nlp, CONVINCED) == [
        ("dass es nicht leicht werden wird, mit der ÖVP übereinzukommen", "Entholzer")
    ]


def test_being_aware_frames_the_clause(nlp):
    found = indirect(nlp, AWARE)
    assert len(found) == 1
    assert found[0][0].startswith("dass die Standard-DVD nicht mehr so zugkräftig ist")
    assert found[0][1] == "Sie"


def test_a_predicate_without_a_subject_says_nothing(nlp):
    assert indirect(nlp, NO_SUBJECT) == []


def test_a_predicate_in_a_subordinate_clause_says_nothing(nlp):
    assert indirect(nlp, SUBORDINATE) == []


def test_a_view_inside_quotation_marks_stays_the_quote(nlp):
    records = nlp(QUOTED)._.zitate_quotes
    assert [r["type"] for r in records] == ["Direct"]


def test_the_word_lists_are_data():
    lexicon = words()
    assert "sicher" in lexicon.predicates["sein"]
    assert "klargemacht" in lexicon.participles
    assert "Auffassung" in lexicon.view_nouns
