"""Article extraction on the real pages of shared/data/html against their gold (issue 4)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from zitate.bench.ingest import gold_body, snippet_hits, tokens_f1
from zitate.ingest.html import article_from_html, decode_html


def page_names(prefix: str) -> list[str]:
    repo = Path(__file__).resolve().parents[2]
    folder = Path(os.environ.get("ZITATE_SHARED_DATA") or repo.parent / "shared" / "data") / "html"
    return sorted(p.stem for p in folder.glob(f"{prefix}*.html") if ".gold" not in p.name)


FUNDUS = page_names("fundus__")
SNIPPETS = page_names("trafilatura__")


def _load(html_dir, name):
    gold = json.loads((html_dir / f"{name}.gold.json").read_text("utf-8"))
    article = article_from_html((html_dir / f"{name}.html").read_bytes(), name)
    return article, gold


def _body(article):
    return "\n".join(article.text[p.start : p.end] for p in article.paragraphs if p.kind != "title")


@pytest.mark.parametrize("name", FUNDUS)
def test_fundus_page_title_date_body(html_dir, name):
    article, gold = _load(html_dir, name)
    assert article.published and article.published[:10] == gold["publishing_date"][:10]
    assert tokens_f1(_body(article), gold_body(gold)) >= 0.8
    assert article.paragraphs[0].kind == "title"
    assert article.text.startswith(article.title)


def test_fundus_pages_mean_scores(html_dir):
    pairs = [_load(html_dir, name) for name in FUNDUS]
    f1 = sum(tokens_f1(_body(a), gold_body(g)) for a, g in pairs) / len(pairs)
    titles = sum(a.title == g["title"] for a, g in pairs) / len(pairs)
    assert f1 >= 0.95
    assert titles >= 0.9


def test_snippet_score(html_dir):
    passed = total = 0
    for name in SNIPPETS:
        article, gold = _load(html_dir, name)
        hit, n = snippet_hits(article.text, gold)
        passed, total = passed + hit, total + n
    assert total and passed / total >= 0.95


def test_headings_are_kept_as_heading_paragraphs(html_dir):
    article, gold = _load(html_dir, "fundus__de__Tagesschau_2023_04_28")
    headings = [article.text[p.start : p.end] for p in article.paragraphs if p.kind == "heading"]
    gold_heads = [h for s in gold["body"]["sections"] for h in s["headline"]]
    assert headings == gold_heads
    assert article.teaser == gold["body"]["summary"][0]


@pytest.mark.parametrize(
    "name", ["trafilatura__die-tagespost.de.Demut", "trafilatura__nnz-online.de-Quantensprung"]
)
def test_cp1252_pages_decode_without_mojibake(html_dir, name):
    data = (html_dir / f"{name}.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text = decode_html(data, name)
    assert "Ã" not in text and "\ufffd" not in text
    assert any(ch in text for ch in "äöüß")


def test_site_suffix_removed_from_title(html_dir):
    article, _ = _load(html_dir, "fundus__de__DW_2024_01_30")
    assert "DW" not in article.title and "2024" not in article.title


def test_canonical_url_and_source(html_dir):
    article, gold = _load(html_dir, "fundus__de__Tagesschau_2023_04_28")
    assert article.url == gold["url"]
    assert article.source == "tagesschau.de"
    assert article.authors == gold["authors"]
