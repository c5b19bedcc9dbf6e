"""Who speaks by German case and the field before the verb, Reported speech acts, paragraph
breaks and SpkAtt-2023 as ranker examples (issue 12, items 2 and 3), on hand-tagged sentences
and, where the whole pipeline matters, the committed base pipeline."""

from __future__ import annotations

import pytest

from zitate.quotes.candidates import Found, previous_sentence
from zitate.quotes.model import load_model
from zitate.quotes.ranker import candidate_spans, is_oblique
from zitate.quotes.reported import speech_act, verb_keys
from zitate.quotes.roles import inserted_frame, noun_phrase, speaker_of
from zitate.quotes.spkatt import _speech, iter_events, ranker_examples, read_speeches, to_doc

from .tagged import NLP, tagged, words

BEIDES = "Beides/PIS weist/VVFIN/weisen der/ART 42-Jährige/ADJA zurück/PTKVZ ./$."
AUCH = (
    "Auch/ADV der/ART ehemalige/ADJA Diplomat/NN Boris/NE Bondarew/NE kritisiert/VVFIN/kritisieren "
    "das/ART Verhalten/NN der/ART Regierung/NN ./$."
)
KRIMINOLOGIN = (
    "Kriminologin/NN Bärbel/NE Bongartz/NE vom/APPRART Zentrum/NN für/APPR "
    "Radikalisierungsforschung/NN in/APPR Deutschland/NE ,/$, liefert/VVFIN/liefern eine/ART "
    "Erklärung/NN :/$. Die/ART Radikalisierung/NN nimmt/VVFIN/nehmen zu/PTKVZ ./$."
)
LLULL = "der/ART 35/CARD Jahre/NN alte/ADJA Aufbauspieler/NN twitterte/VVFIN/twittern ./$."
TREFFEN = (
    "Bei/APPR einem/ART Treffen/NN mit/APPR dem/ART Berater/NN habe/VAFIN/haben/Sub Blinken/NE "
    "betont/VVPP/betonen ,/$, dass/KOUS es/PPER wichtig/ADJD sei/VAFIN/sein/Sub ./$."
)
ZUFOLGE = "Dem/ART Bericht/NN zufolge/APPO sei/VAFIN/sein/Sub die/ART Lage/NN ernst/ADJD ./$."
EUROLEAGUE = (
    "Die/ART Euroleague/NE verurteilte/VVFIN/verurteilen die/ART Geschehnisse/NN scharf/ADJD ./$."
)
ERFREUT = (
    "Die/ART Opposition/NN zeigte/VVFIN/zeigen sich/PRF erfreut/ADJD über/APPR die/ART "
    "Einigung/NN ./$."
)
MILDE = "Der/ART Angeklagte/NN bat/VVFIN/bitten um/APPR Milde/NN ./$."


@pytest.fixture(scope="module")
def model():
    return load_model()


def verb(doc, text: str) -> int:
    return next(t.i for t in doc if t.text == text)


def test_a_neuter_pronoun_before_the_verb_is_the_thing_said_not_the_speaker():
    doc = tagged(BEIDES)
    assert words(doc, speaker_of(doc, verb(doc, "weist"), doc[:], set())) == "der 42-Jährige"


def test_a_focus_adverb_before_the_subject_keeps_the_subject():
    doc = tagged(AUCH)
    speaker = speaker_of(doc, verb(doc, "kritisiert"), doc[:], set())
    assert words(doc, speaker) == "der ehemalige Diplomat Boris Bondarew"


def test_the_field_before_the_verb_is_one_phrase_with_its_attributes_not_the_object():
    doc = tagged(KRIMINOLOGIN)
    sent = next(doc.sents)
    speaker = words(doc, speaker_of(doc, verb(doc, "liefert"), sent, set()))
    assert speaker == (
        "Kriminologin Bärbel Bongartz vom Zentrum für Radikalisierungsforschung in Deutschland"
    )


def test_an_age_stays_inside_the_noun_phrase():
    doc = tagged(LLULL)
    assert words(doc, noun_phrase(doc, 0, len(doc))) == "der 35 Jahre alte Aufbauspieler"


def test_the_object_of_a_preposition_or_a_dative_is_no_speaker_candidate():
    doc = tagged(TREFFEN)
    spans = [words(doc, ids) for ids in candidate_spans(doc, list(doc.sents), set())]
    assert "Blinken" in spans
    assert "dem Berater" not in spans and "einem Treffen" not in spans


def test_a_dative_before_zufolge_is_a_source():
    doc = tagged(ZUFOLGE)
    assert not is_oblique(doc, [0, 1])


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [(EUROLEAGUE, "Die Euroleague"), (ERFREUT, "Die Opposition"), (MILDE, "Der Angeklagte")],
)
def test_a_speech_act_with_a_speaker_is_a_reported_statement(model, sentence, speaker):
    doc = tagged(sentence)
    found = model(doc)
    assert [(f.type, words(doc, f.speaker)) for f in found] == [("Reported", speaker)]


def test_reflexive_state_verbs_are_keyed_with_sich():
    doc = tagged(ERFREUT)
    assert "zeigen+sich" in verb_keys(doc[:])
    assert speech_act(doc[:]) == [2]


def test_a_continuation_after_a_paragraph_break_keeps_the_speaker(analyse):
    _, quotes, _ = analyse(
        "Hendrik Pfeiffer merkte an, dass es bei 22 Grad schwierig werden könnte.\n\n"
        "18 Grad seien noch tolerierbar für Top-Leistungen."
    )
    assert [(q["speaker"] or {}).get("text") for q in quotes] == ["Hendrik Pfeiffer"] * 2


def test_previous_sentence_skips_paragraph_breaks(nlp):
    doc = nlp("Er sagte das.\n\nDann ging er.")
    sents = list(doc.sents)
    assert previous_sentence(doc, sents[-1]).text == "Er sagte das."
    assert previous_sentence(doc, sents[0]) is None


SPEECH = {
    "Sentences": [
        {"SentenceId": 0, "Tokens": ["Frau", "Präsidentin", "!"]},
        {"SentenceId": 1, "Tokens": ["Der", "Minister", "sagte", ",", "das", "sei", "gut", "."]},
    ],
    "Annotations": [
        {"Cue": ["1:2"], "Source": ["1:0", "1:1"], "Message": ["1:4", "1:5", "1:6"], "Addr": []},
        {"Cue": ["1:2"], "Source": [], "Message": [], "Addr": []},
    ],
}
SPEECH_TAGS = (
    "Frau/NN Präsidentin/NN !/$.",
    "Der/ART Minister/NN sagte/VVFIN/sagen ,/$, das/PDS sei/VAFIN/sein/Sub gut/ADJD ./$.",
)


def test_spkatt_events_map_to_our_roles_and_rank_the_source():
    speech = _speech("s1", SPEECH)
    assert speech.events[0].source == (3, 4) and speech.events[0].message == (7, 8, 9)
    assert to_doc(speech, NLP.vocab).text.startswith("Frau Präsidentin !")
    doc = tagged(*SPEECH_TAGS)
    ((event, found),) = iter_events(doc, speech)  # the event without a message is left out
    assert (found.type, doc[found.cue.i].text, words(doc, found.speaker)) == (
        "Indirect",
        "sagte",
        "Der Minister",
    )
    ((options, right, weight),) = ranker_examples(doc, speech)
    assert weight < 1.0
    assert {words(doc, c.ids) for c in options if c.key in right} == {"Der Minister"}


def test_spkatt_train_speeches_are_read(shared_data):
    (speech,) = read_speeches(shared_data, limit=1)
    assert speech.words and speech.events
    assert all(i < len(speech.words) for e in speech.events for i in e.cue + e.source)


def test_found_keeps_its_fields():
    found = Found([1], None, [], [], "Reported", "Speech")
    assert found.to_quotation().type == "Reported"


GEWERKSCHAFTEN = (
    "Der/ART Job/NN sei/VAFIN/sein/Sub anstrengend/ADJD ,/$, argumentieren/VVFIN/argumentieren "
    "die/ART Gewerkschaften/NN Verdi/NE und/KON Komba/NE ./$."
)


def test_a_frame_inserted_after_a_comma_names_its_own_speaker():
    doc = tagged(GEWERKSCHAFTEN)
    verb, speaker = inserted_frame(doc, doc[:])
    assert doc[verb].text == "argumentieren"
    assert words(doc, speaker) == "die Gewerkschaften Verdi und Komba"
