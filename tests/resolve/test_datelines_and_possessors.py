"""Who speaks in agency copy and in source phrases with a possessive (issue 12): the dateline an
agency text opens with („Moskau – “, „Berlin (dpa) - “) is no part of the speaker, and „ihrer
Meinung nach“, „seiner Ansicht nach“, „Zschäpes Erklärung“ name the person whose statement it is.

German news sentences run through the committed base pipeline, the shipped ``zitate_quotes``
model and ``resolve_speakers`` (fixture ``analyse``).
"""

from __future__ import annotations


def speakers(quotes, entities) -> list[tuple[str, str | None, str | None]]:
    """(quotation text, speaker phrase, speaker entity name) of every quotation."""
    names = {e["id"]: e["name"] for e in entities}
    return [
        (q["text"], (q["speaker"] or {}).get("text"), names.get((q["speaker"] or {}).get("entity")))
        for q in quotes
    ]


def test_dateline_is_no_speaker(analyse):
    """„Moskau – Russland hat … gefordert“: Russland speaks, Moskau is the dateline."""
    _, quotes, entities = analyse(
        "Moskau – Russland hat Wahlen im Bürgerkriegsland Syrien als Teil einer politischen "
        "Lösung des Konflikts gefordert."
    )
    found = speakers(quotes, entities)
    assert [(s, e) for _, s, e in found] == [("Russland", "Russland")]
    assert not found[0][0].startswith("Moskau")  # the statement starts after the dateline


def test_dateline_after_a_lead_on_the_same_line(analyse):
    """Corpus texts run title, lead and dateline into one line; a dash inside a later sentence
    („Putin – sichtlich verärgert – kritisierte …“) is no dateline."""
    _, quotes, entities = analyse(
        "Beratungen gehen in Wien weiter – Thema ist die Einbindung weiterer Akteure. Moskau – "
        "Russland hat Wahlen im Bürgerkriegsland Syrien gefordert. Präsident Wladimir Putin "
        "kritisierte den Westen scharf. Putin – sichtlich verärgert – kritisierte die Sanktionen."
    )
    by_text = {t[:12]: e for t, _, e in speakers(quotes, entities)}
    assert by_text.get("Russland hat") == "Russland"
    assert "Moskau" not in by_text.values()


def test_subject_after_the_verb_behind_a_dateline(analyse):
    """„Wien – Mit 8.000 … rechnet das Bildungsministerium …“: the subject after the verb, not
    the dateline run into the first phrase."""
    _, quotes, entities = analyse(
        "Wien – Mit 8.000 schulpflichtigen Flüchtlingskindern rechnet das Bildungsministerium "
        "in diesem Schuljahr."
    )
    assert [s for _, s, _ in speakers(quotes, entities)] == ["das Bildungsministerium"]
    _, quotes, entities = analyse(
        "Wien – Mit 8.000 schulpflichtigen Flüchtlingskindern rechnet das Bildungsministerium "
        "für dieses Jahr."
    )  # „für dieses Jahr“ is no part of the ministry's name
    assert [e for _, _, e in speakers(quotes, entities)] == ["Bildungsministerium"]


def test_agency_dateline_after_a_lead(analyse):
    """A dateline with the agency in brackets, opening the paragraph after the lead."""
    _, quotes, entities = analyse(
        "Streit um Angriffe.\nBerlin (dpa) - Die Bundesregierung hat die Angriffe scharf "
        "verurteilt."
    )
    assert [s for _, s, _ in speakers(quotes, entities)] == ["Die Bundesregierung"]


def test_possessive_before_a_source_noun_is_the_person(analyse):
    """„ihrer Meinung nach“ → the woman named before, „Seiner Ansicht nach“ → the man."""
    _, quotes, entities = analyse(
        "Die frühere OGH-Präsidentin Irmgard Griss will kandidieren. Das Abkommen sollten ihrer "
        "Meinung nach alle Kandidaten unterschreiben. Innenminister Thomas de Maizière warnte "
        "vor Panik. Seiner Ansicht nach sei die Lage unter Kontrolle."
    )
    by_phrase = {s: e for _, s, e in speakers(quotes, entities)}
    assert by_phrase["ihrer Meinung"] == "Irmgard Griss"
    assert by_phrase["Seiner Ansicht"] == "Thomas de Maizière"


def test_genitive_name_before_a_statement_noun_is_the_speaker(analyse):
    """„Laut Zschäpes Erklärung …“: Zschäpe's statement, so Zschäpe speaks."""
    _, quotes, entities = analyse(
        "Die Angeklagte Beate Zschäpe hat sich erneut geäußert. Laut Zschäpes Erklärung war "
        "Böhnhardt gewalttätig."
    )
    by_phrase = {s: e for _, s, e in speakers(quotes, entities)}
    assert by_phrase["Zschäpes Erklärung"] == "Beate Zschäpe"


def test_extended_attribute_names_no_speaker(analyse):
    """„die in London ansässige Syrische Beobachtungsstelle für Menschenrechte“: the
    organisation, not London; „Der für die Bankenaufsicht zuständige Fed-Vizechef Michael Barr“:
    the person."""
    _, quotes, entities = analyse(
        "Die in London ansässige Syrische Beobachtungsstelle für Menschenrechte berichtete von 20 "
        "Toten. Der für die Bankenaufsicht zuständige Fed-Vizechef Michael Barr warnte vor "
        "Risiken."
    )
    assert [e for _, _, e in speakers(quotes, entities)] == [
        "Syrische Beobachtungsstelle für Menschenrechte",
        "Michael Barr",
    ]


def test_a_person_set_off_by_dashes_is_no_dateline(analyse):
    """„Angela Merkel – CDU-Vorsitzende – sagte, …“: a name with an apposition between dashes
    speaks; only a place opens an agency dateline."""
    _, quotes, entities = analyse(
        "Angela Merkel – CDU-Vorsitzende – sagte, die Lage sei ernst.\n\n"
        "Müller – Trainer des HSV – sagte, das Spiel sei verloren."
    )
    assert [e for _, _, e in speakers(quotes, entities)] == ["Angela Merkel", "Müller"]


def test_sein_after_a_neuter_subject_is_not_the_person(analyse):
    """„Das Gericht hat seine Entscheidung begründet. Seiner Ansicht nach …“: „sein“ may be the
    court's; with no neuter subject between, it is the person's."""
    _, quotes, entities = analyse(
        "Müller kritisierte das Urteil scharf. Das Gericht hat seine Entscheidung am Freitag "
        "begründet. Seiner Ansicht nach sei die Klage unbegründet.\n\n"
        "Meier kritisierte das Urteil scharf. Er werde Berufung einlegen. Seiner Ansicht nach sei "
        "das Urteil falsch."
    )
    by_text = {t[:20]: e for t, _, e in speakers(quotes, entities)}
    assert by_text["sei die Klage unbegr"] is None
    assert by_text["sei das Urteil falsc"] == "Meier"
