"""A source noun is never the speaker: its owner is (resolve, ``SourceNouns._source_owner``).

„laut Angaben des von der Hamas kontrollierten Gesundheitsministeriums“: the genitive after a
participle's phrase; „Laut einem kürzlich ergangenen Urteil des höchsten Gerichts“: the court,
named by its own adjective; „Nach Angaben aus Moskau“: the state whose seat of government
„aus“ names; „Demnach …“ as the whole attribution: the source of the sentence before.

Sentences of the NZZ dev page of ``gold/speakers`` (2024-07-18) and of the 10kGNAD test rows 30,
576 (dev2), 209 and 238 (dev3), through the committed base pipeline, the shipped
``zitate_quotes`` model and ``resolve_speakers`` (fixture ``analyse``).
"""

from __future__ import annotations

import pytest

NZZ_HEALTH = (
    "Im Gazastreifen wurden laut Angaben des von der Hamas kontrollierten "
    "Gesundheitsministeriums rund 38 664 Palästinenser getötet und mehr als 89 000 verletzt. "
    "Die Angaben lassen sich nicht unabhängig überprüfen."
)
NZZ_COURT = (
    "Ultraorthodoxe Männer in Israel müssen schon bald mit Vorladungen der Armee rechnen. "
    "Laut einem kürzlich ergangenen Urteil des höchsten Gerichts müssen nun auch "
    "ultraorthodoxe Männer zum Wehrdienst verpflichtet werden."
)
NZZ_DEMNACH = (
    "Auch die libanesische Staatsagentur NNA meldete den Vorfall in der Bekaa-Ebene. "
    "Demnach geriet sein Wagen durch den Angriff in Brand."
)
GNAD_MOSKAU = (
    "Moskau – Russland hat Wahlen im Bürgerkriegsland Syrien als Teil einer politischen Lösung "
    "des Konflikts gefordert. Nach dem weitgehend ergebnislosen Treffen mit US-Außenminister "
    "John Kerry in Wien am Vortag setzten die beiden Minister ihre Beratungen über die Lage in "
    "Syrien telefonisch fort. Nach Angaben aus Moskau sprachen sie unter anderem über die "
    "mögliche Einbindung weiterer Akteure aus Nahost."
)


def speaker_of(quotes, entities, words: str) -> str | None:
    """The speaker entity name of the quotation whose text holds ``words``."""
    names = {e["id"]: e["name"] for e in entities}
    quote = next(q for q in quotes if words in q["text"])
    return names.get((quote["speaker"] or {}).get("entity"))


@pytest.mark.parametrize(
    ("text", "words", "owner"),
    [
        (NZZ_HEALTH, "38 664 Palästinenser", "Gesundheitsministerium"),
        (NZZ_COURT, "zum Wehrdienst verpflichtet", "höchstes Gericht"),
        (NZZ_DEMNACH, "geriet sein Wagen", "NNA"),
        (GNAD_MOSKAU, "Einbindung weiterer Akteure", "Russland"),
    ],
    ids=["genitive-after-participle", "court-of-a-ruling", "demnach", "seat-of-government"],
)
def test_the_owner_of_a_source_noun_speaks(analyse, text, words, owner):
    _, quotes, entities = analyse(text)
    assert speaker_of(quotes, entities, words) == owner
    assert not {"Angaben", "Urteil", "Demnach"} & {e["name"] for e in entities}


GNAD_MEDIA = (
    "In der Türkei ermittelt die Staatanwaltschaft Medienberichten zufolge gegen den Chef der "
    "pro-kurdischen Oppositionspartei HDP, Selahattin Demirtaş, weil er im Herbst Demonstranten "
    "aufgehetzt und bewaffnet haben soll. Der Nachrichtenagentur Anadolu zufolge wird wegen "
    "Störung der öffentlichen Ordnung ermittelt."
)


def test_unspecified_media_reports_name_no_one(analyse):
    """10kGNAD test row 576 (dev2): „Medienberichten zufolge“ is the source phrase alone, not
    run into the subject before it, and no adjective says whose media they are."""
    _, quotes, entities = analyse(GNAD_MEDIA)
    quote = next(q for q in quotes if "Staatanwaltschaft" in q["text"])
    assert quote["speaker"]["text"] == "Medienberichten"
    assert quote["speaker"].get("entity") is None
    assert not any("Medien" in e["name"] for e in entities)
    assert speaker_of(quotes, entities, "Störung der öffentlichen Ordnung") == "Anadolu"


GNAD_RESIDENT = (
    "UNO-Generalsekretär Ban Ki-moon verurteile die Angriffe als eklatante Verstöße gegen "
    "internationales Recht. Nach Angaben eines Einwohners wurde ein weiteres Flüchtlingslager "
    "im Süden von Azaz getroffen."
)
GNAD_OFFICER = (
    "Köln – Die Polizei war nach Angaben eines leitenden Beamten frühzeitig über Ausmaß und "
    "Dramatik der Übergriffe in der Kölner Silvesternacht informiert."
)


@pytest.mark.parametrize(
    ("text", "words"),
    [(GNAD_RESIDENT, "Flüchtlingslager"), (GNAD_OFFICER, "frühzeitig")],
    ids=["resident-not-the-man-named-before", "officer-not-a-group"],
)
def test_an_indefinite_owner_is_someone_unnamed(analyse, text, words):
    """10kGNAD rows 209 and 238 (dev3): „nach Angaben eines Einwohners“ is a new, unnamed
    person — the article of the owner's phrase counts, not the source noun before it."""
    _, quotes, entities = analyse(text)
    assert speaker_of(quotes, entities, words) is None
