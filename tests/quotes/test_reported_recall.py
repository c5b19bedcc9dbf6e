"""Reported statements that the attribution model used to miss on real news (issue 12, item 3):
a particle of a coordinated verb, the perfect after a passive clause, an apposition or „wie“
clause before the speech act, an opening mark left at the sentence end, newly listed speech
acts, the subject of the speech act itself and „laut „Zeitung““ — on hand-tagged sentences of
the dev pages of gold/speakers and the shipped attribution model."""

from __future__ import annotations

import pytest

from zitate.quotes.model import load_model
from zitate.quotes.reported import perfect_act, speech_act, verb_keys

from .tagged import tagged, words

BONDI = (
    "In/APPR den/ART vergangenen/ADJA Monaten/NN kritisierte/VVFIN/kritisieren Bondi/NE in/APPR "
    "TV-Auftritten/NN die/ART Verfahren/NN gegen/APPR Trump/NE und/KON stellte/VVFIN/stellen "
    "es/PPER so/ADV dar/PTKVZ ,/$, als/KOKOM verfolgten/VVFIN/verfolgen ihn/PPER die/ART "
    "ermittelnden/ADJA Staatsanwälte/NN aus/APPR politischen/ADJA Motiven/NN ./$."
)
MILDE = (
    "Der/ART Angeklagte/NN hat/VAFIN/haben das/ART Gericht/NN um/APPR Milde/NN "
    "gebeten/VVPP/bitten ./$."
)
LUCKE = (
    "Nachdem/KOUS er/PPER 2015/CARD als/APPR AfD-Bundessprecher/NN abgelöst/VVPP/ablösen "
    "worden/VAPP/werden war/VAFIN/sein ,/$, hatte/VAFIN/haben er/PPER die/ART Partei/NN "
    "verlassen/VVPP/verlassen und/KON fremdenfeindliche/ADJA Tendenzen/NN "
    "angeprangert/VVPP/anprangern ./$."
)
KRAPP = (
    "Karin/NE Krapp/NE ,/$, eine/ART weitere/ADJA Betroffene/NN und/KON wie/KOKOM Detlev/NE "
    "Zander/NE im/APPRART Beteiligungsforum/NN engagiert/VVPP/engagieren ,/$, "
    "kritisierte/VVFIN/kritisieren die/ART Reaktion/NN der/ART Kirchenleitung/NN in/APPR "
    "Bayern/NE ./$."
)
CORTEZ = (
    "Sie/PPER setzt/VVFIN/setzen sich/PRF ,/$, wie/KOKOM einige/PIAT progressive/ADJA "
    "Demokraten/NN im/APPRART Staatsparlament/NN ,/$, für/APPR eine/ART Aussetzung/NN von/APPR "
    "Mietenzahlungen/NN ein/PTKVZ und/KON zeigte/VVFIN/zeigen sich/PRF frustriert/ADJD "
    "über/APPR die/ART Reaktion/NN des/ART Gouverneurs/NN ./$."
)
MAIL = (
    "Und/KON dort/ADV sah/VVFIN/sehen er/PPER ,/$, dass/KOUS jemand/PIS die/ART Mail/NN "
    "Tage/NN nach/APPR ihrem/PPOSAT Eingang/NN bearbeitet/VVPP/bearbeiten hatte/VAFIN/haben ./$."
)
BOATENG = (
    "Ein/ART wesentlicher/ADJA Unterschied/NN zu/APPR Ebu/NE Tejma/NE ist/VAFIN/sein aber/ADV "
    "dieser/PDS :/$. Boateng/NE ruft/VVFIN/rufen nicht/PTKNEG zu/APPR Gewalt/NN auf/PTKVZ ./$."
)
BUSBRANCHE = (
    "Nun/ADV zieht/VVFIN/ziehen auch/ADV die/ART Busbranche/NN nach/PTKVZ und/KON "
    "fordert/VVFIN/fordern ähnliche/ADJA Privilegien/NN ./$."
)
ALARM = "Parteiübergreifend/ADJD schlagen/VVFIN/schlagen Sicherheitspolitiker/NN Alarm/NN ./$."
ZEUGNIS = (
    "Der/ART Trierer/ADJA Politikwissenschaftler/NN Uwe/NE Jun/NE stellt/VVFIN/stellen dem/ART "
    "Ausschuss/NN insgesamt/ADV ein/ART gutes/ADJA Zeugnis/NN aus/PTKVZ ./$."
)
FAUST = (
    "Der/ART Fahrer/NN schlug/VVFIN/schlagen mit/APPR der/ART Faust/NN auf/APPR den/ART "
    "Tisch/NN ./$."
)
ZUSCHAUER = (
    "„/$( Man/PIS merkt/VVFIN/merken schon/ADV wieder/ADV ,/$, dass/KOUS die/ART Politiker/NN "
    "einfach/ADV lügen/VVFIN/lügen ./$."
)
ZUSCHAUER_2 = (
    "Er/PPER unterstellt/VVFIN/unterstellen dem/ART Herrn/NN Höcke/NE einfach/ADV eine/ART "
    "Aussage/NN ./$. “/$("
)
SEOUL = (
    "Das/ART südkoreanische/ADJA Vereinigungsministerium/NN bestätigte/VVFIN/bestätigen "
    "den/ART Auftritt/NN des/ART Diktators/NN aus/APPR dem/ART Nachbarland/NN ./$."
)
HAUSTEIN = (
    "Haustein/NE sieht/VVFIN/sehen vor/APPR allem/PIS einen/ART Auslöser/NN :/$. "
    "veränderte/ADJA Windverhältnisse/NN ./$."
)
ERWARTET = (
    "Klimaforschende/NN hatten/VAFIN/haben eine/ART Temperaturabweichung/NN in/APPR diesem/PDAT "
    "Ausmaß/NN nicht/PTKNEG erwartet/VVPP/erwarten ./$."
)
ASTA = (
    "Der/ART AStA/NE wies/VVFIN/weisen Luckes/NE Kritik/NN am/APPRART Samstag/NN "
    "zurück/PTKVZ ./$. «/$("
)
ASTA_QUOTE = (
    "Wir/PPER lassen/VVFIN/lassen uns/PRF nicht/PTKNEG einschüchtern/VVINF »/$( ,/$, "
    "sagte/VVFIN/sagen eine/ART Sprecherin/NN ./$."
)
WAPO = (
    "Laut/APPR „/$( Washington/NE Post/NE “/$( hatte/VAFIN/haben sie/PPER dabei/PAV eine/ART "
    "führende/ADJA Rolle/NN inne/PTKVZ und/KON sei/VAFIN/sein/Sub bei/APPR vielen/PIAT "
    "Pressekonferenzen/NN aufgetreten/VVPP/auftreten ./$."
)


@pytest.fixture(scope="module")
def model():
    return load_model()


def reported(model, doc) -> list[str]:
    """The speakers of the Reported statements the model finds in ``doc``."""
    return [words(doc, f.speaker) for f in model(doc) if f.type == "Reported"]


def test_a_particle_after_a_coordinated_verb_belongs_to_that_verb(model):
    doc = tagged(BONDI)
    assert "kritisieren" in verb_keys(doc[:]) and "kritisieren+dar" not in verb_keys(doc[:])
    assert words(doc, speech_act(doc[:])) == "kritisierte"
    assert reported(model, doc) == ["Bondi"]


def test_a_request_in_the_perfect_is_a_reported_statement(model):
    doc = tagged(MILDE)
    assert words(doc, perfect_act(doc[:])) == "hat gebeten"
    assert reported(model, doc) == ["Der Angeklagte"]


def test_a_passive_in_a_clause_before_does_not_hide_the_perfect_act():
    doc = tagged(LUCKE)
    assert words(doc, perfect_act(doc[:])) == "hatte angeprangert"


def test_an_opinion_in_the_perfect_is_narration():
    doc = tagged(ERWARTET)
    assert perfect_act(doc[:]) == []


def test_an_apposition_before_the_speech_act_is_no_quotation_of_its_own(model):
    assert reported(model, tagged(KRAPP)) == ["Karin Krapp"]


def test_a_wie_clause_before_the_speech_act_is_no_quotation_of_its_own(model):
    assert reported(model, tagged(CORTEZ)) == ["Sie"]


def test_a_dass_clause_of_a_perception_is_no_reported_statement(model):
    assert reported(model, tagged(MAIL)) == []


def test_the_speaker_is_the_subject_of_the_speech_act(model):
    assert reported(model, tagged(BOATENG)) == ["Boateng"]


def test_a_verb_after_und_shares_the_subject_of_the_first_verb(model):
    assert reported(model, tagged(BUSBRANCHE)) == ["die Busbranche"]


def test_a_verb_with_its_object_noun_is_a_speech_act(model):
    assert reported(model, tagged(ALARM)) == ["Sicherheitspolitiker"]
    assert reported(model, tagged(ZEUGNIS)) == ["Der Trierer Politikwissenschaftler Uwe Jun"]
    assert speech_act(tagged(FAUST)[:]) == []


def test_a_speech_act_inside_a_quotation_is_no_reported_statement(model):
    doc = tagged(ZUSCHAUER, ZUSCHAUER_2)
    assert speech_act(list(doc.sents)[1]) != []
    assert reported(model, doc) == []


def test_confirmations_and_opinions_are_reported_statements(model):
    assert reported(model, tagged(SEOUL)) == ["Das südkoreanische Vereinigungsministerium"]
    assert reported(model, tagged(HAUSTEIN)) == ["Haustein"]


def test_an_opening_mark_at_the_end_of_the_sentence_keeps_it_reported(model):
    doc = tagged(ASTA, ASTA_QUOTE)
    found = model(doc)
    assert [(f.type, words(doc, f.speaker)) for f in found if f.type == "Reported"] == [
        ("Reported", "Der AStA")
    ]


def test_laut_takes_a_newspaper_name_in_quotation_marks(model):
    doc = tagged(WAPO)
    found = model(doc)
    assert [words(doc, f.speaker) for f in found] == ["Washington Post"]
    assert words(doc, found[0].quote).startswith("hatte sie dabei")
