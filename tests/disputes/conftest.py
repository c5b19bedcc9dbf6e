"""Fixtures of the disputes tests: ``found`` runs German text through the whole product (base
pipeline, attribution, disputes, as ``zitate bench disputes`` does) and gives its relations as
(type, source text, target text)."""

from __future__ import annotations

import pytest

from zitate.bench.disputes import analyse


@pytest.fixture(scope="module")
def found(shared_data):
    from zitate.quotes.pipeline import attribution_pipeline

    nlp = attribution_pipeline()

    def run(text: str) -> list[tuple[str, str, str]]:
        record = analyse({"id": "test", "text": text}, shared_data, nlp)
        words = {q["id"]: q["text"] for q in record["quotes"]}
        return [(r["type"], words[r["source"]], words[r["target"]]) for r in record["relations"]]

    return run
