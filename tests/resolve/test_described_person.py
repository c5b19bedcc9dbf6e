"""A name that an apposition calls a person by a role noun is a person, whatever label the NER
gave it, and the pronoun after it takes it up (issue 12, resolve stage, dev4).

Excerpt of a dev4 row (10kGNAD test row 264, derStandard on Tsipras's majority after the Brussels
summit: Nikos Filis backs him, Panos Skourletis is one of the rebels) run through the committed
base pipeline, the shipped ``zitate_quotes`` model and ``resolve_speakers`` (fixture
``analyse``).
"""

from __future__ import annotations

REBELS = (
    "Tsipras hat keine eigene Mehrheit mehr im Parlament. Seit dem Wochenende  ist das klar, als "
    "der Premier über sein Mandat zu Verhandlungen mit der  EU über einen dritten großen "
    "Rettungskredit abstimmen lässt und 17  Stimmen fehlen: 15 von Syriza, der Koalition der "
    "radikalen Linke, zwei  von Anel, der rechten Kleinpartei Unabhängige Griechen. 15 weitere  "
    "Syriza-Abgeordnete erklärten, sie seien gegen Tsipras neuen  Sparkatalog, aber hätten dieses"
    " Mal noch mit Ja gestimmt. Vor die Fraktion will Tsipras am Dienstagmorgen treten. Nikos  "
    "Filis, ein hartgesottener Linker und der Sprecher der Parlamentsgruppe,  hat sich hinter den"
    " Regierungschef gestellt. Alle, die mit Tsipras nicht  einverstanden seien, sollen ihr "
    "Abgeordnetenmandat zurücklegen, sagt  Filis. Diese Abmachung hatte die Partei mit ihren "
    "Kandidaten vor der  Parlamentswahl im Jänner getroffen. Es würde Tsipras nun vorerst das  "
    "Überleben retten, doch zum Rücktritt zwingen kann die vielleicht bis zu  30 Rebellen "
    "niemand. Panos Skourletis, der Arbeitsminister, gehört zu ihnen. Die  Regierungsmehrheit sei"
    " fraglich geworden, stellt er im Staatssender  fest: Wir sagen es klar: Das ist nicht unser "
    "Handel."
)


def test_the_minister_named_with_an_apposition_is_the_person_er_takes_up(analyse):
    """„Panos Skourletis, der Arbeitsminister, gehört zu ihnen. Die Regierungsmehrheit sei
    fraglich geworden, stellt er im Staatssender fest“: „der Arbeitsminister“ makes Skourletis
    a person (the NER calls him an organisation), so „er“ is he — not Nikos Filis, the last
    person before him."""
    _, quotes, entities = analyse(REBELS)
    kinds = {e["name"]: e["kind"] for e in entities}
    assert kinds.get("Panos Skourletis") == "PER", kinds
    names = {e["id"]: e["name"] for e in entities}
    for opening in ("Die Regierungsmehrheit sei fraglich", "Das ist nicht unser Handel"):
        found = [q for q in quotes if q["text"].startswith(opening)]
        assert found, [q["text"][:40] for q in quotes]
        assert names.get(found[0]["speaker"]["entity"]) == "Panos Skourletis", names
