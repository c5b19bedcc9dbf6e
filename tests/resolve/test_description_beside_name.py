"""A definite description does not stand for an organisation named beside it in its own clause
(resolve stage, ``descriptions.named_beside``): „Die Organisation steht der Schiitenmiliz
Hizbullah und der Hamas im Gazastreifen nahe“ is some other organisation, though the article
called the Hamas a „Terrororganisation“ before.

Paragraphs of real German news: the NZZ live blog of ``shared/data/html``
(fundus__ch__NZZ_2024_07_18, a dev page), through the committed base pipeline and the shipped
attribution model (fixture ``analyse``).
"""

from __future__ import annotations

NZZ = (
    "Durch die Massaker der Terrororganisation Hamas am 7. Oktober wurden rund 1200 Israeli und "
    "Angehörige anderer Staaten getötet, mehr als 4600 wurden verletzt. Mindestens 243 Personen "
    "wurden verschleppt. Mehr als 130 Geiseln befinden sich noch in Gefangenschaft der Hamas.\n"
    "\n"
    "Die Angaben liessen sich zunächst nicht unabhängig verifizieren. Israels Armee teilte auf "
    "Anfrage mit, die Berichte zu prüfen. Die militante Gruppe äusserte sich zunächst nicht. Die "
    "Organisation steht der Schiitenmiliz Hizbullah und der Hamas im Gazastreifen nahe und "
    "unterstützt nach eigenen Angaben deren Kampf gegen Israel."
)


def test_a_description_is_not_the_organisation_named_in_its_clause(analyse):
    _, quotes, entities = analyse(NZZ)
    names = {e["id"]: e["name"] for e in entities}
    found = [q for q in quotes if (q["speaker"] or {}).get("text") == "Die Organisation"]
    assert found, [(q["text"][:40], q["speaker"]) for q in quotes]
    # the page's gold gives this statement no speaker (no organisation stands for it)
    assert found[0]["speaker"].get("entity") is None, (found[0]["speaker"], names)
