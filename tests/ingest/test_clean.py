# ruff: noqa: E501 (German prose fixtures, one sentence a line)
"""Cleaning of already-scraped text: debris out, title and teaser recovered, credits separated.

The examples are written for these tests, modelled on the debris of real German news pages.
"""

from __future__ import annotations

import pytest

from zitate.ingest.clean import (
    agencies_in,
    debris_reason,
    looks_like_script,
    split_credits,
    split_signature,
)
from zitate.ingest.text import article_from_text

SCRAPED_BAHN = """Direkt zum Inhalt
Suche öffnen
Verkehr
Bahn kündigt neue Streckensanierungen für 2026 an
Die Deutsche Bahn will im kommenden Jahr mehr Strecken generalsanieren als geplant. Fahrgastverbände befürchten monatelange Umleitungen.
© picture alliance/dpa | Bernd Weißbrod
Aktualisiert:
Veröffentlicht am 14.10.2025, 09:12 Uhr
Von Lena Hofmann
Die Deutsche Bahn will im kommenden Jahr sieben weitere Hauptstrecken grundlegend sanieren. „Wir müssen jetzt investieren, sonst verlieren wir ein weiteres Jahrzehnt“, sagte Infrastrukturvorstand Berthold Huber am Dienstag in Berlin.
Der Fahrgastverband Pro Bahn kritisierte die Pläne. Die Umleitungen seien schlecht geplant, erklärte der Verband.
Was die Länder fordern
Mehrere Verkehrsminister der Länder verlangen eine frühere Abstimmung. Bayern will die Sanierung der Strecke München–Rosenheim verschieben. (AFP, Reuters)
Zurück zur Übersicht
Mehr zum Thema
trackingConsent: false,
window.dataLayer.push({ event: "article_view" });
isPremiumUser:
true
"""

SCRAPED_KIRCHE = """Springe zum Hauptinhalt

Katholikentag endet mit Appell zur Versöhnung

Zehntausende Besucher haben in Würzburg den Abschlussgottesdienst gefeiert.

Foto: KNA/Julia Steinbrecht

Würzburg (KNA) – Mit einem Aufruf zu mehr Zusammenhalt ist der Katholikentag zu Ende gegangen. „Wir brauchen einander mehr, als wir zugeben“, sagte Bischof Franz Jung in seiner Predigt.

Die Veranstalter zählten nach eigenen Angaben rund 30.000 Dauerteilnehmer. Der nächste Katholikentag findet 2028 statt.

(KNA, epd)

Artikel teilen
Drucken
"""


def test_scraped_text_loses_debris_keeps_title_and_credits():
    article = article_from_text(SCRAPED_BAHN, "bahn.txt")
    assert article.title == "Bahn kündigt neue Streckensanierungen für 2026 an"
    assert article.teaser.startswith("Die Deutsche Bahn will im kommenden Jahr mehr")
    assert article.credits == ["AFP", "Reuters"]
    assert article.authors == ["Lena Hofmann"]
    for debris in (
        "Inhalt",
        "Suche",
        "©",
        "Aktualisiert",
        "Veröffentlicht",
        "Übersicht",
        "Mehr zum Thema",
        "trackingConsent",
        "dataLayer",
        "isPremiumUser",
        "true",
        "(AFP",
    ):
        assert debris not in article.text, debris
    assert article.text.endswith("Strecke München–Rosenheim verschieben.")
    kinds = [p.kind for p in article.paragraphs]
    assert kinds == ["title", "teaser", "body", "body", "heading", "body"]


def test_scraped_text_with_blank_lines_and_credit_line():
    article = article_from_text(SCRAPED_KIRCHE, "kirche.txt")
    assert article.title == "Katholikentag endet mit Appell zur Versöhnung"
    assert set(article.credits) == {"KNA", "epd"}
    assert "Foto" not in article.text and "teilen" not in article.text
    assert "Drucken" not in article.text and "Hauptinhalt" not in article.text
    assert article.text.endswith("Der nächste Katholikentag findet 2028 statt.")


@pytest.mark.parametrize(
    "line",
    [
        "Zur Startseite",
        "zum Hauptinhalt springen",
        "Stand:",
        "Update",
        "© IMAGO/Future Image/Frank Hoermann",
        "Foto: Michael Kappeler/dpa",
        "03:12 Min.",
        "showComments: true",
        "console.info({ articleId: 4711 })",
        "Newsletter abonnieren",
        "Lesen Sie auch",
    ],
)
def test_debris_lines(line):
    assert debris_reason(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Merz: Keine Steuererhöhungen mit der Union.",
        "„Wir stehen zur Ukraine“, sagte der Kanzler am Montag in Berlin.",
        "Das Update für die Software soll im Mai kommen, teilte das Unternehmen mit.",
        "Zum Schluss sprach die Ministerin über die Lage der Kommunen und forderte mehr Geld.",
        "Von Montag an gilt auf der Strecke ein neuer Fahrplan.",
    ],
)
def test_prose_is_not_debris(line):
    assert debris_reason(line) is None
    assert not looks_like_script(line)


def test_trailing_agency_parenthesis_moves_to_credits():
    blocks = [("body", "Der Bundestag stimmte zu. (dpa/lnw, AFP)")]
    kept, credits = split_credits(blocks)
    assert kept == [("body", "Der Bundestag stimmte zu.")]
    assert credits == ["dpa", "AFP"]


def test_parenthesis_that_is_not_a_credit_stays():
    blocks = [("body", "Die Partei legte zu (plus zwei Prozentpunkte)")]
    assert split_credits(blocks) == (blocks, [])
    assert agencies_in("CDU, SPD") == []


def test_breadcrumb_lines_before_the_headline_are_not_the_title():
    text = (
        "Zum Inhalt\nStartseite\nWirtschaft\nKonjunktur\n"
        "Ifo-Index fällt zum dritten Mal in Folge\n"
        "Die Stimmung in den Chefetagen trübt sich weiter ein. Ökonomen warnen vor einer Rezession.\n"
        "Der Geschäftsklimaindex sank im März auf 85,2 Punkte, teilte das Ifo-Institut mit. "
        "Die Unternehmen bewerteten ihre Lage schlechter als im Vormonat.\n"
        "(Reuters)\n"
    )
    article = article_from_text(text, "scraped.txt")
    assert article.title == "Ifo-Index fällt zum dritten Mal in Folge"
    assert article.teaser.startswith("Die Stimmung in den Chefetagen")
    assert article.credits == ["Reuters"]
    assert "Konjunktur" not in article.text
    assert "Wirtschaft" not in article.text


# The closing paragraphs of real derStandard articles: the page of ``shared/data/html``
# (fundus__at__DerStandard_2024_05_03) and rows of the 10kGNAD corpus.
@pytest.mark.parametrize(
    ("text", "rest", "authors"),
    [
        (
            'Ganz generell nämlich sei es so: "Alles, was in Deutschland passiert, passiert irgendwann auch in Österreich - und umgekehrt." (Birgit Baumann aus Berlin, Anna Giulia Fink, Jan Michael Marchart, 3.5.2024)',
            'Ganz generell nämlich sei es so: "Alles, was in Deutschland passiert, passiert irgendwann auch in Österreich - und umgekehrt."',
            ["Birgit Baumann", "Anna Giulia Fink", "Jan Michael Marchart"],
        ),
        (
            "Die Behörden müssten die Gefährdungslage genau prüfen und dann entscheiden. (Katharina Mittelstaedt, Wolfgang Weisgram, 26.4.2016)",
            "Die Behörden müssten die Gefährdungslage genau prüfen und dann entscheiden.",
            ["Katharina Mittelstaedt", "Wolfgang Weisgram"],
        ),
        (
            "Qualifikationsmaßnahmen sollten sich mehr an der Vorbildung der Betroffenen orientieren.(András Szigetvari, 19.1.2016)",
            "Qualifikationsmaßnahmen sollten sich mehr an der Vorbildung der Betroffenen orientieren.",
            ["András Szigetvari"],
        ),
        (
            "AbstractScientific Reports: Chimpanzees and bonobos differ in intrinsic motivation for tool use (red, 16.6.2015)",
            "AbstractScientific Reports: Chimpanzees and bonobos differ in intrinsic motivation for tool use",
            [],
        ),
    ],
)
def test_an_authors_signature_closing_the_body_is_no_text(text, rest, authors):
    """A signature „(Name aus Ort, Name, Datum)“ is the byline, not a speaker after a quotation."""
    kept, signed, agencies = split_signature([("title", "Titel"), ("body", text)])
    assert kept == [("title", "Titel"), ("body", rest)]
    assert signed == authors
    assert agencies == []


def test_the_outlet_in_a_signature_is_no_author():
    """10kGNAD row 435 (derStandard): „(Conrad Seidl, DER STANDARD, 5.8.2015)“."""
    text = "Sind wir überhaupt zur Muße fähig? (Conrad Seidl, DER STANDARD, 5.8.2015)"
    kept, signed, agencies = split_signature([("body", text)])
    assert kept == [("body", "Sind wir überhaupt zur Muße fähig?")]
    assert (signed, agencies) == (["Conrad Seidl"], [])


def test_the_agencies_of_a_signature_are_credits():
    """10kGNAD row (derStandard): „(APA/dpa, 1.11.2015)“."""
    text = "Unter ihnen waren auch 31 Kinder.  (APA/dpa, 1.11.2015)"
    kept, signed, agencies = split_signature([("body", text)])
    assert kept == [("body", "Unter ihnen waren auch 31 Kinder.")]
    assert (signed, agencies) == ([], ["APA", "dpa"])


@pytest.mark.parametrize(
    "text",
    [
        "Murg (Innenband-Teilriss), Novota (im Aufbautraining) Fraglich: Petsos (Rückenbeschwerden)",
        "Tore: Drmic (80., 94.), Stocker (84.) bzw. Novakovic (45.), Cesar (48.)",
    ],
)
def test_a_parenthesis_that_is_no_signature_stays(text):
    """10kGNAD rows: a player's injury, the minutes of the goals."""
    assert split_signature([("body", text)]) == ([("body", text)], [], [])
