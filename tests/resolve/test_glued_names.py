"""Two persons' names that the NER glued into one person mention (issue 12, resolve stage).

Excerpt of a dev2 document (``corpora/10kgnad-test.csv.gz`` row 568, derStandard: the failed
asylum summit between Werner Faymann and Reinhold Mitterlehner; the corpus drops quotation
marks) run through the committed base pipeline, the shipped ``zitate_quotes`` model and
``resolve_speakers`` (fixture ``analyse``).
"""

from __future__ import annotations

GIPFEL = (
    "Zwischen Kanzler Werner Faymann und Vizekanzler Reinhold Mitterlehner ist beim Asylgipfel "
    "ein ernster Streit ausgebrochen. Die rote Fassung: Bis zum Beginn des Gipfels um 17 Uhr "
    "habe es eine gemeinsame Regierungsposition gegeben, die im Wesentlichen eine Bezirksquote "
    "für die Aufteilung der Flüchtlinge vorgesehen habe – der sogenannte Faymann-Plan, dem "
    "Mitterlehner mehrfach zugestimmt habe. Diese Variante sei vereinbart und abgesprochen "
    "gewesen. Bis 17 Uhr. Dann habe Niederösterreichs Landeshauptmann Erwin Pröll Mitterlehner "
    "angeschrien – und Mitterlehner habe seine Position geändert. Erwin Pröll stellte wiederum "
    "klar, er habe weder Mitterlehner noch Faymann angeschrien, sondern lediglich deutlich "
    "gesprochen."
)


def test_a_name_glued_to_another_persons_surname_is_two_persons(analyse):
    """„Erwin Pröll Mitterlehner angeschrien“: Pröll shouted at Mitterlehner (Reinhold
    Mitterlehner, named in the first sentence); no person „Erwin Pröll Mitterlehner“ exists,
    and Pröll's own statement is Erwin Pröll's."""
    _, quotes, entities = analyse(GIPFEL)
    names = {e["id"]: e["name"] for e in entities}
    assert "Erwin Pröll Mitterlehner" not in names.values(), sorted(names.values())
    assert "Erwin Pröll" in names.values(), sorted(names.values())
    klar = [q for q in quotes if "weder Mitterlehner noch Faymann" in q["text"]]
    assert klar, [q["text"][:40] for q in quotes]
    assert all(names.get(q["speaker"]["entity"]) == "Erwin Pröll" for q in klar), klar
