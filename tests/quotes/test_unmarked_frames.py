"""Direct speech without quotation marks after frames that no cue lexicon lists (issue 12, Direct
quotations, dev2): an inverted frame of any verb („…, knurrt ein Polizist.“, „…, fährt er fort:
…“) and a first-person act („Ich beharre darauf.“); a verbless colon frame of a person noun
(„Dazu der Kommissar: …“) stays the classifier's — hand-tagged sentences of the 10kGNAD rows
121, 532 and 553 of the dev2 gold and the shipped attribution model."""

from __future__ import annotations

import pytest

from zitate.quotes.model import load_model
from zitate.quotes.unmarked import first_person_subject
from zitate.quotes.unmarked_frames import inverted_frame

from .tagged import tagged, words

EINFACH = "Es/PPER ist/VAFIN/sein nicht/PTKNEG ganz/ADV einfach/ADJD für/APPR uns/PPER ./$."
KNURRT = (
    "Der/ART Faymann/NE soll/VMFIN/sollen das/PDS alles/PIS mal/ADV sehen/VVINF ,/$, "
    "knurrt/VVFIN/knurren ein/ART Polizist/NN ./$."
)
FORT = (
    "Ich/PPER kann/VMFIN/können nicht/PTKNEG verstehen/VVINF ,/$, wie/PWAV man/PIS "
    "überhaupt/ADV auf/APPR die/ART Idee/NN kommen/VVINF kann/VMFIN/können ,/$, als/APPR "
    "Erstes/NN zu/PTKZU fragen/VVINF ,/$, ob/KOUS diese/PDAT Menschen/NN krank/ADJD "
    "sind/VAFIN/sein ,/$, fährt/VVFIN/fahren er/PPER fort/PTKVZ :/$. Es/PPER ist/VAFIN/sein "
    "unmoralisch/ADJD ,/$, solche/PIAT Botschaften/NN zu/PTKZU verbreiten/VVINF ./$."
)
BERLIN = (
    "Ich/PPER war/VAFIN/sein zuletzt/ADV in/APPR Berlin/NE ,/$, als/KOUS die/ART großen/ADJA "
    "Demos/NN stattfanden/VVFIN/stattfinden ./$."
)
KOMMISSAR = (
    "Dazu/PAV der/ART Kommissar/NN :/$. Das/ART Risiko/NN ,/$, dass/KOUS von/APPR "
    "Flüchtlingen/NN eine/ART gefährliche/ADJA ansteckende/ADJA Krankheit/NN "
    "eingeschleppt/VVPP wird/VAFIN/werden ,/$, ist/VAFIN/sein äußerst/ADV gering/ADJD ./$."
)
VERMUTETE = (
    "Das/PDS Geld/NN kann/VMFIN/können es/PPER nicht/PTKNEG sein/VAINF ,/$, "
    "vermutete/VVFIN/vermuten Platter/NE andere/ADJA Gründe/NN für/APPR den/ART Plan/NN "
    "des/ART Verteidigungsministers/NN ./$."
)
BEHARRE = "Ich/PPER beharre/VVFIN/beharren darauf/PAV ./$."
PRESENT = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"


@pytest.fixture(scope="module")
def model():
    return load_model()


def parsed(*sentences: str):
    doc = tagged(*sentences)
    for token in doc:
        if token.tag_ in ("VMFIN", "VVFIN", "VAFIN") and "Sub" not in token.morph.get("Mood"):
            token.set_morph(PRESENT)
    return doc


def statements(model, *sentences: str) -> list[tuple[str, str, str]]:
    """(type, speaker, first word of the quote) of each quotation, in document order."""
    doc = parsed(*sentences)
    return [(f.type, words(doc, f.speaker), doc[min(f.quote)].text) for f in model(doc)]


def test_an_inverted_frame_of_an_unlisted_verb_closes_direct_words():
    doc = parsed(KNURRT)
    found = inverted_frame(doc, doc[:], set(), set())
    assert found is not None and found.type == "Direct"
    assert words(doc, found.speaker) == "ein Polizist"
    assert doc[min(found.quote)].text == "Der" and doc[max(found.quote)].text == "sehen"
    assert [doc[i].text for i in found.cue_ids] == ["knurrt"]


def test_an_inverted_frame_before_a_colon_takes_the_words_after_it_too():
    doc = parsed(FORT)
    found = inverted_frame(doc, doc[:], set(), set())
    assert found is not None and words(doc, found.speaker) == "er"
    quoted = {doc[i].text for i in found.quote}
    assert {"verstehen", "unmoralisch", "Botschaften"} <= quoted
    assert "fährt" not in quoted and "fort" not in quoted
    assert [doc[i].text for i in found.cue_ids] == ["fährt", "fort"]


def test_a_verb_with_an_object_or_a_cue_of_the_rules_makes_no_inverted_frame():
    doc = parsed(VERMUTETE)
    assert inverted_frame(doc, doc[:], set(), set()) is None  # „vermutete Platter andere Gründe“
    doc = parsed(KNURRT)
    verb = next(t.i for t in doc if t.text == "knurrt")
    assert inverted_frame(doc, doc[:], set(), {verb}) is None  # the rules' own frame


def test_unmarked_texts_give_the_inverted_frames_words_to_its_subject(model):
    got = statements(model, EINFACH, KNURRT)
    assert ("Direct", "ein Polizist", "Der") in got


def test_a_colon_frame_of_a_person_noun_opens_direct_words(model):
    # „Dazu der Kommissar:“ (task drct; the resolver finds the person of the role through the
    # copula „Heute ist er EU-Kommissar“, tests/quotes/test_direct_unmarked.py)
    doc = parsed(BERLIN, KOMMISSAR)
    colon = [f for f in model(doc) if f.kind == "colon"]
    assert [words(doc, f.speaker) for f in colon] == ["der Kommissar"]
    assert doc[min(colon[0].quote)].text == "Das"


def test_a_first_person_subject_is_told_by_the_speaker_himself():
    doc = parsed(BEHARRE)
    assert first_person_subject(doc[:])
    assert not first_person_subject(parsed(KNURRT)[:])
