# ruff: noqa: E501 (German prose fixtures, one sentence a line)
"""Already-scraped text and quotation marks (issue 13): line model on real flattened pages,
title/date/byline recovery, error messages naming the input, pairing of quotation marks per
paragraph.

The short texts are written for these tests in the style of German news; the pages are the
held-out pages of ``shared/data/html`` (``zitate.bench.scraped.HELD_OUT``), never trained on.
"""

from __future__ import annotations

import json

import pytest
import spacy

from zitate.bench.ingest import gold_body, tokens_f1
from zitate.bench.scraped import HELD_OUT, credits_right, flatten, same_headline
from zitate.errors import ZitateError
from zitate.ingest.clean import looks_like_script
from zitate.ingest.dates import parse_date
from zitate.ingest.names import is_person_name
from zitate.ingest.scraped import around
from zitate.ingest.sources import iter_articles
from zitate.ingest.text import article_from_text
from zitate.quotes.candidates import quote_char_spans, quoted_spans

# --- the line model on real pages ------------------------------------------------------------


@pytest.mark.parametrize("name", HELD_OUT)
def test_held_out_flattened_page_keeps_the_article(shared_data, name):
    html = (shared_data / "html" / f"{name}.html").read_bytes()
    gold = json.loads((shared_data / "html" / f"{name}.gold.json").read_text("utf-8"))
    article = article_from_text(flatten(html), f"{name}.txt")
    body = "\n".join(article.text[p.start : p.end] for p in article.paragraphs if p.kind != "title")
    assert tokens_f1(body, gold_body(gold)) >= 0.8
    lines = flatten(html).splitlines()
    assert lines[0] not in article.text and lines[-1] not in article.text  # menu, footer


def test_flatten_is_one_line_per_block_without_script():
    html = b"<html><head><title>T</title><style>p{}</style></head><body><nav><a>Politik</a> <a>Sport</a></nav><h1>Kopf</h1><p>Ein <b>fetter</b> Satz.</p><script>var x=1;</script><ul><li>Eins</li><li>Zwei</li></ul></body></html>"
    assert flatten(html) == "Politik Sport\nKopf\nEin fetter Satz.\nEins\nZwei"
    assert flatten(html) == flatten(html)


# --- title, date, byline -----------------------------------------------------------------------

SCRAPED_TAGESSCHAU_STYLE = """Startseite
Inland
Innenpolitik
Ausschuss zur Ahrtal-Flut
Zwei Rücktritte - und viele offene Fragen
Stand: 14.03.2025, 18:42 Uhr
Nach 42 Sitzungen hat der Untersuchungsausschuss zur Flutkatastrophe im Ahrtal seine Arbeit beendet. Zwei Minister traten zurück, viele Fragen bleiben offen.
Von Christin Jordan (dpa)
42 Sitzungen, 6700 Seiten Protokoll, 227 Zeugen und 20 Sachverständige: Der Untersuchungsausschuss des Mainzer Landtags hat viel Material gesammelt. „Wir haben nicht alle Fragen beantworten können“, sagte der Vorsitzende Martin Haller am Freitag.
Die Opposition sprach von einem Versagen der Landesregierung. Die Koalition wies das zurück und verwies auf die Aufklärung durch die Staatsanwaltschaft.
Mehr zum Thema
Hochwasser im Ahrtal: Was aus dem Wiederaufbau wurde
Zurück zur Startseite
"""


def test_scraped_text_gives_title_date_author_and_credit():
    article = article_from_text(SCRAPED_TAGESSCHAU_STYLE, "ahrtal.txt")
    assert article.title == "Ausschuss zur Ahrtal-Flut: Zwei Rücktritte - und viele offene Fragen"
    assert article.published == "2025-03-14T18:42"
    assert article.authors == ["Christin Jordan"]
    assert article.credits == ["dpa"]
    assert article.teaser.startswith("Nach 42 Sitzungen")
    assert "Wiederaufbau" not in article.text and "Startseite" not in article.text
    assert article.text.endswith("Aufklärung durch die Staatsanwaltschaft.")


def test_credit_line_after_the_article_and_teasers_of_other_articles():
    text = SCRAPED_TAGESSCHAU_STYLE.replace(
        "Mehr zum Thema\n",
        "jst/dpa/AFP\nMehr zum Thema\nFlutopfer: „Wir fühlen uns vergessen“\nLandtag streitet über Hilfen\n",
    )
    article = article_from_text(text, "ahrtal.txt")
    assert article.credits == ["dpa", "AFP"]
    assert "vergessen" not in article.text and "jst" not in article.text


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Stand: 14.03.2025, 18:42 Uhr", "2025-03-14T18:42"),
        ("Veröffentlicht am 3. Mai 2024, 17:47", "2024-05-03T17:47"),
        ("22.11.2024 07.57", "2024-11-22T07:57"),
        ("2023-04-28", "2023-04-28"),
        ("Aktualisiert am 07.01.2026 - 18:50 Uhr", "2026-01-07"),
        ("Lesedauer: 4 Min.", None),
    ],
)
def test_dates_of_scraped_lines(line, iso):
    assert parse_date(line) == iso


PROSE = (
    "Die Landesregierung will das Rentenalter für Feuerwehrleute anheben, und die Gewerkschaften "
    "kündigen Widerstand an."
)


def _around(head: list[str]):
    """``around`` on header lines before three article paragraphs."""
    blocks = head + [PROSE, PROSE.replace("Die", "Auch die"), PROSE.replace("will", "plant")]
    return around(blocks, [False] * len(head) + [True] * 3)


def test_date_is_the_labelled_line_not_an_expiry_or_a_relative_date():
    found = _around(
        [
            "Feuerwehrleute sollen später in Pension | wdr aktuell",
            "Verfügbar bis 06.05.2024.",
            "Feuerwehrleute sollen später in Pension",
            "Stand: 22.04.2024, 06:00 Uhr",
        ]
    )
    assert found.published == "2024-04-22T06:00"
    assert _around(["Ein Titel ohne Datum hier", "Heute, 12:37 Uhr"]).published is None
    assert _around(["Ein Titel ohne Datum hier", "vor 3 Stunden"]).published is None


def test_date_with_its_label_on_the_line_before():
    found = _around(["Das harte Geschäft mit dem Tod", "Stand:", "28. April 2023,", "05:00 Uhr"])
    assert found.published == "2023-04-28"


@pytest.mark.parametrize(
    ("head", "authors", "credits"),
    [
        (
            ["Das harte Geschäft mit dem Tod", "von", "David Straub, MDR THÜRINGEN"],
            ["David Straub"],
            [],
        ),
        (
            ["Im Netz der China-Agenten", "von Till Eckert", ", Max Bernhard", ", Martin Murphy"],
            ["Till Eckert", "Max Bernhard", "Martin Murphy"],
            [],
        ),
        (
            [
                "DDR-Hotel Lunik öffnet als Theater",
                "Do 25.04.24 | 14:07 Uhr | Von Eva Kirchner-Rätsch",
            ],
            ["Eva Kirchner-Rätsch"],
            [],
        ),
        (
            [
                "Russland-Wahl: Nadeschdin setzt auf ein Ende der Putin-Ära",
                "Jennifer Pahlke",
                "30.01.2024",
            ],
            ["Jennifer Pahlke"],
            [],
        ),
        (
            ["Voigt, Höcke und der Vorwurf einer Lüge", "Von Ulrich ExnerKorrespondent"],
            ["Ulrich Exner"],
            [],
        ),
        (
            ["Die Schweiz ist ein Tummelplatz für Spione", "Von Johannes Ritter, Zürich"],
            ["Johannes Ritter"],
            [],
        ),
        (["Sanktionen und Reue nach der Schlägerei", "Quelle: dpa Sport"], [], ["dpa"]),
        (["Hamburger Hafen wächst weiter", "Von Anna Muster (dpa)"], ["Anna Muster"], ["dpa"]),
        (["Hamburger Hafen wächst weiter", "Foto: Marcus Brandt", "Marcus Brandt/dpa"], [], []),
    ],
)
def test_byline_shapes(head, authors, credits):
    found = _around(head)
    assert found.authors == authors
    assert found.credits == credits


def test_title_is_the_headline_over_the_byline_with_its_kicker():
    found = _around(
        [
            "Startseite",
            "Inland",
            "Mehr zum Thema: Hilfen für Betroffene",
            "Ausschuss zur Ahrtal-Flut",
            "Zwei Rücktritte - und viele offene Fragen",
            "Stand: 28.04.2023 17:23 Uhr",
            "Von Christin Jordan",
        ]
    )
    assert found.title == "Ausschuss zur Ahrtal-Flut: Zwei Rücktritte - und viele offene Fragen"
    assert found.authors == ["Christin Jordan"] and found.published == "2023-04-28T17:23"


def test_title_is_the_shown_headline_not_the_pages_title_in_its_header():
    # the page's title in its header (og:title) is worded otherwise than the headline shown
    header = ["Silicon Valley Bank: Federal Reserve räumt Versäumnisse bei Aufsicht ein"]
    menu = [f"Rubrik {i}" for i in range(30)]
    found = _around(
        header
        + menu
        + [
            "Kollaps der Silicon Valley Bank",
            "US-Notenbank räumt Versäumnisse bei Aufsicht ein",
            "28.04.2023, 20.15 Uhr",
        ]
    )
    assert (
        found.title
        == "Kollaps der Silicon Valley Bank: US-Notenbank räumt Versäumnisse bei Aufsicht ein"
    )


def test_no_date_name_or_photo_credit_as_title():
    found = _around(
        ["Startseite", "28.04.2023, 20.15 Uhr", "Jennifer Pahlke", "Foto: Marcus Brandt"]
    )
    assert found.title is None


def test_person_name_lines():
    assert is_person_name("Jennifer Pahlke")
    assert is_person_name("Birgit Baumann")
    assert not is_person_name("Neue Leipziger Schule")
    assert not is_person_name("Russische Föderation")
    assert not is_person_name("MDR THÜRINGEN")


def test_single_block_ending_in_a_lead_in_is_kept():
    text = "Der Bundespräsident hat am Sonntag in einer Rede an die Opfer des Anschlags erinnert und zu Zusammenhalt aufgerufen. Ein Auszug:"
    article = article_from_text(text, "rede.txt")
    assert article.text.endswith("Ein Auszug:")


def test_sports_results_are_not_script():
    for line in (
        "Ergebnisse: Mainz – Köln 2:0 (1:0); Bochum – Kiel 1:1 (0:0); Hoffenheim – Bremen 3:4 (2:2)",
        "Tore: 1:0 Kane (23.), 1:1 Guirassy (51.), 2:1 Musiala (88.) – Zuschauer: 75.000 (ausverkauft)",
    ):
        assert not looks_like_script(line), line
    assert looks_like_script('window.dataLayer.push({ event: "article_view" });')


# --- inputs: messages and files ----------------------------------------------------------------


def test_text_without_article_names_the_input_kind(tmp_path):
    path = tmp_path / "menu.txt"
    menu = "Startseite\nPolitik\nWirtschaft\nSport\nKultur\nWetter\nImpressum\nDatenschutz\n"
    path.write_text(menu, "utf-8")
    [err] = list(iter_articles([str(path)]))
    assert isinstance(err, ZitateError) and err.code == "E111"
    assert "text" in str(err) and str(path) in str(err)
    assert "on the page" not in str(err)


def test_jsonl_record_with_text_is_an_article(tmp_path):
    path = tmp_path / "dump.jsonl"
    record = {"text": SCRAPED_TAGESSCHAU_STYLE}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    [article] = list(iter_articles([str(path)]))
    assert not isinstance(article, ZitateError), article
    assert article.title.endswith("viele offene Fragen")


def test_jsonl_record_without_article_names_the_record(tmp_path):
    path = tmp_path / "dump.jsonl"
    menu = "\n".join(
        ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Wetter", "Impressum"]
    )
    path.write_text(json.dumps({"text": menu}) + "\n", "utf-8")
    [err] = list(iter_articles([str(path)]))
    assert isinstance(err, ZitateError) and err.code == "E111"
    assert f"{path}:1" in str(err) and "JSONL record" in str(err)


def test_files_named_gold_are_not_skipped(tmp_path):
    (tmp_path / "bericht.gold.txt").write_text(SCRAPED_TAGESSCHAU_STYLE, "utf-8")
    [article] = list(iter_articles([str(tmp_path)]))
    assert not isinstance(article, ZitateError), article


# --- quotation marks -----------------------------------------------------------------------------

UNBALANCED = (
    'Putin warf dem Westen vor, Russland "zerschlagen zu wollen. Dies sei seit Jahrhunderten das Ziel seiner Gegner.\n\n'
    "Dekolonisierung als Vorwand\n\n"
    '"Wir werden das nicht zulassen", sagte Putin am Mittwoch in Moskau. Die Verbrechen müssten "vollständig aufgeklärt" werden.\n\n'
    'Kremlsprecher Dmitri Peskow ergänzte: "Die Lage ist ernst."'
)


def _quotes(text: str) -> list[str]:
    return [text[a:b] for a, b in quote_char_spans(text)]


def test_unbalanced_straight_mark_keeps_later_quotations():
    assert _quotes(UNBALANCED) == [
        '"Wir werden das nicht zulassen"',
        '"vollständig aufgeklärt"',
        '"Die Lage ist ernst."',
    ]
    doc = spacy.blank("de")(UNBALANCED)
    assert [s.text for s in quoted_spans(doc)] == _quotes(UNBALANCED)


def test_unbalanced_mark_with_the_attribution_model(analyse):
    _, quotes, _ = analyse(UNBALANCED)
    texts = {q["text"]: q for q in quotes}
    assert "Wir werden das nicht zulassen" in " ".join(texts)
    for text in texts:
        assert "Dekolonisierung als Vorwand" not in text
        assert text == text.strip() and "\n" not in text
    said = [q for q in quotes if "nicht zulassen" in q["text"]]
    assert said and said[0]["speaker"] and "Putin" in said[0]["speaker"]["text"]


def test_quotation_never_crosses_a_heading():
    text = "Sie sagte: „Das ist nicht das Ende\n\nNeue Pläne\n\nDie Stadt plant »einen Neuanfang« im Herbst."
    assert _quotes(text) == ["»einen Neuanfang«"]


def test_quotation_continued_in_the_next_paragraph():
    text = "„Wir haben lange gewartet. Die Bürger verlieren die Geduld.\n\n„Jetzt muss gehandelt werden“, sagte die Bürgermeisterin."
    assert _quotes(text) == [text[: text.index("“") + 1]]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("Er sprach von „Verrat“ und »Lüge«.", ["„Verrat“", "»Lüge«"]),
        ("Die NZZ schreibt von «grosser Sorge».", ["«grosser Sorge»"]),
        ("He called it “a disaster” twice.", ["“a disaster”"]),
        ("Er nannte es 'Unsinn', sagte der Minister.", []),
        ("Das Motto ‚Nie wieder‘ gilt.", ["‚Nie wieder‘"]),
        ("„Er rief ‚Halt!‘ und lief“, so der Zeuge.", ["„Er rief ‚Halt!‘ und lief“"]),
        ('Leere Zeichen „ “ und "" zählen nicht.', []),
        ("Peters' Auto und Hans' Haus.", []),
    ],
)
def test_kinds_of_quotation_marks(text, quotes):
    assert _quotes(text) == quotes


# --- the bench's title and credit scoring -----------------------------------------------------


def test_same_headline_with_or_without_kicker_and_punctuation():
    gold = "Technologie im Klassenzimmer: Künstliche Intelligenz in der Schule – „Sie werden schneller“"
    assert same_headline(gold.replace(":", ""), gold)
    assert same_headline(
        "Judy Lybke, ganz und gar nicht eigenartig",
        "Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig",
    )
    assert same_headline(
        "Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig",
        "Judy Lybke, ganz und gar nicht eigenartig",
    )
    assert not same_headline(
        "Ein großer Tummelplatz für russische Spione",
        "Die Schweiz ist ein großer Tummelplatz für russische Spione",
    )
    assert not same_headline(None, gold)


def test_credits_right_needs_every_gold_name():
    assert credits_right(["Till Eckert", "Max Bernhard", "dpa"], ["Till Eckert", "Max Bernhard"])
    assert not credits_right(["Till Eckert"], ["Till Eckert", "Max Bernhard"])
    assert not credits_right(["dpa"], [])
