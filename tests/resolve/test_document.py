"""Speaker resolution inside an article (issue 3, item 2) on real German sentences.

The sentences run through the committed base pipeline (fixture ``nlp``) and the shipped
``zitate_quotes`` model; ``resolve_speakers`` then links each speaker to a document entity.
"""

from __future__ import annotations

import pytest

from zitate.resolve import resolve_speakers


def speaker_names(quotes, entities) -> list[str | None]:
    names = {e["id"]: e["name"] for e in entities}
    return [names.get((q["speaker"] or {}).get("entity")) for q in quotes]


def test_pronoun_speaker_resolves_to_full_name(analyse):
    _, quotes, entities = analyse(
        "Donald Trump hat am Montag die neuen Zölle verteidigt. "
        "„Das ist ein guter Tag für Amerika“, sagte er am Abend in Washington."
    )
    direct = [q for q in quotes if q["type"] == "Direct"]  # „hat … verteidigt“ is Reported
    assert [q["speaker"]["text"] for q in direct] == ["er"]
    assert speaker_names(direct, entities) == ["Donald Trump"]


def test_feminine_pronoun_skips_the_nearer_man(analyse):
    _, quotes, entities = analyse(
        "Angela Merkel traf am Dienstag den französischen Präsidenten Emmanuel Macron. "
        "„Wir haben sehr offen gesprochen“, sagte sie nach dem Treffen."
    )
    assert speaker_names(quotes, entities) == ["Angela Merkel"]


def test_role_noun_resolves_through_apposition(analyse):
    _, quotes, entities = analyse(
        "US-Präsident Donald Trump reiste am Dienstag nach Paris. "
        "Dort traf er den französischen Präsidenten Emmanuel Macron. "
        "Der US-Präsident sagte anschließend, die Gespräche seien gut verlaufen."
    )
    assert [q["speaker"]["text"] for q in quotes] == ["Der US-Präsident"]
    assert speaker_names(quotes, entities) == ["Donald Trump"]
    (trump,) = [e for e in entities if e["name"] == "Donald Trump"]
    assert "US-Präsident" in trump["aliases"]


def test_split_quote_both_parts_to_one_entity(analyse):
    _, quotes, entities = analyse(
        "Friedrich Merz sprach am Mittwoch vor Unternehmern in Berlin. "
        "„Wir werden die Steuern senken“, sagte er, „und zwar schon im nächsten Jahr.“"
    )
    texts = " ".join(q["text"] for q in quotes)
    assert "Steuern senken" in texts and "nächsten Jahr" in texts
    assert set(speaker_names(quotes, entities)) == {"Friedrich Merz"}


def test_surname_joins_the_full_name(analyse):
    _, quotes, entities = analyse(
        "Donald Trump besuchte am Montag Kanada. Trump sagte, die Gespräche seien schwierig."
    )
    (trump,) = [e for e in entities if e["kind"] == "PER"]
    assert trump["name"] == "Donald Trump"
    assert len(trump["mentions"]) == 2
    assert speaker_names(quotes, entities) == ["Donald Trump"]


def test_a_bare_surname_is_the_person_not_the_name_that_starts_with_it(analyse):
    """orf.at, 2024-11-22: „Trump University“ (a person's name to the NER) comes between
    „Donald Trump“ and the quotation of „Trump“."""
    _, quotes, entities = analyse(
        "Der designierte US-Präsident Donald Trump hat seine ehemalige Anwältin Pam Bondi als "
        "Justizministerin nominiert.\n\nUmstrittene Spende während Verfahrens gegen Trump "
        "University\n\n2013 verzichtete Bondi als Generalstaatsanwältin von Florida auf "
        "Ermittlungen zu Betrugsvorwürfen gegen die damalige Trump University – eine Art "
        "Fortbildungsbetrieb für Unternehmer mit dem Werbeversprechen, „Geheimnisse des Erfolgs“ "
        "im Immobiliengeschäft zu vermitteln.\n\nTrump zahlte später 25 Millionen Dollar in "
        "einem Vergleich, um Klagen mit Betrugsvorwürfen rund um die Trump University "
        "beizulegen.\n\n„Zu lange wurde das Justizministerium als Waffe gegen mich und andere "
        "Republikaner missbraucht – das hört jetzt auf“, so Trump in einem Posting."
    )
    # the NER has taken „Trump University“ for a person and for an organisation
    assert {"Trump University"} & {e["name"] for e in entities if e["kind"] in ("PER", "ORG")}
    direct = [q for q in quotes if q["type"] == "Direct"]
    assert [q["speaker"]["text"] for q in direct] == ["Trump"]
    assert speaker_names(direct, entities) == ["Donald Trump"]


def test_he_is_not_a_feminine_role_phrase(analyse):
    """rp-online.de: „er“ after „eine Comicbiene“ (feminine by its article) is the teacher."""
    _, quotes, entities = analyse(
        "Lehrer Andreas Heller steht vor der fünften Klasse. Auf dem Smartboard im Klassenzimmer "
        "verlangt eine Comicbiene über einem Texteingabefeld Antworten auf ihre skeptischen "
        "Fragen: Gibt es hier überhaupt genug Blumen im Umfeld? Sind da gefährliche Pestizide? "
        "„Die GPT ist absolut anpassbar“, erklärt er."
    )
    speakers = [q["speaker"]["text"] for q in quotes]
    assert speakers == ["eine Comicbiene", "er"]
    # issue 12: a bare role phrase („eine Comicbiene“) names no speaker entity
    assert speaker_names(quotes, entities) == [None, "Andreas Heller"]


def test_an_unnamed_spokesperson_of_no_named_organisation_is_no_entity(analyse):
    """Issue 12: a bare role („Ein Sprecher des Ministeriums“) never becomes a speaker entity
    (it was the most quoted „person“ of `zitate speakers`)."""
    _, quotes, entities = analyse("Ein Sprecher des Ministeriums sagte, man prüfe den Fall.")
    assert [q["speaker"]["text"] for q in quotes] == ["Ein Sprecher des Ministeriums"]
    assert speaker_names(quotes, entities) == [None]
    assert entities == []


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Die Minister erklärten am Abend, sie seien zufrieden.", "Minister", "GROUP"),
        ("Der Kreml teilte am Freitag mit, die Gespräche gingen weiter.", "Kreml", None),
    ],
)
def test_plural_role_and_institution(analyse, text, name, kind):
    _, quotes, entities = analyse(text)
    assert speaker_names(quotes, entities) == [name]
    (entity,) = [e for e in entities if e["name"] == name]
    assert kind is None or entity["kind"] == kind


def test_continuation_without_speaker_inherits_the_entity(nlp):
    text = (
        "Bundeskanzler Friedrich Merz sagte am Mittwoch, die Regierung plane neue Gesetze. "
        "Diese sollten noch vor dem Sommer beschlossen werden."
    )
    doc = nlp(text)
    first, second = list(doc.sents)
    speaker = text.index("Friedrich Merz")
    quotes = [
        _quote("q1", "Indirect", text, text.index("die Regierung"), first.end_char - 1),
        _quote("q2", "IndirectFreeIndirect", text, second.start_char, second.end_char - 1),
    ]
    quotes[0]["speaker"] = {"text": "Friedrich Merz", "spans": [[speaker, speaker + 14]]}
    resolved, entities = resolve_speakers(doc, quotes)
    assert quotes[1]["speaker"] is None  # the input records are not changed
    assert speaker_names(resolved, entities) == ["Friedrich Merz", "Friedrich Merz"]


def test_offsets_point_into_the_text(analyse):
    text = "Titel\n\nAngela Merkel sagte: „Wir schaffen das.“"
    _, quotes, entities = analyse(text)
    (quote,) = quotes
    assert text[slice(*quote["spans"][0])] == quote["text"] == "„Wir schaffen das.“"
    for entity in entities:
        for start, end in entity["mentions"]:
            assert text[start:end].strip() == text[start:end] != ""


def _quote(qid: str, kind: str, text: str, start: int, end: int) -> dict:
    return {
        "id": qid,
        "type": kind,
        "medium": "Speech",
        "text": text[start:end],
        "spans": [[start, end]],
        "speaker": None,
        "cue": None,
        "frame": None,
        "addressee": None,
        "nested_in": None,
        "confidence": 1.0,
    }


def test_own_statement_resolves_to_the_subject_not_to_angaben(analyse):
    _, quotes, entities = analyse(
        "Der Oppositionspolitiker Boris Nadeschdin will bei der Wahl antreten. "
        "Nach eigenen Angaben hat er bereits 200.000 Unterschriften gesammelt. "
        "Die Firma hat nach eigenen Angaben keine Daten verloren."
    )
    assert [q["speaker"]["text"] for q in quotes] == ["er", "Die Firma"]
    assert speaker_names(quotes, entities)[0] == "Boris Nadeschdin"
    assert "Angaben" not in {e["name"] for e in entities}
    assert "Firma" not in {e["name"] for e in entities}  # issue 12: no firm is named


def test_source_nouns_without_a_source_are_no_entity(analyse):
    _, quotes, entities = analyse(
        "Laut libanesischen Angaben wurde bei dem Angriff ein Mann getötet. "
        "Nach Angaben von Vertretern deutscher Nachrichtendienste hat Peking Netzwerke aufgebaut."
    )
    names = {e["name"] for e in entities}
    assert "Angaben" not in names and "libanesischen Angaben" not in names
    assert quotes[0]["speaker"].get("entity") is None
    assert speaker_names(quotes, entities)[1] == "Vertretern deutscher Nachrichtendienste"


def test_a_statement_noun_names_no_speaker_entity(analyse):
    """derstandard.at: „… liefert eine Erklärung: "…"“ — the statement is no one who speaks."""
    _, quotes, entities = analyse(
        "Kriminologin Bärbel Bongartz vom Zentrum für Radikalisierungsforschung und Prävention "
        'in Deutschland, liefert eine Erklärung: "Die Radikalisierung nimmt zu, dies lässt sich '
        'ideologieübergreifend beobachten." Damit erreiche man "Menschen, die diskriminiert '
        'werden oder sich auch nur diskriminiert fühlen", sagt Bongartz.'
    )
    assert "Erklärung" not in {e["name"] for e in entities}
    # issue 12: the first name is no title („Kriminologin Bärbel Bongartz“)
    assert "Bärbel Bongartz" in speaker_names(quotes, entities)


def test_entity_names_drop_trailing_numbers_and_lower_case_words(nlp):
    from zitate.resolve.repair import trim as _trim

    doc = nlp(
        "Kremlchef Wladimir Putin 80 Mal im Zentrum für Prävention in Berlin mit Yahya al-Sinwar."
    )
    assert _trim(doc[1:4]).text == "Wladimir Putin"
    assert _trim(doc[6:10]).text == "Zentrum für Prävention"
    assert _trim(doc[12:14]).text == "Yahya al-Sinwar"
    pope = nlp("Papst Benedikt XVI. will am 28. Februar zurücktreten.")
    assert _trim(pope[1:4]).text == "Benedikt XVI."


def test_quotation_opening_its_sentence_takes_the_subject_of_the_sentence_before(analyse):
    _, quotes, entities = analyse(
        "Der Trierer Politikwissenschaftler Uwe Jun stellt dem Ausschuss ein gutes Zeugnis aus. "
        "„Die Gespräche waren häufig von Sachlichkeit geprägt.“\n\n"
        "Auch die Regierungsfraktionen hätten „mitgearbeitet und nicht versucht, die Arbeit zu "
        "behindern“."
    )
    # „stellt … ein gutes Zeugnis aus“ is a Reported speech act of its own (tagesschau.de gold)
    assert [q["type"] for q in quotes] == ["Reported", "Direct", "Direct"]
    assert speaker_names(quotes, entities) == ["Uwe Jun", "Uwe Jun", "Uwe Jun"]


def test_quotation_after_a_sentence_about_someone_else_takes_that_sentences_subject(analyse):
    _, quotes, entities = analyse(
        "Die Polizei nahm den Verdächtigen Max Berger am Montag fest. "
        "„Wir ermitteln in alle Richtungen.“"
    )
    (quote,) = quotes
    assert speaker_names(quotes, entities) == ["Polizei"]


def test_abbreviation_in_parentheses_names_the_speaker(analyse):
    _, quotes, entities = analyse(
        "Der russische Militärnachrichtendienst GRU ist in Genf aktiv. "
        "Nach Angaben des Schweizer Nachrichtendienstes (NDB) arbeiten dort Dutzende Agenten. "
        "Der NDB schreibt, die Bedrohung sei hoch."
    )
    # the entity is named by its most complete name; the abbreviation is an alias
    names = speaker_names(quotes, entities)
    assert names == ["Schweizer Nachrichtendienst", "Schweizer Nachrichtendienst"]
    (ndb,) = [e for e in entities if e["name"] == "Schweizer Nachrichtendienst"]
    assert "NDB" in ndb["aliases"]


def test_titles_joined_by_und_and_a_surname_the_ner_took_for_a_place(analyse):
    _, quotes, entities = analyse(
        "Nach Einschätzung des Schweizer Historikers und Geheimdienstexperten Adrian Hänni "
        "nutzen die Agenten Genf als Drehscheibe. "
        "„Von Genf aus kann man sich im gesamten Schengenraum bewegen“, sagt Hänni."
    )
    assert speaker_names(quotes, entities) == ["Adrian Hänni", "Adrian Hänni"]
    (haenni,) = [e for e in entities if "Hänni" in e["name"]]
    assert {"Historiker", "Geheimdienstexperte"} & set(haenni["aliases"])


def test_pronoun_prefers_a_subject_over_a_name_in_a_prepositional_phrase(analyse):
    _, quotes, entities = analyse(
        "Boris Nadeschdin darf 100.000 Unterschriften sammeln. Unterschriften, die er braucht, "
        "um bei der Wahl im März gegen Amtsinhaber Wladimir Putin antreten zu dürfen. "
        "Er sagte, er habe schon 200.000 Unterschriften zusammen."
    )
    assert [q["speaker"]["text"] for q in quotes] == ["Er"]
    assert speaker_names(quotes, entities) == ["Boris Nadeschdin"]


def test_a_name_ending_in_an_organisation_noun_is_an_organisation(analyse):
    _, quotes, entities = analyse(
        "„Es wurden rund 20 Geschosse abgefeuert“, teilte Israels Armee am Abend mit."
    )
    (quote,) = quotes
    kinds = {e["id"]: e["kind"] for e in entities}
    assert "Armee" in speaker_names(quotes, entities)[0]
    assert kinds[quote["speaker"]["entity"]] == "ORG"


# --- issue 12: real-news speaker errors (gold/speakers dev pages) ------------------------------


def test_a_spokeswoman_speaks_for_the_organisation_named_after_her(analyse):
    """FAZ (NZZ copy): „die Sprecherin des Schweizer Nachrichtendienstes“ is the service."""
    _, quotes, entities = analyse(
        "Der Schweizer Nachrichtendienst (NDB) warnt seit Jahren vor russischer Spionage. "
        "Die Bedrohung sei gestiegen, sagte die Sprecherin des Schweizer Nachrichtendienstes."
    )
    names = speaker_names(quotes, entities)
    assert names and names[-1] is not None and "Nachrichtendienst" in names[-1]


def test_a_definite_role_is_the_last_person_named(analyse):
    """MDR: „der Chef“ is the butcher named before, not a person called „Chef“."""
    _, quotes, entities = analyse(
        "Kevin Holland-Moritz führt den Schlachthof in Thüringen seit drei Jahren. "
        "Der Chef sagte, jeder Arbeiter habe hier eine Aufgabe."
    )
    assert speaker_names(quotes, entities) == ["Kevin Holland-Moritz"]
    assert all(e["name"] != "Chef" for e in entities)


def test_a_role_compound_before_a_surname_is_no_part_of_the_name(analyse):
    """Tagesspiegel: „KIT-Forscher Fink“ is Andreas Fink, named so earlier."""
    _, quotes, entities = analyse(
        "Andreas Fink vom Karlsruher Institut für Technologie forscht seit Jahren zum Klima. "
        "KIT-Forscher Fink sagte, die Erwärmung der Meere erhöhe den Wasserdampfgehalt."
    )
    assert speaker_names(quotes, entities) == ["Andreas Fink"]


def test_a_first_name_tells_the_gender_a_pronoun_needs(analyse):
    """DW: „sie“ after „Boris Nadeschdin“ is Ekaterina Duntzowa (a man's first name, Boris)."""
    _, quotes, entities = analyse(
        "Ekaterina Duntzowa unterstützt die Kandidatur von Boris Nadeschdin. "
        "Sie sagte, er sei der einzige Antikriegskandidat."
    )
    assert speaker_names(quotes, entities) == ["Ekaterina Duntzowa"]


def test_a_source_in_the_genitive_is_named_in_the_nominative(analyse):
    """t-online: „nach Angaben des US-Europakommandos“ names the command, not its genitive."""
    _, quotes, entities = analyse(
        "Nach Angaben des US-Europakommandos wurde der Tanker im Nordatlantik festgesetzt."
    )
    names = speaker_names(quotes, entities)
    assert names == ["US-Europakommando"]
