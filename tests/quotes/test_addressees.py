"""Addressees of Reported statements and addressee phrases that end before the object
(``quotes.addressees``), on hand-tagged German news sentences through the shipped model
(issue 12, item 2). Wikinews annotates the object of „auffordern“ and the dative of „vorwerfen“
as the addressee of a Reported statement too („Die Behörden werfen Luna Menschenhandel vor.“)."""

from __future__ import annotations

import pytest

from zitate.quotes.addressees import cut_object
from zitate.quotes.cuespan import object_addressee
from zitate.quotes.model import load_model

from .tagged import index, tagged, words

SUMMONS = (
    "Die/ART SPD/NE fordert/VVFIN/fordern die/ART Tarifvertragsparteien/NN auf/PTKVZ ,/$, "
    "bundesweit/ADJD Mindestlöhne/NN zu/PTKZU vereinbaren/VVINF ./$."
)
ACCUSATION = "Datenschützer/NN warfen/VVFIN/werfen der/ART Regierung/NN Wortbruch/NN vor/PTKVZ ./$."
POLICE = (
    "Die/ART Polizisten/NN forderten/VVFIN/fordern die/ART Schüler/NN auf/PTKVZ ,/$, das/ART "
    "Gebäude/NN nicht/PTKNEG zu/PTKZU verlassen/VVINF ./$."
)


@pytest.fixture(scope="module")
def model():
    return load_model()


def reported(model, sentence):
    doc = tagged(sentence)
    (found,) = model(doc)
    assert found.type == "Reported"
    return doc, found


def summons(model, sentence):
    """The one quotation of a summons with its zu-infinitive after a comma: Wikinews quotes the
    infinitive as an Indirect quotation („forderten die Schüler auf, das Gebäude nicht zu
    verlassen“, ``quotes.infinitives``); the object stays its addressee."""
    doc = tagged(sentence)
    (found,) = model(doc)
    assert found.type == "Indirect"
    assert doc[max(found.quote)].tag_ == "VVINF" and doc[max(found.quote) - 1].text == "zu"
    return doc, found


def test_the_object_of_a_summons_is_its_addressee(model):
    doc, found = summons(model, SUMMONS)
    assert words(doc, found.speaker) == "Die SPD"
    assert words(doc, found.addressee) == "die Tarifvertragsparteien"


def test_the_dative_of_a_reported_accusation_is_its_addressee_without_the_charge(model):
    doc, found = reported(model, ACCUSATION)
    assert words(doc, found.speaker) == "Datenschützer"
    assert words(doc, found.addressee) == "der Regierung"


def test_the_addressee_of_a_summons_is_not_its_speaker(model):
    doc, found = summons(model, POLICE)
    assert words(doc, found.addressee) == "die Schüler"
    assert not set(found.addressee) & set(found.speaker)


def test_an_addressee_phrase_ends_before_the_accusative_object():
    doc = tagged(
        "Er/PPER wirft/VVFIN/werfen dem/ART Künstler/NN Betriebsblindheit/NN vor/PTKVZ ./$."
    )
    assert words(doc, cut_object(doc, [2, 3, 4])) == "dem Künstler"
    named = tagged("Er/PPER sagte/VVFIN/sagen der/ART Zeitung/NN Hürriyet/NE ,/$, ja/ADV ./$.")
    assert words(named, cut_object(named, [2, 3, 4])) == "der Zeitung Hürriyet"


def test_der_after_a_verb_of_saying_with_its_subject_is_the_dative_addressee(model):
    doc = tagged(
        "Die/ART Ministerin/NN sagte/VVFIN/sagen hierzu/PAV der/ART Süddeutschen/ADJA "
        "Zeitung/NN ,/$, sie/PPER könne/VMFIN/können/Sub sich/PRF das/PDS gut/ADJD "
        "vorstellen/VVINF ./$."
    )
    (found,) = model(doc)
    assert words(doc, found.speaker) == "Die Ministerin"
    assert words(doc, found.addressee) == "der Süddeutschen Zeitung"


# Wikinews train 39835 (Petra Pau): the subject of a verb-final passive of an accusation is its
# addressee, a relative pronoun standing for the persons.
VERDAECHTIGT = (
    "bislang/ADV nur/ADV bei/APPR Personen/NN vorgenommen/VVPP/vornehmen ,/$, die/PRELS "
    "dringend/ADJD einer/ART Straftat/NN verdächtigt/VVPP/verdächtigen werden/VAINF/werden ./$."
)


def test_the_relative_subject_of_a_verb_final_passive_accusation_is_its_addressee():
    doc = tagged(VERDAECHTIGT)
    cue = [index(doc, "verdächtigt"), index(doc, "werden")]
    frame = list(range(index(doc, "die"), len(doc) - 1))
    assert words(doc, object_addressee(doc, frame, cue, [])) == "die"


# Wikinews train 14183 (Saddam-Prozess): the subject after the conjunction of a passive clause.
AUFGEFORDERT = (
    "Er/PPER weigerte/VVFIN/weigern sich/PRF ,/$, seinen/PPOSAT Namen/NN zu/PTKZU "
    "nennen/VVINF ,/$, als/KOUS er/PPER dazu/PAV aufgefordert/VVPP/auffordern "
    "wurde/VAFIN/werden ./$."
)


def test_the_subject_after_the_conjunction_of_a_passive_summons_is_its_addressee():
    doc = tagged(AUFGEFORDERT)
    cue = [index(doc, "aufgefordert"), index(doc, "wurde")]
    frame = list(range(index(doc, "als"), len(doc) - 1))
    assert words(doc, object_addressee(doc, frame, cue, [])) == "er"
