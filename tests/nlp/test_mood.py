"""Verb mood from conjugation paradigms (issue 2): Konjunktiv I/II vs indicative."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from zitate.nlp.mood import MoodAnnotator, paradigm_cells


def annotate(words, tags, lemmas):
    nlp = spacy.blank("de")
    doc = Doc(nlp.vocab, words=words, tags=tags, lemmas=lemmas)
    return MoodAnnotator(nlp)(doc)


@pytest.mark.parametrize(
    ("words", "tags", "lemmas", "i", "mood", "person"),
    [
        # „Eine Gefahr bestehe nicht“ — Konjunktiv I of a noun subject
        (
            ["Eine", "Gefahr", "bestehe", "nicht"],
            ["ART", "NN", "VVFIN", "PTKNEG"],
            ["ein", "Gefahr", "bestehen", "nicht"],
            2,
            "Sub",
            "3",
        ),
        (
            ["Eine", "Gefahr", "besteht", "nicht"],
            ["ART", "NN", "VVFIN", "PTKNEG"],
            ["ein", "Gefahr", "bestehen", "nicht"],
            2,
            "Ind",
            "3",
        ),
        # „habe“: Konjunktiv with „er“, indicative with „ich“
        (
            ["Er", "habe", "Putin", "gebeten"],
            ["PPER", "VAFIN", "NE", "VVPP"],
            ["er", "haben", "Putin", "bitten"],
            1,
            "Sub",
            "3",
        ),
        (
            ["Ich", "habe", "Putin", "gebeten"],
            ["PPER", "VAFIN", "NE", "VVPP"],
            ["ich", "haben", "Putin", "bitten"],
            1,
            "Ind",
            "1",
        ),
        # verb-final clause, subject far to the left
        (
            [",", "dass", "ich", "es", "nicht", "gesehen", "habe"],
            ["$,", "KOUS", "PPER", "PPER", "PTKNEG", "VVPP", "VAFIN"],
            [",", "dass", "ich", "es", "nicht", "sehen", "haben"],
            6,
            "Ind",
            "1",
        ),
        (
            ["Die", "Truppen", "seien", "eingekesselt"],
            ["ART", "NN", "VAFIN", "VVPP"],
            ["der", "Truppe", "sein", "einkesseln"],
            2,
            "Sub",
            "3",
        ),
        (
            ["Die", "Truppen", "sind", "eingekesselt"],
            ["ART", "NN", "VAFIN", "VVPP"],
            ["der", "Truppe", "sein", "einkesseln"],
            2,
            "Ind",
            "3",
        ),
        (
            ["Man", "müsse", "handeln"],
            ["PIS", "VMFIN", "VVINF"],
            ["man", "müssen", "handeln"],
            1,
            "Sub",
            "3",
        ),
        (
            ["Er", "muss", "handeln"],
            ["PPER", "VMFIN", "VVINF"],
            ["er", "müssen", "handeln"],
            1,
            "Ind",
            "3",
        ),
        (
            ["Das", "wäre", "ein", "Fehler"],
            ["PDS", "VAFIN", "ART", "NN"],
            ["der", "sein", "ein", "Fehler"],
            1,
            "Sub",
            "3",
        ),
        # the umlauted Konjunktiv II of „brauchen“ that no paradigm lists (10kGNAD, derStandard:
        # „Trotzdem bräuchten Lehrer eine Art Basisschulung darin, …“)
        (
            ["Trotzdem", "bräuchten", "Lehrer", "eine", "Art", "Basisschulung"],
            ["PROAV", "VVFIN", "NN", "ART", "NN", "NN"],
            ["trotzdem", "brauchen", "Lehrer", "ein", "Art", "Basisschulung"],
            1,
            "Sub",
            "3",
        ),
        # weak preterite = Konjunktiv II form: read as indicative
        (
            ["Trump", "sagte", "das"],
            ["NE", "VVFIN", "PDS"],
            ["Trump", "sagen", "der"],
            1,
            "Ind",
            "3",
        ),
    ],
)
def test_mood_of_finite_verbs(words, tags, lemmas, i, mood, person):
    doc = annotate(words, tags, lemmas)
    assert doc[i].morph.get("Mood") == [mood]
    assert doc[i].morph.get("Person") == [person]
    assert doc[i].morph.get("VerbForm") == ["Fin"]


def test_separable_verb_finite_part():
    doc = annotate(
        ["Der", "Generalstab", "weise", "diese", "Darstellung", "zurück"],
        ["ART", "NN", "VVFIN", "PDAT", "NN", "PTKVZ"],
        ["der", "Generalstab", "zurückweisen", "dieser", "Darstellung", "zurück"],
    )
    assert doc[2].morph.get("Mood") == ["Sub"]
    cells = paradigm_cells("zurückweisen", "weist")
    assert {c.mood for c in cells} == {"Ind"}


def test_non_verbs_untouched():
    doc = annotate(["Die", "Gefahr"], ["ART", "NN"], ["der", "Gefahr"])
    assert str(doc[1].morph) == ""


def test_konjunktiv_with_a_wrong_lemma_from_the_form():
    # „Er schäme sich zutiefst dafür.“ (BR, 2024): the lemmatiser gave „schommen“
    doc = annotate(
        ["Er", "schäme", "sich", "zutiefst", "dafür"],
        ["PPER", "VVFIN", "PRF", "ADV", "PAV"],
        ["er", "schommen", "sich", "zutiefst", "dafür"],
    )
    assert doc[1].morph.get("Mood") == ["Sub"]
    doc = annotate(["Ich", "schäme", "mich"], ["PPER", "VVFIN", "PRF"], ["ich", "schommen", "ich"])
    assert doc[1].morph.get("Mood") == ["Ind"]


def test_konjunktiv_of_a_noun_subject_where_the_lemma_is_the_form():
    # „Die Passivität der Regierung gefährde zudem die Sicherheit der in der Schweiz lebenden
    # Kritiker des russischen Regimes, …“ (FAZ, 2024): the lemmatiser gave back „gefährde“
    doc = annotate(
        ["Die", "Passivität", "der", "Regierung", "gefährde", "zudem", "die", "Sicherheit"],
        ["ART", "NN", "ART", "NN", "VVFIN", "ADV", "ART", "NN"],
        ["der", "Passivität", "der", "Regierung", "gefährde", "zudem", "der", "Sicherheit"],
    )
    assert doc[4].morph.get("Mood") == ["Sub"]
    assert doc[4].morph.get("Person") == ["3"]
