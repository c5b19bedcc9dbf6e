"""Speaker phrases of a common noun and a name in apposition as the Wikinews annotation marks
them (issue 12, Wikinews roles; branch wiki5), on hand-tagged sentences of the Wikinews dev
split: ``name_appositions.with_name_apposition`` joins the noun phrase before a name, or the name
after a noun phrase, when the cue's finite verb follows the second comma (or the name closes a
postposed frame), and leaves a name followed by a relative clause alone."""

from __future__ import annotations

from zitate.quotes.candidates import Found
from zitate.quotes.name_appositions import with_name_apposition

from .tagged import index, tagged, words

# Wikinews dev 33687 („Neuer Airbus-Chef Gallois will Arbeitsplätze abbauen“).
GALLOIS = (
    "Der/ART Nachfolger/NN des/ART am/APPRART Montag/NN zurückgetretenen/ADJA Airbus-Chefs/NN "
    "Christian/NE Streiff/NE ,/$, Louis/NE Gallois/NE ,/$, hat/VAFIN/haben "
    "angekündigt/VVPP/ankündigen ,/$, die/ART Sanierung/NN von/APPR Airbus/NE werde/VAFIN/werden "
    "Arbeitsplätze/NN in/APPR Deutschland/NE und/KON Frankreich/NE kosten/VVINF ./$."
)
# Wikinews dev 2981 („US-Schauspieler Ossie Davis tot“).
THOMAS = (
    "Wie/KOKOM die/ART Mitarbeiterin/NN seines/PPOSAT Büros/NN in/APPR New/NE Rochelle/NE ,/$, "
    "Arminda/NE Thomas/NE ,/$, mitteilte/VVFIN/mitteilen ,/$, wurde/VAFIN/werden er/PPER "
    "in/APPR seinem/PPOSAT Hotelzimmer/NN tot/ADJD aufgefunden/VVPP/auffinden ./$."
)
# Wikinews dev 69650 („Pakistan: Mehr als 20 Tote bei Selbstmordattentat“).
EHSAN = (
    "Der/ART Angriff/NN sei/VAFIN/sein/Sub eine/ART Strafe/NN für/APPR all/PIAT jene/PDS ,/$, "
    "die/PRELS mit/APPR den/ART Ungläubigen/NN paktieren/VVFIN ,/$, so/ADV der/ART "
    "Sprecher/NN der/ART Bewegung/NN Tehrik-i-Taliban/NE Pakistan/NE ,/$, Ehsanullah/NE "
    "Ehsan/NE ./$."
)
# Wikinews dev 61671 („EADS verliert Milliardenauftrag für US-Luftwaffe“).
GRUMMAN = (
    "Am/APPRART Montag/NN wies/VVFIN/weisen der/ART US-Partner/NN von/APPR EADS/NE ,/$, "
    "Northrop/NE Grumman/NE ,/$, der/PRELS als/APPR Generalunternehmer/NN fungierte/VVFIN ,/$, "
    "das/ART Angebot/NN zurück/PTKVZ ./$."
)


def speech(doc, cue: str, speaker: list[int]) -> Found:
    return Found([], doc[index(doc, cue)], speaker, [], "Indirect", "Speech")


def test_a_name_takes_the_noun_phrase_before_it_when_the_auxiliary_follows():
    doc = tagged(GALLOIS)
    name = [index(doc, "Louis"), index(doc, "Gallois")]
    found = speech(doc, "angekündigt", name)
    assert words(doc, with_name_apposition(doc, found, name)) == (
        "Der Nachfolger des am Montag zurückgetretenen Airbus-Chefs Christian Streiff , "
        "Louis Gallois"
    )


def test_the_noun_phrase_starts_after_the_opening_wie():
    doc = tagged(THOMAS)
    name = [index(doc, "Arminda"), index(doc, "Thomas")]
    found = speech(doc, "mitteilte", name)
    assert words(doc, with_name_apposition(doc, found, name)) == (
        "die Mitarbeiterin seines Büros in New Rochelle , Arminda Thomas"
    )


def test_a_postposed_noun_phrase_takes_the_name_that_ends_the_sentence():
    doc = tagged(EHSAN)
    phrase = list(range(index(doc, "so") + 1, index(doc, "Ehsanullah") - 1))
    found = speech(doc, "so", phrase)
    assert words(doc, with_name_apposition(doc, found, phrase)) == (
        "der Sprecher der Bewegung Tehrik-i-Taliban Pakistan , Ehsanullah Ehsan"
    )


def test_a_name_before_a_relative_clause_keeps_its_speaker():
    doc = tagged(GRUMMAN)
    phrase = [index(doc, "der"), index(doc, "US-Partner"), index(doc, "von"), index(doc, "EADS")]
    found = speech(doc, "wies", phrase)
    assert with_name_apposition(doc, found, phrase) == phrase


def test_a_name_before_another_verb_than_the_cue_keeps_its_speaker():
    doc = tagged(GALLOIS)
    name = [index(doc, "Louis"), index(doc, "Gallois")]
    found = speech(doc, "werde", name)
    assert with_name_apposition(doc, found, name) == name
