"""A weak masculine role noun links to the last person named (issue 12 item 4, resolve stage):
„sagt der Franzose“ is Stéphane Mazzucotelli, named in the paragraph before, not Helmut Kohl,
named paragraphs earlier, although only Kohl's first name tells his gender.

Excerpt of a real German news page (handelsblatt.com, border closures, ``shared/data/html``)
run through the committed base pipeline, the shipped ``zitate_quotes`` model and
``resolve_speakers`` (fixture ``analyse``).
"""

from __future__ import annotations

from zitate.resolve.phrases import weak_masculine

HANDELSBLATT = (
    "Helmut Kohl hätte heute viel zu tun. Die Europastraße 29, eine der wichtigsten "
    "Verbindungen zwischen Frankreich und dem Saarland, ist gesperrt.\n\n"
    "„Das waren bedauerliche Einzelfälle“, sagt Stéphane Mazzucotelli. Er wohnt in "
    "Grosbliederstroff und arbeitet seit Langem für die Tageszeitung „Le Républicain Lorrain“."
    "\n\nMazzucotelli wundert sich über die Hartnäckigkeit, mit der die Innenminister auf "
    "deutscher Seite an der Grenzschließung festhalten. „Wir wissen doch alle, dass ein Virus "
    "sich nicht an Grenzen hält.“ Er sei früher täglich in Deutschland gewesen. Das gehe heute "
    "nicht mehr, jetzt müsse er große Umwege fahren.\n\n"
    "Wird die einseitige Aufkündigung der offenen Grenze Spuren hinterlassen? „Ich glaube "
    "nicht, dass die Freundschaft zwischen den beiden Ländern darunter leidet“, sagt der "
    "Franzose."
)


def test_weak_masculine_role_nouns():
    """Nouns in „-e“ that headed a speaker in the training data, after a nominative „der“."""
    assert weak_masculine("Franzose", "m")
    assert not weak_masculine("Franzose", "f")  # „laut der …“: a dative feminine
    assert not weak_masculine("Woche", "m")  # never a speaker's head


def test_der_franzose_is_the_frenchman_named_before(analyse):
    _, quotes, entities = analyse(HANDELSBLATT)
    names = {e["id"]: e["name"] for e in entities}
    said = {
        q["text"].strip("„“")[:25]: names.get((q["speaker"] or {}).get("entity")) for q in quotes
    }
    assert said.get("Ich glaube nicht, dass di") == "Stéphane Mazzucotelli"
