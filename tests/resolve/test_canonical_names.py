"""Canonical entity names (resolve stage), on real sentences of the dev pages of ``gold/speakers``:
an organisation's full name rather than its short form where the NER typed the full name as a
person („Federal Reserve“ and „die Fed“), the nominative of an organisation the NER typed as a
person („des Al-Ahli-Spitals“), a newspaper's whole title („der „New York Times““: „York“ is no
first name of a person here), and the full name of an organisation for its bare head noun
(„laut Gesundheitsministerium“ after „das zuständige Thüringer Gesundheitsministerium“); a
place's administration as a speaker is named by its kind and the place („Die Stadt Künzelsau“ ->
„Stadt Künzelsau“), the place alone stays the place; a group named first by its bare noun
and then with its place adjective takes the fuller name („Schweizer Sicherheitspolitiker“).

The texts go through the committed base pipeline (fixture ``nlp``); the quotation records are
written by hand (speaker phrase, quoted span), so these tests check the resolve stage alone.
"""

from __future__ import annotations

import pytest

from zitate.resolve import resolve_speakers

from .test_speaker_entities import quote

# spiegel.de, 2023-04-28: the heading and the first two paragraphs.
FED = (
    "Silicon Valley Bank: Federal Reserve räumt Versäumnisse bei Aufsicht ein\n\n"
    "Auf über 100 Seiten hat die Federal Reserve den Zusammenbruch der Silicon Valley Bank "
    "analysiert – und Mängel bei Überwachung und Regulierung festgestellt. Künftig müsse man "
    "schneller Risiken und Schwächen ausmachen können.\n\n"
    "Die Federal Reserve hat in einer Analyse des Zusammenbruchs der kalifornischen Silicon "
    "Valley Bank (SVB) Versäumnisse ihrer Aufsicht eingeräumt und strengere Regeln für "
    "Geldhäuser angekündigt. Die Aufsicht der Fed über die in Santa Clara ansässige Regionalbank "
    "habe sich als unzureichend erwiesen, die Regulierungsstandards seien zu schwach, teilte die "
    "US-Notenbank mit.\n\n"
    "Zwar stünde das Missmanagement wichtiger Risiken durch die Regionalbank im Kern hinter dem "
    "Untergang des Instituts, erklärte die Fed."
)
# t-online.de, 2026-01-07.
NYT = (
    "Das sozialistische Land ist stark vom Regime in Caracas abhängig. Laut Recherchen der "
    '"New York Times" nutzt Kuba das Öl jedoch nicht selbst, sondern verkauft einen großen '
    "Anteil an China weiter, um dringend benötigte Devisen zu erwirtschaften."
)
# nzz.ch, 2024-07-18.
SPITAL = (
    "Weitere neun Personen wurden bei einem israelischen Angriff auf den Eingang einer Schule "
    "des Uno-Flüchtlingshilfswerks UNRWA in der Stadt Gaza getötet, wie Mitarbeiter des "
    "Al-Ahli-Spitals sagten."
)
# 10kGNAD test row 702 (dev3).
STADT = (
    "Die Stadt Künzelsau teilte mit, dass die Innenstadt am Montag wegen Aufräumarbeiten für den "
    "Verkehr gesperrt bleibe."
)
# mdr.de, 2023-04-28.
MINISTERIUM = (
    "Allein bei der Beseitigung von kranken Tierkadavern signalisiert das Land Thüringen nun "
    "konkrete Unterstützung. Wie das zuständige Thüringer Gesundheitsministerium auf Nachfrage "
    "mitteilte, soll das sogenannte Tierische-Nebenprodukte-Beseitigungsgesetz so geändert "
    "werden, dass die Gebühren für die Tierkörperbeseitigung bis auf Weiteres zu je einem Drittel "
    "vom Tierhalter, den Landkreisen und kreisfreien Städten und dem Freistaat Thüringen getragen "
    "werden.\n\nBisher mussten die Tierhalter zwei Drittel der Kosten übernehmen. Sollte die "
    "Änderung beschlossen werden, sollen die Mittel dafür laut Gesundheitsministerium aus dem "
    "Landeshaushalt ab 2024 kommen."
)


@pytest.fixture(scope="module")
def resolve(nlp):
    def run(text: str, *quotes: tuple) -> tuple[list[str | None], list[dict]]:
        records, entities = resolve_speakers(nlp(text), [quote(text, *q) for q in quotes])
        names = {e["id"]: e["name"] for e in entities}
        return [names.get((r["speaker"] or {}).get("entity")) for r in records], entities

    return run


@pytest.mark.parametrize(
    ("text", "said", "speaker", "cue", "kind", "name"),
    [
        (NYT, "nutzt Kuba das Öl jedoch nicht selbst", 'der "New York Times"', "Laut",
         "Reported", "New York Times"),
        (SPITAL, "Weitere neun Personen wurden bei einem israelischen Angriff", "Mitarbeiter des "
         "Al-Ahli-Spitals", "sagten", "Indirect", "Al-Ahli-Spital"),
        (STADT, "dass die Innenstadt am Montag wegen Aufräumarbeiten", "Die Stadt Künzelsau",
         "teilte", "Indirect", "Stadt Künzelsau"),
        (MINISTERIUM, "nun konkrete Unterstützung", "das Land Thüringen", "signalisiert",
         "Reported", "Land Thüringen"),
    ],
    ids=["newspaper-title", "genitive-compound", "city", "state"],
)  # fmt: skip
def test_the_speaker_entity_has_the_full_nominative_name(resolve, text, said, speaker, cue,
                                                           kind, name):  # fmt: skip
    names, _ = resolve(text, (said, speaker, cue, kind))
    assert names == [name]


@pytest.mark.parametrize(
    ("text", "speaker", "name", "short"),
    [
        (FED, "die Fed", "Federal Reserve", "Fed"),
        (MINISTERIUM, "Gesundheitsministerium", "Thüringer Gesundheitsministerium",
         "Gesundheitsministerium"),
    ],
    ids=["short-form-of-a-per-typed-name", "head-noun"],
)  # fmt: skip
def test_a_short_form_is_the_organisation_of_the_full_name(analyse, text, speaker, name, short):
    """Through the shipped attribution model: the heading's „Federal Reserve“ becomes a PER
    speaker run, „die Fed“ an organisation; „laut Gesundheitsministerium“ a new organisation."""
    _, quotes, entities = analyse(text)
    kinds = {e["id"]: (e["name"], e["kind"]) for e in entities}
    said = [kinds.get(q["speaker"].get("entity")) for q in quotes
            if q.get("speaker") and q["speaker"]["text"] == speaker]  # fmt: skip
    assert said and set(said) == {(name, "ORG")}
    assert short not in {n for n, _ in kinds.values()}


def test_a_group_takes_the_name_with_its_place_adjective(resolve):
    """faz.net, 2024-04-17: the teaser's „Sicherheitspolitiker“ are the „Schweizer
    Sicherheitspolitiker“ of the text."""
    text = (
        "Russlands Geheimdienste nutzen Genf als Drehscheibe für Attentate in Europa. Die "
        "Regierung in Bern schaut tatenlos zu. Parteiübergreifend schlagen Sicherheitspolitiker "
        "Alarm.\n\nNach den jüngsten Enthüllungen über das Havanna-Syndrom und die Rolle Genfs "
        "als Drehkreuz für Attentäter haben Schweizer Sicherheitspolitiker parteiübergreifend "
        "Gegenmaßnahmen verlangt."
    )
    names, _ = resolve(
        text,
        ("Alarm", "Sicherheitspolitiker", "schlagen", "Reported"),
        ("parteiübergreifend Gegenmaßnahmen verlangt", "Schweizer Sicherheitspolitiker",
         "verlangt", "Reported"),
    )  # fmt: skip
    assert names == ["Schweizer Sicherheitspolitiker"] * 2
