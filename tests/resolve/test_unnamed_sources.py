"""Sources that name no one (issue 12, resolve stage), on real sentences of derStandard rows of
``corpora/10kgnad-test.csv.gz`` (dev3 of ``gold/speakers``):

- a bare plural of persons after „von“ that ends a source noun's phrase („Nach Angaben von
  Aktivisten“, „Informationen von Bürgern zufolge“) is an indefinite number of unnamed people:
  no entity (and none named „Bürgern“ in the dative);
- the organisation a report was handed to („in einem internen Einsatzbericht des
  Bundespolizisten, der am Donnerstag der Deutschen Presse-Agentur vorlag“) is its recipient,
  not its author: „dem Bericht“ later is not the Deutsche Presse-Agentur.

The texts go through the committed base pipeline (fixture ``nlp``); the quotation records are
written by hand (speaker phrase, quoted span), so these tests check the resolve stage alone.
"""

from __future__ import annotations

from .test_speaker_entities import resolve  # noqa: F401  (the fixture)

# derStandard (10kGNAD row 746).
KRUMPENDORF = (
    "Die Flüchtlinge bleiben laut Köchl trotz der Unterbringung in der Slowakei im "
    "österreichischen System, der Asylantrag laufe in Österreich weiter. Informationen von "
    "Bürgern zufolge soll die erste Gruppe von 42 syrischen Asywerbern – großteils junge "
    "Männer – bereits Donnerstag um neun Uhr vormittags aus Krumpendorf  weggebracht werden."
)
# derStandard (10kGNAD row 209).
AZAZ = (
    "Er betonte indes bei einem Besuch in Kiew, die Türkei setze keine eigenen Truppen in "
    "Syrien ein. Nach Angaben von Aktivisten rücken kurdische Kämpfer indes weiter auf Aleppo "
    "vor."
)
# derStandard (10kGNAD row 238).
KOELN = (
    "Köln – Die Polizei war nach Angaben eines leitenden Beamten frühzeitig über Ausmaß und "
    "Dramatik der Übergriffe in der Kölner Silvesternacht informiert. Während der "
    "Ausschreitungen am Hauptbahnhof hätten Frauen Schutz bei der Polizei gesucht, heißt es in "
    "einem internen Einsatzbericht des Bundespolizisten, der am Donnerstag der Deutschen "
    "Presse-Agentur vorlag. Im Gespräch mit einem führenden Landespolizisten habe er sogar "
    "befürchtet, dass das Chaos noch zu erheblichen Verletzungen, wenn nicht sogar zu Toten "
    "führen würde, schrieb der Beamte. Da die Polizei nicht jedem Opfer einer Straftat helfen "
    "und den Täter dingfest machen konnte, kamen die eingesetzten Beamten an die Grenze zur "
    "Frustration, schreibt der Bundespolizist in dem Bericht, der zunächst der Bild-Zeitung und "
    "dem Magazin Spiegel vorgelegen war. In dem Bericht wird zudem eine viel zu geringe Zahl "
    "eingesetzter Beamter beklagt. Alle eingesetzten Polizisten seien ziemlich schnell an die "
    "Leistungsgrenze gekommen."
)


def test_citizens_after_a_source_noun_name_no_one(resolve):  # noqa: F811
    said = "soll die erste Gruppe von 42 syrischen Asywerbern"
    names, entities = resolve(KRUMPENDORF, (said, "Informationen von Bürgern", "zufolge"))
    assert names == [None]
    assert not any(e["name"] in ("Bürgern", "Bürger") for e in entities)


def test_activists_after_a_source_noun_name_no_one(resolve):  # noqa: F811
    said = "rücken kurdische Kämpfer indes weiter auf Aleppo vor"
    names, _ = resolve(AZAZ, (said, "Angaben von Aktivisten", "Nach Angaben"))
    assert names == [None]


def test_the_agency_a_report_was_handed_to_is_not_its_author(resolve):  # noqa: F811
    said = "Alle eingesetzten Polizisten seien ziemlich schnell an die Leistungsgrenze gekommen"
    names, _ = resolve(KOELN, (said, "dem Bericht", None, "FreeIndirect"))
    assert names == [None]
