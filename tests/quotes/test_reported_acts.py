"""Reported speech acts in the perfect and beside quoted words, „dass“ clauses of verbs the cue
lexicon never saw, and where a speaker's noun phrase ends (issue 12, quotes stage), on
hand-tagged German news sentences and the shipped attribution model."""

from __future__ import annotations

import pytest

from zitate.quotes.model import load_model
from zitate.quotes.reported import perfect_act, speech_act
from zitate.quotes.roles import noun_phrase
from zitate.quotes.sentence import reported_speaker
from zitate.quotes.sources import nach_source
from zitate.quotes.speakers import np_from
from zitate.quotes.that_clauses import that_clause_cues

from .tagged import tagged, words

BLINKEN = (
    "Der/ART amerikanische/ADJA Aussenminister/NN Antony/NE Blinken/NE hat/VAFIN/haben zu/APPR "
    "einer/ART diplomatischen/ADJA Lösung/NN des/ART Konflikts/NN aufgerufen/VVPP/aufrufen ./$."
)
KRITISIERT = (
    "Der/ART Plan/NN wurde/VAFIN/werden von/APPR der/ART Opposition/NN "
    "kritisiert/VVPP/kritisieren ./$."
)
LAWROW = (
    "Doch/KON der/ART russische/ADJA Außenminister/NN Sergej/NE Lawrow/NE sieht/VVFIN/sehen "
    "das/ART Land/NN als/APPR „/$( Spielball/NN Kiews/NE “/$( und/KON warnte/VVFIN/warnen "
    "vor/APPR Folgen/NN ./$."
)
BEOBACHTER = (
    "Politische/ADJA Beobachter/NN zeigen/VVFIN/zeigen sich/PRF vor/APPR allem/PIS "
    "enttäuscht/VVPP/enttäuschen von/APPR der/ART Ministerpräsidentin/NN ./$."
)
HAENNI = (
    "Hänni/NE erinnert/VVFIN/erinnern daran/PAV ,/$, dass/KOUS die/ART Schweiz/NE eine/ART "
    "Rolle/NN spielte/VVFIN/spielen ./$."
)
ZEIGTE = (
    "Die/ART Polizei/NN zeigte/VVFIN/zeigen den/ART Mann/NN an/PTKVZ ,/$, weil/KOUS er/PPER "
    "zu/PTKA schnell/ADJD fuhr/VVFIN/fahren ./$."
)
NADESCHDIN = "erklärte/VVFIN/erklären Nadeschdin/NE der/ART DW/NE ./$."
SEKRETAER = "erklärte/VVFIN/erklären der/ART Sprecher/NN der/ART Regierung/NN ./$."
BEOBACHTUNGSSTELLE = (
    "laut/APPR der/ART Syrischen/ADJA Beobachtungsstelle/NN für/APPR Menschenrechte/NN sowie/KON "
    "syrisch-libanesischen/ADJA Sicherheitsquellen/NN ./$."
)
FORUM = (
    "Zuletzt/ADV hatte/VAFIN/haben sich/PRF Landesbischof/NN Christian/NE Kopp/NE "
    "selbstkritisch/ADJD zur/APPRART Kommunikation/NN nach/APPR der/ART ForuM-Studie/NN "
    "geäußert/VVPP/äußern ./$."
)
RAKETEN = (
    "Israels/NE Armee/NN hat/VAFIN/haben einige/PIAT der/ART Raketen/NN nach/APPR eigenen/ADJA "
    "Angaben/NN/Angabe abgefangen/VVPP/abfangen ./$."
)


def person(doc, *texts: str):
    """Mark the tokens ``texts`` as a PER entity (the NER's part of the base pipeline)."""
    for token in doc:
        if token.text in texts:
            token.ent_type_ = "PER"
    return doc


@pytest.fixture(scope="module")
def model():
    return load_model()


def test_a_speech_act_in_the_perfect_is_a_reported_statement_of_the_subject(model):
    doc = person(tagged(BLINKEN), "Antony", "Blinken")
    assert words(doc, perfect_act(doc[:])) == "hat aufgerufen"
    found = model(doc)
    assert [(f.type, words(doc, f.speaker)) for f in found] == [
        ("Reported", "Der amerikanische Aussenminister Antony Blinken")
    ]


def test_a_passive_participle_is_no_speech_act():
    doc = tagged(KRITISIERT)
    assert perfect_act(doc[:]) == []
    assert speech_act(doc[:]) == []


def test_quoted_words_do_not_keep_a_speech_act_from_being_reported(model):
    doc = person(tagged(LAWROW), "Sergej", "Lawrow")
    found = model(doc)
    assert [(f.type, words(doc, f.speaker)) for f in found] == [
        ("Reported", "der russische Außenminister Sergej Lawrow")
    ]


def test_zeigte_sich_with_a_participle_is_a_speech_act():
    doc = tagged(BEOBACHTER)
    assert words(doc, speech_act(doc[:])) == "zeigen"


def test_a_dass_clause_makes_a_verb_of_saying_a_cue(model):
    doc = tagged(HAENNI)
    assert words(doc, that_clause_cues(doc[:], set())) == "erinnert"
    found = model(doc)
    assert [(f.type, words(doc, f.speaker)) for f in found][:1] == [("Indirect", "Hänni")]
    assert words(doc, found[0].quote).startswith("dass die Schweiz")


def test_a_weil_clause_makes_no_cue():
    doc = tagged(ZEIGTE)
    assert that_clause_cues(doc[:], set()) == []


def test_a_persons_name_takes_no_genitive_but_a_role_noun_does():
    doc = person(tagged(NADESCHDIN), "Nadeschdin")
    assert words(doc, np_from(doc, 1, len(doc))) == "Nadeschdin"
    doc = tagged(SEKRETAER)
    assert words(doc, np_from(doc, 1, len(doc))) == "der Sprecher der Regierung"


def test_an_institution_keeps_its_fuer_attribute_up_to_the_next_phrase():
    doc = tagged(BEOBACHTUNGSSTELLE)
    assert words(doc, noun_phrase(doc, 1, len(doc))) == (
        "der Syrischen Beobachtungsstelle für Menschenrechte"
    )


def test_nach_after_a_noun_is_an_attribute_unless_it_names_a_plain_source():
    doc = tagged(FORUM)
    assert nach_source(doc, doc[:], set()) is None
    doc = tagged(RAKETEN)
    cue, speaker = nach_source(doc, doc[:], set())
    assert doc[cue].text == "nach" and words(doc, speaker) == "eigenen Angaben"


def test_a_text_cut_after_a_verb_of_saying_is_no_error():
    # fuzzing found it: the SVB article (fed report) truncated right after „eingeräumt“
    doc = tagged(
        "Die/ART Federal/NE Reserve/NE hat/VAFIN/haben Versäumnisse/NN eingeräumt/VVPP/einräumen"
    )
    assert that_clause_cues(doc[:], set()) == []


# Wikinews train 57933: a statement in the passive; its „von“-agent speaks, not its subject.
ANGEZWEIFELT = (
    "Dieses/PDAT Ergebnis/NN wurde/VAFIN/werden von/APPR den/ART Wahlverlierern/NN "
    "angezweifelt/VVPP/anzweifeln ,/$, vor/APPR allem/PIS ,/$, weil/KOUS auch/ADV aus/APPR "
    "Gebieten/NN hervorragende/ADJA Ergebnisse/NN gemeldet/VVPP/melden wurden/VAFIN/werden ./$."
)


def test_the_agent_of_a_passive_statement_is_its_speaker():
    doc = tagged(ANGEZWEIFELT)
    assert words(doc, reported_speaker(doc, doc[:])) == "den Wahlverlierern"


# Wikinews train 65110 (Guttenberg): the „von“-agent that opens a passive statement speaks.
VON_DER_OPPOSITION = (
    "Von/APPR der/ART Opposition/NN wurde/VAFIN/werden die/ART Art/NN des/ART Besuchs/NN "
    "als/APPR unangemessen/ADJD kritisiert/VVPP/kritisieren ./$."
)


def test_the_fronted_agent_of_a_passive_statement_is_its_speaker():
    doc = tagged(VON_DER_OPPOSITION)
    assert words(doc, reported_speaker(doc, doc[:])) == "der Opposition"
