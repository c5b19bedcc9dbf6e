"""Reported statements and source sentences found on real news (issue 12): speech acts counted
from the SpkAtt-2023 cue verbs that are news cues too, particle verbs in the perfect, the whole
field after „laut“, „demnach“ sentences and postposed „wie X sagten“ frames; in text without
quotation marks, a cue after a comma that closes the clause before it and first-person sentences
that continue a speaker — on hand-tagged sentences of the dev pages of gold/speakers (dev and
dev2) and the shipped attribution model."""

from __future__ import annotations

import pytest

from zitate.quotes.lexicon import CueLexicon
from zitate.quotes.model import load_model
from zitate.quotes.reported import learned_acts, perfect_act, speech_act, speech_acts
from zitate.quotes.rules import RulePredictor, postposed_cue
from zitate.quotes.source_candidates import wie_frame

from .tagged import tagged, words

PLATTER = (
    "Platter/NE betonte/VVFIN/betonen die/ART Wichtigkeit/NN des/ART Stützpunktes/NN für/APPR "
    "den/ART Fall/NN von/APPR Naturkatastrophen/NN ./$."
)
NEOS = (
    "Die/ART Neos/NE haben/VAFIN/haben sich/PRF am/APPRART Donnerstag/NN gegen/APPR eine/ART "
    "Wahlempfehlung/NN ausgesprochen/VVPP/aussprechen ./$."
)
BRIEFE = (
    "Nach/APPR anfänglichen/ADJA Provokationen/NN schrieben/VVFIN/schreiben sie/PPER sich/PRF "
    "bald/ADV Briefe/NN ./$."
)
URTEIL = (
    "Laut/APPR einem/ART kürzlich/ADV ergangenen/ADJA Urteil/NN des/ART höchsten/ADJA "
    "Gerichts/NN müssen/VMFIN/müssen nun/ADV auch/ADV ultraorthodoxe/ADJA Männer/NN zum/APPRART "
    "Wehrdienst/NN verpflichtet/VVPP/verpflichten werden/VAINF/werden ./$."
)
NNA = (
    "Die/ART Nachrichtenagentur/NN NNA/NE berichtete/VVFIN/berichten über/APPR den/ART "
    "Angriff/NN ./$."
)
BRAND = (
    "Demnach/PAV geriet/VVFIN/geraten sein/PPOSAT Wagen/NN durch/APPR den/ART Angriff/NN in/APPR "
    "Brand/NN ./$."
)
SPITAL = (
    "Weitere/ADJA neun/CARD Personen/NN wurden/VAFIN/werden bei/APPR einem/ART Angriff/NN "
    "auf/APPR eine/ART Schule/NN getötet/VVPP/töten ,/$, wie/KOUS Mitarbeiter/NN des/ART "
    "Al-Ahli-Spitals/NN sagten/VVFIN/sagen ./$."
)


@pytest.fixture(scope="module")
def model():
    return load_model()


def test_spkatt_cue_verbs_that_news_uses_as_cues_are_speech_acts(model):
    assert "betonen" in learned_acts()
    assert "wissen" not in speech_acts()  # a Bundestag cue, but no cue word of the news lexicon
    doc = tagged(PLATTER)
    assert [words(doc, f.speaker) for f in model(doc) if f.type == "Reported"] == ["Platter"]


def test_a_particle_verb_in_the_perfect_is_a_speech_act():
    doc = tagged(NEOS)
    assert words(doc, perfect_act(doc[:])) == "haben ausgesprochen"


def test_a_learned_speech_verb_with_sich_is_none():
    assert speech_act(tagged(BRIEFE)[:]) == []


def test_the_whole_field_after_laut_is_the_source(model):
    doc = tagged(URTEIL)
    found = model(doc)
    assert [words(doc, f.speaker) for f in found] == [
        "einem kürzlich ergangenen Urteil des höchsten Gerichts"
    ]
    assert words(doc, found[0].quote).startswith("müssen nun auch")


def test_a_demnach_sentence_reports_its_source(model):
    doc = tagged(NNA, BRAND)
    found = [f for f in model(doc) if min(f.quote) >= len(tagged(NNA))]
    assert [words(doc, f.cue_ids) for f in found] == ["Demnach"]
    assert words(doc, found[0].quote).startswith("geriet sein Wagen")


def test_a_postposed_wie_clause_names_the_speaker(model):
    doc = tagged(SPITAL)
    found = model(doc)
    assert [words(doc, f.speaker) for f in found] == ["Mitarbeiter des Al-Ahli-Spitals"]
    assert words(doc, found[0].quote).endswith("getötet")


RECHNUNG = (
    "Im/APPRART Prinzip/NN ist/VAFIN/sein das/PDS eine/ART Milchmädchenrechnung/NN ,/$, "
    "sagt/VVFIN/sagen Doris/NE Ritzberger-Grünwald/NE ,/$, die/ART Chefökonomin/NN der/ART "
    "Nationalbank/NN ./$."
)
KOHL = (
    "Wenn/KOUS Kohl/NE emotional/ADJD wurde/VAFIN/werden ,/$, erzählte/VVFIN/erzählen er/PPER "
    ",/$, wie/PWAV er/PPER als/APPR Jugendlicher/NN Schlagbäume/NN zerlegte/VVFIN/zerlegen ./$."
)
STUETZPUNKT = (
    "Der/ART Stützpunkt/NN ist/VAFIN/sein unverzichtbar/ADJD ,/$, sagte/VVFIN/sagen "
    "Landeshauptmann/NN Günther/NE Platter/NE ./$."
)
HUBSCHRAUBER = (
    "Wir/PPER brauchen/VVFIN/brauchen einen/ART Hubschrauber/NN ,/$, der/PRELS permanent/ADJD "
    "dort/ADV stationiert/VVPP/stationieren ist/VAFIN/sein ./$."
)
MARKED = "Er/PPER nannte/VVFIN/nennen es/PPER „/$( eine/ART Frechheit/NN “/$( ./$."


def test_a_cue_after_a_comma_closes_the_clause_before_it():
    lexicon = CueLexicon.from_disk()
    doc = tagged(RECHNUNG)
    cue = next(t for t in doc if t.text == "sagt")
    assert postposed_cue(doc, doc[:], cue)
    (found,) = RulePredictor(lexicon).indirect(doc, doc[:], [])
    assert words(doc, found.quote) == "Im Prinzip ist das eine Milchmädchenrechnung"
    doc = tagged(KOHL)
    assert not postposed_cue(doc, doc[:], next(t for t in doc if t.text == "erzählte"))


def first_person(doc):
    for token in doc:
        if token.text == "brauchen":
            token.set_morph("Mood=Ind|Number=Plur|Person=1|VerbForm=Fin")
    return doc


def test_a_first_person_sentence_without_marks_continues_the_speaker(model):
    doc = first_person(tagged(STUETZPUNKT, HUBSCHRAUBER))
    second = [f for f in model(doc) if min(f.quote) >= len(tagged(STUETZPUNKT))]
    assert [(f.type, words(doc, f.speaker)) for f in second] == [
        ("Direct", "Landeshauptmann Günther Platter")
    ]


def test_a_first_person_sentence_in_a_text_with_marks_is_the_authors(model):
    doc = first_person(tagged(STUETZPUNKT, HUBSCHRAUBER, MARKED))
    start, end = len(tagged(STUETZPUNKT)), len(tagged(STUETZPUNKT, HUBSCHRAUBER))
    assert not [f for f in model(doc) if start <= min(f.quote) < end]


APPLAUS = (
    "Und/KON das/ART Publikum/NN ist/VAFIN/sein begeistert/ADJD ,/$, wie/KOKOM der/ART "
    "Applaus/NN und/KON Jubelrufe/NN zeigen/VVFIN/zeigen ./$."
)
HEARSAY = (
    "Die/ART Viren/NN seien/VAFIN/sein/Sub auszuhungern/VVIZU/aushungern ,/$, wie/KOKOM man/PIS "
    "immer/ADV wieder/ADV hört/VVFIN/hören ./$."
)


def test_a_wie_clause_of_showing_or_hearsay_is_no_frame():
    lexicon = CueLexicon.from_disk()
    for text in (APPLAUS, HEARSAY):
        doc = tagged(text)
        assert wie_frame(doc, doc[:], set(), lexicon) == []
    doc = tagged(SPITAL)
    assert [words(doc, f.speaker) for f in wie_frame(doc, doc[:], set(), lexicon)] == [
        "Mitarbeiter des Al-Ahli-Spitals"
    ]


UPDATES = "Wir/PPER halten/VVFIN/halten Sie/PPER auf/APPR dem/ART Laufenden/NN ./$."


def test_the_newsroom_talking_to_its_readers_is_no_continuation(model):
    # „…, sagte Landeshauptmann Platter. Wir halten Sie auf dem Laufenden.“ (no marks anywhere)
    doc = tagged(STUETZPUNKT, UPDATES)
    for token in doc:
        if token.text == "halten":
            token.set_morph("Mood=Ind|Number=Plur|Person=1|VerbForm=Fin")
    start = len(tagged(STUETZPUNKT))
    assert not [f for f in model(doc) if min(f.quote) >= start]
