"""Two persons named together and taken up as one (issue 12, resolve stage): „Die Politiker
versprechen …“ after „Landeshauptmann Markus Wallner (VP) und der … Umweltlandesrat Johannes
Rauch (Grüne) bedauerten …“ is the first of the pair, as the pair's own statement is; „Beide
rechnen damit …“ after two persons named in turn is the last of them, not no one.

Excerpts of real German news (10kgnad derStandard rows 202 and 54) run through the committed
base pipeline, the shipped ``zitate_quotes`` model and ``resolve_speakers`` (fixture
``analyse``).
"""

from __future__ import annotations


def speakers(quotes, entities) -> dict[str, str | None]:
    names = {e["id"]: e["name"] for e in entities}
    return {q["text"]: names.get((q["speaker"] or {}).get("entity")) for q in quotes}


def test_definite_plural_role_after_a_pair_is_its_first_person(analyse):
    """derStandard (row 202): „Die Politiker versprechen lückenlose Aufklärung“."""
    _, quotes, entities = analyse(
        "Landeshauptmann Markus Wallner (VP) und der ressortzuständige Umweltlandesrat Johannes "
        "Rauch (Grüne) bedauerten in einer gemeinsamen Aussendung am Freitag den Imageschaden. "
        "Das Vertrauen in die Abfallwirtschaft des Landes sei schwer erschüttert worden. Die "
        "Politiker versprechen lückenlose Aufklärung, das sei man der Bevölkerung schuldig, die "
        "Vorarlberg zum Vorreiter in Sachen Abfalltrennung und Rohstoffrecycling gemacht habe."
    )
    said = speakers(quotes, entities)
    promised = [n for q, n in said.items() if "lückenlose Aufklärung" in q]
    assert promised and set(promised) == {"Markus Wallner"}


def test_beide_is_a_person_named_before(analyse):
    """derStandard (row 54): „Beide rechnen damit, dass …“ after Mitterlehner and Faymann."""
    _, quotes, entities = analyse(
        "Auch Mitterlehner räumte ein Problem der Verbindlichkeit mit der Türkei ein – weil hier "
        "immer wieder neue Forderungen auftauchen. Zweifelsohne positiv am Gipfel sei die "
        "Formulierung zur Balkanroute, hielt der Vizekanzler fest. Auch Faymann betonte einmal "
        "mehr, dass sich Österreichs Haltung bestätigt habe. Beide rechnen damit, dass die Union "
        "ihre Kritik an Österreich, wenn es Flüchtlinge nach Slowenien zurückweist, wohl nicht "
        "aufrechterhalten könne, sobald die Union Menschen von Griechenland in die Türkei "
        "rückführe."
    )
    said = speakers(quotes, entities)
    assert [n for q, n in said.items() if q.startswith("dass die Union")] == ["Faymann"]
