"""The learned speaker ranker and speaker phrases that end where the noun phrase ends, on
hand-tagged real German news sentences (issue 12)."""

from __future__ import annotations

import pytest

from zitate.quotes.candidates import Found
from zitate.quotes.model import load_model
from zitate.quotes.ranker import SpeakerRanker, candidate_spans, candidates, train_ranker
from zitate.quotes.roles import noun_phrase

from .tagged import tagged, words

SEIBERT = (
    "Regierungssprecher/NN Seibert/NE in/APPR Berlin/NE sagte/VVFIN/sagen ,/$, "
    "die/ART Regierung/NN prüfe/VVFIN/prüfen/Sub den/ART Vorschlag/NN ./$."
)
PUTIN = (
    "Kremlchef/NN Putin/NE kündigte/VVFIN/ankündigen zwei/CARD neue/ADJA Feiertage/NN an/PTKVZ ./$."
)
SPRECHER = (
    "Ein/ART Sprecher/NN des/ART LBM/NE in/APPR Koblenz/NE sagte/VVFIN/sagen ,/$, "
    "die/ART Straße/NN bleibe/VVFIN/bleiben/Sub gesperrt/VVPP ./$."
)
WUERDIGTE = (
    "Am/APPRART Montag/NN würdigte/VVFIN/würdigen Merkel/NE die/ART neue/ADJA "
    "Generaldirektorin/NN als/APPR „/$( hoch/ADJD qualifiziert/ADJD “/$( ./$."
)
VORWURF = (
    "CDU-Chef/NN Friedrich/NE Merz/NE warf/VVFIN/vorwerfen ihm/PPER Wortbruch/NN vor/PTKVZ ./$."
)


@pytest.fixture(scope="module")
def model():
    return load_model()


def test_a_person_s_phrase_ends_before_the_place():
    doc = tagged(SEIBERT)
    assert words(doc, noun_phrase(doc, 0, len(doc))) == "Regierungssprecher Seibert"


def test_an_organisation_s_spokesman_keeps_the_place_as_the_gold_data_does():
    doc = tagged(SPRECHER)
    assert words(doc, noun_phrase(doc, 0, len(doc))) == "Ein Sprecher des LBM in Koblenz"


def test_numbers_and_adjectives_after_the_name_start_the_object():
    doc = tagged(PUTIN)
    assert words(doc, noun_phrase(doc, 0, len(doc))) == "Kremlchef Putin"


def test_candidates_are_the_noun_phrases_and_pronouns_outside_the_quote():
    doc = tagged(VORWURF)
    spans = [words(doc, ids) for ids in candidate_spans(doc, list(doc.sents), set())]
    assert "CDU-Chef Friedrich Merz" in spans
    assert "ihm" in spans
    assert "Wortbruch" in spans


def test_the_shipped_model_speaks_through_the_ranker(model):
    assert model.ranker is not None and len(model.ranker.weights) > 100


def test_the_object_of_wuerdigte_is_not_the_speaker(model):
    doc = tagged(WUERDIGTE)
    speakers = {words(doc, f.speaker) for f in model(doc)}
    assert "Merkel" in speakers
    assert not any("Generaldirektorin" in s for s in speakers)


def test_the_object_pronoun_of_warf_vor_is_marked_oblique():
    doc = tagged(VORWURF)
    found = Found(
        quote=[5, 6], cue=doc[4], speaker=[0, 1, 2], frame=[], type="Reported", medium="Speech"
    )
    by_words = {words(doc, c.ids): c.features for c in candidates(doc, found, set())}
    assert "oblique=True" in by_words["ihm"]
    assert "oblique=False" in by_words["CDU-Chef Friedrich Merz"]


def test_ranker_learns_to_prefer_the_subject_and_round_trips_as_json():
    doc = tagged(VORWURF)
    found = Found(quote=[5, 6], cue=doc[4], speaker=[], frame=[], type="Reported", medium="Speech")
    options = candidates(doc, found, set())
    right = {c.key for c in options if words(doc, c.ids) == "CDU-Chef Friedrich Merz"}
    ranker = train_ranker([(options, right, 1.0)], epochs=3)
    again = SpeakerRanker.from_json(ranker.to_json())
    assert words(doc, again.speaker(doc, found, set())) == "CDU-Chef Friedrich Merz"
