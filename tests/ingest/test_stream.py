"""Issue 5: ``zitate ingest`` analyses articles in batches capped by count and by characters,
read ahead in a second thread."""

from __future__ import annotations

import pytest

from zitate.errors import Errors, ZitateError
from zitate.ingest.article import assemble
from zitate.ingest.stream import batches, read_ahead

SENTENCE = "Der Bundestag hat am Donnerstag über den Haushalt beraten. "


def test_batches_by_count_and_by_characters():
    short = [assemble(f"{n}.txt", [("body", SENTENCE)]) for n in range(5)]
    long = [assemble(f"l{n}.txt", [("body", SENTENCE * 40)]) for n in range(3)]
    error = ZitateError(Errors.E001, "missing.txt")
    assert [len(b) for b in batches(short, size=2, chars=10_000)] == [2, 2, 1]
    assert [len(b) for b in batches(long, size=16, chars=3_000)] == [2, 1]  # 2,400 chars each
    assert [len(b) for b in batches([error, *short], size=3, chars=10_000)] == [3, 3]
    assert list(batches([], size=3, chars=10)) == []


def test_read_ahead_keeps_the_order_and_raises_the_streams_error_in_place():
    articles = [assemble(f"{n}.txt", [("body", SENTENCE * (n + 1))]) for n in range(7)]
    assert [a.input for a in read_ahead(iter(articles), ahead=2)] == [a.input for a in articles]

    def broken():
        yield from articles[:2]
        raise ZitateError(Errors.E104, "archiv.warc", offset=17, detail="no WARC header")

    seen = []
    with pytest.raises(ZitateError, match="offset 17"):
        for article in read_ahead(broken()):
            seen.append(article.input)
    assert seen == ["0.txt", "1.txt"]
