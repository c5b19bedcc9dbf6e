"""Which word of a sentence is the cue, and what a speaker phrase holds (issue 12): a strong cue
before a weak one („Gewalt gab …, räumte Kopp ein“, Bayerischer Rundfunk), no cue in an
adverbial clause („Weil sie langfristig denken, …“, taz), quotation marks of a quoted name
kept in pairs („„D.Live“ kündigt … an“, Express) — on hand-tagged sentences of real articles."""

from __future__ import annotations

import pytest

from zitate.quotes.cuespan import balance_marks
from zitate.quotes.model import load_model

from .tagged import tagged, words

KOPP = (
    "Gewalt/NN gab/VVFIN/geben und/KON gibt/VVFIN/geben es/PPER weiterhin/ADV ,/$, "
    "räumte/VVFIN/räumen Landesbischof/NN Christian/NE Kopp/NE in/APPR seinem/PPOSAT "
    "Bericht/NN an/APPR die/ART Synode/NN ein/PTKVZ ./$."
)
BECAUSE = (
    "Weil/KOUS sie/PPER langfristig/ADJD denken/VVFIN/denken ,/$, ist/VAFIN/sein der/ART "
    "Klimawandel/NN für/APPR sie/PPER ein/ART finanzielles/ADJA Risiko/NN ./$."
)
AS_SAID = (
    "Wie/KOUS Sprecher/NN Stefan/NE Gobbin/NE erklärte/VVFIN/erklären ,/$, wollte/VMFIN/wollen "
    "sich/PRF die/ART Betreiberfirma/NN darum/PAV kümmern/VVINF ./$."
)
DLIVE = "„/$( D.Live/NE “/$( kündigt/VVFIN/kündigen eine/ART baldige/ADJA Lösung/NN an/PTKVZ ./$."


@pytest.fixture(scope="module")
def model():
    return load_model()


def test_the_strong_cue_says_the_clause_before_it(model):
    doc = tagged(KOPP)
    (found,) = [f for f in model(doc) if f.type == "Indirect"]
    assert words(doc, found.quote) == "Gewalt gab und gibt es weiterhin"
    assert found.cue.text == "räumte"
    assert "Kopp" in words(doc, found.speaker)


def test_a_verb_in_a_causal_clause_is_no_cue(model):
    doc = tagged(BECAUSE)
    assert [f for f in model(doc) if f.cue is not None and f.cue.text == "denken"] == []


def test_a_frame_clause_with_wie_still_frames(model):
    doc = tagged(AS_SAID)
    (found,) = [f for f in model(doc) if f.type == "Indirect"]
    assert found.cue.text == "erklärte"
    assert words(doc, found.speaker).endswith("Gobbin")


def test_a_quoted_name_keeps_both_marks():
    doc = tagged(DLIVE)
    assert words(doc, balance_marks(doc, [1, 2])) == "„ D.Live “"
    assert words(doc, balance_marks(doc, [0, 1])) == "„ D.Live “"
    assert words(doc, balance_marks(doc, [1])) == "D.Live"
    assert words(doc, balance_marks(doc, [2, 3])) == "kündigt"


FEARED = (
    "Die/ART Mutter/NN wandte/VVFIN/wenden sich/PRF an/APPR die/ART Presse/NN ,/$, da/KOUS "
    "sie/PPER befürchtete/VVFIN/befürchten ,/$, man/PIS wolle/VMFIN/wollen/Sub ihr/PPER die/ART "
    "Kinder/NN wegnehmen/VVINF ./$."
)


def test_a_verb_in_a_causal_clause_still_governs_its_own_complement(model):
    # ARGE-Artikel (Wikinews): what she feared is reported, though „da“ opens her clause
    doc = tagged(FEARED)
    quotes = [words(doc, f.quote) for f in model(doc) if f.type == "Indirect"]
    assert any(q.startswith("man wolle ihr die Kinder wegnehmen") for q in quotes)


def test_a_paper_after_the_cue_in_the_dative_is_no_speaker():
    # „…“, sagte der MOPO (Hamburger Morgenpost): said to the paper; „sagte der Sprecher“ is not
    from zitate.quotes.speakers import feminine_oblique

    doc = tagged("sagte/VVFIN/sagen der/ART MOPO/NE und/KON der/ART Sprecher/NN ./$.")
    assert feminine_oblique(doc, [1, 2])
    assert not feminine_oblique(doc, [4, 5])
    doc = tagged("sagte/VVFIN/sagen er/PPER der/ART dpa/NE ./$.")
    assert feminine_oblique(doc, [2, 3])


STUDY = (
    "Der/ART Ökonom/NN hält/VVFIN/halten die/ART DIW-Studie/NN ,/$, wonach/PWAV sich/PRF die/ART "
    "Flüchtlinge/NN schon/ADV in/APPR einigen/PIAT Jahren/NN rentieren/VVFIN/rentieren ,/$, "
    "ebenfalls/ADV für/APPR fragwürdig/ADJD ./$."
)


def test_a_wonach_clause_is_the_statement_of_its_antecedent(model):
    # derStandard: the DIW study says the refugees pay off; the economist doubts it
    doc = tagged(STUDY)
    (found,) = [f for f in model(doc) if f.type == "Indirect"]
    assert words(doc, found.quote) == "sich die Flüchtlinge schon in einigen Jahren rentieren"
    assert words(doc, found.speaker) == "wonach"


QUESTION = (
    "Er/PPER fragte/VVFIN/fragen sich/PRF ,/$, wonach/PWAV die/ART Jury/NN eigentlich/ADV "
    "entscheidet/VVFIN/entscheiden ./$."
)


def test_wonach_in_a_question_is_no_source(model):
    # „Er fragte sich, wonach die Jury eigentlich entscheidet.“: an indirect question, said by „Er“
    doc = tagged(QUESTION)
    assert all(f.cue is None or f.cue.text != "wonach" for f in model(doc))


REJECTED = (
    "Die/ART EU-Kommission/NN hat/VAFIN/haben einen/ART britischen/ADJA Pressebericht/NN "
    "zurückgewiesen/VVPP/zurückweisen ,/$, wonach/PWAV ihre/PPOSAT Strategie/NN auf/APPR "
    "eine/ART EU-Armee/NN zielt/VVFIN/zielen ./$."
)


def test_a_wonach_clause_moved_behind_the_verb_is_the_reports(model):
    # derStandard: the Commission rejects a press report, „wonach …“ is what the report says
    doc = tagged(REJECTED)
    quotes = {words(doc, f.quote): words(doc, f.speaker) for f in model(doc)}
    assert quotes.get("ihre Strategie auf eine EU-Armee zielt") == "wonach"
