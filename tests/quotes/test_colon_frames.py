"""A sentence that ends in a colon frames the quotation after it („Der Verbandschef kritisierte
die Entscheidung scharf: „…““); it is no Reported statement of its own, although its speech-act
verb and named subject would make it one (issue 12) — on hand-tagged sentences and the shipped
model."""

from __future__ import annotations

from zitate.quotes.model import load_model, opens_quotation

from .tagged import tagged, words

CRITICISED = (
    "Der/ART Verbandschef/NN kritisierte/VVFIN/kritisieren die/ART Entscheidung/NN der/ART "
    "Behörde/NN scharf/ADJD :/$."
)
QUOTE = (
    "„/$( Das/PDS ist/VAFIN/sein ein/ART schwerer/ADJA Fehler/NN für/APPR den/ART "
    "Standort/NN ./$. “/$("
)
CRITICISED_ALONE = (
    "Der/ART Verbandschef/NN kritisierte/VVFIN/kritisieren die/ART Entscheidung/NN der/ART "
    "Behörde/NN scharf/ADJD ./$."
)


def test_a_sentence_ending_in_a_colon_opens_a_quotation():
    doc = tagged(CRITICISED, QUOTE)
    first, second = list(doc.sents)
    assert opens_quotation(first)
    assert not opens_quotation(second)


def test_the_frame_before_a_colon_is_no_reported_statement():
    doc = tagged(CRITICISED, QUOTE)
    found = load_model()(doc)
    assert [f.type for f in found] == ["Direct"]
    assert words(doc, found[0].speaker) == "Der Verbandschef"


def test_the_same_speech_act_without_colon_stays_reported():
    doc = tagged(CRITICISED_ALONE)
    (found,) = load_model()(doc)
    assert found.type == "Reported"
    assert words(doc, found.speaker) == "Der Verbandschef"
