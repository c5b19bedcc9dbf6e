"""Reported statements of a speech act in the passive with its „von“-agent, and of „berichten
von / über“ and „sprechen von“ (issue 12, item 3, branch wnrep) — on hand-tagged sentences of
the Wikinews dev split and of the real-news dev pages, with the shipped attribution model."""

from __future__ import annotations

import pytest

from zitate.quotes.model import load_model
from zitate.quotes.passive_acts import passive_act
from zitate.quotes.reported import finite_act
from zitate.quotes.sentence import reported_speaker

from .tagged import tagged, words

# Wikinews dev, „Entscheidung zu neuem Wahlrecht verschärft …“ and „Israel startet Bodenoffensive …“
OCCUPY = (
    "Von/APPR der/ART Bewegung/NN Occupy/NE Central/NE with/FM Peace/FM and/FM Love/FM "
    "wurden/VAFIN/werden Protestwellen/NN unterschiedlicher/ADJA Art/NN "
    "angekündigt/VVPP/ankündigen ./$."
)
FUEHRUNG = (
    "Von/APPR der/ART augenblicklichen/ADJA Führung/NN Hongkongs/NE unter/APPR dem/ART "
    "Chief/NE Executive/NE C.Y./NE Leung/NE wurde/VAFIN/werden die/ART Entscheidung/NN als/APPR "
    "Fortschritt/NN in/APPR der/ART Entwicklung/NN Hongkongs/NE bezeichnet/VVPP/bezeichnen ./$."
)
BODENOFFENSIVE = (
    "Die/ART Bodenoffensive/NN wurde/VAFIN/werden von/APPR einer/ART Armeesprecherin/NN "
    "bestätigt/VVPP/bestätigen ./$."
)
# Wikinews dev, „Taifun Halong …“: the warned are spoken to, and no one named speaks
ERDRUTSCHE = (
    "Die/ART Bevölkerung/NN in/APPR der/ART Nähe/NN von/APPR Bergen/NN wurde/VAFIN/werden "
    "vor/APPR weiteren/ADJA möglichen/ADJA Erdrutschen/NN gewarnt/VVPP/warnen ./$."
)
# Wikinews dev, „Über 100 Tote bei Flugzeugabsturz in Niger“ and „Regierung rüstet auf …“
SILVERBIRD = (
    "Der/ART Fernsehsender/NN „/$( Silverbird/NE “/$( berichtete/VVFIN/berichten von/APPR "
    "der/ART Bergung/NN von/APPR 56/CARD Leichen/NN ./$."
)
VERFASSUNGSSCHUTZ = (
    "Der/ART Verfassungsschutz/NN berichtete/VVFIN/berichten über/APPR allein/ADV 1600/CARD "
    "Angriffe/NN im/APPRART Zeitraum/NN von/APPR Januar/NN bis/APPR September/NN 2010/CARD ./$."
)
# Wikinews dev, „Bilanz der achten Nacht der Pariser Ausschreitungen“
POLIZEI = (
    "Insgesamt/ADV spricht/VVFIN/sprechen die/ART Polizei/NN von/APPR weniger/PIAT "
    "Auseinandersetzungen/NN der/ART beiden/PIAT Lager/NN ./$."
)
# a dev page (10kGNAD row 576): the report's source is the subject after the verb, no „von“
HURRIYET = (
    "Rund/ADV 300/CARD Menschen/NN seien/VAFIN/sein/Sub verletzt/VVPP/verletzen "
    "worden/VAPP/werden ,/$, berichtet/VVFIN/berichten die/ART Zeitung/NN Hürriyet/NE Daily/NE "
    "News/NE am/APPRART Donnerstag/NN unter/APPR Berufung/NN auf/APPR "
    "Geheimdienstquellen/NN ./$."
)


@pytest.fixture(scope="module")
def model():
    return load_model()


def reported(model, doc) -> list[str]:
    """The speakers of the Reported statements the model finds in ``doc``."""
    return [words(doc, f.speaker) for f in model(doc) if f.type == "Reported"]


def test_a_passive_speech_act_with_its_agent_is_a_statement_of_the_agent(model):
    doc = tagged(BODENOFFENSIVE)
    assert words(doc, passive_act(doc[:])) == "bestätigt"
    assert reported(model, doc) == ["einer Armeesprecherin"]


def test_a_fronted_agent_is_the_speaker_of_the_passive(model):
    doc = tagged(OCCUPY)
    assert words(doc, passive_act(doc[:])) == "angekündigt"
    (speaker,) = reported(model, doc)  # the last pass keeps the „Von“ of the fronted phrase
    assert speaker.endswith("der Bewegung Occupy Central with Peace and Love")


def test_the_whole_field_before_the_finite_verb_is_the_fronted_agent():
    doc = tagged(FUEHRUNG)
    assert passive_act(doc[:]) != []
    assert words(doc, reported_speaker(doc, doc[:])) == "der augenblicklichen Führung Hongkongs"


def test_a_passive_without_agent_names_no_speaker():
    doc = tagged(ERDRUTSCHE)
    assert passive_act(doc[:]) == []


def test_reports_about_something_are_speech_acts(model):
    doc = tagged(SILVERBIRD)
    assert words(doc, finite_act(doc[:])) == "berichtete"
    assert reported(model, doc) == ["Der Fernsehsender „ Silverbird “"]
    assert reported(model, tagged(VERFASSUNGSSCHUTZ)) == ["Der Verfassungsschutz"]
    assert words(tagged(POLIZEI), finite_act(tagged(POLIZEI)[:])) == "spricht"


def test_a_report_without_its_preposition_is_no_speech_act_of_its_own():
    doc = tagged(HURRIYET)
    assert finite_act(doc[:]) == []


# Wikinews dev, „Internationale Truppe soll Lage in Timor-Leste …“, „Thailand: Trotz Verhängung des
# Ausnahmezustands …“ and „Kalifornien: Notstand wegen Stürmen …“: promising, predicting and
# proclaiming are speech acts
CLARK = (
    "Premierministerin/NN Helen/NE Clark/NE sagte/VVFIN/sagen weitere/ADJA finanzielle/ADJA "
    "Hilfe/NN zu/PTKVZ ./$."
)
VORAUS = (
    "Bis/APPR Mittwoch/NN sagte/VVFIN/sagen sie/PPER ein/ART Ansteigen/NN der/ART Zahl/NN "
    "regierungskritischer/ADJA Demonstranten/NN auf/APPR eine/ART Million/NN Menschen/NN "
    "voraus/PTKVZ ./$."
)
NOTSTAND = (
    "Für/APPR weite/ADJA Teile/NN des/ART US-Bundesstaates/NN Kalifornien/NE riefen/VVFIN/rufen "
    "die/ART Behörden/NN den/ART Notstand/NN aus/PTKVZ ./$."
)


def test_promises_predictions_and_proclamations_are_reported_statements(model):
    assert reported(model, tagged(CLARK)) == ["Premierministerin Helen Clark"]
    doc = tagged(VORAUS)
    assert words(doc, finite_act(doc[:])) == "sagte voraus"
    assert reported(model, tagged(NOTSTAND)) == ["die Behörden"]
