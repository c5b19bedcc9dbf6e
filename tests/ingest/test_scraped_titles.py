"""The headline of already-scraped text is the one the article shows (issue 13): the line over
its date, byline or lead, with its kicker — not the page's title that the breadcrumb row or the
page header repeats in other words; a kicker glued to the headline or set off by a lone dash,
and a colon glued to the headline, are read as „Kicker: Headline“."""

from __future__ import annotations

from zitate.ingest.scraped import around
from zitate.ingest.titles import Candidate, unglued, with_credit, with_kicker

ARTICLE = [
    "Der Stadtrat hat am Dienstagabend mit knapper Mehrheit beschlossen, die Straßenbahnlinie bis "
    "zum neuen Wohngebiet im Norden zu verlängern.",
    "Die Kosten von rund 80 Millionen Euro sollen zu zwei Dritteln vom Land getragen werden, "
    "teilte die Stadtverwaltung mit.",
    "Anwohner hatten über Monate gegen die Pläne protestiert, weil sie Lärm und Baustellen "
    "fürchten.",
]
MENU = ["Startseite", "Lokales", "Politik", "Wirtschaft", "Sport", "Kultur"]


def _title(head: list[str]) -> str | None:
    blocks = head + ARTICLE
    return around(blocks, [False] * len(head) + [True] * len(ARTICLE)).title


def test_headline_over_the_byline_wins_over_the_breadcrumbs_copy():
    title = _title(
        MENU
        + [
            "Stadtrat stimmt zu: Straßenbahn fährt bis ins Neubaugebiet",
            "Neue Linie 4",
            "Straßenbahn fährt bald bis ins Neubaugebiet",
            "12.03.2025, 18:42 Uhr",
            "Von Anna Muster",
        ]
    )
    assert title == "Neue Linie 4: Straßenbahn fährt bald bis ins Neubaugebiet"


def test_kicker_glued_to_the_headline_is_split_where_the_pages_title_begins():
    title = _title(
        MENU
        + [
            "Neue Straßenbahn ins Neubaugebiet - Anwohner fürchten Lärm",
            "Knappe Mehrheit im Stadtrat Neue Straßenbahn ins Neubaugebiet – „Ein wichtiger Tag“",
            "Von Anna Muster",
        ]
    )
    assert title == (
        "Knappe Mehrheit im Stadtrat: Neue Straßenbahn ins Neubaugebiet – „Ein wichtiger Tag“"
    )


def test_colon_glued_to_the_headline_gets_its_space():
    title = _title(MENU + ["Verkehr in der Stadt:Straßenbahn fährt bald weiter", "12.03.2025"])
    assert title == "Verkehr in der Stadt: Straßenbahn fährt bald weiter"


def test_kicker_before_a_lone_dash_is_joined():
    blocks = ["Beschluss im Stadtrat", "-", "Straßenbahn fährt bald bis ins Neubaugebiet"]
    found = with_kicker(blocks, Candidate(2, 2, blocks[2]))
    assert found.text == "Beschluss im Stadtrat: Straßenbahn fährt bald bis ins Neubaugebiet"


def test_unglued_leaves_a_headline_without_a_copy_alone():
    blocks = ["Startseite", "Neue Straßenbahn fährt bald bis ins Neubaugebiet"]
    assert unglued(blocks, Candidate(1, 1, blocks[1])).text == blocks[1]


def test_caption_with_a_glued_two_word_credit_is_no_headline():
    caption = "Die neue Straßenbahn soll ab 2027 durch das Neubaugebiet fahren.Getty Images"
    assert with_credit(caption)
    assert not with_credit("Straßenbahn fährt bald bis ins Neubaugebiet")


def test_headline_that_the_article_does_not_repeat_stays_over_its_date():
    # none of the headline's content words is in the article, but its date stands under it
    title = _title(MENU + ["Ein Ja nach langem Streit", "Stand: 12.03.2025 18:42 Uhr"])
    assert title == "Ein Ja nach langem Streit"


def test_byline_of_a_teaser_card_inside_the_article_names_no_author():
    head = MENU + ["Straßenbahn fährt bald bis ins Neubaugebiet", "12.03.2025, 18:42 Uhr"]
    tail = ["Mehr zum Thema", "Streit um Busspuren in der Innenstadt", "Von Ben Beispiel, Berlin"]
    blocks = head + ARTICLE + tail + ARTICLE[:1]
    keep = [False] * len(head) + [True] * len(ARTICLE) + [False] * len(tail) + [True]
    assert around(blocks, keep).authors == []


def test_byline_under_the_lead_names_the_author():
    head = MENU + ["Straßenbahn fährt bald bis ins Neubaugebiet"]
    blocks = head + ARTICLE[:1] + ["Von Anna Muster"] + ARTICLE[1:]
    keep = [False] * len(head) + [True, False, True, True]
    assert around(blocks, keep).authors == ["Anna Muster"]


def test_kept_copy_of_the_pages_title_over_the_headline_leaves_the_text():
    head = MENU
    top = [
        "Neue Straßenbahn ins Neubaugebiet - Anwohner fürchten Lärm",
        "Knappe Mehrheit im Stadtrat Neue Straßenbahn ins Neubaugebiet – „Ein wichtiger Tag“",
    ]
    blocks = head + top + ARTICLE
    found = around(blocks, [False] * len(head) + [True] * (len(top) + len(ARTICLE)))
    assert found.title.startswith("Knappe Mehrheit im Stadtrat: Neue Straßenbahn")
    assert {len(head), len(head) + 1} <= found.used
