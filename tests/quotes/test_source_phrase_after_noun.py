"""A source phrase with its own article right after the subject noun („In erster Linie führt
die Arbeitsmarktöffnung den Angaben zufolge …“): the source is „den Angaben“ (``quotes.refine``,
``own_source_phrase``), not the subject the tags ran it into, and it takes up the bank named as
source in the sentences before.

Excerpt of a 10kGNAD document of the dev3 split (``corpora/10kgnad-test.csv.gz`` row 750,
derStandard.at on the Bank Austria's study of the opened labour market) run through the base
pipeline, the shipped attribution model and speaker resolution (fixture ``analyse``)."""

from __future__ import annotations

MARKET = (
    "Dort kam es laut Bank Austria in keiner Branche zur Verdrängung inländischer Arbeitskräfte. "
    "In Wien wiederum, wo die Konjunktur nicht so gut war, war der Beschäftigungsanstieg nicht "
    "ausreichend, um die Arbeitslosigkeit zu reduzieren. In erster Linie führt die "
    "Arbeitsmarktöffnung den Angaben zufolge in Österreich jedenfalls zum Ersatz anderer "
    "Ausländer."
)


def test_source_noun_with_article_after_subject_is_the_source(analyse):
    _, quotes, entities = analyse(MARKET)
    names = {e["id"]: e["name"] for e in entities}
    found = [q for q in quotes if "Ersatz anderer Ausländer" in q["text"]]
    assert found, [q["text"][:40] for q in quotes]
    speaker = found[0]["speaker"]
    assert speaker["text"] == "den Angaben", speaker
    assert names.get(speaker.get("entity")) == "Bank Austria", speaker
    assert "Arbeitsmarktöffnung" in found[0]["text"]
