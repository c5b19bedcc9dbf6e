"""A continuation sentence that opens with a verbless frame naming its source („Die Reaktion der
Flughafen Wien AG: Man weise … zurück.“) is that source's, not the previous speaker's (issue 12;
dev2 row 184 of corpora/10kgnad-test.csv.gz: the airport answers the lawsuit quoted before)."""

from __future__ import annotations

from zitate.quotes.colon import frame_source
from zitate.quotes.model import load_model

from .tagged import tagged, words

LAWSUIT = (
    "Ebenfalls/ADV am/APPRART 17./ADJA September/NN 2013/CARD hat/VAFIN laut/APPR Klage/NN "
    "auch/ADV ein/ART früherer/ADJA VIE-Manager/NN unter/APPR Eid/NN ausgesagt/VVPP ,/$, "
    "dass/KOUS Sardana/NE wegen/APPR seiner/PPOSAT Herkunft/NN mit/APPR abwertenden/ADJA "
    "Begriffen/NN bedacht/VVPP worden/VAPP sei/VAFIN/sein/Sub ./$."
)
REACTION = (
    "Die/ART Reaktion/NN der/ART Flughafen/NE Wien/NE AG/NE :/$. Man/PIS weise/VVFIN/weisen/Sub "
    "alle/PIAT von/APPR Herrn/NN Sardana/NE erhobenen/ADJA Forderungen/NN als/APPR völlig/ADV "
    "absurd/ADJD zurück/PTKVZ ./$."
)
VERSION = (
    "Die/ART rote/ADJA Fassung/NN :/$. Bis/APPR 17/CARD Uhr/NN habe/VAFIN/haben/Sub es/PPER "
    "eine/ART gemeinsame/ADJA Regierungsposition/NN gegeben/VVPP ./$."
)


def test_a_frame_with_a_genitive_name_names_the_source():
    doc = tagged(REACTION)
    colon, speaker = frame_source(doc, next(doc.sents))
    assert doc[colon].text == ":" and words(doc, speaker) == "der Flughafen Wien AG"


def test_a_frame_without_a_name_names_no_source():
    doc = tagged(VERSION)
    assert frame_source(doc, next(doc.sents)) is None


def test_the_answer_after_a_lawsuit_is_the_airports():
    doc = tagged(LAWSUIT, REACTION)
    found = load_model()(doc)
    answer = next(f for f in found if doc[min(f.quote)].sent.start > 0)
    assert words(doc, answer.speaker) == "der Flughafen Wien AG"
    assert words(doc, answer.quote).startswith("Man weise")
