"""Rules of the attribution model added for Reported verbs, embedded Direct quotations,
expletive subjects and „demnach“ sources, on hand-tagged real German sentences."""

from __future__ import annotations

import pytest

from zitate.quotes.candidates import Found
from zitate.quotes.model import load_model
from zitate.quotes.refine import implicit_speaker
from zitate.quotes.reported import verb_keys as reported_keys
from zitate.quotes.sentence import pronominal_source

from .tagged import tagged, words

DENIAL = (
    "Der/ART Geschäftsführer/NN wies/VVFIN/weisen die/ART Vorwürfe/NN am/APPRART "
    "Montag/NN zurück/PTKVZ ./$."
)
LABEL = (
    "Der/ART Minister/NN bezeichnete/VVFIN/bezeichnen den/ART Plan/NN als/APPR "
    "unrealistisch/ADJD ./$."
)
EMBEDDED = (
    "Der/ART Verkehrsminister/NN charakterisierte/VVFIN/charakterisieren das/ART Vorgehen/NN "
    "der/ART Airline/NN als/APPR „/$( Beispiel/NN taktlosen/ADJA Verhaltens/NN “/$( ./$."
)
EXPLETIVE = (
    "Die/ART Lage/NN sei/VAFIN/sein/Sub ernst/ADJD ,/$, hieß/VVFIN/heißen es/PPER "
    "aus/APPR Regierungskreisen/NN ./$."
)
DEMNACH = (
    "Demnach/PAV sollen/VMFIN/sollen bei/APPR dem/ART Unglück/NN drei/CARD Menschen/NN "
    "gestorben/VVPP/sterben sein/VAINF ./$."
)


@pytest.fixture(scope="module")
def model():
    return load_model()


def test_reported_keys_join_a_separated_particle_to_the_verb():
    doc = tagged(DENIAL)
    assert reported_keys(next(doc.sents)) == {"weisen+zurück"}


def test_shipped_model_knows_reported_verbs_from_train(model):
    assert {"bezeichnen", "warnen", "fordern"} <= model.reported


def test_labelling_sentence_is_a_reported_quotation_with_its_subject(model):
    doc = tagged(LABEL)
    (q,) = [f.to_quotation() for f in model(doc)]
    assert q.type == "Reported"
    assert words(doc, q.quote) == words(doc, range(len(doc)))
    assert words(doc, q.speaker) == "Der Minister"


def test_embedded_direct_quote_takes_subject_and_main_verb(model):
    doc = tagged(EMBEDDED)
    direct = [f for f in model(doc) if f.type == "Direct"]
    assert len(direct) == 1
    q = direct[0].to_quotation()
    assert "Beispiel taktlosen Verhaltens" in words(doc, q.quote)
    assert words(doc, q.speaker) == "Der Verkehrsminister"
    assert "charakterisierte" in words(doc, q.cue)


def test_expletive_es_is_no_speaker(model):
    doc = tagged(EXPLETIVE)
    for q in (f.to_quotation() for f in model(doc)):
        assert words(doc, q.speaker) not in {"es", "Es"}


def test_demnach_is_speaker_and_cue():
    doc = tagged(DEMNACH)
    sent = next(doc.sents)
    found = Found(list(range(1, len(doc) - 1)), None, [], [], "Indirect", "Speech")
    pronominal_source(doc, sent, found, set())
    assert found.speaker == [0] and found.cue_ids == [0]
    assert 0 not in found.quote


def test_direct_quote_without_frame_continues_the_previous_speaker(model):
    doc = tagged(
        "„/$( Wir/PPER brauchen/VVFIN/brauchen mehr/PIAT Kitas/NN ./$. “/$( ,/$, "
        "betonte/VVFIN/betonen die/ART Ministerin/NN ./$.",
        "„/$( Viele/PIAT Eltern/NN warten/VVFIN/warten seit/APPR Jahren/NN auf/APPR "
        "einen/ART Platz/NN ./$. “/$(",
    )
    quotes = [f.to_quotation() for f in model(doc)]
    assert len(quotes) == 2
    first, second = quotes
    assert words(doc, first.speaker) == "die Ministerin"
    assert second.speaker == first.speaker


def test_passive_cue_takes_the_von_agent_as_speaker():
    doc = tagged(
        "Der/ART Rücktritt/NN wird/VAFIN/werden von/APPR den/ART Demonstranten/NN "
        "gefordert/VVPP/fordern ./$."
    )
    sent = next(doc.sents)
    assert words(doc, implicit_speaker(doc, 6, sent, set())) == "den Demonstranten"


def test_heisst_es_takes_the_document_as_speaker():
    doc = tagged(
        "In/APPR einem/ART Positionspapier/NN des/ART Ministeriums/NN heißt/VVFIN/heißen "
        "es/PPER ,/$, die/ART Regelungen/NN seien/VAFIN/sein/Sub wirksam/ADJD ./$."
    )
    sent = next(doc.sents)
    quote = set(range(8, 12))
    speaker = implicit_speaker(doc, 5, sent, quote)
    assert words(doc, speaker).startswith("einem Positionspapier")
    assert implicit_speaker(doc, 5, sent, quote | set(speaker)) == []


def test_hiess_es_aus_takes_the_place_as_speaker():
    # „…, hieß es aus dem Rathaus.“ (local news): the place spoken from is the source
    doc = tagged(
        "Man/PIS prüfe/VVFIN/prüfen/Sub alle/PIAT Möglichkeiten/NN ,/$, hieß/VVFIN/heißen es/PPER "
        "aus/APPR dem/ART Rathaus/NN ./$."
    )
    sent = next(doc.sents)
    assert words(doc, implicit_speaker(doc, 5, sent, set(range(0, 4)))) == "dem Rathaus"


def test_verlautete_takes_the_aus_circle_as_speaker():
    doc = tagged(
        "Wie/PWAV aus/APPR Unternehmenskreisen/NN verlautete/VVFIN/verlauten ,/$, "
        "will/VMFIN/wollen der/ART Konzern/NN das/ART Werk/NN umrüsten/VVINF ./$."
    )
    sent = next(doc.sents)
    assert words(doc, implicit_speaker(doc, 3, sent, set(range(5, 11)))) == "Unternehmenskreisen"


def test_coordinated_cue_verb_shares_the_subject(model):
    doc = tagged(
        "Er/PPER akzeptierte/VVFIN/akzeptieren seine/PPOSAT Niederlage/NN und/KON "
        "kommentierte/VVFIN/kommentieren ,/$, dass/KOUS Nadal/NE sehr/ADV stark/ADJD "
        "war/VAFIN/sein ./$."
    )
    quotes = [f.to_quotation() for f in model(doc) if f.type == "Indirect"]
    assert len(quotes) == 1
    assert words(doc, quotes[0].speaker) == "Er"
