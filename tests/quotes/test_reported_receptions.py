"""How a proposal was received, as a Reported statement of who received it (issue 12, item 3,
branch wnrep): „stößt auf heftigen Widerstand bei …“, „Lob kommt … vom …“ — on hand-tagged
sentences of the real-news dev pages (10kGNAD rows) and the shipped attribution model."""

from __future__ import annotations

import pytest

from zitate.quotes.model import load_model
from zitate.quotes.receptions import reception_act, reception_speaker

from .tagged import tagged, words

# dev2 / dev3 pages (10kGNAD rows 553, 247 and 30)
VOMP = (
    "Das/ART geplante/ADJA Aus/NN für/APPR den/ART Hubschrauberstützpunkt/NN des/ART "
    "Bundesheeres/NN in/APPR Vomp/NE stößt/VVFIN/stoßen auf/APPR heftigen/ADJA Widerstand/NN "
    "bei/APPR Landeshauptmann/NN Günther/NE Platter/NE (/$( ÖVP/NE )/$( ./$."
)
WFP = (
    "Lob/NN kommt/VVFIN/kommen indes/ADV vom/APPRART Welternährungsprogramm/NN (/$( WFP/NE )/$( "
    "der/ART Vereinten/ADJA Nationen/NN ./$."
)
VORSCHLAG = (
    "Auch/ADV der/ART russische/ADJA Vorschlag/NN von/APPR Parlaments-/TRUNC und/KON "
    "Präsidentenwahlen/NN stieß/VVFIN/stoßen auf/APPR Ablehnung/NN ./$."
)
# a reception that only arose names no statement („Kritik kam auf“): „kommen“ needs its speaker
AUFKOMMEN = "Schnell/ADJD kam/VVFIN/kommen Kritik/NN auf/PTKVZ ./$."


@pytest.fixture(scope="module")
def model():
    return load_model()


def test_the_bei_phrase_of_a_reception_is_its_speaker(model):
    doc = tagged(VOMP)
    assert words(doc, reception_act(doc[:])) == "stößt Widerstand"
    found = [f for f in model(doc) if f.type == "Reported"]
    assert [words(doc, f.speaker) for f in found] == ["Landeshauptmann Günther Platter"]


def test_praise_that_comes_from_someone_is_their_statement(model):
    doc = tagged(WFP)
    assert words(doc, reception_speaker(doc, doc[:], set())).startswith("Welternährungsprogramm")
    assert [f.type for f in model(doc)] == ["Reported"]


def test_a_reception_without_its_speaker_names_none_and_not_the_subject():
    doc = tagged(VORSCHLAG)
    assert reception_act(doc[:]) != []
    assert reception_speaker(doc, doc[:], set()) == []


def test_coming_up_is_no_reception():
    doc = tagged(AUFKOMMEN)
    assert reception_act(doc[:]) == []
