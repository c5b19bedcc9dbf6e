"""Paragraphs that extraction used to drop from real pages of shared/data/html (issue 12).

- a live ticker whose first ``<article>`` is a link card of another article: trafilatura took
  the card as the article container and then kept only the loose ``<p>`` of the page, so the
  summary list and the ticker entry headings were lost (``prune.mark_article_body``);
- a podcast transcript whose paragraphs sit in ``<a name="…">`` jump targets: their text
  counted as link text and the paragraphs failed trafilatura's link-density test
  (``prune.prune_page`` unwraps anchors without ``href``);
- a timestamp alone above the headline kept the repeated headline in the text
  (``html.drop_leading_titles``).
"""

from __future__ import annotations

import lxml.html

from zitate.ingest.html import article_from_html
from zitate.ingest.prune import mark_article_body, prune_page

NZZ = "fundus__ch__NZZ_2024_07_18"
NDR = "trafilatura__ndr.de.podcastcoronavirus140"
HEISE = "readability__heise"


def _article(html_dir, name):
    return article_from_html((html_dir / f"{name}.html").read_bytes(), name)


def test_live_ticker_keeps_summary_list_and_entry_headings(html_dir):
    article = _article(html_dir, NZZ)
    text = article.text
    assert "Dies teilte das zuständige Regionalkommandos des US-Militärs mit." in text
    assert "Der amerikanische Aussenminister Antony Blinken warnte vor einer Eskalation" in text
    assert "28 von ihnen hat Israel für tot erklärt." in text
    headings = [text[p.start : p.end] for p in article.paragraphs if p.kind == "heading"]
    hrw = "13.28 Uhr: Human Rights Watch: Hamas-Massaker richtete sich gezielt gegen Zivilisten"
    assert hrw in headings
    assert "1.26 Uhr: Erneuter Beschuss im Grenzgebiet zwischen Israel und Libanon" in headings
    # the ticker entries stay in page order, each heading before its paragraphs
    assert text.index("06.20 Uhr: USA schliessen") < text.index("Der Pier war von Beginn an")
    # link cards of other articles stay out
    assert "Wie Israel in die Falle der Hamas tappt" not in text


def test_article_body_is_marked_only_where_trafilatura_would_miss_it(html_dir):
    tree = lxml.html.fromstring((html_dir / f"{NZZ}.html").read_bytes())
    prune_page(tree)
    marked = mark_article_body(tree)
    assert marked is not None and marked.tag == "section"
    assert "Bei einem mutmasslich israelischen Drohnenangriff" in marked.text_content()
    # a page whose article container trafilatura finds itself is left alone
    tree = lxml.html.fromstring((html_dir / f"{HEISE}.html").read_bytes())
    assert mark_article_body(tree) is None


def test_transcript_paragraphs_in_jump_targets_are_kept(html_dir):
    text = _article(html_dir, NDR).text
    assert "Korinna Hennig: Die kritischen Stimmen, insbesondere der zitierte Wolfgang" in text
    assert "Er sei gar nicht validiert, also wissenschaftlich ausreichend begutachtet" in text
    assert "Also nicht mehr beherrschbar eigentlich mit einer vernünftigen Versorgung" in text
    assert "Sie haben eben schon bei den Todesfällen unter Berufung auf ihre Kollegen" in text


def test_timestamp_above_headline_is_dropped_with_the_repeat(html_dir):
    article = _article(html_dir, HEISE)
    title = "1Password für Mac generiert Einmal-Passwörter"
    assert article.text.startswith(title + "\n\n")
    assert article.text.count(title) == 1
    assert "08.04.2015 12:46" not in article.text
    assert article.text.endswith("mindestens OS X 10.10 voraus.")
