# ruff: noqa: E501 (German prose fixtures, one sentence a line)
"""Titles and credits of already-scraped text (issue 13, branch scr3): a page title's site name
after the headline („Headline | Tagesblatt“), the outlet's domain before the agencies of a
source line („Quelle: ntv.de, mau/dpa/AFP“), dpa's story id at the end, author labels, a name
beside the date in a byline, „Von A mit dpa“; and the page titles ``bench scraped`` accepts.

The short texts are written for these tests in the style of German news.
"""

from __future__ import annotations

import pytest

from zitate.bench.scraped import page_titles, same_title
from zitate.ingest.clean import byline_names, credit_line
from zitate.ingest.text import article_from_text
from zitate.ingest.titles import with_credit

MENU = ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Suche", "Anmelden"]
PROSE = [
    "Die Bundesregierung will die Förderung für Wärmepumpen im kommenden Jahr deutlich kürzen, wie aus einem Entwurf des Finanzministeriums hervorgeht.",
    "Verbände kritisierten die Pläne scharf. „Das ist ein fatales Signal für alle Hausbesitzer, die jetzt umrüsten wollen“, sagte die Sprecherin des Verbandes am Montag in Berlin.",
    "Das Ministerium wies die Kritik zurück und verwies auf die angespannte Haushaltslage, die Einsparungen in allen Ressorts nötig mache.",
]
TAIL = ["Mehr zum Thema", "Heizungsgesetz: Was sich 2025 ändert", "Teilen", "Drucken", "Impressum"]
HEADLINE = "Regierung kürzt Förderung für Wärmepumpen"


def _article(head: list[str], end: list[str] = ()):
    return article_from_text("\n".join(MENU + head + PROSE + list(end) + TAIL), "test")


@pytest.mark.parametrize(
    "line",
    [
        f"{HEADLINE} | Tagesblatt",
        f"{HEADLINE} - tagesblatt.de",
        f"{HEADLINE} - Tagesblatt Online",
    ],
)
def test_site_name_after_the_headline_is_cut(line):
    article = _article([line, "Von Anna Muster", "12.03.2025"])
    assert article.title == HEADLINE


def test_dash_inside_a_headline_is_kept():
    headline = "Ausschuss zur Ahrtal-Flut: Zwei Rücktritte - und viele offene Fragen"
    article = _article([headline, "Von Christin Jordan", "28.04.2023"])
    assert article.title == headline


def test_dash_before_a_name_the_page_shows_elsewhere_is_cut():
    article = article_from_text(
        "\n".join(["Tagesblatt", *MENU, f"{HEADLINE} - Tagesblatt", "12.03.2025", *PROSE, *TAIL]),
        "test",
    )
    assert article.title == HEADLINE


@pytest.mark.parametrize(
    ("head", "end", "authors", "credits"),
    [
        ([HEADLINE, "Autorin: Anna Muster", "12.03.2025"], [], ["Anna Muster"], []),
        ([HEADLINE, "Anna Muster | 12.03.2025, 14:05 Uhr"], [], ["Anna Muster"], []),
        ([HEADLINE, "Von Anna Muster mit dpa", "12.03.2025"], [], ["Anna Muster"], ["dpa"]),
        ([HEADLINE, "12.03.2025"], ["Quelle: ntv.de, mau/dpa/AFP"], [], ["dpa", "AFP"]),
        ([HEADLINE, "12.03.2025"], ["© dpa-infocom, dpa:250312-99-123456/3"], [], ["dpa"]),
        (
            [HEADLINE, "Von Anna Muster", "12.03.2025"],
            ["(APA/dpa)"],
            ["Anna Muster"],
            ["APA", "dpa"],
        ),
        (
            [HEADLINE, "Foto: dpa/Kay Nietfeld", "Von Anna Muster", "12.03.2025"],
            [],
            ["Anna Muster"],
            [],
        ),
    ],
)
def test_byline_and_closing_credits(head, end, authors, credits):
    article = _article(head, end)
    assert article.title == HEADLINE
    assert list(article.authors) == authors
    assert list(article.credits) == credits
    assert all(line not in article.text for line in end)


@pytest.mark.parametrize(
    ("byline", "authors", "credits"),
    [
        ("Ein Beitrag von Anna Muster", ["Anna Muster"], []),
        ("Eine Reportage von Anna Muster", ["Anna Muster"], []),
        ("Anna Muster und Ben Beispiel", ["Anna Muster", "Ben Beispiel"], []),
        ("Autor: Anna Muster, Redakteur Politik", ["Anna Muster"], []),
        ("Von Anna Muster mit Material von dpa", ["Anna Muster"], ["dpa"]),
    ],
)
def test_more_byline_shapes_are_no_title_and_no_text(byline, authors, credits):
    article = _article([HEADLINE, byline, "12.03.2025"])
    assert article.title == HEADLINE
    assert list(article.authors) == authors and list(article.credits) == credits
    assert byline not in article.text


def test_credit_lines():
    assert credit_line("Quelle: ntv.de, mau/dpa/AFP") == ["dpa", "AFP"]
    assert credit_line("Quelle: ntv.de") == []
    assert credit_line("© dpa-infocom, dpa:240428-99-123456/2") == ["dpa"]
    assert credit_line("Mit Material von dpa und AFP") == ["dpa", "AFP"]
    assert credit_line("(mit dpa)") == ["dpa"]
    assert credit_line("Mit Material der Nachrichtenagenturen dpa und AFP") == ["dpa", "AFP"]
    assert credit_line("mit Informationen der Nachrichtenagentur Reuters") == ["Reuters"]
    assert credit_line("Agentur: AFP") == ["AFP"]
    assert credit_line("Mit dem Rad zur Arbeit") == []


def test_caption_over_its_photo_credit_is_no_teaser():
    caption = "Gerd Harry Lybke, bekannt als Judy, in den 80er Jahren in seinen ersten Galerieräumen in Leipzig."
    article = _article(
        [HEADLINE, "Von Anna Muster", "12.03.2025", caption, "(Foto: Galerie EIGEN + ART)"]
    )
    assert caption not in article.text
    assert article.text.count("Wärmepumpen") >= 2  # headline and first paragraph kept


def test_page_titles_are_the_title_tag_meta_and_headings():
    html = (
        "<html><head><title>Regierung kürzt Förderung - Tagesblatt</title>"
        '<meta property="og:title" content="Wärmepumpen: Weniger Geld vom Staat"></head>'
        f"<body><h1>{HEADLINE}</h1><p>Text</p></body></html>"
    ).encode()
    titles = page_titles(html)
    assert "Regierung kürzt Förderung" in titles and HEADLINE in titles
    assert same_title("Wärmepumpen – weniger Geld vom Staat", titles)
    assert not same_title("Tagesblatt", titles)


def test_teaser_cards_of_other_articles_before_the_headline_are_no_title():
    cards = [
        "Top-Themen",
        "Kita-Gebühren: „Familien dürfen nicht die Zeche zahlen“",
        "Die Stadt will die Gebühren für Kitas ab Herbst erhöhen. Elternvertreter kündigen Widerstand an und sammeln bereits Unterschriften.",
        "Baustelle am Bahnhof: Sperrung bis Ende Mai",
        "Wegen Bauarbeiten bleibt die Unterführung am Hauptbahnhof länger gesperrt als geplant, teilte die Stadt mit.",
        "Lokales",
    ]
    article = article_from_text("\n".join([*cards, HEADLINE, *PROSE, *TAIL]), "test")
    assert article.title == HEADLINE
    assert "Kita" not in article.text and "Unterführung" not in article.text
    assert PROSE[1] in article.text


@pytest.mark.parametrize(
    "line",
    [
        "Nicht zufassen: Sebastian Hendel ist der schnellste deutsche Mann beim Berlin-Marathon. (Foto: John MacDougall/AFP)",
        "Mario Voigt (CDU) und Björn Höcke (AfD)Quelle: Hannes P. Albert/dpa",
        "Stand: 10:49 UhrLesedauer: 5 Minuten",
    ],
)
def test_caption_or_time_line_is_no_title_when_the_window_cuts_the_headline(line):
    article = article_from_text("\n".join([line, *PROSE, *TAIL]), "test")
    assert article.title != line


def test_clip_description_over_its_running_time_is_no_article_text():
    clip = "In Russland gehen junge Menschen für Demokratie und eine friedliche Zukunft auf die Straße. Trotz drohender Strafen machen sie weiter."
    lines = [
        HEADLINE,
        "Von Anna Muster",
        "12.03.2025",
        PROSE[0],
        clip,
        "26.10.2025 | 2:43 min",
        *PROSE[1:],
    ]
    article = _article(lines)
    assert clip not in article.text
    assert all(p in article.text for p in PROSE)


def test_reader_poll_inside_the_article_is_no_article_text():
    poll = [
        "Welches dieser Mittel ist dein Favorit, wenn du dich erkältet fühlst?",
        "Eine wärmende Suppe.",
        "Viel Vitamin C und Zink.",
        "Ich habe kein spezielles Mittel.",
    ]
    article = _article([HEADLINE, "Von Anna Muster", "12.03.2025", PROSE[0], *poll, *PROSE[1:]])
    assert all(line not in article.text for line in poll)
    assert all(p in article.text for p in PROSE)


def test_question_at_the_end_of_the_article_stays():
    question = "Wer soll das am Ende eigentlich alles bezahlen?"
    article = _article([HEADLINE, "Von Anna Muster", "12.03.2025"], [question])
    assert question in article.text


@pytest.mark.parametrize("head", [["Kopiere den aktuellen Link"], ["Link zum Artikel kopieren"]])
def test_button_is_no_title_when_the_window_cuts_the_headline(head):
    more = [
        "Die Heizungsbranche rechnet nun mit einem Einbruch der Nachfrage, nachdem die Zahl der Anträge schon im vergangenen Herbst deutlich gesunken war.",
        "Handwerksbetriebe berichten von stornierten Aufträgen und Kurzarbeit in mehreren Regionen des Landes.",
    ]
    article = article_from_text("\n".join([*head, *PROSE, *more, *TAIL]), "test")
    assert article.title != head[0]


def test_headline_with_a_clock_time_is_a_title():
    headline = "Explosion um 9.30 Uhr: Polizei sucht Zeugen"
    article = _article([headline, "Von Anna Muster", "12.03.2025"])
    assert article.title == headline


@pytest.mark.parametrize("line", ["10:49 Uhr", "Heute, 9.30 Uhr", "Aktualisiert um 9.30 Uhr"])
def test_time_alone_is_a_meta_line(line):
    assert with_credit(line)
    assert not with_credit("Explosion um 9.30 Uhr: Polizei sucht Zeugen")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ein Abschied von Angela Merkel", []),
        ("Ein Teil von Berlin", []),
        ("Ein Kommentar von Anna Muster", ["Anna Muster"]),
        ("Ein Bericht von Anna Muster", ["Anna Muster"]),
    ],
)
def test_only_genre_words_open_a_byline(text, names):
    assert byline_names(text) == names


def test_headline_like_a_byline_is_a_title():
    headline = "Ein Abschied von Angela Merkel"
    article = _article([headline, "Von Anna Muster", "12.03.2025"])
    assert article.title == headline


@pytest.mark.parametrize(
    "headline",
    ["Krieg in der Ukraine | Selenskyj bittet um Hilfe", "Streit um die Rente | Wer jetzt zahlt"],
)
def test_headline_part_after_a_separator_that_is_no_site_is_kept(headline):
    article = _article([headline, "Von Anna Muster", "12.03.2025"])
    assert article.title == headline
