"""Quoted names, source phrases and speaker/cue boundaries on real German sentences.

Sentences are tagged by hand (``tagged.py``) after sentences of the Wikinews benchmark; the
expected roles follow the train annotation convention (a source phrase keeps its noun:
„Angaben der Gewerkschaft …“ is the speaker of „nach Angaben der Gewerkschaft …“).
"""

from __future__ import annotations

import pytest

from zitate.quotes.candidates import is_name, name_words, quoted_spans
from zitate.quotes.model import load_model
from zitate.quotes.roles import cue_phrase, noun_phrase, speaker_of

from .tagged import index, tagged, words


@pytest.fixture(scope="module")
def model():
    return load_model()


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Sie/PPER erhielt/VVFIN/erhalten den/ART „/$( Sacharow-Preis/NN für/APPR "
            "geistige/ADJA Freiheit/NN “/$( ./$.",
            False,  # lowercase adjective: not all words capitalised
        ),
        (
            "Der/ART Film/NN „/$( This/FM Is/FM It/FM “/$( läuft/VVFIN/laufen ab/PTKVZ "
            "Mittwoch/NN ./$.",
            True,
        ),
        (
            "Die/ART Partei/NN „/$( People's/NE Alliance/NE for/FM Democracy/NE “/$( "
            "protestiert/VVFIN/protestieren ./$.",
            True,
        ),
        (
            "Er/PPER nannte/VVFIN/nennen die/ART Pläne/NN „/$( ein/ART Schlag/NN ins/APPRART "
            "Gesicht/NN der/ART Beschäftigten/NN “/$( ./$.",
            False,  # opens with a lowercase article: a quoted phrase, not a title
        ),
        (
            "Die/ART Firma/NN wirbt/VVFIN/werben mit/APPR „/$( Wir/PPER übernehmen/VVFIN "
            "Verantwortung/NN “/$( ./$.",
            False,  # a verb inside: a quotation
        ),
    ],
)
def test_quoted_names_are_not_quotations(sentence, name):
    doc = tagged(sentence)
    (span,) = quoted_spans(doc)
    assert is_name(span) is name


def test_a_quoted_title_is_no_direct_quotation(model):
    doc = tagged(
        "Der/ART Film/NN „/$( This/FM Is/FM It/FM “/$( läuft/VVFIN/laufen ab/PTKVZ "
        "Mittwoch/NN in/APPR den/ART Kinos/NN ./$."
    )
    assert [f for f in model(doc) if f.type == "Direct"] == []


def test_an_untagged_title_is_left_to_the_other_rules():
    doc = tagged("Der/ART Film/NN „/$( This/FM Is/FM It/FM “/$( läuft/VVFIN ./$.")
    for token in doc:
        token.tag_ = ""
    (span,) = quoted_spans(doc)
    assert not name_words(span)  # the words alone need tags to be read as a name
    assert is_name(span)  # the class noun „Film“ before the marks makes it a title (titles.py)


def test_nach_angaben_speaker_stops_before_the_next_noun_phrase(model):
    doc = tagged(
        "Der/ART Konzern/NN plant/VVFIN/planen nach/APPR Angaben/NN/Angabe der/ART "
        "Gewerkschaft/NN Nahrung-Genuss-Gaststätten/NN den/ART Abbau/NN von/APPR "
        "3.000/CARD Stellen/NN ./$."
    )
    (view,) = model.views(doc)
    (found,) = view.indirect
    assert words(doc, found.speaker) == "Angaben der Gewerkschaft Nahrung-Genuss-Gaststätten"
    assert words(doc, found.quote) == "Der Konzern plant den Abbau von 3.000 Stellen"


def test_zufolge_speaker_is_the_noun_phrase_before_it(model):
    doc = tagged(
        "Die/ART Erschütterungen/NN waren/VAFIN/sein Berichten/NN/Bericht der/ART "
        "Fernsehsender/NN Sky/NE News/NE und/KON BBC/NE zufolge/APPO bis/APPR "
        "Newcastle/NE zu/PTKZU spüren/VVINF ./$."
    )
    (view,) = model.views(doc)
    (found,) = view.indirect
    assert words(doc, found.speaker) == "Berichten der Fernsehsender Sky News und BBC"
    assert words(doc, found.cue_ids or [found.cue.i]) == "zufolge"


def test_a_name_in_apposition_joins_the_speaker_before_an_adverb():
    doc = tagged(
        "Die/ART Lage/NN sei/VAFIN/sein/Sub ernst/ADJD ,/$, sagte/VVFIN/sagen der/ART "
        "Oberkommandierende/NN der/ART US-Streitkräfte/NN ,/$, General/NE George/NE "
        "Casey/NE heute/ADV in/APPR Bagdad/NE ./$."
    )
    start = index(doc, "der")
    assert words(doc, noun_phrase(doc, start, len(doc))) == (
        "der Oberkommandierende der US-Streitkräfte , General George Casey"
    )


def test_a_mistagged_channel_name_stays_in_the_speaker():
    doc = tagged(
        "Ein/ART Reporter/NN des/ART Fernsehsenders/NN n-tv/ADJD berichtete/VVFIN/berichten "
        ",/$, dass/KOUS die/ART Lage/NN ruhig/ADJD sei/VAFIN/sein/Sub ./$."
    )
    (sent,) = doc.sents
    speaker = speaker_of(doc, index(doc, "berichtete"), sent, set())
    assert words(doc, speaker) == "Ein Reporter des Fernsehsenders n-tv"


def test_a_nominalised_adjective_is_a_speaker():
    doc = tagged(
        "Der/ART 39-Jährige/ADJA gab/VVFIN/geben jedoch/ADV an/PTKVZ ,/$, es/PPER "
        "gehe/VVFIN/gehen/Sub ihm/PPER nur/ADV um/APPR die/ART Kinder/NN ./$."
    )
    (sent,) = doc.sents
    assert words(doc, speaker_of(doc, index(doc, "gab"), sent, set())) == "Der 39-Jährige"


def test_separable_particle_before_the_final_full_stop_joins_the_cue():
    doc = tagged(
        "Der/ART Einsatz/NN dauerte/VVFIN/dauern drei/CARD Stunden/NN ,/$, "
        "teilte/VVFIN/mitteilen die/ART Polizei/NN mit/PTKVZ ./$."
    )
    (sent,) = doc.sents
    comma = index(doc, ",")
    cue = cue_phrase(doc, index(doc, "teilte"), sent, set(range(comma)))
    assert words(doc, cue) == "teilte mit"


def test_direct_quote_inside_an_indirect_clause_takes_its_roles(model):
    doc = tagged(
        "Er/PPER sagte/VVFIN/sagen ,/$, wer/PWS mit/APPR scharfer/ADJA Munition/NN auf/APPR "
        "„/$( Beamten/NN ,/$, Familienväter/NN oder/KON junge/ADJA Leute/NN “/$( "
        "schieße/VVFIN/schießen/Sub ,/$, handle/VVFIN/handeln/Sub verantwortungslos/ADJD ./$."
    )
    found = model(doc)
    by_type = {f.type: f for f in found}
    assert set(by_type) == {"Direct", "Indirect"}
    direct = by_type["Direct"]
    assert words(doc, direct.speaker) == "Er"
    assert words(doc, direct.to_quotation().cue) == "sagte"


@pytest.mark.parametrize(
    ("verb", "cue"),
    [("sagte/VVFIN/sagen", "sagte"), ("zeigte/VVFIN/zeigen", "Laut")],
)
def test_a_source_phrase_wins_over_a_weak_cue_verb(model, verb, cue):
    doc = tagged(
        f"Laut/APPR Polizei/NN {verb} der/ART Fahrer/NN ,/$, er/PPER habe/VAFIN/haben/Sub "
        "die/ART Ampel/NN nicht/PTKNEG gesehen/VVPP ./$."
    )
    (sent,) = doc.sents
    (found,) = model.rules.indirect(doc, sent, [])
    assert found.cue.text == cue


def test_medium_features_name_the_medium_of_the_same_speaker():
    from zitate.quotes.features import quotation_features, speaker_key

    doc = tagged(
        "Die/ART Polizei/NN teilte/VVFIN/mitteilen mit/PTKVZ ,/$, der/ART Fahrer/NN "
        "sei/VAFIN/sein/Sub geflohen/VVPP ./$."
    )
    speaker = [0, 1]
    assert speaker_key(doc, speaker) == "die polizei"
    quote = list(range(5, 9))
    features = quotation_features(doc, quote, [2], speaker, "Indirect", "SW", "Writing")
    assert "spkmed=Writing" in features
    assert not any(
        f.startswith("spkmed=")
        for f in quotation_features(doc, quote, [2], speaker, "Indirect", "SW")
    )
