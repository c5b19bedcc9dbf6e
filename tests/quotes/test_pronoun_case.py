"""Issue 12: the speaker is the subject of the cue — never an object pronoun, never a word inside
the quotation marks, never the subject of a subordinate clause whose verb frames nothing.

The sentences are real: a Der Standard page of the dev set (``html/fundus__at__DerStandard_2024_
05_03.html``) and 10kGNAD articles (``corpora/10kgnad-test.csv.gz`` rows 37 and 590), hand-tagged.
"""

from __future__ import annotations

import pytest

from zitate.quotes.candidates import Found
from zitate.quotes.clauses import subordinate_cue
from zitate.quotes.lexicon import CueLexicon
from zitate.quotes.objects import case_speaker, dislocated_phrase

from .tagged import index, tagged, words

ES_GIBT = (
    "Es/PPER gibt/VVFIN/geben sie/PPER zwar/ADV schon/ADV ,/$, die/ART muslimischen/ADJA "
    "Stimmen/NN ,/$, die/PRELS die/ART Idee/NN eines/ART Kalifats/NN ablehnen/VVFIN ./$."
)
BIS_ER_MICH = (
    "Darüber/PAV habe/VAFIN/haben/Sub es/PPER mehrmals/ADV Auseinandersetzungen/NN "
    "gegeben/VVPP/geben ,/$, bis/KOUS er/PPER mich/PPER erneut/ADJD schlug/VVFIN/schlagen ,/$, "
    "um/KOUI das/ART Thema/NN zu/PTKZU beenden/VVINF ./$."
)
DASS_ER = (
    "Dass/KOUS er/PPER an/APPR Ostermayers/NE Seite/NN schließlich/ADV ein/ART wenig/PIAT "
    "zurücktreten/VVINF musste/VMFIN/müssen ,/$, habe/VAFIN/haben/Sub ihn/PPER nicht/PTKNEG "
    "irritiert/VVPP ./$."
)


@pytest.fixture(scope="module")
def lexicon():
    return CueLexicon.from_disk()


def found(doc, quote_from: str, speaker: str, cue: str) -> Found:
    start = index(doc, quote_from)
    quote = list(range(start, len(doc) - 1))
    return Found(quote, doc[index(doc, cue)], [index(doc, speaker)], [], "Indirect", "Speech")


def test_right_dislocated_phrase_replaces_its_pronoun():
    doc = tagged(ES_GIBT)
    sie = index(doc, "sie")
    assert words(doc, dislocated_phrase(doc, sie)) == "die muslimischen Stimmen"
    item = found(doc, "die", "sie", "gibt")
    item.quote = list(range(index(doc, "Idee") - 1, len(doc) - 1))
    assert words(doc, case_speaker(doc, item, set())) == "die muslimischen Stimmen"


def test_accusative_pronoun_is_never_the_speaker():
    doc = tagged(BIS_ER_MICH)
    item = found(doc, "um", "mich", "schlug")
    assert case_speaker(doc, item, set()) == []


def test_pronoun_inside_quotation_marks_is_never_the_speaker():
    doc = tagged(BIS_ER_MICH)
    item = found(doc, "um", "er", "schlug")
    assert case_speaker(doc, item, set(range(len(doc)))) == []
    assert words(doc, case_speaker(doc, item, set())) == "er"  # outside marks: the subject


def test_nominative_pronoun_without_dislocation_stays():
    doc = tagged(DASS_ER)
    item = found(doc, "habe", "er", "musste")
    assert words(doc, case_speaker(doc, item, set())) == "er"


@pytest.mark.parametrize(
    ("sentence", "cue", "quote_from"),
    [(BIS_ER_MICH, "schlug", "um"), (DASS_ER, "musste", "habe")],
)
def test_cue_of_a_subordinate_clause_frames_nothing(lexicon, sentence, cue, quote_from):
    doc = tagged(sentence)
    item = found(doc, quote_from, "er", cue)
    assert subordinate_cue(doc[:], item, lexicon)


def test_main_clause_cue_frames_its_clause(lexicon):
    doc = tagged(
        "Er/PPER sagt/VVFIN/sagen ,/$, Extremisten/NN profitieren/VVFIN von/APPR "
        "medialer/ADJA Aufmerksamkeit/NN ./$."
    )
    item = found(doc, "Extremisten", "Er", "sagt")
    assert not subordinate_cue(doc[:], item, lexicon)
