"""Reported statements beside a quotation in the same sentence (issue 12, item 3): the speech
act of the frame says something of its own („HRW widerspricht der Darstellung jedoch: «…»“), its
speaker is the act's subject, and a saying's circumstances or addressee („teilte auf Anfrage
mit“, „sagte Haustein dem Tagesspiegel“, „warf den USA vor, …“) are no statement. Real
sentences of the shared pages (NZZ 2024-07-18, WDR 2024-04-22, Tagesspiegel 2024-04-29,
``shared/data/html``), of a 10kGNAD test article (``corpora/10kgnad-test.csv.gz``, row 568) and
of the Wikinews dev split."""

from __future__ import annotations

import pytest

HRW = (
    "Die Hamas habe angegeben, dass ihre Mitglieder angewiesen gewesen seien, keine Zivilisten "
    "anzugreifen. HRW widerspricht der Darstellung jedoch: «Der grossangelegte Angriff richtete "
    "sich dezidiert gegen die Zivilbevölkerung.»"
)
STAEDTETAG = (
    "Der Städtetag NRW, der ebenfalls zur Expertenanhörung im Landtag geladen ist, befürwortet "
    'die Änderungen der jetzigen Altersgrenze zwar grundsätzlich und verweist darauf, dass "die '
    "sonstigen Mitarbeitenden der kommunalen Verwaltung grundsätzlich bis 67 ihren Dienst "
    'verrichten müssen".'
)
FISCHER = (
    "Bundespräsident Heinz Fischer findet den Streit besorgniserregend, er mahnt Regierung, "
    "Länder und Gemeinden, im Asylstreit gemeinsam mit den Hilfsorganisationen an einem Strang "
    "zu ziehen."
)
# (sentence, the words that are no statement of their own): the circumstances and the
# addressee of a saying, an addressee before the clause the verb governs, and the object that
# a quotation continues (Wikinews dev, ``quotes-de-wikinews``; Tagesspiegel 2024-04-29).
NO_STATEMENT = [
    ("Israels Armee teilte auf Anfrage mit, die Berichte zu prüfen.", "auf Anfrage"),
    (
        "„Allerdings erfährt das Mittelmeer durch den Nordatlantik eine leichte zusätzliche "
        "Erwärmung, was bei Gewitterlagen das Risiko für stärkere Niederschläge erhöht“, sagte "
        "Haustein dem Tagesspiegel.",
        "dem Tagesspiegel",
    ),
    (
        "Die Polizisten forderten die Schüler und Lehrer auf, das Gebäude nicht zu verlassen "
        "und ruhig zu bleiben.",
        "die Schüler und Lehrer",
    ),
    (
        "Der deutsche Wirtschaftsminister Rainer Brüderle (FDP) warf den USA vor, den "
        "Konkurrenten Boeing bevorzugt zu haben.",
        "den USA",
    ),
]


def _reported(quotes):
    return [q for q in quotes if q["type"] == "Reported"]


def test_denial_before_a_colon_is_a_statement_of_its_own(analyse):
    _, quotes, _ = analyse(HRW)
    [denial] = _reported(quotes)
    assert denial["text"] == "der Darstellung jedoch"
    assert denial["speaker"]["text"] == "HRW"
    assert "widerspricht" in denial["cue"]["text"]
    assert any(q["type"] == "Direct" and q["speaker"]["text"] == "HRW" for q in quotes)


def test_coordinated_act_beside_an_indirect_clause(analyse):
    _, quotes, _ = analyse(STAEDTETAG)
    [approval] = _reported(quotes)
    assert approval["text"].startswith("die Änderungen der jetzigen Altersgrenze")
    assert approval["speaker"]["text"].endswith("Städtetag NRW")
    # the object of „befürwortet“ is not the speaker of the „dass“ clause either
    indirect = next(q for q in quotes if q["type"] == "Indirect")
    assert indirect["speaker"]["text"].endswith("Städtetag NRW")


def test_predicate_act_before_the_next_clause(analyse):
    _, quotes, _ = analyse(FISCHER)
    [view] = _reported(quotes)
    assert view["text"] == "den Streit besorgniserregend"
    assert view["speaker"]["text"] == "Bundespräsident Heinz Fischer"


@pytest.mark.parametrize(("text", "words"), NO_STATEMENT)
def test_circumstances_and_addressees_are_no_statement(analyse, text, words):
    _, quotes, _ = analyse(text)
    assert quotes
    assert not [q for q in _reported(quotes) if q["text"].startswith(words)]
