"""„gemäß“ before a norm („gemäß der bestehenden gemeinsamen Richtlinie“) names no source: the
sentence is no source-phrase quotation of the directive, and the Konjunktiv sentence goes on with
the speaker before it (issue 12; dev2 row 121 of corpora/10kgnad-test.csv.gz). „gemäß“ before a
speaker noun (by its form or lemma), a name or a possessive stays a source (Wikinews train
sentences; the eyewitness sentence is from Wikinews dev, which the quotes bench scores)."""

from __future__ import annotations

import pytest

from zitate.quotes.lexicon import CueLexicon
from zitate.quotes.rules import RulePredictor

from .tagged import tagged, words

NORM = (
    "Und/KON es/PPER sei/VAFIN/sein/Sub festzuhalten/VVIZU ,/$, dass/KOUS alle/PIAT "
    "EU-Staaten/NN gemäß/APPR der/ART bestehenden/ADJA gemeinsamen/ADJA Richtlinie/NN zu/APPR "
    "grenzüberschreitenden/ADJA Gesundheitsrisiken/NN vorbereitet/VVPP seien/VAFIN/sein/Sub ./$."
)
SOURCES = [
    (
        "Durch/APPR den/ART Aufprall/NN verteilten/VVFIN/verteilen sich/PRF die/ART Trümmer/NN "
        "gemäß/APPR einem/ART Augenzeugen/NN/Augenzeuge im/APPRART weitem/ADJA Umkreis/NN ./$.",
        "einem Augenzeugen",
    ),
    (
        "Die/ART Baustelle/NN würde/VAFIN/werden/Sub gemäß/APPR einem/ART Sprecher/NN des/ART "
        "Unternehemns/NN RWE/NE bis/APPR Montag/NN ruhen/VVINF ./$.",
        "einem Sprecher des Unternehemns RWE",
    ),
    (
        "Gemäß/APPR seiner/PPOSAT Aussage/NN werden/VAFIN die/ART zusätzliche/ADJA Codes/NN "
        "es/PPER erlauben/VVINF ,/$, eine/ART breitere/ADJA Auswahl/NN an/APPR "
        "Spielfilmtiteln/NN zu/PTKZU kopieren/VVINF ./$.",
        "seiner Aussage",
    ),
]


def _rules() -> RulePredictor:
    return RulePredictor(CueLexicon.from_disk())


def test_gemaess_before_a_norm_is_no_source():
    doc = tagged(NORM)
    assert _rules().source_phrase(doc, next(doc.sents), set()) is None


@pytest.mark.parametrize(("sentence", "speaker"), SOURCES)
def test_gemaess_before_a_speaker_noun_or_a_possessive_is_a_source(sentence, speaker):
    doc = tagged(sentence)
    found = _rules().source_phrase(doc, next(doc.sents), set())
    assert found is not None and words(doc, found.speaker) == speaker
