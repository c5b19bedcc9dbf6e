"""Issue 15, samples: a text file's ``---`` header gives url, source, publication date and
authors of the article (the bundled samples carry one), and a bad header is a clear error."""

from __future__ import annotations

from pathlib import Path

import pytest

from zitate.errors import ZitateError
from zitate.ingest.text import article_from_text, read_header

SAMPLES = Path(__file__).resolve().parents[2] / "samples"

TEXT = """---
url: https://de.wikinews.org/wiki/Papier_hält_NPD-Verbot_für_möglich
source: de.wikinews.org
published: 2005-01-29
authors: Erika Muster; Max Beispiel
---
Papier hält NPD-Verbot für möglich

Karlsruhe (Deutschland), 29.01.2005 – Der Präsident des Bundesverfassungsgerichts, \
Hans-Jürgen Papier, hält ein neues Verbotsverfahren gegen die NPD für möglich.
"""


def test_the_header_gives_the_metadata_and_is_not_text():
    article = article_from_text(TEXT, "papier.txt", source="papier.txt")
    assert article.source == "de.wikinews.org" and article.published == "2005-01-29"
    assert article.url == "https://de.wikinews.org/wiki/Papier_hält_NPD-Verbot_für_möglich"
    assert article.authors == ["Erika Muster", "Max Beispiel"]
    assert article.title == "Papier hält NPD-Verbot für möglich"
    assert "---" not in article.text and "published" not in article.text
    plain = article_from_text(TEXT.split("---\n", 2)[2], "papier.txt", source="papier.txt")
    assert plain.id == article.id and plain.source == "papier.txt" and plain.published is None


def test_every_bundled_sample_is_dated_with_its_outlet():
    files = sorted(SAMPLES.rglob("*.txt"))
    articles = [article_from_text(p.read_text(encoding="utf-8"), str(p)) for p in files]
    assert len(articles) >= 20 and all(a.published and a.source for a in articles)
    assert len({a.source for a in articles}) >= 3


@pytest.mark.parametrize(
    ("header", "reason"),
    [
        ("---\npublished: 29.01.2005\n---\nText.", "not an ISO date"),
        ("---\ndatum: 2005-01-29\n---\nText.", "is not one of url, source"),
        ("---\nsource: welt.de\n", "no closing '---'"),
    ],
)
def test_a_bad_header_names_the_input_and_the_reason(header, reason):
    with pytest.raises(ZitateError) as err:
        read_header(header, "probe.txt")
    assert "probe.txt" in str(err.value) and reason in str(err.value)


def test_text_without_a_header_is_left_alone():
    text = "--- kein Kopf ---\nDer Sprecher sagte, es gebe keine Gefahr."
    assert read_header(text, "x.txt") == ({}, text)
