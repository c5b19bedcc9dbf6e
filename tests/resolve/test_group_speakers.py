"""Groups of people as speakers on real news (issue 12, resolve stage): a nominalised adjective
in the plural („Die deutschen Verantwortlichen“), a „-leute“ plural („Einige Landsleute“) and
a compound role noun the tagger took for a name („Sicherheitspolitiker“) become GROUP
entities named by the phrase, where they gave no entity before.

Excerpts of dev pages in ``shared/data/html`` (named per test) run through the committed base
pipeline, the shipped ``zitate_quotes`` model and ``resolve_speakers`` (fixture ``analyse``).
"""

from __future__ import annotations

from zitate.resolve.lexicons import is_person_plural


def _speaker_of(analyse, text: str, words: str) -> tuple[str | None, str | None]:
    """(name, kind) of the speaker entity of the quotation containing ``words``."""
    _, quotes, entities = analyse(text)
    by_id = {e["id"]: (e["name"], e["kind"]) for e in entities}
    quote = next((q for q in quotes if words in q["text"]), None)
    assert quote is not None, [q["text"] for q in quotes]
    return by_id.get((quote.get("speaker") or {}).get("entity"), (None, None))


def test_nominalised_adjective_plural_is_a_group(analyse):
    """handelsblatt.com (Grenzschließungen): „Die deutschen Verantwortlichen reden sich damit
    heraus, sie hätten …“ — the group „deutsche Verantwortliche“."""
    name, kind = _speaker_of(
        analyse,
        "Selten wurde ein verbindlicher Vertrag so schnell behandelt, als existiere er nicht. "
        "Die deutschen Verantwortlichen reden sich damit heraus, sie hätten ihr Vorgehen mit "
        "Frankreich abgestimmt. Eine faustdicke Lüge.",
        "Vorgehen mit Frankreich",
    )
    assert (name, kind) == ("deutsche Verantwortliche", "GROUP")


def test_leute_plural_is_a_group(analyse):
    """handelsblatt.com (Grenzschließungen): „Einige Landsleute hätten ihm sogar gesagt: „…““
    — the group „Landsleute“, not the mayor named before."""
    name, kind = _speaker_of(
        analyse,
        "So auch der Bürgermeister von Grosbliederstroff, Joël Niederlaender. „Ich mache mir "
        "keine Sorgen um die deutsch-französische Freundschaft“, sagt er. Er spüre, dass sich "
        "die Beziehungen verschlechtert hätten. Einige Landsleute hätten ihm sogar gesagt: "
        "„Das geht ja wieder los wie 1939/40.“",
        "1939/40",
    )
    assert (name, kind) == ("Landsleute", "GROUP")


def test_role_compound_tagged_as_name_is_a_group(analyse):
    """faz.net (russische Spione in der Schweiz), teaser: „Parteiübergreifend schlagen
    Sicherheitspolitiker Alarm.“ — the tagger reads the compound as a name the NER does not
    know; it is the group „Sicherheitspolitiker“."""
    name, kind = _speaker_of(
        analyse,
        "Russlands Geheimdienste nutzen Genf als Drehscheibe für Attentate in Europa. Die "
        "Regierung in Bern schaut tatenlos zu. Parteiübergreifend schlagen Sicherheitspolitiker "
        "Alarm.",
        "Alarm",
    )
    assert (name, kind) == ("Sicherheitspolitiker", "GROUP")


def test_person_plural_forms():
    """The forms alone: nominalised adjectives and „-leute“ are persons, short look-alikes and
    collective nouns are not."""
    assert is_person_plural("Verantwortlichen")
    assert is_person_plural("Jugendlichen")
    assert is_person_plural("Fachleute")
    assert not is_person_plural("Feigen")
    assert not is_person_plural("Behörden")
