"""Speaker mentions resolved to the right entity (issue 12, resolve stage): a plural „sie“ by its
plural verb goes to the group or organisation it takes up, never to a single woman; a personal
pronoun takes up the subject of the sentence before rather than its object; a role phrase
keeps taking up the most recent person.

Excerpts of real German news (10kgnad derStandard rows and pages of ``shared/data/html``, named
per test) run through the committed base pipeline, the shipped ``zitate_quotes`` model and
``resolve_speakers`` (fixture ``analyse``).
"""

from __future__ import annotations

from zitate.resolve.phrases import plural_verb


def names_of(quotes, entities) -> dict[str, str | None]:
    """The first 40 characters of each quotation -> the name of its speaker's entity."""
    names = {e["id"]: e["name"] for e in entities}
    return {
        q["text"].strip('„“«»"')[:40]: names.get((q["speaker"] or {}).get("entity")) for q in quotes
    }


def speaker_of(by_text: dict[str, str | None], start: str) -> list[str | None]:
    return [n for t, n in by_text.items() if t.startswith(start)]


def test_plural_verb_of_the_pronoun(nlp):
    """„Sie fürchten“, „pochen sie“ and „weil sie … denken“ are plural; „verbreitete sie“ is
    not (sueddeutsche.de, taz.de, orf.at)."""
    doc = nlp(
        "Sie fürchten massive Nachteile. Also pochen sie darauf. Weil sie langfristig denken, "
        "ist das klar. Danach verbreitete sie Trumps Falschbehauptung."
    )
    pronouns = [t for t in doc if t.lower_ == "sie"]
    assert [plural_verb(t) for t in pronouns] == [True, True, True, False]


def test_plural_sie_takes_up_the_plural_group_not_a_woman(analyse):
    """sueddeutsche.de (Flixtrain): „Sie fürchten“ are the private competitors of the sentence
    before, not the Süddeutsche Zeitung of its prepositional phrase."""
    _, quotes, entities = analyse(
        "Die Ankündigungen von Deutscher Bahn und Bundesverkehrsminister Andreas Scheuer "
        "versprachen viel. Doch nach Informationen der Süddeutschen Zeitung sehen das private "
        "Bahn-Konkurrenten ganz anders. Sie fürchten massive Nachteile. In der Branche regt sich "
        "offener Protest."
    )
    assert speaker_of(names_of(quotes, entities), "Sie fürchten") == ["private Bahn-Konkurrenten"]


def test_plural_sie_is_the_party_not_the_candidate(analyse):
    """derStandard (10kgnad row 545): „Sie begrüßen die Kandidatur der Richterin“ are the Neos
    of the sentence before, not Irmgard Griss, though she is the last woman named."""
    _, quotes, entities = analyse(
        "Finanzielle Unterstützung einer Partei hat Irmgard Griss im Vorfeld ausgeschlossen, "
        "dennoch war sie sowohl bei den Neos als auch bei der FPÖ zu einem Hearing geladen. "
        "Die Blauen wollen sich im Jänner festlegen, die Neos haben sich am "
        "Donnerstagnachmittag im Parteivorstand gegen eine Wahlempfehlung ausgesprochen. Sie "
        "begrüßen die Kandidatur der Richterin trotzdem, genauso wie auch weitere "
        "parteiunabhängige Kandidaten."
    )
    found = [n for t, n in names_of(quotes, entities).items() if "Kandidatur der Richter" in t]
    assert found == ["Neos"]


def test_pronoun_takes_up_the_subject_not_the_object(analyse):
    """derStandard (10kgnad row 576): in „Erdoğan hatte Demirtaş vorgeworfen, … Er forderte“
    the pronoun is the accusing subject Erdoğan, not Demirtaş, named last."""
    _, quotes, entities = analyse(
        "Staatspräsident Recep Tayyip Erdoğan hatte Demirtaş vorgeworfen, er unterhalte Kontakte "
        "zu militanten Kurden. Er forderte das Parlament in dieser Woche auf, die Immunität für "
        "Abgeordnete aufzuheben."
    )
    by_text = names_of(quotes, entities)
    assert speaker_of(by_text, "die Immunität") == ["Recep Tayyip Erdoğan"]


def test_role_phrase_takes_up_the_object_not_the_subject(analyse):
    """orf.at, 2024-11-22: „der 42-Jährige“ is Matt Gaetz, named after the verb of „Trump hatte
    … Gaetz vorgesehen“, not the subject Trump: subject salience is for pronouns only."""
    _, quotes, entities = analyse(
        "Trump hatte ursprünglich den umstrittenen Kongressabgeordneten Matt Gaetz für den "
        "Posten vorgesehen. Der gab jedoch am Donnerstag auf. Dem früheren "
        "Kongressabgeordneten aus Florida werden unter anderem Drogenkonsum und Sex mit einer "
        "Minderjährigen vorgeworfen. Beides weist der 42-Jährige zurück."
    )
    assert speaker_of(names_of(quotes, entities), "Beides") == ["Matt Gaetz"]


def test_indefinite_spokesperson_is_not_a_named_spokesman(analyse):
    """tagesschau.de (Rheinmetall): „so ein Sprecher“ is someone new; it is not Tobias Lindner,
    whom the article calls „sicherheitspolitischer Sprecher der Grünen“."""
    _, quotes, entities = analyse(
        "Rheinmetall erklärt auf Anfrage, dass die konzerneigene IT nicht gehackt worden sei. Es "
        'handle sich demnach um "Lieferscheine sowie etwaige Begleitdokumente aus lokaler '
        'Warenanlieferung", so ein Sprecher.\n\n'
        "Tobias Lindner, sicherheitspolitischer Sprecher der Grünen im Bundestag, nennt den "
        'Vorfall "besorgniserregend". Er fordert Transparenz von dem Konzern.'
    )
    by_text = names_of(quotes, entities)
    assert by_text.get("Tobias Lindner, sicherheitspolitischer S") == "Tobias Lindner"
    found = [n for t, n in by_text.items() if "Lieferscheine" in t]
    assert found and "Tobias Lindner" not in found


def test_member_of_a_ministry_speaks_for_the_ministry(analyse):
    """handelsblatt.com (Grenzschließungen): „ein Mitarbeiter des baden-württembergischen
    Innenministeriums“ names no person; the ministry is the speaker."""
    _, quotes, entities = analyse(
        "Französische Grenzgänger, die in Baden-Württemberg arbeiten, dürfen einreisen. Wollen "
        "sie aber wie früher auf dem Weg nach Hause in einem deutschen Geschäft einkaufen, "
        "„droht eine Geldbuße von 200 bis 1000 Euro“, erläutert ein Mitarbeiter des "
        "baden-württembergischen Innenministeriums."
    )
    found = [n for t, n in names_of(quotes, entities).items() if "Geldbuße" in t]
    assert len(found) == 1 and found[0] is not None
    assert found[0].endswith("Innenministerium")


def test_bare_body_takes_up_its_compound_name(analyse):
    """wdr.de, 2024-04-22: „der Landesregierung“ is the „NRW-Landesregierung“ named before, not
    a second body „Landesregierung“."""
    _, quotes, entities = analyse(
        "Schon im vergangenen Herbst hatte das Vorhaben für Empörung gesorgt: Die "
        "NRW-Landesregierung will das Rentenalter für Feuerwehrleute von 60 auf bis zu 62 Jahre "
        "anheben. Die NRW-Landesregierung will dieses Rentenalter nun anheben. Besonders empört "
        "sind die Feuerwehren über das Argument der Landesregierung, dass technischer "
        "Fortschritt und eine heute verbesserte medizinische Vorsorge die körperliche Belastung "
        "in dem Beruf im Vergleich zu früheren Jahren reduziert hätten."
    )
    found = [n for t, n in names_of(quotes, entities).items() if "technischer Fortschritt" in t]
    assert found == ["NRW-Landesregierung"]


def test_defendant_is_the_woman_on_trial(analyse):
    """derStandard (10kgnad row 37): „sagte die Angeklagte“ is Beate Zschäpe, the last woman
    named; „Angeklagte“ is a person noun though no speaker lexicon had it."""
    _, quotes, entities = analyse(
        "München – Die mutmaßliche deutsche NSU-Rechtsterroristin Beate Zschäpe ist nach eigenen "
        "Angaben während ihres Untergrundlebens von ihrem Komplizen Uwe Böhnhardt geschlagen "
        "worden. Streit habe es auch beim Zugang zum Internet gegeben. Sie wie auch der dritte im "
        "NSU-Trio, Uwe Mundlos, hätten gern einen eigenen Anschluss in der Fluchtwohnung gehabt. "
        "Uwe Böhnhardt war jedoch strikt dagegen, da er darin ein Sicherheitsrisiko sah, sagte "
        "die Angeklagte."
    )
    found = [n for t, n in names_of(quotes, entities).items() if "strikt dagegen" in t]
    assert found == ["Beate Zschäpe"]
