"""Speaker resolution on real news (issue 12, resolve stage): pronouns after a colon frame and
in a chain, an organisation taken up by a definite noun, run-on person mentions, role phrases
with a name after a preposition, and a person's genitive before a source noun.

Excerpts of pages in ``shared/data/html`` (named per test) run through the committed base
pipeline, the shipped ``zitate_quotes`` model and ``resolve_speakers`` (fixture ``analyse``).
"""

from __future__ import annotations

from zitate.resolve.phrases import measure_noun, plural_verb_next, speaker_head
from zitate.resolve.repair import cut_run_on


def names_of(quotes, entities) -> dict[str, str | None]:
    """The first 40 characters of each quotation (without quotation marks) -> the name of its
    speaker's entity."""
    names = {e["id"]: e["name"] for e in entities}
    return {
        q["text"].strip('„“«»"')[:40]: names.get((q["speaker"] or {}).get("entity")) for q in quotes
    }


def test_person_before_the_colon_is_the_pronouns_antecedent(analyse):
    """wdr.de, 2024-04-22: the attribution takes the frame „bezweifelt … Langhoff …:“ into the
    statement; „schreibt er“ is Langhoff, not Lembeck named a paragraph before."""
    _, quotes, entities = analyse(
        "Auch der Leiter der Feuerwehr in Essen, Thomas Lembeck, meldet Bedenken an. Das Land "
        "habe versäumt, ein Expertengutachten erstellen zu lassen, sagt Lembeck.\n\n"
        "Dass sich mit der Verschiebung des Pensionseintritts das Problem der Nachbesetzung von "
        "Stellen regulieren ließe, bezweifelt Arbeitswissenschaftler Thomas Langhoff von der "
        "Hochschule Niederrhein: Eine Erhöhung des Rentenalters werde das Problem des "
        "Fachkräftemangels nicht lösen, schreibt er."
    )
    by_text = names_of(quotes, entities)
    erhoehung = [n for t, n in by_text.items() if "Erhöhung des Rentenalters" in t or "Dass" in t]
    assert erhoehung and set(erhoehung) == {"Thomas Langhoff"}


def test_speaker_pronouns_chain_to_the_same_person(analyse):
    """rp-online.de, 2024-04-21: „erklärt er“ is the teacher named before the colon, and the
    next „beschreibt er“ the same teacher, not „Chat GPT“."""
    _, quotes, entities = analyse(
        "Zu überzeugen ist die künstliche Intelligenz: eine Premiumversion von Chat GPT.\n\n"
        "Lehrer Andreas Heller hat vorher festgelegt, wie schwer oder leicht das Programm zu "
        "überzeugen sein soll, wie schlüssig die Argumente der Kinder sein müssen: „Die GPT ist "
        "absolut anpassbar“, erklärt er. Jetzt tippt er ein, was die Kinder ihm sagen, und an "
        "der Tafel zeigen sich automatisch Antworten. „Die Arbeit, die man hineinstecken muss, "
        "ist um ein Vielfaches reduziert“, beschreibt er die Unterrichtsvorbereitung."
    )
    by_text = names_of(quotes, entities)
    assert by_text.get("Die GPT ist absolut anpassbar") == "Andreas Heller"
    arbeit = [n for t, n in by_text.items() if t.startswith("Die Arbeit")]
    assert arbeit == ["Andreas Heller"]


HRW = (
    "Die Tötung und die Geiselnahmen von Zivilisten seien zentrale Ziele gewesen, betont HRW. "
    "HRW widerspricht der Darstellung jedoch: «Der grossangelegte Angriff richtete sich "
    "dezidiert gegen die Zivilbevölkerung.» Kämpfer hätten Gefangene und Geiseln gefoltert und "
    "misshandelt, teilte die Organisation weiter mit.\n\n"
    "Die Menschenrechtler werfen den von der Hamas angeführten Gruppierungen zudem vor, Leichen "
    "verstümmelt und geschändet zu haben."
)


def test_definite_noun_takes_up_the_organisation_that_just_spoke(analyse):
    """nzz.ch, 2024-07-18: „teilte die Organisation weiter mit“ and „Die Menschenrechtler
    werfen … vor“ right after statements of HRW are HRW."""
    _, quotes, entities = analyse("Laut Human Rights Watch (HRW) war der Angriff geplant. " + HRW)
    by_text = names_of(quotes, entities)
    kaempfer = [n for t, n in by_text.items() if t.startswith("Kämpfer hätten")]
    leichen = [n for t, n in by_text.items() if t.startswith("Leichen")]
    assert kaempfer == ["Human Rights Watch"]
    assert leichen == ["Human Rights Watch"]


def test_definite_noun_after_a_sentence_without_statement_takes_up_no_one(analyse):
    """nzz.ch, 2024-07-18: „Die Organisation“ two sentences after the army's statement is the
    militant group named in between, not the army."""
    _, quotes, entities = analyse(
        "Israels Armee teilte auf Anfrage mit, die Berichte zu prüfen. Die militante Gruppe "
        "äusserte sich zunächst nicht. Die Organisation steht der Schiitenmiliz Hizbullah und "
        "der Hamas im Gazastreifen nahe und unterstützt nach eigenen Angaben deren Kampf gegen "
        "Israel."
    )
    by_text = names_of(quotes, entities)
    assert by_text.get("die Berichte zu prüfen") == "israelische Armee"  # the name of .states
    kampf = [q for q in quotes if "Kampf" in q["text"]]
    assert kampf  # the statement is found, and it is not the army's
    assert all(names_of([q], entities).popitem()[1] != "israelische Armee" for q in kampf)


def test_person_mention_ends_before_an_article(analyse):
    """dw.com, 2024-01-30: the NER's „Nadeschdin der DW“ is Nadeschdin; no entity of that
    name."""
    _, quotes, entities = analyse(
        "Boris Nadeschdin will bei der Präsidentschaftswahl gegen Wladimir Putin antreten.\n\n"
        "„Ich habe weder mit Chodorkowski noch mit jemand anderem kommuniziert“, sagte "
        "Nadeschdin der DW."
    )
    assert not [e for e in entities if "der DW" in e["name"]]
    assert "Boris Nadeschdin" in names_of(quotes, entities).values()


def test_role_phrase_with_a_name_after_a_preposition_is_the_person(analyse):
    """zeit.de, 2023-04-28: „der 35 Jahre alte Aufbauspieler und Kapitän von Real“ is Sergio
    Llull named before, not a person „Real“."""
    _, quotes, entities = analyse(
        "Der spanische Basketball-Star Sergio Llull bat unterdessen um Entschuldigung. "
        "«Was letzte Nacht passiert ist, sollte niemals auf einem Basketballfeld passieren», "
        "schrieb der 35 Jahre alte Aufbauspieler und Kapitän von Real."
    )
    by_text = names_of(quotes, entities)
    assert by_text.get("Was letzte Nacht passiert ist, sollte ni") == "Sergio Llull"


def test_genitive_before_a_source_noun_is_the_speaker(analyse):
    """faz.net, 2024-04-17: „Deshalb liegt es aus Hännis Sicht nah, dass …“ — Hänni."""
    _, quotes, entities = analyse(
        "Nach Einschätzung des Schweizer Historikers und Geheimdienstexperten Adrian Hänni "
        "könnten die russischen Geheimdienste ihre Aktivitäten in der Schweiz sogar ausgebaut "
        "haben. Viele andere Länder haben den russischen Spionen die Tür gewiesen. Deshalb "
        "liegt es aus Hännis Sicht nah, dass die Russen ihre Spionagetätigkeit nun an jenen "
        "Orten verstärken, wo sie nicht sonderlich behelligt werden."
    )
    by_text = names_of(quotes, entities)
    russen = [n for t, n in by_text.items() if t.startswith("dass die Russen")]
    assert russen == ["Adrian Hänni"]


def test_phrase_words(nlp):
    """The word-level rules on real phrases: a measure noun, a plural verb next to the phrase,
    the head after the measure, and the run-on cut."""
    doc = nlp("Das schrieb der 35 Jahre alte Aufbauspieler. Die Menschenrechtler nennen Zahlen.")
    phrase = doc[2:7]  # „der 35 Jahre alte Aufbauspieler“
    assert measure_noun(phrase, 4) and not measure_noun(phrase, 6)
    assert doc[speaker_head(phrase)].text == "Aufbauspieler"
    group = doc[8:10]  # „Die Menschenrechtler“
    assert group.text == "Die Menschenrechtler" and plural_verb_next(group)
    assert not plural_verb_next(phrase)  # „schrieb“ before it is singular
    said = nlp("Das sagte Ursula von der Leyen am Montag, bevor Nadeschdin der DW antwortete.")
    leyen = said[2:6]
    assert cut_run_on(leyen, "PER").text == "Ursula von der Leyen"
    run_on = said[10:13]
    assert run_on.text == "Nadeschdin der DW"
    assert cut_run_on(run_on, "PER").text == "Nadeschdin"
    assert cut_run_on(run_on, "ORG").text == "Nadeschdin der DW"


def test_source_noun_takes_its_owner(analyse):
    """t-online.de, 2026-01-07 (the „New York Times“ there, a paper the NER types ORG here) and
    nzz.ch, 2024-07-18: „Laut Recherchen der Süddeutschen Zeitung“ is the newspaper where the
    attribution cuts the genitive off; „Laut den Angaben“ the broadcaster named just before."""
    _, quotes, entities = analyse(
        "Kuba erhält seit Jahren subventioniertes Öl aus Venezuela. Laut Recherchen der "
        "Süddeutschen Zeitung nutzt Kuba das Öl jedoch nicht selbst, sondern verkauft einen "
        "großen Anteil an China weiter."
    )
    kuba = [n for t, n in names_of(quotes, entities).items() if "nutzt Kuba" in t]
    assert kuba == ["Süddeutsche Zeitung"]
    _, quotes, entities = analyse(
        "Das habe der CIA-Direktor Bill Burns auf einer Unternehmerkonferenz gesagt, berichtete "
        "der Sender CNN. Laut den Angaben dürfte sich Sinwar derzeit in Tunneln unter Khan "
        "Yunis im Süden Gazas versteckt halten."
    )
    sinwar = [n for t, n in names_of(quotes, entities).items() if "Sinwar" in t]
    assert sinwar == ["CNN"]


def test_role_compound_before_a_surname_is_the_person(analyse):
    """spiegel.de, 2023-04-28: „Fed-Vize Barr“ (an organisation to the NER) is Michael Barr."""
    _, quotes, entities = analyse(
        "Der für die Bankenaufsicht zuständige Fed-Vizechef Michael Barr legte am Freitag "
        "seinen Bericht vor. Fed-Vize Barr hatte im März angekündigt, zu prüfen, wie die "
        "Aufsicht Liquiditätsrisiken überwache."
    )
    assert not [e for e in entities if e["name"].startswith("Fed-Vize")]
    assert "Michael Barr" in names_of(quotes, entities).values()


def test_reported_statement_opening_with_a_name_is_that_persons(analyse):
    """tagesspiegel.de, 2024-04-29: the attribution takes „Anders Levermann vom PIK“ into the
    Reported statement and gives it no speaker; the name opening the sentence is the speaker."""
    _, quotes, entities = analyse(
        "Bislang rätselt die Forschung noch weitgehend über die Ursachen. Anders Levermann vom "
        "Potsdam-Institut für Klimafolgenforschung (PIK) sprach angesichts der Rekordwerte in "
        "den Ozeanen von einem „monströsen Effekt“, denn es brauche enorme Mengen an Energie, "
        "um die Meere zu erwärmen."
    )
    by_text = names_of(quotes, entities)
    assert "Anders Levermann" in by_text.values()
    effekt = [q for q in quotes if "Effekt" in q["text"]]
    assert effekt
    assert all(names_of([q], entities).popitem()[1] == "Anders Levermann" for q in effekt)


def test_pronoun_skips_a_person_in_a_prepositional_phrase(analyse):
    """dw.com, 2024-01-30: „Nach eigenen Angaben hat er …“ is Nadeschdin, not Putin, who is
    named nearer but only „gegen Amtsinhaber Wladimir Putin“."""
    _, quotes, entities = analyse(
        "Russland-Wahl: Nadeschdin setzt auf ein Ende der Putin-Ära\n\n"
        "Tausende standen für ihn stundenlang in der Kälte: Boris Nadeschdin will bei der "
        "Präsidentschaftswahl am 17. März gegen Wladimir Putin antreten.\n\n"
        "Die erste Hürde hat er gemeistert: Boris Nadeschdin darf 100.000 Unterschriften "
        "sammeln. Unterschriften, die er braucht, um bei der russischen Präsidentschaftswahl im "
        "März gegen Amtsinhaber Wladimir Putin antreten zu dürfen. Nach eigenen Angaben hat er "
        "sogar schon 200.000 zusammen."
    )
    by_text = names_of(quotes, entities)
    assert "Wladimir Putin" not in by_text.values()
    assert [n for t, n in by_text.items() if "200.000 zusammen" in t] == ["Boris Nadeschdin"]


def test_generic_organisation_noun_with_a_quoted_name(analyse):
    """faz.net, 2024-04-17: „forderte die Partei „Die Mitte““ is „Die Mitte“, not the
    „Schweizerische Volkspartei“ named before."""
    _, quotes, entities = analyse(
        "Die russischen Machenschaften in der Schweiz seien nicht zu akzeptieren, hieß es von "
        "der Schweizerischen Volkspartei (SVP). Identifizierte Spione müssten ausgewiesen "
        "werden, forderte die Partei „Die Mitte“."
    )
    by_text = names_of(quotes, entities)
    assert [n for t, n in by_text.items() if t.startswith("Identifizierte")] == ["Die Mitte"]


def test_plural_role_noun_speaks_as_a_group(analyse):
    """neues-deutschland.de (Mietenstreik in New York): „Mietrechtsanwälte fürchten, …“ — a
    plural of a person noun („Anwältin“) the lexicon knows only in the singular is a group;
    a plural source noun („Berichte“) stays none."""
    _, quotes, entities = analyse(
        "Eine wichtige Forderung sei deswegen, die Miete für die Zeit der Pandemie auszusetzen. "
        "Mietrechtsanwälte fürchten, es könnte nach einer schrittweisen Aufhebung der "
        "Coronavirus-Beschränkungen zu einer Räumungswelle kommen, weil Vermieter aktuell online "
        "Räumungen zumindest beantragen können."
    )
    by_text = names_of(quotes, entities)
    assert [n for t, n in by_text.items() if "es könnte" in t] == ["Mietrechtsanwälte"]
    assert any(e["name"] == "Mietrechtsanwälte" and e["kind"] == "GROUP" for e in entities)


def test_person_plurals_and_source_plurals():
    from zitate.resolve.lexicons import is_person_plural

    assert is_person_plural("Mietrechtsanwälte") and is_person_plural("Aktivisten")
    assert not any(map(is_person_plural, ("Berichte", "Angaben", "Behörden", "Medien", "Tiere")))
