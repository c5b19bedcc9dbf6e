"""Training data preparation (issue 2): tag mapping, lemma conventions, NER label mapping."""

from __future__ import annotations

import pytest

from zitate.bench.base import _bio_spans
from zitate.train.prepare import (
    LER_MAP,
    MOBIE_MAP,
    fix_bio,
    map_germeval,
    map_labels,
    split_sentences,
)
from zitate.train.teacher import convert_tag, fix_lemma, lemma_conventions


@pytest.mark.parametrize(
    ("hanta", "stts"),
    [
        ("ADJ(A)", "ADJA"),
        ("VV(FIN)", "VVFIN"),
        ("VA(PP)", "VAPP"),
        ("NNA", "NN"),
        ("PROAV", "PAV"),
        ("$(", "$("),
        ("NE", "NE"),
    ],
)
def test_convert_tag(hanta, stts):
    assert convert_tag(hanta) == stts


def test_lemma_conventions_and_proper_name_casing():
    conventions = lemma_conventions(
        [("mir", "PPER", "ich"), ("mir", "PPER", "ich"), ("Haus", "NN", "Haus")]
    )
    assert conventions == {("mir", "PPER"): "ich"}
    assert fix_lemma("mir", "mir", "PPER", conventions) == "ich"
    assert fix_lemma("US-Präsidenten", "Us-präsident", "NN", {}) == "US-Präsident"
    assert fix_lemma("SPD", "Spd", "NE", {}) == "SPD"
    assert fix_lemma("Putin", "Puti", "NE", {}) == "Putin"


@pytest.mark.parametrize(
    ("label", "mapped"),
    [
        ("B-PER", "B-PER"),
        ("I-OTH", "I-MISC"),
        ("B-LOCderiv", "B-MISC"),
        ("B-ORGpart", "O"),
        ("O", "O"),
    ],
)
def test_map_germeval(label, mapped):
    assert map_germeval(label) == mapped


def test_fix_bio_and_extra_corpora():
    assert fix_bio(["O", "I-PER", "I-PER", "I-LOC"]) == ["O", "B-PER", "I-PER", "B-LOC"]
    assert map_labels(["B-person", "I-person", "B-date", "B-location-route"], MOBIE_MAP) == [
        "B-PER",
        "I-PER",
        "O",
        "-",
    ]
    assert map_labels(["B-RR", "B-GS", "I-GS"], LER_MAP) == ["B-PER", "-", "-"]


def test_bio_spans():
    assert _bio_spans(["B-PER", "I-PER", "O", "B-LOC", "B-LOC"]) == {
        (0, 2, "PER"),
        (3, 4, "LOC"),
        (4, 5, "LOC"),
    }


def test_split_sentences_for_the_teacher():
    words = ["Er", "kam", ".", "„", "Gut", "“", ",", "sagte", "sie", ".", "Dann", "ging", "er", "."]
    assert split_sentences(words) == [
        ["Er", "kam", "."],
        ["„", "Gut", "“", ",", "sagte", "sie", "."],
        ["Dann", "ging", "er", "."],
    ]
