"""A definite collective noun as speaker phrase („die Opposition“) names a body of its own
(issue 12, resolve stage).

Excerpt of a dev page (``html/fundus__de__Tagesschau_2023_04_28.html``, tagesschau.de on the
end of the Ahrtal flood inquiry in Rhineland-Palatinate) run through the committed base
pipeline, the shipped ``zitate_quotes`` model and ``resolve_speakers`` (fixture ``analyse``).
"""

from __future__ import annotations

AHRTAL = (
    "Die politische Bewertung fällt unterschiedlich aus. Die Regierungsfraktionen der Ampel "
    "sehen die Hauptverantwortung für die Versäumnisse beim ehemaligen Landrat, bei dem die "
    "Einsatzleitung lag. Dagegen wirft die Opposition, allen voran die CDU, in erster Linie der "
    "Landesregierung Versagen vor."
)


def test_the_opposition_is_a_speaker_of_its_own(analyse):
    """„Dagegen wirft die Opposition … der Landesregierung Versagen vor“: the opposition
    speaks; it is no person and no statement of no one."""
    _, quotes, entities = analyse(AHRTAL)
    names = {e["id"]: e["name"] for e in entities}
    versagen = [q for q in quotes if "Versagen" in q["text"]]
    assert versagen, [q["text"][:40] for q in quotes]
    assert all(names.get(q["speaker"]["entity"]) == "Opposition" for q in versagen), versagen
