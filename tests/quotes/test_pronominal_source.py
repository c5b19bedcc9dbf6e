"""„Demnach …“ attributes a statement to the report named before it; the Wikinews annotation
marks the adverb as both cue and speaker (train: 15 of 19 „demnach“ cues), so the speaker
trimming, which drops adverbs taken for speakers, keeps it there (issue 12) — on hand-tagged
sentences and the shipped model."""

from __future__ import annotations

from zitate.quotes.model import load_model

from .tagged import tagged, words

REPORT = (
    "Die/ART Zeitung/NN veröffentlichte/VVFIN/veröffentlichen einen/ART Bericht/NN über/APPR "
    "das/ART Unglück/NN ./$."
)
ACCORDINGLY = (
    "Demnach/PAV/demnach hätten/VAFIN/haben/Sub sich/PRF die/ART Menschen/NN in/APPR eine/ART "
    "Kirche/NN geflüchtet/VVPP/flüchten ./$."
)
SAID = (
    "Der/ART Sprecher/NN sagte/VVFIN/sagen ,/$, demnach/PAV/demnach sei/VAFIN/sein/Sub "
    "die/ART Brücke/NN gesperrt/VVPP/sperren ./$."
)


def test_demnach_is_cue_and_speaker_of_its_statement():
    doc = tagged(REPORT, ACCORDINGLY)
    found = [f for f in load_model()(doc) if f.type == "Indirect"]
    assert [(words(doc, f.quote), words(doc, f.speaker), words(doc, f.cue_ids)) for f in found] == [
        ("hätten sich die Menschen in eine Kirche geflüchtet", "Demnach", "Demnach")
    ]


def test_a_verb_of_saying_with_a_speaker_keeps_its_speaker():
    doc = tagged(SAID)
    (found,) = [f for f in load_model()(doc) if f.type == "Indirect"]
    assert words(doc, found.speaker) == "Der Sprecher"
    assert found.cue.text == "sagte"
