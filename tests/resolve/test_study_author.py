"""A study or report noun as speaker phrase stands for whoever brought the study out
(issue 12, resolve stage).

Excerpt of a dev page (``html/trafilatura__ndr.de.podcastcoronavirus140.html``, NDR's
Coronavirus-Update podcast with Christian Drosten, asked by Korinna Hennig about the Imperial
College's model of the epidemic) run through the committed base pipeline, the shipped
``zitate_quotes`` model and ``resolve_speakers`` (fixture ``analyse``).
"""

from __future__ import annotations

import pytest

from zitate.resolve.phrases import study_noun

PODCAST = (
    "Korinna Hennig: Transparenz also nicht nur in der Forschung, sondern auch in den Zahlen. "
    "Herr Drosten, lassen Sie uns auf die aktuelle Forschung blicken, jetzt mal weg von diesen "
    "Vorwürfen, die da im Raum standen. Das Imperial College in London hat gerade eine neue "
    "Modellierung veröffentlicht, also eine Hochrechnung oder Prognose, ganz vereinfacht "
    "gesagt, wie es mit Infektionszahlen und Todesfällen weitergeht, welche Maßnahmen nötig "
    "sind, am Beispiel von Großbritannien und den USA. Da stehen gewaltige potenzielle "
    "Sterberaten im Raum. Schon bei über 60-Jährigen soll mehr als jeder vierte Infizierte auf "
    "der Intensivstation landen. Wie beurteilen Sie und Ihre Kollegen diese Rechnung?\n\n"
    "Christian Drosten: Ja, ich kann jetzt nicht sagen, wie meine Kollegen die beurteilen, "
    "denn diese Studie ist so neu, dass kaum jemand bis jetzt überhaupt Zeit hatte, die ganz "
    "zu lesen und zu verstehen. Aber ich halte das auch für eine sehr wichtige Studie.\n\n"
    "Und dann gibt es verschiedene andere Parameter, die man hier denken kann. Dann gibt es "
    "auch so Überlegungen wie zum Beispiel Haushaltsquarantäne. Also wenn gesagt wird, da ist "
    "ein Fall, also jetzt muss der ganze Haushalt – und das ist ja in der Regel die ganze "
    "Familie – für 14 Tage zu Hause bleiben. Daran würden sich dann nur 50 Prozent der "
    "Haushalte auch halten, der Studie zufolge."
)


def test_the_study_is_the_organisation_that_brought_it_out(analyse):
    """„Daran würden sich dann nur 50 Prozent der Haushalte auch halten, der Studie zufolge“:
    the study is the model the Imperial College brought out („hat gerade eine neue
    Modellierung veröffentlicht“), named sentences before; no entity „Studie“ and not the
    statement of no one."""
    _, quotes, entities = analyse(PODCAST)
    names = {e["id"]: e["name"] for e in entities}
    halten = [q for q in quotes if "50 Prozent der Haushalte" in q["text"]]
    assert halten, [q["text"][:40] for q in quotes]
    for quote in halten:
        assert quote["speaker"]["text"] == "der Studie"
        assert names.get(quote["speaker"]["entity"]) == "Imperial College", names
    assert not any("Studie" in n for n in names.values()), names


@pytest.mark.parametrize(
    "word, study",
    [
        ("Studie", True),
        ("Modellierungsstudie", True),
        ("Rechercheverbund", True),
        ("Bericht", True),
        ("Umfrage", True),
        ("Studierende", False),  # students, not a study: „Viele Studierende der Universität …“
        ("Studierenden", False),
        ("Berichterstatter", False),  # a reporter
        ("Studienleiterin", False),
    ],
)
def test_a_noun_for_persons_is_no_study(word, study):
    assert study_noun(word) is study
