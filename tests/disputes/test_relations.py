"""Disputes inside one article (the disputes stage) and the denial handling of the attribution
model, on real German news sentences run through the committed base pipeline and the shipped
quotation models."""

from __future__ import annotations

import pytest

from zitate.disputes import find_relations

ARTICLE = (
    "Das russische Militär sprach davon, dass die ukrainischen Einheiten in der Region Kursk "
    "vollständig eingeschlossen seien. "
    "Der ukrainische Generalstab weist diese Darstellung zurück. "
    "Eine Gefahr der Einkesselung bestehe nicht, die Truppen hätten sich auf vorbereitete "
    "Stellungen zurückgezogen."
)


def speaker(quote) -> str | None:
    return (quote["speaker"] or {}).get("text")


def test_denial_is_a_statement_and_its_konjunktiv_continues_the_denier(analyse):
    _, quotes, _ = analyse(ARTICLE)
    assert [q["type"] for q in quotes] == ["Indirect", "Reported", "IndirectFreeIndirect"]
    assert [speaker(q) for q in quotes] == [
        "Das russische Militär",
        "Der ukrainische Generalstab",
        "Der ukrainische Generalstab",
    ]
    assert quotes[1]["cue"]["text"] == "weist zurück"
    assert quotes[2]["text"].startswith("Eine Gefahr der Einkesselung bestehe nicht")


def triples(relations) -> list[tuple[str, str, str]]:
    return [(r["type"], r["source"], r["target"]) for r in relations]


def test_denial_and_its_continuation_dispute_the_earlier_claim(analyse):
    doc, quotes, entities = analyse(ARTICLE)
    relations = find_relations(doc, quotes, entities)
    assert triples(relations) == [
        ("denies", quotes[1]["id"], quotes[0]["id"]),
        ("contradicts", quotes[2]["id"], quotes[0]["id"]),
    ]
    assert all(0 < r["confidence"] < 1 for r in relations)


def test_contradiction_verb_as_cue(analyse):
    doc, quotes, _ = analyse(
        "Verkehrsminister Volker Wissing sagte, die Strecke werde im Mai wieder freigegeben. "
        "Die Deutsche Bahn widersprach: Vor dem Herbst könne kein Zug fahren."
    )
    relations = find_relations(doc, quotes)
    assert [r["type"] for r in relations] == ["contradicts"]
    source = next(q for q in quotes if q["id"] == relations[0]["source"])
    target = next(q for q in quotes if q["id"] == relations[0]["target"])
    assert speaker(target) == "Verkehrsminister Volker Wissing"
    assert "Bahn" in speaker(source)


def test_no_dispute_between_statements_of_one_speaker(analyse):
    doc, quotes, _ = analyse(
        "Kanzler Olaf Scholz sagte, die Regierung werde die Hilfen verlängern. "
        "Scholz wies Berichte über einen Streit in der Koalition zurück."
    )
    assert len(quotes) == 2
    assert find_relations(doc, quotes) == []


def test_no_relation_without_a_denial(analyse):
    doc, quotes, _ = analyse(
        "Die Polizei teilte mit, der Täter sei gefasst worden. "
        "Der Bürgermeister sagte, die Stadt sei erleichtert."
    )
    assert len(quotes) == 2
    assert find_relations(doc, quotes) == []


def test_laut_source_before_a_verb(analyse):
    _, quotes, _ = analyse("Laut Generalstab wurden die Angriffe in der Nacht abgewehrt.")
    (quote,) = quotes
    assert speaker(quote) == "Generalstab"
    assert quote["cue"]["text"] == "Laut"
    assert quote["text"] == "wurden die Angriffe in der Nacht abgewehrt"


def test_two_quoted_words_attributed_by_a_cue_are_a_direct_quotation(analyse):
    _, quotes, _ = analyse(
        "Der Kreml äußerte sich „vorsichtig optimistisch“ über die Gespräche in Genf."
    )
    assert [(q["type"], q["text"], speaker(q)) for q in quotes] == [
        ("Direct", "„vorsichtig optimistisch“", "Der Kreml")
    ]


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        (
            "„Wir brauchen mehr Kitaplätze“, sagte Familienministerin Kristina Schröder dem "
            "Deutschlandfunk.",
            "dem Deutschlandfunk",
        ),
        (
            "Die Opposition warf der Bundesregierung vor, die Krise verschärft zu haben.",
            "der Bundesregierung",
        ),
        (
            "Der Minister sagte gegenüber Journalisten, die Lage sei unter Kontrolle.",
            "Journalisten",
        ),
    ],
)
def test_addressee_dative_object_or_gegenueber(analyse, text, addressee):
    _, quotes, _ = analyse(text)
    assert [(q["addressee"] or {}).get("text") for q in quotes] == [addressee]


def test_subject_after_the_cue_is_not_an_addressee(analyse):
    _, quotes, _ = analyse("„Die Lage ist ernst“, sagte der Minister am Abend.")
    (quote,) = quotes
    assert speaker(quote) == "der Minister"
    assert quote["addressee"] is None
