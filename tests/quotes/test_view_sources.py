"""A point of view as source phrase: „aus (der) Sicht X“ names whose view the sentence states,
as „nach Ansicht X“ does (``quotes.sources.nach_source``). Wikinews gold marks it so: type
Indirect even with an indicative verb, cue „aus“, speaker „Sicht der Organisationen“.

Sentences: Wikinews train („Aktionen gegen …“, the organisations' lawsuit) and dev („Er
erläuterte die Klimapolitik aus Sicht Chinas.“), 10kGNAD rows 1017 (Idomeni) and 523 (BIG),
derStandard.at, run through the base pipeline, the shipped attribution model and speaker
resolution (fixture ``analyse``)."""

from __future__ import annotations

LAWSUIT = (
    "Die Klage gegen die geänderten Verhaltensregeln hat aus Sicht der Organisationen "
    "juristisch keine aufschiebende Wirkung."
)
IDOMENI = (
    "Brüssel – Die Räumung des improvisierten Flüchtlingslagers von Idomeni war aus Sicht der "
    "EU-Kommission ein richtiger Schritt."
)
BIG = "Aus Sicht der BIG ist die Abwicklung des Magazinvertriebs rechtskonform."
CHINA = "Er erläuterte die Klimapolitik aus Sicht Chinas."


def _with(quotes, words):
    return [q for q in quotes if words in q["text"]]


def test_view_in_the_middle_names_the_holder(analyse):
    _, quotes, _ = analyse(LAWSUIT)
    found = _with(quotes, "aufschiebende Wirkung")
    assert found, [q["text"][:40] for q in quotes]
    assert found[0]["type"] == "Indirect"
    assert found[0]["cue"]["text"] == "aus"
    assert "Organisationen" in found[0]["speaker"]["text"]
    assert "Sicht" not in found[0]["text"]


def test_view_after_the_verb_names_the_commission(analyse):
    _, quotes, entities = analyse(IDOMENI)
    found = _with(quotes, "richtiger Schritt")
    assert found, [q["text"][:40] for q in quotes]
    assert "EU-Kommission" in found[0]["speaker"]["text"]


def test_view_opening_the_sentence(analyse):
    _, quotes, _ = analyse(BIG)
    found = _with(quotes, "rechtskonform")
    assert found, [q["text"][:40] for q in quotes]
    assert "BIG" in found[0]["speaker"]["text"]
    assert found[0]["cue"]["text"] == "Aus"


def test_view_as_attribute_of_a_noun_is_no_source(analyse):
    """„die Klimapolitik aus Sicht Chinas“ is what he explained, not China's statement."""
    _, quotes, _ = analyse(CHINA)
    assert not any("Chinas" in (q["speaker"] or {}).get("text", "") for q in quotes), quotes


# Dev page (die-tagespost.de on intensive care in old age), a view of no one named: a field.
THERAPY = (
    "Eine Intensivtherapie mit einer so niedrigen Erfolgsrate und einem so hohen "
    "Nebenwirkungsprofil ist aus medizinischer Sicht speziell im Alter nicht indiziert."
)


def test_view_of_a_field_names_no_speaker(analyse):
    _, quotes, _ = analyse(THERAPY)
    assert not any("Sicht" in (q["speaker"] or {}).get("text", "") for q in quotes), quotes


# Wikinews train („Im Norden des Jemen …“): the possessive view continues the letter's report.
LETTER = (
    "Im Brief habe sich der Rebellenführer über die jemenitische Regierung beschwert. Sie trage "
    "aus seiner Sicht zu wenig zum Schutz der Zivilbevölkerung bei."
)


def test_possessive_view_is_no_new_source(analyse):
    _, quotes, _ = analyse(LETTER)
    assert not any("Sicht" in (q["speaker"] or {}).get("text", "") for q in quotes), quotes
