"""A clause is a reported statement only when a word of saying or thinking governs it (issue
12, item 3): „Es geht nicht um …, sondern um …“ and „Die Landesregierung muss erklären, wie …“
are no Indirect quotations, „Oreschkin kann sich vorstellen, dass …“ and „die Forderung, dass …“
are — on hand-tagged sentences, the shipped cue lexicon and the SpkAtt-2023 cue inventory."""

from __future__ import annotations

import pytest

from zitate.quotes.clauses import said_clause
from zitate.quotes.lexicon import CueLexicon
from zitate.quotes.model import load_model
from zitate.quotes.saying import governs_speech, spkatt_inventory
from zitate.quotes.sentence import clause_fallback

from .tagged import index, tagged, words

NOT_ABOUT = (
    "Es/PPER geht/VVFIN/gehen nicht/PTKNEG um/APPR Menschen/NN ,/$, sondern/KON um/APPR "
    "große/ADJA Worte/NN ,/$, Konzepte/NN und/KON Gutachten/NN ./$."
)
DUTY = (
    "Die/ART Landesregierung/NN muss/VMFIN/müssen erklären/VVINF/erklären ,/$, wie/PWAV "
    "sie/PPER das/PDS bezahlen/VVINF will/VMFIN/wollen ./$."
)
DEMAND = (
    "Sie/PPER unterstützt/VVFIN/unterstützen die/ART Forderung/NN/Forderung ,/$, dass/KOUS "
    "auch/ADV Mieter/NN nicht/PTKNEG zahlen/VVINF sollten/VMFIN/sollen/Sub ./$."
)
IMAGINE = (
    "Der/ART Politologe/NN Dmitri/NE Oreschkin/NE kann/VMFIN/können sich/PRF "
    "vorstellen/VVINF/vorstellen ,/$, dass/KOUS Nadeschdin/NE junge/ADJA Menschen/NN "
    "mobilisieren/VVINF kann/VMFIN/können ./$."
)
BELIEVES = (
    "Nur/ADV durch/APPR Wettbewerb/NN könnten/VMFIN/können/Sub die/ART hohen/ADJA "
    "Passagierziele/NN wirklich/ADJD erreicht/VVPP/erreichen werden/VAINF ,/$, "
    "glaubt/VVFIN/glauben Stenger/NE ./$."
)
BURDEN = (
    "Der/ART Job/NN sei/VAFIN/sein/Sub anstrengend/ADJD ,/$, argumentieren/VVFIN/argumentieren "
    "die/ART Gewerkschaften/NN ,/$, oftmals/ADV müssten/VMFIN/müssen/Sub schwere/ADJA "
    "Ausrüstungen/NN getragen/VVPP/tragen werden/VAINF ./$."
)


@pytest.fixture(scope="module")
def model():
    return load_model()


def indirect(model, sentence: str) -> list[str]:
    doc = tagged(sentence)
    return [words(doc, f.quote) for f in model(doc) if f.type == "Indirect"]


def test_a_coordinated_clause_is_no_reported_one(model):
    assert indirect(model, NOT_ABOUT) == []


def test_a_duty_to_explain_is_no_statement(model):
    assert indirect(model, DUTY) == []


def test_a_verb_of_thinking_governs_its_dass_clause(model):
    assert indirect(model, IMAGINE) == ["dass Nadeschdin junge Menschen mobilisieren kann"]


def test_a_speech_noun_governs_its_dass_clause():
    doc = tagged(DEMAND)
    (found,) = clause_fallback(doc, doc[:], set())
    found.speaker = []
    assert words(doc, found.quote) == "dass auch Mieter nicht zahlen sollten"
    assert said_clause(doc, doc[:], found, CueLexicon.from_disk())


def test_a_clause_under_a_duty_is_no_candidate():
    doc = tagged(DUTY)
    assert clause_fallback(doc, doc[:], set()) == []


def test_the_spkatt_inventory_keeps_speech_and_drops_light_verbs():
    verbs, nouns = spkatt_inventory()
    assert {"betonen", "kritisieren", "vorwerfen", "bestreiten"} <= verbs
    assert not {"machen", "geben", "kommen", "gehen"} & verbs
    assert {"Forderung", "Vorwurf", "Kritik"} <= nouns
    doc = tagged(DEMAND)
    assert not governs_speech(doc[index(doc, "unterstützt")], CueLexicon.from_disk())


def test_a_frame_after_the_clause_names_its_speaker(model):
    doc = tagged(BELIEVES)
    found = [(f.type, words(doc, f.speaker)) for f in model(doc)]
    assert found == [("Indirect", "Stenger")]


def test_the_words_after_an_inserted_frame_belong_to_the_quote(model):
    doc = tagged(BURDEN)
    (found,) = model(doc)
    assert words(doc, found.speaker) == "die Gewerkschaften"
    assert "anstrengend" in words(doc, found.quote) and "Ausrüstungen" in words(doc, found.quote)
