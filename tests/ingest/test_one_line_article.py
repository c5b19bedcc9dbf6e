"""A whole article on one line is an article, not page furniture (review of issue 12).

10kGNAD row 270 (``corpora/10kgnad-test.csv.gz``, derStandard, the 100 m final of the 2015
world championships) is one line of 936 words; the results at its end are glued together
(„21,93 mSilber: David Storl“), which looks like a camelCase object key, and its parentheses
(„Justin Gatlin (USA/9,80)“) are code characters: the cleaner took the whole line for leaked
page script and ``zitate extract`` rejected the text as furniture.
"""

from __future__ import annotations

import pytest

from zitate.ingest.clean import debris_reason, looks_like_script
from zitate.ingest.text import article_from_text
from zitate.train.corpora import read_gnad

ROW = 270


@pytest.fixture(scope="module")
def row_text(shared_data) -> str:
    return read_gnad(shared_data / "corpora" / "10kgnad-test.csv.gz")[ROW]


def test_one_line_article_is_kept_whole(row_text):
    assert "\n" not in row_text
    article = article_from_text(row_text, "gnad-270.txt")
    assert article.text.startswith("Jamaikaner setzte sich im Finale")
    assert "Usain Bolt hat am Sonntag bei der Leichtathletik-WM in Peking" in article.text
    assert "Kugelstoßen Gold: Joe Kovacs (USA) 21,93 mSilber: David Storl" in article.text
    assert len(article.text.split()) >= 900


def test_one_line_article_is_no_script(row_text):
    assert not looks_like_script(row_text)
    assert debris_reason(row_text) is None
