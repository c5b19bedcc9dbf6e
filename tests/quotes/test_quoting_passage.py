"""A Konjunktiv sentence that frames quoted words of the running speaker continues that
speaker's statement (task wn2, Wikinews dev): „Von der Leyen betonte, … . Sie seien
„selbstverständlich …““ is an IndirectFreeIndirect passage of Von der Leyen with the Direct
quotation inside it, not quoted words of „Sie“ alone — on the shipped attribution pipeline."""

from __future__ import annotations

import pytest

from zitate.quotes.pipeline import attribution_pipeline

LEYEN = (
    "Von der Leyen betonte, unter den Verkäuferinnen seien „viele Frauen, viele "
    "Alleinerziehende, auch in der Arbeitslosigkeit, die Erfahrung haben im Umgang mit "
    "Kindern.“ Sie seien „selbstverständlich so gut wie jeder andere geeignet, als "
    "Erzieherinnen zu arbeiten.“"
)
LAWYER = (
    "Nach Aussagen der Anwältin des späteren Opfers handelte es sich um „eine völlig normale "
    "Auseinandersetzung, wenn es ums Familienrecht geht“. Der Niederländer sei „nicht "
    "aggressiv oder so“."
)


@pytest.fixture(scope="module")
def nlp():
    return attribution_pipeline()


def passages(nlp, text: str) -> list[dict]:
    return [r for r in nlp(text)._.zitate_quotes if r["type"] == "IndirectFreeIndirect"]


def test_a_konjunktiv_sentence_around_quoted_words_continues_the_statement(nlp):
    found = passages(nlp, LEYEN)
    assert [r["text"] for r in found] == [
        "Sie seien „selbstverständlich so gut wie jeder andere geeignet, als Erzieherinnen "
        "zu arbeiten.“"
    ]
    assert found[0]["speaker"]["text"] == "Von der Leyen"


def test_the_quoted_words_inside_keep_the_running_speaker(nlp):
    records = nlp(LEYEN)._.zitate_quotes
    inner = [r for r in records if r["type"] == "Direct" and r["text"].startswith("„selbst")]
    assert [r["speaker"]["text"] for r in inner] == ["Von der Leyen"]


def test_after_a_source_phrase_too(nlp):
    found = passages(nlp, LAWYER)
    assert [r["text"] for r in found] == ["Der Niederländer sei „nicht aggressiv oder so“."]


def test_the_same_sentence_in_the_indicative_is_no_passage(nlp):
    assert passages(nlp, LEYEN.replace("Sie seien", "Sie sind")) == []
