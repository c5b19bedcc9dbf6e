"""Speaker phrase -> document entity (issue 12, item 4) on real German sentences of the dev pages.

The sentences run through the committed base pipeline (fixture ``nlp``: tagger, lemmas, NER);
the quotation records are written here by hand (speaker phrase, cue, quoted span), so these tests
check the resolve stage alone, whatever the attribution model finds.
"""

from __future__ import annotations

import re

import pytest

from zitate.resolve import resolve_speakers


def quote(text: str, said: str, speaker: str | None, cue: str | None = None, kind="Direct"):
    """A quotation record of ``text``: the span of ``said``, the speaker phrase ``speaker`` (its
    last occurrence before or after the quoted words) and ``cue``."""
    start = text.index(said)
    record = {"type": kind, "spans": [[start, start + len(said)]], "speaker": None, "cue": None}
    for role, words in (("speaker", speaker), ("cue", cue)):
        if words is not None:
            found = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", text)]
            before = [at for at in found if at < start]
            at = before[-1] if before else next(at for at in found if at > start)
            record[role] = {"text": words, "spans": [[at, at + len(words)]]}
    return record


@pytest.fixture(scope="module")
def resolve(nlp):
    def run(text: str, *quotes: tuple) -> tuple[list[str | None], list[dict]]:
        doc = nlp(text)
        records, entities = resolve_speakers(doc, [quote(text, *q) for q in quotes])
        names = {e["id"]: e for e in entities}
        found = [(r["speaker"] or {}).get("entity") for r in records]
        return [names[i]["name"] if i in names else None for i in found], entities

    return run


def entity(entities: list[dict], name: str) -> dict:
    (found,) = [e for e in entities if e["name"] == name]
    return found


def test_a_role_in_compound_with_a_name_is_an_alias_of_the_full_name(resolve):
    """derstandard.at: „Falk Schnabel“ (the tagger takes „Schnabel“ for a common noun)."""
    text = (
        "Dass sie gestattet worden war, erklärt Hamburgs Polizeipräsident Falk Schnabel mit der "
        "Rechtsgrundlage: „Es war die einhellige Meinung aller Juristen, dass sich ein Verbot "
        "nicht rechtfertigen lässt.“"
    )
    names, entities = resolve(
        text, ("Es war die einhellige", "Hamburgs Polizeipräsident Falk Schnabel", "erklärt")
    )
    assert names == ["Falk Schnabel"]
    assert "Polizeipräsident" in entity(entities, "Falk Schnabel")["aliases"]


def test_a_name_with_a_particle_is_one_name(resolve):
    """derstandard.at: „Abdullah bin Zayed“, then „er“."""
    text = (
        "Um seine Botschaft zu unterstreichen, wechselte Abdullah bin Zayed, Außenminister der "
        "Vereinigten Arabischen Emirate, ins Englische: „Der Tag wird kommen“, sagt er."
    )
    names, _ = resolve(text, ("Der Tag wird kommen", "er", "sagt"))
    assert names == ["Abdullah bin Zayed"]


def test_a_speaker_phrase_inside_a_reported_statement_is_no_quoted_text(resolve):
    """tagesspiegel.de: „sie“ is Samantha Burgess, named inside the span of the Reported
    statement before it, not Johanna Baehr named earlier."""
    text = (
        "„Temperaturschwankungen im Ozean könnten das Auftreten von Hitzewellen begünstigen“, "
        "sagte Johanna Baehr von der Universität Hamburg.\n\nDarauf verweist auch die "
        "stellvertretende Direktorin des europäischen Klimaprogramms Copernicus Samantha "
        "Burgess. „Wir wissen aber, dass hohe Temperaturen an der Meeresoberfläche zu mehr "
        "Feuchtigkeit in der Atmosphäre führen“, sagte sie."
    )
    speaker = "die stellvertretende Direktorin des europäischen Klimaprogramms Copernicus Samantha Burgess"  # noqa: E501
    names, _ = resolve(
        text,
        ("Temperaturschwankungen im Ozean", "Johanna Baehr", "sagte"),
        ("Darauf verweist auch die", speaker, "verweist", "Reported"),
        ("Wir wissen aber", "sie", "sagte sie"),
    )
    assert names == ["Johanna Baehr", "Samantha Burgess", "Samantha Burgess"]


def test_a_party_role_links_to_the_person_of_that_party(resolve):
    """welt.de: „der CDU-Spitzenkandidat“ is Mario Voigt, not the AfD-Spitzenkandidat named
    last."""
    text = (
        "In der TV-Debatte wirft AfD-Spitzenkandidat Björn Höcke seinem CDU-Kontrahenten Mario "
        "Voigt vor, das Publikum belogen zu haben. Voigt verweist auf ein Video. „Was? Das ist "
        "doch absurd“, schimpft Björn Höcke. Er lasse sich nur „ungern unterstellen, dass ich "
        "wahrheitswidrig etwas sage“, kontert der CDU-Spitzenkandidat."
    )
    names, entities = resolve(
        text,
        ("Was? Das ist doch absurd", "Björn Höcke", "schimpft"),
        ("ungern unterstellen", "der CDU-Spitzenkandidat", "kontert"),
    )
    assert names == ["Björn Höcke", "Mario Voigt"]
    assert "CDU-Spitzenkandidat" in entity(entities, "Mario Voigt")["aliases"]


def test_a_party_in_parentheses_is_an_alias(resolve):
    text = (
        "Innenminister Gerhard Karner (ÖVP) verteidigte die Maßnahme. „Wir handeln“, sagte der "
        "ÖVP-Politiker."
    )
    names, entities = resolve(text, ("Wir handeln", "der ÖVP-Politiker", "sagte"))
    assert names == ["Gerhard Karner"]
    assert {"Innenminister", "ÖVP"} <= set(entity(entities, "Gerhard Karner")["aliases"])


@pytest.mark.parametrize(
    ("text", "said", "speaker", "name"),
    [
        (  # t-online.de
            "Zeitweise galt der Tanker nach US-Angaben als staatenlos. Die USA hatten den Tanker "
            "beschlagnahmt.",
            "galt der Tanker", "US-Angaben", "USA",
        ),
        (  # abendblatt.de
            "Nach Abendblatt-Informationen konnte sie den Tisch nicht sehen.",
            "konnte sie den Tisch", "Abendblatt-Informationen", "Abendblatt",
        ),
        (  # ntv.de
            "Nach spanischen Medienberichten hatte sich der Spieler am Fuß verletzt.",
            "hatte sich der Spieler", "spanischen Medienberichten", "spanische Medien",
        ),
    ],
)  # fmt: skip
def test_a_compound_source_noun_names_its_source(resolve, text, said, speaker, name):
    names, _ = resolve(text, (said, speaker, None, "Reported"))
    assert names == [name]


def test_wonach_names_the_source_of_its_antecedent(resolve):
    # derStandard: „die DIW-Studie, wonach …“ is the DIW's statement; „Meldungen, wonach …“ no one's
    text = (
        "Der Ökonom hält die DIW-Studie, wonach sich die Flüchtlinge schon in einigen Jahren "
        "rentieren, für fragwürdig. Die Polizei dementierte Meldungen, wonach es Tote gab."
    )
    names, _ = resolve(
        text, ("sich die Flüchtlinge", "wonach", "wonach"), ("es Tote gab", "wonach", "wonach")
    )
    assert names == ["DIW", None]


def test_a_channel_names_no_source(resolve):
    # „In einer Online-Erklärung hieß es, …“: „Online“ is how it was said, not who said it
    text = "In einer Online-Erklärung hieß es, man sei von der Entscheidung überrascht worden."
    names, _ = resolve(text, ("man sei von der", "einer Online-Erklärung", "hieß es"))
    assert names == [None]


@pytest.mark.parametrize(
    "statement",
    ["nach Angaben", "der Mitteilung zufolge", "nach eigenen Angaben"],
)
def test_a_statement_noun_is_no_entity(resolve, statement):
    text = f"Die Lage sei {statement} unter Kontrolle."
    names, entities = resolve(text, ("Die Lage sei", statement.split(" zufolge")[0], None))
    assert names == [None]
    assert not [e for e in entities if e["name"] in ("Angaben", "Mitteilung")]


def test_a_nominalised_participle_without_article_is_a_group(resolve):
    """spiegel.de: „Mitarbeitende berichten von Druck“ (not the person named before)."""
    text = (
        "Fed-Vizechef Michael Barr legte den Bericht vor. Mitarbeitende berichten von Druck, "
        "Belastungen für Unternehmen zu verringern."
    )
    names, entities = resolve(text, ("von Druck", "Mitarbeitende", "berichten", "Reported"))
    assert names == ["Mitarbeitende"]
    assert entity(entities, "Mitarbeitende")["kind"] == "GROUP"


def test_an_abbreviation_in_parentheses_is_the_organisation(resolve):
    """nzz.ch: „Human Rights Watch (HRW)“, then „betont HRW“."""
    text = (
        "Die Hamas hat am 7. Oktober laut Human Rights Watch (HRW) systematisch die "
        "Zivilbevölkerung angegriffen. Die Geiselnahmen seien „kein spontan gefasster "
        "Entschluss“ gewesen, betont HRW."
    )
    names, entities = resolve(text, ("kein spontan gefasster Entschluss", "HRW", "betont"))
    assert names == ["Human Rights Watch"]
    hrw = entity(entities, "Human Rights Watch")
    assert hrw["kind"] == "ORG" and "HRW" in hrw["aliases"] and len(hrw["mentions"]) == 3


def test_a_genitive_is_not_the_name(resolve):
    """t-online.de: „Russlands“ before „Russland“: the entity is „Russland“."""
    text = (
        "Russlands Außenministerium bestellte den Botschafter ein. Russland sprach von einem "
        "Verstoß gegen das Völkerrecht."
    )
    names, _ = resolve(text, ("von einem Verstoß", "Russland", "sprach", "Reported"))
    assert names == ["Russland"]


def test_an_organisation_noun_before_its_name_is_an_alias(resolve):
    """wdr.de: „Die Gewerkschaft Komba“ and „Komba“ (a person's name to the NER of 2026-12-03)
    are one organisation."""
    text = (
        "Die Gewerkschaft Komba kritisiert „die offensichtliche Praxisferne“. „In einem "
        "Berufsfeld mit so extremen Belastungen heilt man Fachkräftemangel nicht mit längerer "
        "Arbeitszeit“, sagt Komba-Landeschef Andreas Hemsing. Komba warnt vor Überlastung."
    )
    _, entities = resolve(text, ("die offensichtliche Praxisferne", "Die Gewerkschaft Komba"))
    komba = [e for e in entities if "Komba" in e["name"]]
    # one organisation (named „Komba“ where the NER also found „Komba“ alone), never a person
    assert [e["kind"] for e in komba] == ["ORG"]
    assert komba[0]["name"] in ("Komba", "Gewerkschaft Komba")


def test_a_role_noun_tagged_as_name_is_no_part_of_the_name(resolve):
    """n-tv.de: „Co-Chefin Kerstin Wahala“."""
    text = (
        "„Wir pflegen eine gute Streitkultur“, sagt Co-Chefin Kerstin Wahala. Kerstin Wahala "
        "ist seit 30 Jahren dabei."
    )
    names, entities = resolve(text, ("Wir pflegen", "Co-Chefin Kerstin Wahala", "sagt"))
    assert names == ["Kerstin Wahala"]
    assert not [e for e in entities if e["name"] == "Co-Chefin"]


def test_a_first_name_after_a_role_is_a_person(resolve):
    """rp-online.de: „Schülerin Diba“ (a place to the NER)."""
    text = "„Der Bot erklärt alles“, sagt Schülerin Diba später außerhalb der Klasse."
    names, entities = resolve(text, ("Der Bot erklärt alles", "Schülerin Diba", "sagt"))
    assert names == ["Diba"]
    assert entity(entities, "Diba")["kind"] == "PER"


def test_the_named_apposition_wins_over_the_role(resolve):
    """welt.de: „die Thüringer Landesvorsitzende der Familienunternehmen, Colette Boos-John“."""
    text = (
        "Auf ihrer Internetseite kritisiert die Thüringer Landesvorsitzende der "
        "Familienunternehmen, Colette Boos-John, den Auftritt von Höcke: „Herr Höcke hat die "
        "Maske fallen lassen.“"
    )
    speaker = "die Thüringer Landesvorsitzende der Familienunternehmen, Colette Boos-John"
    names, _ = resolve(text, ("Herr Höcke hat", speaker, "kritisiert"))
    assert names == ["Colette Boos-John"]


def test_a_feminine_pronoun_takes_the_woman_the_ner_missed(resolve):
    """dw.com: „Ekaterina Duntzowa“ (no NER mention) before „sie“."""
    text = (
        "Ekaterina Duntzowa hat als erste die Nominierung von Boris Nadeschdin unterstützt. "
        "Nadeschdin sei der einzige Antikriegskandidat, sagt sie."
    )
    names, _ = resolve(text, ("der einzige Antikriegskandidat", "sie", "sagt", "Indirect"))
    assert names == ["Ekaterina Duntzowa"]


def test_an_age_noun_is_the_last_person_named(resolve):
    """orf.at: „der 42-Jährige“ (tagged as an adjective) is Matt Gaetz (whose „Matt“ the tagger
    takes for an adjective)."""
    text = (
        "Der designierte US-Präsident Donald Trump hat nach dem Rückzug seines "
        "Wunschkandidaten Matt Gaetz seine ehemalige Anwältin Pam Bondi als Justizministerin "
        "nominiert. Bondi, die Trump in seinem Amtsenthebungsverfahren vertrat, war zuvor unter "
        "anderem Generalstaatsanwältin von Florida.\n\nTrump hatte ursprünglich den "
        "umstrittenen Kongressabgeordneten Gaetz für den Posten vorgesehen. Der gab jedoch am "
        "Donnerstag auf, da sich selbst im künftig republikanisch dominierten Senat keine "
        "Mehrheit für ihn abgezeichnet hatte. Dem früheren Kongressabgeordneten aus Florida "
        "werden unter anderem Sex mit einer Minderjährigen und Drogenkonsum vorgeworfen. Beides "
        "weist der 42-Jährige zurück."
    )
    names, _ = resolve(text, ("Beides weist", "der 42-Jährige", None, "Reported"))
    assert names == ["Matt Gaetz"]


@pytest.mark.parametrize("word", ["Was", "Das", "Beides"])
def test_a_pronoun_is_never_an_entity(resolve, word):
    """orf.at: „Was will Putin damit sagen?“ — the question word was the most quoted „person“."""
    text = f"„Wir sind bereit“, hieß es am Abend.\n\n{word} will Putin damit sagen?"
    names, entities = resolve(text, ("Wir sind bereit", word, None))
    assert names == [None]
    assert word not in {e["name"] for e in entities}


def test_a_pronoun_finds_a_name_the_attribution_took_into_a_quotation(resolve):
    """rp-online.de: an Indirect quotation spans „Lehrer Andreas Heller hat vorher festgelegt
    …“; „er“ two sentences later is still Andreas Heller."""
    text = (
        "Lehrer Andreas Heller hat vorher festgelegt, wie schwer oder leicht das Programm zu "
        "überzeugen sein soll: „Die GPT ist absolut anpassbar“, erklärt er. Jetzt tippt er "
        "ein, was die Kinder ihm sagen. „Die Arbeit, die man hineinstecken muss, ist um ein "
        "Vielfaches reduziert“, beschreibt er die Unterrichtsvorbereitung."
    )
    names, _ = resolve(
        text,
        ("Lehrer Andreas Heller hat vorher festgelegt", "er", "erklärt", "Indirect"),
        ("Die Arbeit, die man", "er", "beschreibt"),
    )
    assert names == ["Andreas Heller", "Andreas Heller"]


def test_a_describing_compound_before_a_name_is_an_alias(resolve):
    """tagesschau.de: „Rüstungskonzern Rheinmetall“ is „Rheinmetall“; „Universität Hamburg“
    keeps its place."""
    text = (
        "Der Rüstungskonzern Rheinmetall will seine Produktion ausbauen. Das teilte ein "
        "Sprecher mit. Forscher der Universität Hamburg sehen das kritisch."
    )
    _, entities = resolve(text, ("will seine Produktion", "Der Rüstungskonzern Rheinmetall"))
    names = {e["name"]: e for e in entities if e["kind"] == "ORG"}
    if "Rheinmetall" in names or "Rüstungskonzern Rheinmetall" in names:  # as the NER finds it
        assert "Rheinmetall" in names and "Rüstungskonzern" in names["Rheinmetall"]["aliases"]
    assert "Hamburg" not in names


def test_a_person_accused_in_a_passive_is_not_its_speaker(resolve):
    """orf.at: „Damals wurde Trumps Berater Corey Lewandowski vorgeworfen, …“ — the quotation
    has no speaker; the person named in its sentence is the accused, so none is filled in."""
    text = (
        "Laut „Washington Post“ hatte Trump bereits 2021 Bondi eingesetzt. Damals wurde Trumps "
        "Berater Corey Lewandowski vorgeworfen, eine republikanische Spenderin bei einer "
        "Wohltätigkeitsveranstaltung sexuell belästigt zu haben."
    )
    said = "eine republikanische Spenderin bei einer Wohltätigkeitsveranstaltung"
    names, _ = resolve(text, (said, None, "vorgeworfen", "Indirect"))
    assert names == [None]
