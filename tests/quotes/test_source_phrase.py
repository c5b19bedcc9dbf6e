"""Reported and Indirect statements whose source is a „laut X“ phrase (issue 12, branch rep2):
the phrase inside a clause whose cue is a passive names the speaker („laut Gesundheitsministerium“,
MDR), and a bare noun after „laut“ names a body of that name („Laut Veranstalter“, Hamburger
Abendblatt) — real sentences of the dev pages through the base pipeline, the shipped
attribution model and speaker resolution (fixture ``analyse``)."""

from __future__ import annotations

MINISTRY = (
    "Bisher mussten die Tierhalter zwei Drittel der Kosten übernehmen. Sollte die Änderung "
    "beschlossen werden, sollen die Mittel dafür laut Gesundheitsministerium aus dem "
    "Landeshaushalt ab 2024 kommen."
)
ORGANISER = (
    "Die Siegerehrung war für 15.45 Uhr geplant. Laut Veranstalter wurden alle zur Verfügung "
    "stehenden Startplätze restlos ausverkauft."
)
SPOKESMAN = "Die Siegerehrung war für 15.45 Uhr geplant. Laut Sprecher wurden alle Plätze vergeben."


def speakers(analyse, text: str) -> list[tuple[str, str | None, str | None]]:
    """(quoted words, speaker phrase, entity name) of each quotation of ``text``."""
    _, quotes, entities = analyse(text)
    names = {e["id"]: e["name"] for e in entities}
    rows = []
    for q in quotes:
        speaker = q.get("speaker") or {}
        rows.append((q["text"], speaker.get("text"), names.get(speaker.get("entity") or "")))
    return rows


def test_source_phrase_inside_passive_clause_names_the_speaker(analyse):
    rows = [r for r in speakers(analyse, MINISTRY) if "Landeshaushalt" in r[0]]
    assert rows
    said, phrase, entity = rows[0]
    assert phrase == "Gesundheitsministerium"
    assert entity == "Gesundheitsministerium"
    assert "laut" not in said.split() and "Gesundheitsministerium" not in said


def test_bare_noun_after_laut_names_a_body(analyse):
    rows = [r for r in speakers(analyse, ORGANISER) if "Startplätze" in r[0]]
    assert rows and rows[0][1:] == ("Veranstalter", "Veranstalter")


def test_bare_spokesperson_names_no_body(analyse):
    rows = [r for r in speakers(analyse, SPOKESMAN) if "Plätze" in r[0]]
    assert rows and rows[0][2] is None


def test_surname_after_laut_is_no_body(analyse):
    text = "Laut Scheuer könnten Bahnfahrer im Fernverkehr dadurch entlastet werden."
    rows = [r for r in speakers(analyse, text) if "Bahnfahrer" in r[0]]
    assert rows and rows[0][2] is None
