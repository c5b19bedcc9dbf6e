"""Sentences that report no statement (``quotes.statements``), on hand-tagged German sentences
of the Wikinews train split through the shipped model (issue 12: Reported recall without
flooding precision): a disaster's toll with „fordern“, a Reported statement whose subject is a
thing, and „sprechen … mit“ that names nothing said."""

from __future__ import annotations

import pytest

from zitate.quotes.candidates import Found
from zitate.quotes.model import load_model
from zitate.quotes.statements import conversation, may_speak, thing_speaker, toll

from .tagged import index, tagged

# Wikinews train 53890 („Über 120 Tote durch …“).
NATURKATASTROPHE = (
    "In/APPR Vietnam/NE forderte/VVFIN/fordern die/ART Naturkatastrophe/NN 92/CARD "
    "Menschenleben/NN ./$."
)
# Wikinews train 66494 („Mehrere Dutzend Tote …“).
ERDBEBEN = (
    "Ein/ART Erdbeben/NN mit/APPR Epizentrum/NN in/APPR der/ART Nähe/NN von/APPR "
    "Christchurch/NE hat/VAFIN/haben mindestens/ADV 65/CARD Menschenleben/NN "
    "gefordert/VVPP/fordern ./$."
)
# Wikinews train: the cause a report names, not who reports it.
COMPUTERPROBLEM = (
    "Als/APPR Ursache/NN wurde/VAFIN/werden ein/ART Computerproblem/NN an/APPR Bord/NN "
    "angegeben/VVPP/angeben ./$."
)
# Wikinews train 38180: „spricht … für“ a thing, with „mit hoher Wahrscheinlichkeit“.
PRAXIS = (
    "Tatsächlich/ADV spricht/VVFIN/sprechen die/ART Praxis/NN bisheriger/ADJA Beschlüsse/NN "
    "des/ART EuGH/NE mit/APPR hoher/ADJA Wahrscheinlichkeit/NN für/APPR ein/ART Ende/NN "
    "des/ART VW-Gesetzes/NN ./$."
)
# Wikinews train 67437, a Reported statement of the gold: what is said comes with „Von“.
MEDIENBERICHTE = (
    "Von/APPR Täuschung/NN sprechen/VVFIN/sprechen Medienberichte/NN heute/ADV im/APPRART "
    "Zusammenhang/NN mit/APPR der/ART Doktorarbeit/NN des/ART Verteidigungsministers/NN ./$."
)
# Wikinews train: Reported statements the gold has, which stay.
POLIZEI = (
    "Die/ART Polizei/NN sprach/VVFIN/sprechen dennoch/ADV von/APPR einer/ART weitgehend/ADJD "
    "friedlichen/ADJA Gegendemonstration/NN ./$."
)
WHO = (
    "Die/ART Weltgesundheitsorganisation/NN zeigte/VVFIN/zeigen sich/PRF besorgt/ADJD "
    "über/APPR die/ART gegenwärtige/ADJA Entwicklung/NN ./$."
)


@pytest.fixture(scope="module")
def model():
    return load_model()


def whole(doc, type_="Reported", speaker=()):
    return Found(list(range(len(doc))), None, list(speaker), [], type_, "Speech")


@pytest.mark.parametrize("sentence", [NATURKATASTROPHE, ERDBEBEN])
def test_a_toll_of_dead_demanded_by_a_disaster_is_no_statement(model, sentence):
    doc = tagged(sentence)
    assert toll(doc, whole(doc))
    assert model(doc) == []


def test_a_thing_as_subject_reports_no_statement(model):
    doc = tagged(COMPUTERPROBLEM)
    assert thing_speaker(doc, whole(doc, speaker=[3, 4]))  # „ein Computerproblem“
    assert [f for f in model(doc) if f.type == "Reported"] == []


def test_speaking_with_nothing_said_is_no_statement(model):
    doc = tagged(PRAXIS)
    assert conversation(doc, whole(doc))
    assert model(doc) == []


def test_what_is_said_before_the_verb_keeps_the_statement():
    doc = tagged(MEDIENBERICHTE)
    assert not conversation(doc, whole(doc))


@pytest.mark.parametrize(
    "sentence, speaker",
    [(POLIZEI, "Die Polizei"), (WHO, "Die Weltgesundheitsorganisation")],
)
def test_reported_statements_of_speakers_stay(model, sentence, speaker):
    doc = tagged(sentence)
    (found,) = model(doc)
    assert found.type == "Reported"
    assert " ".join(doc[i].text for i in found.speaker) == speaker
    assert not thing_speaker(doc, found)


@pytest.mark.parametrize(
    "noun, speaks",
    [
        ("Schülerin", True),  # train 68853: „die 20-jährige Schülerin“ speaks
        ("NASA-Sprecherin", True),  # train 35877
        ("Naturkatastrophe", False),  # train 53890: „forderte die Naturkatastrophe …“
        ("Computerproblem", False),
        ("Absturzort", False),  # train: „Der Absturzort wird … vermutet.“
    ],
)
def test_nouns_that_may_name_a_speaker(noun, speaks):
    assert may_speak(noun) is speaks


def test_the_agent_of_a_passive_statement_is_never_a_thing():
    # Wikinews train 33398, gold Reported with the speaker „Amtsgericht Berlin-Tiergarten“.
    doc = tagged(
        "Der/ART Verfasser/NN dieser/PDAT Seite/NN wurde/VAFIN/werden vom/APPRART "
        "Amtsgericht/NN Berlin-Tiergarten/NN als/APPR Querulant/NN eingestuft/VVPP/einstufen ./$."
    )
    assert not thing_speaker(doc, whole(doc, speaker=[6, 7]))


def test_a_fronted_object_gives_way_to_the_subject_after_the_verb(model):
    # Wikinews train: the object stands in front of the verb, the name after it speaks.
    doc = tagged(
        "Andere/PIAT Möglichkeiten/NN schloss/VVFIN/schließen Schröder/NE nicht/PTKNEG "
        "aus/PTKVZ ./$."
    )
    found = [f for f in model(doc) if f.type == "Reported"]
    assert [" ".join(doc[i].text for i in f.speaker) for f in found] == ["Schröder"]


def test_a_name_the_tagger_calls_a_noun_is_named_elsewhere_in_the_text():
    # shared/data/html fundus__de__DieWelt_2024_08_27: „Höcke“ tagged NN where he speaks.
    doc = tagged(
        "Björn/NE Höcke/NE sprach/VVFIN/sprechen ./$.",
        "Bei/APPR seiner/PPOSAT Rede/NN spricht/VVFIN/sprechen Höcke/NN über/APPR jene/PDAT "
        "Unternehmen/NN ./$.",
    )
    assert not thing_speaker(doc, whole(doc, speaker=[index(doc, "spricht") + 1]))


# 10kGNAD test (a report on a ransomware Trojan): victims after a preposition are whom the demand
# is made of, no toll.
TROJANER = (
    "Wird/VAFIN/werden diese/PDS geöffnet/VVPP auf/APPR einem/ART Windows-Rechner/NN mit/APPR "
    "Outlook/NE ,/$, startet/VVFIN/starten der/ART Trojaner/NN seine/PPOSAT "
    "Verschlüsselungsaktivitäten/NN und/KON fordert/VVFIN/fordern im/APPRART Anschluss/NN "
    "von/APPR den/ART Opfern/NN ein/ART Lösegeld/NN ./$."
)
# Wikinews train 45244 (Togliatti): the toll fronted as the object, before a source („laut …“).
TOGLIATTI = (
    "Acht/CARD Tote/NN und/KON sechsundfünfzig/CARD Verletzte/NN forderte/VVFIN/fordern "
    "heute/ADV Morgen/NN laut/APPR Behördenangaben/NN gegen/APPR 08:15/CARD Uhr/NN ein/ART "
    "Sprengstoffanschlag/NN auf/APPR einen/ART Bus/NN in/APPR Russland/NE ./$."
)


def test_victims_after_a_preposition_make_no_toll():
    doc = tagged(TROJANER)
    assert not toll(doc, whole(doc, speaker=[index(doc, "Trojaner") - 1, index(doc, "Trojaner")]))


def test_a_fronted_toll_before_a_source_is_a_toll():
    doc = tagged(TOGLIATTI)
    assert toll(doc, whole(doc, speaker=[index(doc, "Sprengstoffanschlag")]))


def test_a_direct_quotation_with_fordern_is_never_a_toll():
    doc = tagged(
        "„/$( Die/ART Opfer/NN brauchen/VVFIN/brauchen Hilfe/NN “/$( ,/$, "
        "forderte/VVFIN/fordern der/ART Bürgermeister/NN ./$."
    )
    assert not toll(doc, whole(doc, type_="Direct"))
