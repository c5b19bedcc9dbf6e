"""A colon frame whose last clause is subordinate („…, dass X … kann: „…““) is said by the
subject of the main clause, not by a name of the subordinate clause (issue 12; the sentence is
from the DW page of the speakers gold, data/html/fundus__de__DW_2024_01_30.html)."""

from __future__ import annotations

from zitate.quotes.model import load_model
from zitate.quotes.roles import direct_cue

from .tagged import tagged, words

FRAME = (
    "Der/ART Politologe/NN Dmitri/NE Oreschkin/NE kann/VMFIN/können sich/PRF "
    "vorstellen/VVINF/vorstellen ,/$, dass/KOUS Nadeschdin/NE besonders/ADV junge/ADJA "
    "Menschen/NN mobilisieren/VVINF/mobilisieren kann/VMFIN/können :/$. "
    "„/$( 20/CARD bis/KON 25/CARD Prozent/NN der/ART Bevölkerung/NN "
    "unterstützen/VVFIN/unterstützen Putin/NE nicht/PTKNEG ./$. “/$("
)
MAIN = (
    "Jansen/NE ,/$, der/PRELS in/APPR dieser/PDAT Serie/NN nur/ADV wenige/PIAT Spiele/NN "
    "verpasste/VVFIN/verpassen ,/$, stellt/VVFIN/stellen aber/ADV auch/ADV klar/PTKVZ :/$. "
    "„/$( Man/PIS braucht/VVFIN/brauchen ein/ART bisschen/PIAT Zeit/NN ./$. “/$("
)


def test_the_cue_of_a_subordinate_colon_frame_is_the_main_clause_verb():
    doc = tagged(FRAME)
    quote = [t.i for t in doc if t.i > [t.i for t in doc if t.text == ":"][0]]
    assert direct_cue(doc, quote) == 4  # „kann sich vorstellen“, not „mobilisieren kann“


def test_the_main_clause_subject_speaks_not_the_name_after_dass():
    doc = tagged(FRAME)
    (found,) = [f for f in load_model()(doc) if f.type == "Direct"]
    assert words(doc, found.speaker) == "Der Politologe Dmitri Oreschkin"


def test_a_main_clause_after_a_relative_clause_keeps_its_own_subject():
    doc = tagged(MAIN)
    (found,) = [f for f in load_model()(doc) if f.type == "Direct"]
    assert words(doc, found.speaker) == "Jansen"
