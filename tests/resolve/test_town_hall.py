"""A noun of a town's administration stands for the town (issue 12, resolve stage): „teilte das
Rathaus mit“, „hieß es aus dem Rathaus“, „die Schwechater Stadtführung“ — the place of the
adjective, the town such a noun stood for just before, or the place the article names as a town
(„Stadt Nordhausen“); no speaker-less statement.

Real sentences: nnz-online.de (dev page ``trafilatura__nnz-online.de-Quantensprung``) and a
derStandard row of ``corpora/10kgnad-test.csv.gz`` (row 176, dev2). The texts go through the
committed base pipeline (fixture ``nlp``); the quotation records are written by hand (speaker
phrase, quoted span), so these tests check the resolve stage alone.
"""

from __future__ import annotations

from .test_speaker_entities import resolve  # noqa: F401  (the fixture)

# nnz-online.de, 06.11.2023 (shortened between the first and the last sentence).
NORDHAUSEN = (
    'In Nord wurde am Freitag die neue Spiel- und Freizeitanlage, der "Nordpark" eröffnet. '
    'Für das Quartier sei die neue Mehrgenerationenanlage ein "Quantensprung", hieß es aus dem '
    "Rathaus... Gemeinsam mit Kindern der Kindertageseinrichtung „Haus Domino“ eröffnete "
    "Oberbürgermeister Kai Buchmann den Nordpark (Foto: Stadt Nordhausen)"
)
# derStandard, 24.9.2015 (10kGNAD row 176).
SCHWECHAT = (
    "Auf dem Weg der Reform sei letztlich nichts auszuschließen. Schwechat zufrieden Zufrieden "
    "reagierte die Schwechater Stadtführung auf die Änderung. Dass der Gerichtsbezirk erhalten "
    "bleibe, sei ein Erfolg, teilte das Rathaus mit. Alle im Gemeinderat vertretenen Fraktionen "
    "hätten an einem Strang gezogen, sagte Bürgermeisterin Karin Baier (SPÖ)."
)


def test_the_town_hall_is_the_town_the_article_names(resolve):  # noqa: F811
    said = 'Für das Quartier sei die neue Mehrgenerationenanlage ein "Quantensprung"'
    names, _ = resolve(NORDHAUSEN, (said, "dem Rathaus", "hieß es", "Indirect"))
    assert names == ["Nordhausen"]


def test_the_town_of_the_adjective_and_then_its_town_hall(resolve):  # noqa: F811
    names, _ = resolve(
        SCHWECHAT,
        ("auf die Änderung", "die Schwechater Stadtführung", "reagierte", "Reported"),
        ("Dass der Gerichtsbezirk erhalten bleibe, sei ein Erfolg", "das Rathaus", "teilte"),
    )
    assert names == ["Schwechat", "Schwechat"]
