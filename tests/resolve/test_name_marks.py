"""A name holds no quotation marks: „die „Bild“-Zeitung“ (the tokenizer keeps „Bild“-Zeitung“ as
one token) is the organisation „Bild-Zeitung“, not „Bild“-Zeitung“. Real sentence: Wikinews
(quotes-de-wikinews train, document 17843, on Fred Delmare)."""

import pytest

DELMARE = (
    "Denn wie die „Bild“-Zeitung in der Ausgabe vom 17.12.2005 berichtete, leidet Fred Delmare "
    "an der Nervenkrankheit Alzheimer."
)


@pytest.fixture(scope="module")
def record():
    from zitate.bench.speakers import analyse_text
    from zitate.quotes.pipeline import attribution_pipeline

    return analyse_text(DELMARE, "delmare.txt", attribution_pipeline())


def test_the_newspaper_is_named_without_quotation_marks(record):
    names = {e["id"]: e["name"] for e in record["entities"]}
    report = next(q for q in record["quotes"] if "Delmare" in q["text"])
    assert names[report["speaker"]["entity"]] == "Bild-Zeitung"


def test_no_entity_name_holds_a_quotation_mark(record):
    assert not any(set(e["name"]) & set('„“”"«»') for e in record["entities"])
