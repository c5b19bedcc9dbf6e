"""Quoted titles, names and terms are no statements (``zitate.quotes.titles``, issue 12).

Sentences from the dev pages of shared/data/html and from Wikinews train."""

from __future__ import annotations

import pytest
import spacy

from zitate.quotes.candidates import is_name, quoted_spans
from zitate.quotes.titles import class_noun, titled


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("de")


def spans(blank, text: str) -> dict[str, bool]:
    """Each quoted span's text (marks included) -> whether ``titled`` calls it a title."""
    doc = blank(text)
    return {span.text: titled(span) for span in quoted_spans(doc)}


def test_class_nouns_match_compounds_and_inflections_but_not_words_of_speech():
    assert class_noun("Theaterensemble")  # a compound ending in a class noun
    assert class_noun("Tageszeitungen") and class_noun("Buches") and class_noun("Films")
    assert class_noun("Greenpeace-Aktion")  # a whole word after a hyphen
    assert not class_noun("Reaktion") and not class_noun("Antwort")  # words of a speaker
    assert not class_noun("Mitglied") and not class_noun("Motto")  # a slogan is someone's words
    assert not class_noun("kampagne")  # a noun is capitalised
    # Wikinews dev 76796: „Mit den Worten „Jetzt werden alle wichtigen Fragen in der G20
    # diskutiert“ …“: „Worte“ are what someone said, „das Wort „Kalifat““ a term.
    assert not class_noun("Worten") and class_noun("Wort")


def test_a_class_noun_before_the_marks_makes_a_title(blank):
    # dev page fundus__de__RBB24_2024_04_25: the ensemble's name, no speaker's words.
    text = (
        'Mit dem Stationstheater "Hotel Lunik" macht das Theaterensemble "Das letzte Kleinod" '
        "das Haus wieder zugänglich."
    )
    assert spans(blank, text)['"Das letzte Kleinod"']


def test_a_term_is_no_quotation_but_the_words_beside_it_are(blank):
    # dev page fundus__at__DerStandard_2024_05_03.
    text = (
        'Er sagt, "Extremisten profitieren von medialer Aufmerksamkeit" und setzten den Begriff '
        '"Kalifat" als Trigger strategisch ein.'
    )
    assert spans(blank, text) == {
        '"Extremisten profitieren von medialer Aufmerksamkeit"': False,
        '"Kalifat"': True,
    }


def test_so_called_and_compounds_make_terms(blank):
    # Wikinews train: „Steuern: Die so genannte „Reichensteuer“: …“, „Die „Thalys“-Schnellzüge“.
    assert spans(blank, "Steuern: Die so genannte „Reichensteuer“: Die SPD will hohe Einkommen.")[
        "„Reichensteuer“"
    ]
    doc = blank("Die „Thalys“-Schnellzüge auf der Strecke fielen aus.")
    (span,) = [s for s in quoted_spans(doc) if s.text.startswith("„Thalys")]
    assert titled(span)


def test_the_title_of_a_chapter_named_after_it(blank):
    # dev page fundus__de__NTV_2023_04_28: the title is the subject, „Kapitel“ its predicate.
    text = (
        '"Sprechen Sie nie mit Unbekannten" ist das erste Kapitel in seinem schon oft gelesenen '
        'Lieblingsbuch "Der Meister und Margarita" von Michail Bulgakow überschrieben.'
    )
    assert spans(blank, text)['"Sprechen Sie nie mit Unbekannten"']


def test_words_about_the_thing_the_noun_names_are_no_title(blank):
    # Wikinews train: a title starts with a capital; lower-case words after the noun are what
    # someone says about the law, and a saying („geflügeltes Wort“) is someone's words.
    text = (
        "Wie ein Sprecher erklärte, sieht die Landesregierung in dem Gesetz „kein Hindernis für "
        "den freien Kapitalverkehr“."
    )
    assert not any(spans(blank, text).values())
    text = "„Ich habe fertig“ ist seit damals ein geflügeltes Wort."
    assert not any(spans(blank, text).values())
    # Wikinews train: the title of a tape.
    text = "Das Tonband trägt den Titel „Bösartiges Britannien und seine indischen Sklaven“."
    assert all(spans(blank, text).values())


def test_a_colon_after_the_noun_quotes_the_speaker(blank):
    # Wikinews train: the newspaper is the addressee, the words after the colon are a statement.
    text = "Stohl sagte der US-Zeitschrift: „Es war eine lange Tour, aber vor allem war es eine.“"
    assert not any(spans(blank, text).values())
    # Wikinews train: a speaker's words after an article are a quotation („Zeitungsente“).
    text = "Der Regierungssprecher nannte den Bericht eine „Zeitungsente“."
    assert not any(spans(blank, text).values())


def test_a_heading_ending_in_a_class_noun_titles_nothing(blank):
    # dev page trafilatura__ndr.de.podcastcoronavirus140: a heading, then the speaker's words.
    text = (
        "Detaillierte Modellierungsstudie\n"
        "„So, und jetzt also zu dieser Studie, es werden da Annahmen gemacht.“"
    )
    assert not any(spans(blank, text).values())


def test_titles_get_no_speaker_in_the_whole_pipeline(analyse):
    # dev page fundus__de__DieWelt_2024_08_27 (the link text of the page left out).
    doc, quotes, _ = analyse(
        "Bei seiner Rede in Sömmerda spricht Höcke über jene mehr als 40 mittelständischen "
        "Unternehmen, die sich an der AfD-kritischen Kampagne „Made in Germany, made by Vielfalt“ "
        "beteiligt haben. Er sagt, „Extremisten profitieren von medialer Aufmerksamkeit“ und "
        "setzten den Begriff „Kalifat“ als Trigger strategisch ein."
    )
    texts = [q["text"] for q in quotes if q["type"] == "Direct"]
    assert "„Extremisten profitieren von medialer Aufmerksamkeit“" in texts
    assert not any("Made in Germany" in t or "Kalifat" in t for t in texts)
    assert all(is_name(s) for s in quoted_spans(doc) if "Kalifat" in s.text)
