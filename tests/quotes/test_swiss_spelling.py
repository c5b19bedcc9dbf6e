"""Swiss spelling (issue 12, task swiss): Swiss German writes every „ß“ as „ss“ („hiess es“,
„heisst es“, „liess sich“, „äusserte sich“, „grosse“). The base pipeline reads such a word as
its „ß“ form (``zitate.nlp.eszett``: ``lower_``, ``norm_``, lemma; the text stays), so the
lexicons of the later stages find it; a word of its own with „ss“ („dass“) stays.

Sentences of the dev page fundus__ch__NZZ_2024_07_18 (NZZ, 18 July 2024), in its Swiss spelling
and in the spelling of Germany, run through the committed base pipeline (fixtures ``nlp`` and
``analyse``).
"""

from __future__ import annotations

import pytest

from zitate.quotes.reported import speech_act

SICHERHEITSQUELLEN = (
    "Er sei getötet worden, als sein Fahrzeug im Osten des Landes getroffen worden sei, hiess es "
    "aus libanesischen Sicherheitsquellen."
)
HRW = (
    "Die bewaffneten Palästinenser hätten dabei zahlreiche Kriegsverbrechen und Verbrechen gegen "
    "die Menschlichkeit begangen, heisst es in einem Bericht der NGO."
)
ANGABEN = "Unabhängig liess sich das nicht überprüfen."
VERIFIZIEREN = "Die Angaben liessen sich zunächst nicht unabhängig verifizieren."
GRUPPE = "Die militante Gruppe äusserte sich zunächst nicht."
PIER = (
    "Nach Einschätzung des US-Militärs habe der Pier die beabsichtigte Wirkung erzielt, «nämlich "
    "eine sehr grosse Menge an Hilfsgütern in den Gazastreifen zu bringen und sicherzustellen, "
    "dass die Hilfe die Zivilbevölkerung im Gazastreifen schnell erreicht»."
)


def german(text: str) -> str:
    """The sentence in the spelling of Germany (every Swiss „ss“ of these sentences but „dass“)."""
    for swiss, eszett in [("hiess", "hieß"), ("heisst", "heißt"), ("liess", "ließ")]:
        text = text.replace(swiss, eszett)
    return text.replace("äusserte", "äußerte").replace("grosse", "große")


@pytest.mark.parametrize(
    ("text", "word", "lower", "lemma"),
    [
        (SICHERHEITSQUELLEN, "hiess", "hieß", "heißen"),
        (HRW, "heisst", "heißt", "heißen"),
        (ANGABEN, "liess", "ließ", "lassen"),
        (VERIFIZIEREN, "liessen", "ließen", "lassen"),
        (GRUPPE, "äusserte", "äußerte", "äußern"),
        (PIER, "grosse", "große", "groß"),
        (PIER, "dass", "dass", "dass"),
    ],
)
def test_a_swiss_word_reads_as_its_eszett_form(nlp, text, word, lower, lemma):
    for sentence in (text, german(text)):
        token = next(t for t in nlp(sentence) if t.lower_ == lower)
        assert token.text == (word if sentence == text else german(word))
        assert token.norm_ == lower
        assert token.lemma_ == lemma


@pytest.mark.parametrize("spell", [str, german])
@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (SICHERHEITSQUELLEN, "Er sei getötet", "libanesischen Sicherheitsquellen"),
        (HRW, "Die bewaffneten", "der NGO"),
    ],
)
def test_hiess_es_and_heisst_es_frame_an_indirect_statement(analyse, spell, text, opening, speaker):
    _, quotes, _ = analyse(spell(text))
    quote = next(q for q in quotes if q["text"].startswith(opening))
    assert quote["type"] == "Indirect"
    assert speaker in quote["speaker"]["text"]


@pytest.mark.parametrize("spell", [str, german])
def test_a_refusal_to_speak_is_no_statement(nlp, analyse, spell):
    """„äusserte sich zunächst nicht“: the gold of the page has no statement here."""
    assert speech_act(next(iter(nlp(spell(GRUPPE)).sents))) == []
    _, quotes, _ = analyse(spell(GRUPPE))
    assert quotes == []
