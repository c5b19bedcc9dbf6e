"""Issue 5, web pages: character spans -> well-nested, escaped HTML (``zitate.web.markup``) and
the timeline chart (``zitate.web.chart``), on German sentences."""

from __future__ import annotations

from datetime import date

from lxml import etree

from zitate.web.chart import timeline
from zitate.web.markup import Layer, render
from zitate.web.views import article_view

TEXT = "Er sagte, es sei „<eine> Frage & Antwort“ gewesen."


def mark(start: int, end: int, role: str, name: str, first: dict | None = None) -> Layer:
    tag = "mark" if role == "quote" else "span"
    return Layer(start, end, role, tag, {"class": name}, first or {})


def test_text_is_escaped_and_plain_without_layers():
    assert render(TEXT, 0, len(TEXT), []) == TEXT.replace("&", "&amp;").replace(
        "<", "&lt;"
    ).replace(">", "&gt;")


def test_crossing_spans_are_split_and_the_first_piece_carries_the_id():
    # the quote [10, 41) and the cue span [3, 12) cross: the cue closes and reopens
    quote = mark(10, 41, "quote", "q", {"id": "hl-q1"})
    cue = mark(3, 12, "cue", "c")
    html = render(TEXT, 0, len(TEXT), [quote, cue])
    assert html == (
        'Er <span class="c">sagte, <mark class="q" id="hl-q1">es</mark></span>'
        '<mark class="q"> sei „&lt;eine&gt; Frage &amp; Antwort“</mark> gewesen.'
    )
    etree.fromstring(f"<p>{html}</p>")  # well nested


def test_nested_quote_sits_inside_the_outer_mark():
    outer = mark(10, 41, "quote", "outer")
    inner = mark(17, 41, "quote", "inner")
    speaker = mark(0, 2, "speaker", "s")
    html = render(TEXT, 0, len(TEXT), [inner, speaker, outer])
    tree = etree.fromstring(f"<p>{html}</p>")
    (inner_el,) = tree.xpath("//mark[@class='outer']/mark[@class='inner']")
    assert "".join(inner_el.itertext()) == TEXT[17:41]
    assert tree.xpath("string(//span[@class='s'])") == "Er"


def test_equal_ranges_nest_quote_outside_role():
    layers = [mark(0, 2, "speaker", "s"), mark(0, 2, "quote", "q")]
    assert render(TEXT, 0, 8, layers).startswith('<mark class="q"><span class="s">Er</span>')


def test_a_range_renders_only_its_part_and_closes_everything():
    quote = mark(10, 40, "quote", "q", {"id": "hl-q1"})
    first = render(TEXT, 0, 15, [quote])
    second = render(TEXT, 15, len(TEXT), [quote])
    assert first.endswith('<mark class="q" id="hl-q1">es se</mark>')
    assert second.startswith('<mark class="q">i „')  # no second id


def test_article_view_marks_speaker_cue_and_quote_of_a_record():
    text = "Titel\n\n„Wir schaffen das“, sagte Merkel."
    record = {
        "article": {
            "id": "x",
            "text": text,
            "title": "Titel",
            "paragraphs": [
                {"start": 0, "end": 5, "kind": "title"},
                {"start": 7, "end": len(text), "kind": "body"},
            ],
        },
        "quotes": [
            {
                "id": "q1", "type": "Direct", "medium": "Speech", "text": "„Wir schaffen das“",
                "spans": [[7, 25]], "speaker": {"text": "Merkel", "spans": [[33, 39]],
                "entity": "e1"}, "cue": {"text": "sagte", "spans": [[27, 32]]},
                "frame": None, "addressee": None, "nested_in": None, "confidence": 0.9,
            }
        ],
        "entities": [{"id": "e1", "name": "Angela Merkel", "kind": "PER", "mentions": []}],
    }  # fmt: skip
    view = article_view(record, {"q1": "/speakers/abc"})
    assert view.title_html == "Titel"
    (body,) = view.paragraphs
    tree = etree.fromstring(f"<p>{body.html}</p>")
    (quote,) = tree.xpath("//mark[@data-quote='q1']")
    assert quote.get("class") == "quote q-Direct" and quote.get("id") == "hl-q1"
    assert "Sprecher: Merkel → Angela Merkel (Person)" in quote.get("title")
    assert tree.xpath("string(//span[@class='role role-cue'])") == "sagte"
    assert tree.xpath("string(//span[@class='role role-speaker'])") == "Merkel"
    (q,) = view.quotes
    assert dict(q.rows())["Konfidenz"] == "0,90" and q.speaker_url == "/speakers/abc"
    assert [(t, n) for t, _, n in view.legend if n] == [("Direct", 1)]


def test_timeline_steps_and_counts():
    days = [date(2024, 3, 1), date(2024, 3, 1), date(2024, 3, 4)]
    by_day = timeline(days)
    assert by_day.step == "Tag" and len(by_day.bars) == 4
    assert by_day.bars[0] == ("01.03.2024", 2) and by_day.bars[3] == ("04.03.2024", 1)
    by_month = timeline([date(2023, 11, 5), date(2024, 6, 30), date(2024, 6, 1)])
    assert by_month.step == "Monat" and by_month.bars[0] == ("Nov 2023", 1)
    assert by_month.bars[-1] == ("Jun 2024", 2) and len(by_month.bars) == 8
    by_year = timeline([date(2001, 1, 1), date(2024, 1, 1)])
    assert by_year.step == "Jahr" and len(by_year.bars) == 24
    svg = etree.fromstring(str(by_month.svg))
    ns = {"s": "http://www.w3.org/2000/svg"}
    assert len(svg.xpath("//s:rect[@class='bar']", namespaces=ns)) == 8
    assert svg.get("aria-label") == "Zitate pro Monat"
    assert timeline([]) is None
