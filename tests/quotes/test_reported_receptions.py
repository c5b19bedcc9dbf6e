"""How a proposal was received, as a Reported statement of who received it (issue 12, item 3,
branch wnrep): „stößt auf heftigen Widerstand bei …“, „Lob kommt … vom …“ — on hand-tagged
sentences of the real-news dev pages (10kGNAD rows) and of Wikinews train, and the shipped
attribution model."""

from __future__ import annotations

import pytest

from zitate.quotes.model import load_model
from zitate.quotes.receptions import reception_act, reception_speaker

from .tagged import tagged, words

# dev2 / dev3 pages (10kGNAD rows 553, 247 and 30)
VOMP = (
    "Das/ART geplante/ADJA Aus/NN für/APPR den/ART Hubschrauberstützpunkt/NN des/ART "
    "Bundesheeres/NN in/APPR Vomp/NE stößt/VVFIN/stoßen auf/APPR heftigen/ADJA Widerstand/NN "
    "bei/APPR Landeshauptmann/NN Günther/NE Platter/NE (/$( ÖVP/NE )/$( ./$."
)
WFP = (
    "Lob/NN kommt/VVFIN/kommen indes/ADV vom/APPRART Welternährungsprogramm/NN (/$( WFP/NE )/$( "
    "der/ART Vereinten/ADJA Nationen/NN ./$."
)
VORSCHLAG = (
    "Auch/ADV der/ART russische/ADJA Vorschlag/NN von/APPR Parlaments-/TRUNC und/KON "
    "Präsidentenwahlen/NN stieß/VVFIN/stoßen auf/APPR Ablehnung/NN ./$."
)
# Wikinews train, „Afghanistan: Auch zivile Opfer …“: resistance by insurgents is a deed; and
# „Niederlande: 41-jähriger Schiedsrichter …“: „bei den Fans“ before the noun names who received it
MUSCHTARAK = (
    "Bei/APPR ihrem/PPOSAT Vormarsch/NN im/APPRART Rahmen/NN der/ART Operation/NN Muschtarak/NE "
    "in/APPR der/ART Provinz/NN Helmand/NE trafen/VVFIN/treffen US-Truppen/NN auf/APPR "
    "erheblichen/ADJA Widerstand/NN durch/APPR Aufständische/NN ./$."
)
GEGENLIEBE = (
    "Ein/ART aktuell/ADJD geplantes/ADJA Sicherheitskonzept/NN der/ART Deutschen/ADJA Fußball/NN "
    "Liga/NN stieß/VVFIN/stoßen bei/APPR den/ART Fans/NN auf/APPR keine/PIAT Gegenliebe/NN ./$."
)


@pytest.fixture(scope="module")
def model():
    return load_model()


def test_the_bei_phrase_of_a_reception_is_its_speaker(model):
    doc = tagged(VOMP)
    assert words(doc, reception_act(doc[:])) == "stößt Widerstand"
    found = [f for f in model(doc) if f.type == "Reported"]
    assert [words(doc, f.speaker) for f in found] == ["Landeshauptmann Günther Platter"]


def test_praise_that_comes_from_someone_is_their_statement(model):
    doc = tagged(WFP)
    assert words(doc, reception_speaker(doc, doc[:], set())).startswith("Welternährungsprogramm")
    assert [f.type for f in model(doc)] == ["Reported"]


def test_a_reception_without_its_speaker_names_none_and_not_the_subject():
    doc = tagged(VORSCHLAG)
    assert reception_act(doc[:]) != []
    assert reception_speaker(doc, doc[:], set()) == []


def test_resistance_by_fighters_is_no_reception():
    doc = tagged(MUSCHTARAK)
    assert reception_act(doc[:]) == []


def test_the_bei_phrase_before_the_noun_names_who_received_it():
    doc = tagged(GEGENLIEBE)
    assert words(doc, reception_speaker(doc, doc[:], set())) == "den Fans"
