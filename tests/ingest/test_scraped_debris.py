# ruff: noqa: E501 (German prose fixtures, one sentence a line)
"""Debris of already-scraped text and credits in the byline (issue 13): reader comments by
their shape (a user name, then the time stamp), kept lines far from the article, bylines that
credit an agency, and the debris figure of ``bench scraped``.

The short texts are written for these tests in the style of German news; the nnz-online.de
page is a real page of ``shared/data/html``.
"""

from __future__ import annotations

import json

import pytest

from zitate.bench.scraped import debris, flatten, window_lines
from zitate.ingest.clean import clean_blocks, comment_head
from zitate.ingest.html import article_from_html
from zitate.ingest.lines import split_lines
from zitate.ingest.scraped import around
from zitate.ingest.text import article_from_text, drop_islands, drop_linked_teasers
from zitate.ingest.titles import candidates

PROSE = [
    "Die Gewerkschaft hat für Dienstag einen weiteren Warnstreik im Personenverkehr angekündigt. Der Ausstand soll um zwei Uhr beginnen.",
    "„Die Bahn lässt uns keine andere Wahl“, sagte der Vorsitzende am Montag in Frankfurt. Das Angebot des Konzerns sei eine Provokation.",
    "Die Bahn kritisierte die Ankündigung scharf. Ein Sprecher nannte den Streik unverhältnismäßig und forderte neue Verhandlungen.",
    "Fahrgäste sollen sich vor Reiseantritt über ihre Verbindungen informieren. Die Bahn will einen Notfahrplan anbieten.",
]
COMMENT = "Die Gewerkschaft übertreibt maßlos, das kann so nicht weitergehen mit diesen ständigen Streiks auf dem Rücken der Pendler."


# --- reader comments -------------------------------------------------------------------------


def test_reader_comment_on_a_real_page_is_not_article_text(html_dir):
    path = html_dir / "trafilatura__nnz-online.de-Quantensprung.html"
    article = article_from_html(path.read_bytes(), str(path))
    assert "Eröffungsgraffiti des Graffitispots" in article.text  # the article's last paragraph
    assert "Kritiker2010" not in article.text
    assert "Geblubber" not in article.text  # the comment's words
    assert "Recht auf Veröffentlichung" not in article.text  # the comment rules under it


@pytest.mark.parametrize(
    ("name", "stamp"),
    [
        ("Kritiker2010", "06.11.2023, 13.47 Uhr"),
        ("Petra K.", "vor 3 Stunden"),
        ("hans_m", "am 6.11.2023 um 9:05"),
    ],
)
def test_a_user_name_over_a_time_stamp_starts_the_comments(name, stamp):
    blocks = [("body", p) for p in PROSE] + [
        ("body", name),
        ("body", stamp),
        ("body", COMMENT),
        ("body", "Antworten"),
    ]
    kept = [text for _, text in clean_blocks(blocks).blocks]
    assert kept == PROSE


@pytest.mark.parametrize(
    "head",
    [
        "Kritiker2010 | 06.11.2023, 13:47 Uhr",
        "Petra K. schrieb am 6.11.2023 um 9:05:",
        "hans_m, vor 2 Stunden",
    ],
)
def test_a_comment_head_on_one_line_starts_the_comments(head):
    blocks = [("body", p) for p in PROSE] + [("body", head), ("body", COMMENT)]
    assert [text for _, text in clean_blocks(blocks).blocks] == PROSE


@pytest.mark.parametrize(
    "line", ["Kiew | 06.11.2023, 13:47 Uhr", "Berlin, 06.11.2023", "Update | 13:47 Uhr"]
)
def test_a_ticker_entry_head_is_no_comment(line):
    blocks = [("body", p) for p in PROSE] + [("body", line), ("body", PROSE[0])]
    assert [text for _, text in clean_blocks(blocks).blocks] == [*PROSE, line, PROSE[0]]


@pytest.mark.parametrize(
    ("name", "stamp"),
    [
        ("Update", "06.11.2023, 13:47 Uhr"),
        ("Kiew", "13:47 Uhr"),
        ("Berlin", "06.11.2023"),
        ("Die Bahn reagiert", "vor 3 Stunden"),
    ],
)
def test_a_label_place_or_headline_over_a_time_is_no_comment_head(name, stamp):
    assert not comment_head(name, stamp)


# --- kept lines far from the article ---------------------------------------------------------


def test_a_service_box_far_above_the_article_is_dropped():
    box = [
        "Wegen Bauarbeiten fahren die Züge der Linie zwischen den beiden Bahnhöfen nur alle zwanzig Minuten.",
        "Ein Ersatzverkehr mit Bussen wird zwischen den Haltestellen eingerichtet, wie die Verkehrsbetriebe mitteilten.",
    ]
    menu = [f"Rubrik {i}" for i in range(25)]
    blocks = box + menu + PROSE * 3
    keep = [True] * len(box) + [False] * len(menu) + [True] * len(PROSE) * 3
    assert drop_islands(blocks, keep) == [False] * (len(box) + len(menu)) + [True] * len(PROSE) * 3


def test_a_short_gap_inside_the_article_keeps_both_parts():
    related = [f"Mehr zum Thema {i}" for i in range(8)]
    blocks = PROSE * 2 + related + PROSE[:1]
    keep = [True] * 8 + [False] * 8 + [True]
    assert drop_islands(blocks, keep) == keep


SCRAPED_WITH_DEBRIS = """Home
Politik
Deutschland
Ausland
Wirtschaft
Migrationsgipfel: Länder fordern mehr Geld vom Bund
12. März 2024 um 15:04 Uhr
Von Jonas Keller, dpa
Berlin. Die Ministerpräsidenten der Länder haben vom Bund eine stärkere Beteiligung an den Kosten für die Unterbringung von Geflüchteten gefordert.
„Die Kommunen sind am Limit“, sagte Niedersachsens Ministerpräsident Stephan Weil nach dem Treffen im Kanzleramt. Der Bund müsse seine Zusagen einhalten.
Lesen Sie auch
Faeser: „Wir brauchen eine europäische Lösung“
Kanzler Scholz verwies auf die bereits zugesagten Milliarden. Man werde die Gespräche im Mai fortsetzen, kündigte er an.
Die Union warf der Regierung Untätigkeit vor. Fraktionschef Friedrich Merz sprach von einem „Gipfel der Ratlosigkeit“.
Artikel drucken
Zur Startseite
Das könnte Sie auch interessieren
„Das ist ein Skandal“: Bürgermeister schlägt Alarm
Umfrage
Sollte der Bund mehr zahlen?
Ja, unbedingt
Nein
Kommentare
Leserin_K
12.03.2024, 16:10 Uhr
Immer das gleiche Spiel, am Ende zahlen die Bürger in den Gemeinden die Zeche für diese Politik.
Antworten
Melden
"""


def test_teasers_links_poll_and_comments_around_a_scraped_article_go():
    article = article_from_text(SCRAPED_WITH_DEBRIS, "gipfel.txt")
    assert article.title == "Migrationsgipfel: Länder fordern mehr Geld vom Bund"
    assert article.authors == ["Jonas Keller"] and article.credits == ["dpa"]
    assert article.published == "2024-03-12T15:04"
    assert article.text.endswith("„Gipfel der Ratlosigkeit“.")
    for debris_line in (
        "Faeser",
        "Skandal",
        "Sollte der Bund",
        "Leserin_K",
        "Zeche",
        "Antworten",
        "drucken",
    ):
        assert debris_line not in article.text


def test_a_headline_after_a_read_also_link_is_a_teaser():
    blocks = [
        PROSE[0],
        "Lesen Sie auch",
        "Faeser: „Wir brauchen eine europäische Lösung“",
        *PROSE[1:],
    ]
    assert drop_linked_teasers(blocks, [True, False, True, True, True, True]) == [
        True,
        False,
        False,
        True,
        True,
        True,
    ]


def test_a_subheading_after_article_text_stays():
    blocks = [PROSE[0], "Die Reaktionen der Opposition", *PROSE[1:]]
    assert drop_linked_teasers(blocks, [True] * 5) == [True] * 5


# --- credits in the byline -------------------------------------------------------------------


def _around(head: list[str]):
    """``around`` on header lines before the four article paragraphs."""
    blocks = ["Startseite", "Neues Gesetz für erneuerbare Energien beschlossen", *head, *PROSE]
    return around(blocks, [False] * (len(head) + 2) + [True] * len(PROSE))


@pytest.mark.parametrize(
    ("line", "authors", "credits"),
    [
        ("Von Anna Muster, APA", ["Anna Muster"], ["APA"]),
        ("Von Anna Muster | dpa", ["Anna Muster"], ["dpa"]),
        ("Anna Muster, SDA", ["Anna Muster"], ["SDA"]),
        ("Anna Muster/SDA", [], []),  # the photographer and agency of a photo
        ("Anna Muster (SDA)", ["Anna Muster"], ["SDA"]),
        ("Autorin: Anna Muster, KNA", ["Anna Muster"], ["KNA"]),
        ("AFP/dpa", [], ["AFP", "dpa"]),
        ("dpa/AFP/mck", [], ["dpa", "AFP"]),
        ("Text: APA / Red.", [], ["APA"]),
        ("dpa/Michael Kappeler", [], []),  # a photo credit
        ("Foto: Anna Muster/SDA", [], []),
    ],
)
def test_byline_credits_an_agency(line, authors, credits):
    found = _around([line])
    assert found.authors == authors
    assert found.credits == credits


@pytest.mark.parametrize(
    ("end", "credits"),
    [
        (" /SDA", ["SDA"]),
        (" AFP/dpa", ["AFP", "dpa"]),
        (" dpa/lno", ["dpa"]),
        ("\n(mit Material von dpa)", ["dpa"]),
    ],
)
def test_agency_code_after_the_last_sentence(end, credits):
    text = (
        "\n".join(["Neues Gesetz für erneuerbare Energien beschlossen", *PROSE])
        + end
        + "\nMehr zum Thema"
    )
    article = article_from_text(text, "code.txt")
    assert article.credits == credits
    assert article.text.endswith(PROSE[-1])  # the last paragraph kept, without the code


def test_a_word_after_the_last_sentence_is_no_agency_code():
    text = "\n".join(["Neues Gesetz für erneuerbare Energien beschlossen", *PROSE]) + " SPD"
    article = article_from_text(text, "code.txt")
    assert article.credits == []


def test_opening_dateline_with_a_slash_credits_the_agency():
    text = "\n".join(
        [
            "Neues Gesetz für erneuerbare Energien beschlossen",
            "Zürich/SDA - " + PROSE[0],
            *PROSE[1:],
        ]
    )
    assert article_from_text(text, "sda.txt").credits == ["SDA"]


@pytest.mark.parametrize("line", ["David Straub, MDR THÜRINGEN", "von Manuela Conrad"])
def test_a_byline_line_is_no_title_candidate(line):
    blocks = ["Startseite", line, "28. April 2023, 05:00 Uhr", *PROSE]
    keep = [False, False, False] + [True] * len(PROSE)
    assert all(c.text != line for c in candidates(blocks, keep))


def test_a_byline_is_never_the_title(html_dir):
    """A window of a real page cut below the headline: the byline on its first line is no
    title."""
    name = "fundus__de__ZDF_2025_11_07"
    gold = json.loads((html_dir / f"{name}.gold.json").read_text("utf-8"))
    lines = window_lines(split_lines(flatten((html_dir / f"{name}.html").read_bytes())), gold, 4)
    assert lines[0].startswith("von ")
    article = article_from_text("\n".join(lines), f"{name}.txt")
    assert article.title != lines[0]
    assert lines[0] not in article.text


# --- the debris figure of bench scraped --------------------------------------------------------


def test_debris_counts_the_lines_left_that_are_not_gold():
    lines = [
        "Startseite",
        "Neues Gesetz für erneuerbare Energien beschlossen",
        *PROSE,
        "Weselsky: „Wir streiken, bis die Bahn einlenkt“ – das sagt er heute",
        "Drucken",
    ]
    gold = {
        "title": "Neues Gesetz für erneuerbare Energien beschlossen",
        "body": {"sections": [{"paragraphs": PROSE}]},
    }
    left, total, left_lines = debris(lines, gold, "bahn.txt")
    assert total == 3  # the menu, the teaser of another article, the print link
    assert left == len(left_lines) and set(left_lines) <= {lines[-2]}
