"""Surnames the tagger takes for adjectives (issue 12, Reported speakers): „Platter/ADJD
betonte …“ has Platter as its speaker, not the verb's object. Real sentences of a 10kGNAD test
article (``corpora/10kgnad-test.csv.gz``, row 553, Der Standard)."""

from __future__ import annotations

from zitate.quotes.name_tags import surnames, tag_names

PLATTER = (
    "Innsbruck – Das geplante Aus für den Hubschrauberstützpunkt des Bundesheeres in der "
    "Frundsberg-Kaserne in Vomp im Tiroler Unterland stößt auf heftigen Widerstand bei "
    "Landeshauptmann Günther Platter (ÖVP). "
    "Platter betonte die Wichtigkeit des Stützpunktes für den Fall von Naturkatastrophen wie "
    "etwa jüngst im Paznaun und im Sellrain. "
    "Den Vorschlag des Ministeriums, lediglich in Zeiten erhöhter Gefährdung – etwa bei hoher "
    "Lawinenwarnstufe – präventiv und zeitlich begrenzt Hubschrauber nach Tirol zu entsenden, "
    "lehnte Platter kategorisch ab."
)


def _reported(quotes, start: str):
    return next(q for q in quotes if q["type"] == "Reported" and q["text"].startswith(start))


def test_surname_of_a_person_entity_is_tagged_as_name(nlp):
    doc = nlp.make_doc(PLATTER)
    for _, component in nlp.pipeline:
        doc = component(doc)
    assert "Platter" in surnames(doc)
    tag_names(doc)
    alone = [t for t in doc if t.text == "Platter" and not t.ent_type_]
    assert alone and all(t.tag_ == "NE" for t in alone)


def test_reported_speaker_is_the_surname_not_the_object(analyse):
    _, quotes, entities = analyse(PLATTER)
    names = {e["id"]: e["name"] for e in entities}
    betonte = _reported(quotes, "Platter betonte")
    assert betonte["speaker"]["text"] == "Platter"
    assert names[betonte["speaker"]["entity"]] == "Günther Platter"


def test_fronted_object_sentence_with_mistagged_surname_is_found(analyse):
    _, quotes, _ = analyse(PLATTER)
    lehnte = _reported(quotes, "Den Vorschlag des Ministeriums")
    assert lehnte["speaker"]["text"] == "Platter"
