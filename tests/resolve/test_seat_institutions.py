"""An institution named by its seat („die Alpinpolizei Axams“, „Die Staatsanwaltschaft Wien“,
„die Kantonspolizei Zürich“) is that institution as the speaker, named in full: not the place
alone, and not „Axams“ as if „Alpinpolizei“ only described an organisation called „Axams“ (as
„Rüstungskonzern Rheinmetall“ does). Real text: 10kGNAD test row 507 (derStandard)."""

import pytest

AXAMS = (
    "Die zwei Frauen waren gegen Mittag gemeinsam mit dem Lebensgefährten der einen und einer "
    "weiteren Person – alle vier Staatsbürger verschiedener EU-Länder – auf Skiern bzw. mit "
    "Snowboards südlich von der Birgitzköpfl-Hütte in einen etwa 35 Grad steilen Hang "
    "eingefahren und wollten diesen unterhalb einer Lawinenverbauung in Richtung Axamer Lizum "
    "queren, teilte die Alpinpolizei Axams mit."
)


@pytest.fixture(scope="module")
def record():
    from zitate.bench.speakers import analyse_text
    from zitate.quotes.pipeline import attribution_pipeline

    return analyse_text(AXAMS, "axams.txt", attribution_pipeline())


def test_the_police_of_a_place_speaks_under_its_full_name(record):
    names = {e["id"]: (e["name"], e["kind"]) for e in record["entities"]}
    statement = next(q for q in record["quotes"] if "Axamer Lizum" in q["text"])
    assert names[statement["speaker"]["entity"]] == ("Alpinpolizei Axams", "ORG")


def test_seat_nouns_are_no_describing_compounds():
    from zitate.resolve.lexicons import SEAT_ENDINGS

    for noun in ("staatsanwaltschaft", "kantonspolizei", "oberlandesgericht", "arbeiterkammer"):
        assert noun.endswith(SEAT_ENDINGS)
