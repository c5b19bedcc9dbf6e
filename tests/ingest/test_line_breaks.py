"""A line break of a page (``<br>``, trafilatura's ``lb``) separates words (issue 12, Direct
quotations): the embedded post of ``trafilatura__fr.de.nordkorea`` lists „CNN: "…"<br>NBC: "…"“,
which ran together as „… ill"NBC: …“ so that no quotation mark paired."""

from __future__ import annotations

from lxml import etree

from zitate.ingest.html import _text_of, article_from_html


def test_a_line_break_inside_a_block_separates_its_words():
    block = etree.fromstring(
        '<p>CNN: "Kim Jong Un is gravely ill"<lb/>NBC: "Kim Jong Un is brain dead"<lb/>'
        'Reuters: "Kim Jong Un is fine"</p>'
    )
    assert _text_of(block) == (
        'CNN: "Kim Jong Un is gravely ill" NBC: "Kim Jong Un is brain dead" '
        'Reuters: "Kim Jong Un is fine"'
    )


def test_the_embedded_post_of_a_page_keeps_its_lines_apart(html_dir):
    name = "trafilatura__fr.de.nordkorea"
    article = article_from_html((html_dir / f"{name}.html").read_bytes(), name)
    assert 'CNN: "Kim Jong Un is gravely ill" NBC: "Kim Jong Un is brain dead"' in article.text
    assert 'ill"NBC' not in article.text


def test_reading_a_block_leaves_the_page_tree_as_it_was():
    """The words are read from a copy: the line break's tail in the page's tree stays „NBC: …“
    (no space is written into the tree each time a block is read)."""
    block = etree.fromstring(
        '<p>CNN: "Kim Jong Un is gravely ill"<lb/>NBC: "Kim Jong Un is fine"</p>'
    )
    _text_of(block)
    assert block.find("lb").tail == 'NBC: "Kim Jong Un is fine"'
