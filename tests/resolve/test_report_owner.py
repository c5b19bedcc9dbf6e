"""The owner of a report named by a genitive noun that names no entity (issue 12 item 4,
resolve stage): „heisst es in einem Bericht der NGO“ is the organisation named as the source
in the sentence before („laut Human Rights Watch (HRW)“), not no one.

Excerpt of a real German news page (nzz.ch, Nahost live ticker 2024-07-18, ``shared/data/html``)
run through the committed base pipeline, the shipped ``zitate_quotes`` model and
``resolve_speakers`` (fixture ``analyse``).
"""

from __future__ import annotations

NZZ = (
    "13.28 Uhr: Human Rights Watch: Hamas-Massaker richtete sich gezielt gegen Zivilisten\n\n"
    "Die islamistische Terrororganisation Hamas und vier weitere palästinensische Gruppen haben "
    "bei ihrem Massaker am 7. Oktober 2023 in Israel laut Human Rights Watch (HRW) systematisch "
    "die Zivilbevölkerung angegriffen. Die bewaffneten Palästinenser hätten dabei zahlreiche "
    "Kriegsverbrechen und Verbrechen gegen die Menschlichkeit begangen, heisst es in einem "
    "Bericht der NGO."
)


def test_report_of_the_ngo_is_the_ngo_named_before(analyse):
    _, quotes, entities = analyse(NZZ)
    names = {e["id"]: e["name"] for e in entities}
    said = {q["text"][:25]: names.get((q["speaker"] or {}).get("entity")) for q in quotes}
    assert said.get("Die bewaffneten Palästine") == "Human Rights Watch", said
