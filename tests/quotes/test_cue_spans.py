"""Cue phrase, addressee, speaker end, frame and nested short quotations (``quotes.cuespan``)
on hand-tagged sentences after sentences of the Wikinews benchmark (train and dev); the
expected spans follow its annotation („hatte … erklärt“, „äußerte sich“, „Es wird
befürchtet“, „wird mit den Worten zitiert“, „forderte den IWF auf“: addressee „den IWF“).
"""

from __future__ import annotations

import pytest

from zitate.quotes.cuespan import extend_cue, opening_colon, trim_speaker
from zitate.quotes.model import load_model

from .tagged import tagged


@pytest.fixture(scope="module")
def model():
    return load_model()


def words(doc, ids) -> str:
    return " ".join(doc[i].text for i in sorted(ids))


def only(found, kind: str):
    (item,) = [f for f in found if f.type == kind]
    return item.to_quotation()


def test_an_auxiliary_cue_takes_its_participle(model):
    doc = tagged(
        "„/$( Wir/PPER wollen/VMFIN/wollen unsere/PPOSAT Produktionssysteme/NN enger/ADJD "
        "verzahnen/VVINF “/$( ,/$, hatte/VAFIN/haben der/ART Airbus-Chef/NN erklärt/VVPP/erklären "
        "./$."
    )
    direct = only(model(doc), "Direct")
    assert words(doc, direct.cue) == "hatte erklärt"
    assert words(doc, direct.speaker) == "der Airbus-Chef"


def test_a_mistagged_participle_after_werden_joins_the_cue_with_its_words(model):
    doc = tagged(
        "Sie/PPER wird/VAFIN/werden mit/APPR den/ART Worten/NN zitiert/VVFIN/zitieren :/$. "
        "„/$( Ich/PPER will/VMFIN/wollen diesem/PDAT Generationswechsel/NN nicht/PTKNEG im/APPRART "
        "Wege/NN stehen/VVINF ./$. “/$("
    )
    direct = only(model(doc), "Direct")
    assert words(doc, direct.cue) == "wird mit den Worten zitiert"


def test_the_reflexive_belongs_to_the_cue(model):
    doc = tagged(
        "Der/ART Minister/NN äußerte/VVFIN/äußern sich/PRF :/$. „/$( Die/ART USA/NE "
        "haben/VAFIN/haben die/ART Lage/NN im/APPRART Griff/NN ./$. “/$("
    )
    direct = only(model(doc), "Direct")
    assert words(doc, direct.cue) == "äußerte sich"
    assert words(doc, direct.speaker) == "Der Minister"
    assert ":" in words(doc, direct.frame)


def test_an_expletive_es_before_a_passive_cue_belongs_to_the_cue(model):
    doc = tagged(
        "Es/PPER wird/VAFIN/werden befürchtet/VVPP/befürchten ,/$, dass/KOUS sich/PRF die/ART "
        "Situation/NN der/ART deutschen/ADJA Wirtschaft/NN verschlechtert/VVFIN/verschlechtern "
        "./$."
    )
    indirect = only(model(doc), "Indirect")
    assert words(doc, indirect.cue) == "Es wird befürchtet"
    assert not indirect.speaker


def test_the_object_of_a_summons_is_the_addressee(model):
    doc = tagged(
        "Die/ART Opposition/NN forderte/VVFIN/fordern den/ART Internationalen/ADJA "
        "Währungsfonds/NN auf/PTKVZ ,/$, die/ART Auszahlung/NN von/APPR Hilfsgeldern/NN "
        "auszusetzen/VVIZU/aussetzen ./$."
    )
    indirect = only(model(doc), "Indirect")
    assert words(doc, indirect.cue) == "forderte auf"
    assert words(doc, indirect.speaker) == "Die Opposition"
    assert words(doc, indirect.addressee) == "den Internationalen Währungsfonds"


def test_the_dative_of_a_passive_accusation_is_the_addressee_not_the_speaker(model):
    doc = tagged(
        "Dem/ART Niederländer/NN wurde/VAFIN/werden vorgeworfen/VVPP/vorwerfen ,/$, seine/PPOSAT "
        "Frau/NN übel/ADJD belästigt/VVPP/belästigen zu/PTKZU haben/VAINF/haben ./$."
    )
    indirect = only(model(doc), "Indirect")
    assert words(doc, indirect.addressee) == "Dem Niederländer"
    assert not set(indirect.speaker) & set(indirect.addressee)


def test_a_short_quotation_inside_an_indirect_one_is_a_direct_one_with_its_roles(model):
    doc = tagged(
        "Minister/NN Sathit/NE Wongnongtoey/NE erklärte/VVFIN/erklären ,/$, die/ART Lage/NN "
        "bleibe/VVFIN/bleiben/Sub dennoch/ADV weiterhin/ADV „/$( kritisch/ADJD “/$( ./$."
    )
    found = model(doc)
    indirect, direct = only(found, "Indirect"), only(found, "Direct")
    assert words(doc, direct.quote) == "„ kritisch “"
    assert set(direct.quote) < set(indirect.quote)
    assert direct.speaker == indirect.speaker and direct.cue == indirect.cue
    assert words(doc, direct.speaker) == "Minister Sathit Wongnongtoey"


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        (
            "Für/APPR EADS/NE bedeutet/VVFIN der/ART Verlust/NN nach/APPR Einschätzung/NN "
            "von/APPR Marktbeobachtern/NN einen/ART Tiefschlag/NN ./$.",
            "Einschätzung von Marktbeobachtern einen Tiefschlag",
            "Einschätzung von Marktbeobachtern",
        ),
        (
            "Das/ART Beben/NN soll/VMFIN nach/APPR ersten/ADJA Meldungen/NN/Meldung Schäden/NN "
            "verursacht/VVPP haben/VAINF ./$.",
            "ersten Meldungen Schäden",
            "ersten Meldungen",
        ),
        (
            "Danach/PAV sprach/VVFIN/sprechen der/ART mexikanische/ADJA Präsident/NN von/APPR "
            "der/ART Katastrophe/NN ./$.",
            "der mexikanische Präsident von der",
            "der mexikanische Präsident",
        ),
        (
            "Der/ART 39-Jährige/ADJA gab/VVFIN/geben jedoch/ADV an/PTKVZ ./$.",
            "Der 39-Jährige",
            "Der 39-Jährige",
        ),
        (
            "Von/APPR der/ART Leyen/NE betonte/VVFIN/betonen das/PDS ./$.",
            "der Leyen",
            "Von der Leyen",
        ),
        (
            "Das/ART sagte/VVFIN/sagen eine/ART Sprecherin/NN der/ART Stadt/NN Den/ART "
            "Haag/NE ./$.",
            "eine Sprecherin der Stadt Den Haag",
            "eine Sprecherin der Stadt Den Haag",
        ),
    ],
)
def test_a_speaker_phrase_ends_where_its_noun_phrase_ends(sentence, phrase, expected):
    doc = tagged(sentence)
    text = [t.text for t in doc]
    first = next(
        i for i in range(len(doc)) if " ".join(text[i : i + len(phrase.split())]) == phrase
    )
    speaker = list(range(first, first + len(phrase.split())))
    assert words(doc, trim_speaker(doc, speaker)) == expected


def test_the_opening_colon_joins_the_frame_of_a_direct_quotation():
    doc = tagged(
        "Der/ART Flughafenmanager/NN Vedat/NE Muftuoglu/NE sagte/VVFIN/sagen :/$.",
        "„/$( Niemand/PIS sollte/VMFIN so/ADV etwas/PIS tun/VVINF ./$. “/$(",
    )
    colon = 5
    quote = list(range(6, len(doc)))
    assert opening_colon(doc, quote, [0, 1, 2, 3, 4]) == [0, 1, 2, 3, 4, colon]
    assert opening_colon(doc, quote, []) == []


def test_an_opening_wie_joins_the_cue_that_closes_its_clause():
    doc = tagged(
        "Wie/PWAV der/ART Direktor/NN ,/$, Smith/NE Dharmmasaroj/NE ,/$, mitteilte/VVFIN/mitteilen "
        ",/$, wurden/VAFIN/werden 19/CARD Menschen/NN verletzt/VVPP ./$."
    )
    (sent,) = doc.sents
    cue = next(t.i for t in doc if t.text == "mitteilte")
    quote = set(range(cue + 2, len(doc) - 1))
    assert words(doc, extend_cue(doc, [cue], sent, quote)) == "Wie mitteilte"
