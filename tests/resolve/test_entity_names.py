"""Entity names (issue 12, item 4): the most complete name of an organisation, on real sentences.

Sentences of the dev pages of ``gold/speakers`` through the committed base pipeline (fixture
``nlp``); the quotation records are written by hand (speaker phrase, quoted span), so these tests
check the resolve stage alone: an abbreviation joins the name it abbreviates, a name in any case
gives its nominative, a short form joins its long name, and common nouns never become persons.
"""

from __future__ import annotations

import pytest

from zitate.resolve import resolve_speakers
from zitate.resolve.declension import nominative_adjectives, noun_gender, strong_nominative

from .test_speaker_entities import entity, quote


@pytest.fixture(scope="module")
def resolve(nlp):
    def run(text: str, *quotes: tuple) -> tuple[list[str | None], list[dict]]:
        records, entities = resolve_speakers(nlp(text), [quote(text, *q) for q in quotes])
        names = {e["id"]: e["name"] for e in entities}
        return [names.get((r["speaker"] or {}).get("entity")) for r in records], entities

    return run


def test_an_abbreviation_in_parentheses_names_the_phrase_before_it(resolve):
    """derstandard.at: the NER finds neither name; „Die IGGÖ“ is the Islamische
    Glaubensgemeinschaft."""
    text = (
        "Die Islamische Glaubensgemeinschaft (IGGÖ), die offizielle Vertretung der muslimischen "
        "Bevölkerung in Österreich, hält in einem Statement fest, dass sie die in Hamburg "
        'formulierten Forderungen "mit Besorgnis" sehe. Die IGGÖ verweist darauf, dass es '
        '"schwierig" sei, alternative Narrative anzubieten.'
    )
    names, entities = resolve(
        text,
        ("die in Hamburg formulierten Forderungen", "Die Islamische Glaubensgemeinschaft (IGGÖ)",
         "hält", "Indirect"),
        ("schwierig", "Die IGGÖ", "verweist"),
    )  # fmt: skip
    assert names == ["Islamische Glaubensgemeinschaft", "Islamische Glaubensgemeinschaft"]
    assert "IGGÖ" in entity(entities, "Islamische Glaubensgemeinschaft")["aliases"]


def test_an_abbreviation_after_a_genitive_and_a_coordination(resolve):
    """derstandard.at, faz.net: „aus der Direktion Staatsschutz und Nachrichtendienst (DSN)“,
    „des Schweizer Nachrichtendienstes (NDB)“ — named in the nominative."""
    text = (
        'Allerdings seien sie "realweltlich" noch nicht in Erscheinung getreten, heißt es aus '
        "der Direktion Staatsschutz und Nachrichtendienst (DSN). Nach Angaben des Schweizer "
        "Nachrichtendienstes (NDB) arbeiten in Genf und Bern nach wie vor rund 220 Russen. Davon "
        "sei mindestens ein Drittel für russische Nachrichtendienste tätig, schreibt der NDB in "
        "seinem Lagebericht."
    )
    names, entities = resolve(
        text,
        ("noch nicht in Erscheinung getreten", "Direktion Staatsschutz und Nachrichtendienst",
         None, "Indirect"),
        ("mindestens ein Drittel für russische Nachrichtendienste tätig", "der NDB", "schreibt",
         "Indirect"),
    )  # fmt: skip
    assert names == ["Direktion Staatsschutz und Nachrichtendienst", "Schweizer Nachrichtendienst"]
    assert "DSN" in entity(entities, "Direktion Staatsschutz und Nachrichtendienst")["aliases"]


def test_the_name_in_parentheses_after_an_abbreviation(resolve):
    """welt.de: „Der AStA (Allgemeiner Studierendenausschuss)“ — later „Der AStA“ alone."""
    text = (
        "Der AStA (Allgemeiner Studierendenausschuss) verkläre die Vorfälle, sagte Lucke am "
        "Samstag der Deutschen Presse-Agentur in Hamburg. Der AStA wies das zurück: „Wir haben "
        "nicht zu den Störungen aufgerufen.“"
    )
    names, entities = resolve(text, ("Wir haben nicht zu den Störungen", "Der AStA", "wies"))
    assert names == ["Allgemeiner Studierendenausschuss"]
    assert "AStA" in entity(entities, "Allgemeiner Studierendenausschuss")["aliases"]


def test_a_short_form_joins_the_long_name(resolve):
    """spiegel.de: „Federal Reserve“ in the heading and the text, „die Fed“ after it."""
    text = (
        "Federal Reserve räumt Versäumnisse bei Aufsicht ein\n\nAuf über 100 Seiten hat die "
        "Federal Reserve den Zusammenbruch der Silicon Valley Bank analysiert. Darin führte die "
        "Fed aus, dass sich ihre Aufsichtspraktiken von 2018 bis 2021 verändert hätten."
    )
    names, _ = resolve(
        text,
        ("dass sich ihre Aufsichtspraktiken von 2018 bis 2021 verändert hätten", "die Fed",
         "führte", "Indirect"),
    )  # fmt: skip
    assert names == ["Federal Reserve"]


def test_a_dative_name_is_named_in_the_nominative(resolve):
    """mdr.de: „laut Statistischem Bundesamt“ -> „Statistisches Bundesamt“."""
    text = (
        "Der niederländische Konzern schlachtet an verschiedenen Standorten in Europa und zählte, "
        "Stand 2018, laut Statistischem Bundesamt zu den Top drei der deutschen "
        "Schweineschlachter."
    )
    names, _ = resolve(
        text, ("zu den Top drei der deutschen Schweineschlachter", "Statistischem Bundesamt",
               "laut", "Reported"),
    )  # fmt: skip
    assert names == ["Statistisches Bundesamt"]


def test_a_capitalised_adjective_of_an_organisation_without_ner(resolve):
    """nzz.ch: „laut der Syrischen Beobachtungsstelle für Menschenrechte“."""
    text = (
        "Bei einem der Opfer handelt es sich laut der Syrischen Beobachtungsstelle für "
        "Menschenrechte um einen Kommandanten."
    )
    names, _ = resolve(
        text, ("Bei einem der Opfer handelt es sich", "der Syrischen Beobachtungsstelle für "
               "Menschenrechte", "laut", "Reported"),
    )  # fmt: skip
    assert names == ["Syrische Beobachtungsstelle für Menschenrechte"]


def test_no_abstract_noun_is_a_persons_alias(resolve):
    """nzz.ch: „dem israelischen Minister für strategische Angelegenheiten, Ron Dermer“."""
    text = (
        "Bei einem Treffen mit dem israelischen Sicherheitsberater Tzachi Hanegbi und dem "
        "israelischen Minister für strategische Angelegenheiten, Ron Dermer, habe Blinken "
        "betont, dass es wichtig sei, eine weitere Eskalation zu vermeiden."
    )
    _, entities = resolve(text)
    aliases = entity(entities, "Ron Dermer")["aliases"]
    assert not any(a.startswith("Angelegenheit") for a in aliases)


def test_a_role_and_a_common_noun_are_no_person(resolve):
    """faz.net heading: „Parteiübergreifend schlagen Sicherheitspolitiker Alarm.“"""
    text = (
        "Die Regierung in Bern schaut tatenlos zu. Parteiübergreifend schlagen "
        "Sicherheitspolitiker Alarm."
    )
    _, entities = resolve(text)
    assert not [e for e in entities if e["kind"] == "PER" and e["name"] == "Alarm"]


@pytest.mark.parametrize(
    ("adjectives", "noun", "expected"),
    [
        (["Statistischem"], "Bundesamt", ["Statistisches"]),
        (["Deutscher"], "Bahn", ["Deutsche"]),
        (["südkoreanischen"], "Geheimdienst", ["südkoreanischer"]),
        (["Schweizer"], "Nachrichtendienst", ["Schweizer"]),  # a place's adjective
        (["Thüringer"], "Gesundheitsministerium", ["Thüringer"]),
        (["Vereinigten", "Arabischen"], "Emirate", None),  # a plural: gender unknown
    ],
)
def test_strong_nominative_of_name_adjectives(adjectives, noun, expected):
    assert nominative_adjectives(adjectives, noun) == expected


def test_noun_gender_by_the_longest_ending():
    assert [noun_gender(n) for n in ("Landtag", "Rathaus", "Staatskanzlei", "Krankheit")] == [
        "m", "n", "f", "f"
    ]  # fmt: skip
    assert strong_nominative("israelischen", "n") == "israelisches"


def test_a_statement_noun_is_the_word_of_the_organisation_named_after_it(resolve):
    """sueddeutsche.de: „Die Ankündigungen von Deutscher Bahn und Bundesverkehrsminister
    Andreas Scheuer (CSU) versprachen …“ — the first named, in the nominative."""
    text = (
        "Die Ankündigungen von Deutscher Bahn und Bundesverkehrsminister Andreas Scheuer (CSU) "
        "versprachen vergangene Woche viel: Der geplante Deutschlandtakt der Bahn habe "
        "eigentlich nur Vorteile."
    )
    speaker = "Die Ankündigungen von Deutscher Bahn und Bundesverkehrsminister Andreas Scheuer"
    names, entities = resolve(
        text, ("Der geplante Deutschlandtakt der Bahn habe", speaker, "versprachen", "Indirect")
    )
    assert names == ["Deutsche Bahn"]
    assert not [e for e in entities if e["name"].startswith("Ankündigungen")]


def test_a_place_adjective_stays_in_a_group_name(resolve):
    """faz.net: „haben Schweizer Sicherheitspolitiker … Gegenmaßnahmen verlangt“."""
    text = (
        "Angesichts der Rolle Genfs als Drehkreuz für Attentäter haben Schweizer "
        "Sicherheitspolitiker parteiübergreifend Gegenmaßnahmen verlangt."
    )
    names, _ = resolve(
        text, ("parteiübergreifend Gegenmaßnahmen verlangt", "Schweizer Sicherheitspolitiker",
               "verlangt", "Reported"),
    )  # fmt: skip
    assert names == ["Schweizer Sicherheitspolitiker"]


def test_a_pronoun_after_an_unnamed_person_names_no_one(resolve):
    """tagesschau.de: „Der Mann veröffentlicht … Er sagt von sich selbst, dass …“ is the unnamed
    hacker, not the data protection officer quoted before; before „Der Mann“, „er“ is Caspar."""
    text = (
        "Der Hamburger Datenschutzbeauftragte Johannes Caspar erklärt, dass Unternehmen eine "
        "enge Frist haben, um derartige Vorfälle zu melden. „Die Meldung muss grundsätzlich "
        "innerhalb von 72 Stunden erfolgen“, sagte er dem NDR.\n\n"
        "NDR-Reporter konnten die Person recherchieren, die die Daten mutmaßlich veröffentlicht "
        "hat. Der Mann veröffentlicht regelmäßig im sogenannten Darknet gehackte Informationen. "
        "Er sagt von sich selbst, dass er aus aktivistischen Beweggründen gehandelt habe."
    )
    names, _ = resolve(
        text,
        ("Die Meldung muss grundsätzlich", "er", "sagte"),
        ("er aus aktivistischen Beweggründen gehandelt habe", "Er", "sagt", "Indirect"),
    )  # fmt: skip
    assert names == ["Johannes Caspar", None]


def test_a_place_named_after_its_kind_is_the_speaker(resolve):
    """mdr.de: „signalisiert das Land Thüringen nun konkrete Unterstützung“ — the place's
    administration („Land Thüringen“, see ``test_canonical_names``), not the last person named
    before („Tönnies“)."""
    text = (
        "Hinter Tönnies und vor Westfleisch. Auch im ostthüringischen Altenburg hält ein Betrieb "
        "durch.\n\nAllein bei der Beseitigung von kranken Tierkadavern signalisiert das Land "
        "Thüringen nun konkrete Unterstützung."
    )
    names, entities = resolve(
        text, ("nun konkrete Unterstützung", "das Land Thüringen", "signalisiert", "Reported")
    )
    assert names == ["Land Thüringen"]
    assert entity(entities, "Land Thüringen")["kind"] == "ORG"


def test_a_full_name_and_the_name_the_text_says_a_person_is_called_by_are_one(resolve):
    """n-tv.de: „Gerd Harry Lybke, von allen einfach Judy genannt“ is „Judy Lybke“, named as
    the article names him most; „er“ after the full name is him."""
    text = (
        "Seine Begeisterung reißt mit: Gerd Harry "
        "Lybke, von allen einfach Judy genannt, ist im komplexen Kunstdickicht der Typ, an den "
        'man sich erinnert. Judy Lybke ist der Kopf hinter diesem Erfolg. "Wir bestehen mit '
        'hoher Qualität auf Augenhöhe mit den 100 führenden Galerien der Welt", sagt Judy '
        "Lybke ntv. Es gibt 18 Stasi-Akten über Judy Lybke inklusive Geruchsproben-Tüchern. "
        '"Da bin ich stolz wie Bolle gewesen. Meine Anzüge sind wie eine Wohnung für mich", '
        "sagt er."
    )
    names, entities = resolve(
        text,
        ("Wir bestehen mit hoher Qualität auf Augenhöhe mit den 100 führenden Galerien der Welt",
         "Judy Lybke", "sagt"),
        ("Da bin ich stolz wie Bolle gewesen. Meine Anzüge sind wie eine Wohnung für mich", "er",
         "sagt"),
    )  # fmt: skip
    assert names == ["Judy Lybke", "Judy Lybke"]
    assert [e["name"] for e in entities if "Lybke" in e["name"]] == ["Judy Lybke"]


def test_a_nickname_needs_the_same_surname(resolve):
    """„genannt“ before a first name of another person's surname joins nothing."""
    text = (
        "Gerd Harry Lybke, von allen einfach Judy genannt, lud ein. Judy Garland sang. "
        '"Es war ein schöner Abend", sagte Judy Garland.'
    )
    _, entities = resolve(text, ("Es war ein schöner Abend", "Judy Garland", "sagte"))
    names = sorted(e["name"] for e in entities if e["kind"] == "PER")
    assert names == ["Gerd Harry Lybke", "Judy Garland"]
