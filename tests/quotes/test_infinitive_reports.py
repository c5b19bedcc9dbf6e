"""A zu-infinitive clause that a verb of saying, offering or accusing reports is an Indirect
quotation (issue 12: the Wikinews annotation quotes „…, die Zahl der Helfer zu erhöhen“ after
„kündigten an“), a purpose clause („…, um den Unfallhergang zu rekonstruieren“) or an impersonal
frame („Es ist verboten, …“) is none — on hand-tagged sentences and the shipped model."""

from __future__ import annotations

import pytest

from zitate.quotes.infinitives import is_zu_infinitive, reported_infinitive
from zitate.quotes.lexicon import CueLexicon
from zitate.quotes.model import load_model
from zitate.quotes.sentence import clause_fallback

from .tagged import index, tagged, words

ANNOUNCED = (
    "Die/ART Hilfsorganisationen/NN kündigten/VVFIN/kündigen an/PTKVZ ,/$, die/ART Zahl/NN "
    "der/ART Helfer/NN in/APPR der/ART Region/NN zu/PTKZU erhöhen/VVINF/erhöhen ./$."
)
OFFERED = (
    "Der/ART Mann/NN bot/VVFIN/bieten an/PTKVZ ,/$, die/ART Karten/NN bei/APPR einem/ART "
    "Treffen/NN gegen/APPR Barzahlung/NN zu/PTKZU übergeben/VVINF/übergeben ./$."
)
SUSPECTED = (
    "Der/ART Student/NN wird/VAFIN/werden verdächtigt/VVPP/verdächtigen ,/$, einen/ART "
    "Anschlag/NN auf/APPR den/ART Flughafen/NN geplant/VVPP/planen zu/PTKZU haben/VAINF ./$."
)
DENIES = (
    "Der/ART Konzern/NN bestreitet/VVFIN/bestreiten ,/$, an/APPR den/ART Absprachen/NN "
    "beteiligt/VVPP/beteiligen gewesen/VAPP zu/PTKZU sein/VAINF ./$."
)
PURPOSE = (
    "Die/ART Polizei/NN befragte/VVFIN/befragen mehrere/PIAT Zeugen/NN ,/$, um/KOUI den/ART "
    "Unfallhergang/NN zu/PTKZU rekonstruieren/VVINF/rekonstruieren ./$."
)
FORBIDDEN = (
    "In/APPR Niedersachsen/NE ist/VAFIN/sein es/PPER verboten/VVPP/verbieten ,/$, im/APPRART "
    "Wald/NN zu/PTKZU rauchen/VVINF/rauchen ./$."
)
TRIED = (
    "Der/ART Fahrer/NN versuchte/VVFIN/versuchen ,/$, den/ART Wagen/NN noch/ADV "
    "abzubremsen/VVIZU/abbremsen ./$."
)
THAT_CLAUSE = (
    "Der/ART Sprecher/NN sagte/VVFIN/sagen ,/$, dass/KOUS die/ART Strecke/NN gesperrt/VVPP "
    "bleibe/VAFIN/bleiben/Sub ./$."
)


@pytest.fixture(scope="module")
def model():
    return load_model()


@pytest.fixture(scope="module")
def lexicon():
    return CueLexicon.from_disk()


def indirect(model, sentence: str) -> list[tuple[str, str, str]]:
    doc = tagged(sentence)
    return [
        (words(doc, f.quote), words(doc, f.speaker), f.cue.text if f.cue is not None else "")
        for f in model(doc)
        if f.type == "Indirect"
    ]


def test_an_announced_infinitive_is_an_indirect_quotation(model):
    assert indirect(model, ANNOUNCED) == [
        ("die Zahl der Helfer in der Region zu erhöhen", "Die Hilfsorganisationen", "kündigten")
    ]


def test_an_offer_is_reported_in_its_infinitive(model):
    (found,) = indirect(model, OFFERED)
    assert found[0] == "die Karten bei einem Treffen gegen Barzahlung zu übergeben"
    assert found[2] == "bot"


def test_a_suspicion_in_the_passive_reports_its_infinitive(model):
    (found,) = indirect(model, SUSPECTED)
    assert found[0] == "einen Anschlag auf den Flughafen geplant zu haben"


def test_a_denial_reports_its_infinitive(model):
    (found,) = indirect(model, DENIES)
    assert found[0] == "an den Absprachen beteiligt gewesen zu sein"
    assert found[1] == "Der Konzern"


def test_a_purpose_clause_is_no_quotation(model):
    assert indirect(model, PURPOSE) == []


def test_an_impersonal_ban_is_no_quotation(model, lexicon):
    assert indirect(model, FORBIDDEN) == []
    doc = tagged(FORBIDDEN)
    (found,) = clause_fallback(doc, doc[:], set())
    assert words(doc, found.quote) == "im Wald zu rauchen"
    assert not reported_infinitive(doc[:], found, lexicon)


def test_a_verb_that_says_nothing_reports_no_infinitive(model, lexicon):
    assert indirect(model, TRIED) == []
    doc = tagged(TRIED)
    (found,) = clause_fallback(doc, doc[:], set())
    assert words(doc, found.quote) == "den Wagen noch abzubremsen"
    assert not reported_infinitive(doc[:], found, lexicon)


def test_only_a_clause_ending_in_a_zu_infinitive_counts():
    doc = tagged(THAT_CLAUSE)
    assert not is_zu_infinitive(doc[index(doc, "dass") : len(doc)])
    doc = tagged(PURPOSE)
    assert not is_zu_infinitive(doc[index(doc, "um") : len(doc)])
    doc = tagged(OFFERED)
    assert is_zu_infinitive(doc[index(doc, ",") + 1 : len(doc)])
    doc = tagged(TRIED)
    assert is_zu_infinitive(doc[index(doc, ",") + 1 : len(doc)])
