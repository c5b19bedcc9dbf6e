"""Speech verbs that Wikinews train has fewer than twice as a cue (task cuelex, issue 12): the
curated supplement of the cue lexicon (``data/cue_supplement.json``) makes „erwiderte“,
„präzisierte“, „mahnte“, „schimpfte“, „ergänzte“ cue words of a postposed frame („…, mahnte
Thiele …“), of a fronted frame before a colon and of a Konjunktiv clause after the verb; a verb
with a non-speech sense too („ergänzt … Features“) stays without a statement, and a participle
(„Die Zahlen wurden später präzisiert und es heißt nun, …“, Wikinews dev) is no cue: the
supplement lists only the past forms of verbs whose present form is their participle; „lobte“ is
no cue word of the supplement („lobte die Hilfsbereitschaft vieler Österreicher, von denen …“).
Sentences: 10kGNAD test rows (not gold rows of test, heldout or dev6) and Wikinews dev; on the
shipped attribution pipeline."""

from __future__ import annotations

import pytest

from zitate.quotes.candidates import STRONG_CUE
from zitate.quotes.lexicon import CueLexicon
from zitate.quotes.pipeline import attribution_pipeline

# 10kGNAD row 833: the speaker came out „allen britischen Zeitungen“ before.
ANSWERED = (
    "Die Enthüllungen standen in fast allen britischen Zeitungen auf Seite eins. Auf die Frage, "
    "ob die Familie des Premierministers weiterhin Vermögen in Offshore-Firmen habe, erwiderte "
    "Camerons Sprecher lediglich, es handle sich um eine private Angelegenheit."
)
# Row 181: a postposed frame of a verb with a non-speech sense („mahnen zu“).
WARNED = (
    "Die Bürger sollten nicht unter Generalverdacht gestellt werden, mahnte Thiele auf einer "
    "Veranstaltung in London."
)
# Row 359.
SPECIFIED = (
    "Die EU-Kommission führt die Frage der Vergabe weiterer 500 Millionen Dollar aus den Mitteln "
    "der Weltbank zu Ende, präzisierte Russlands Energieminister Alexander Nowak die Herkunft des "
    "Geldes."
)
# Row 485: a Konjunktiv clause after the verb.
SCOLDED = "Die 39-Jährige schimpfte, er könnte sie am Kopf treffen."
# Row 244: a fronted frame before a colon.
COLON = "Mena mahnte: Die Gewässer sind nicht sicher für Wasseraktivitäten."
# Row 1017: „ergänzte“ after the words.
ADDED = "Nicht zuletzt gehe es auch um den Zusammenhalt der EU, ergänzte Pavlopoulos."
# Wikinews dev („Unruhen im Westen Chinas: Dutzende Tote“): the cue is „es heißt“.
PASSIVE = (
    "Die Zahlen wurden später präzisiert und es heißt nun, dass 22 Zivilisten und 2 Polizisten "
    "durch die Demonstranten getötet wurden, während die Polizei 11 Demonstranten tötete und 4 "
    "verletzt festnahm."
)
# Rows 614 and 472: „ergänzt“ without a statement.
FEATURES = (
    "Cyanogenmod ist ein Community-betriebenes Firmware-Projekt, das Standard-Android un eine "
    "Reihe verschiedener Features ergänzt."
)
SUPPLEMENTED = (
    "Die Umweltschutzorganisation Global 2000 ergänzt daher seit 1995 ihre Antiatomkraftarbeit mit "
    "dem Sozialprojekt Tschernobyl-Kinder."
)


@pytest.fixture(scope="module")
def nlp():
    return attribution_pipeline()


def statements(nlp, text: str, kind: str = "Indirect") -> list[tuple[str, str]]:
    return [
        ((r.get("cue") or {}).get("text", ""), (r.get("speaker") or {}).get("text", ""))
        for r in nlp(text)._.zitate_quotes
        if r["type"] == kind
    ]


def test_supplement_forms_are_cues_and_counted_forms_keep_their_counts():
    lexicon = CueLexicon.from_disk(None)
    for form in ("erwiderte", "präzisierte", "bilanzierte", "konterte", "mahnte", "ergänzte"):
        assert lexicon.is_cue(form), form
    assert not lexicon.is_cue("präzisiert")  # also the participle
    assert lexicon.get("erwiderte").precision >= STRONG_CUE  # a speech verb in every use
    assert lexicon.get("mahnte").precision < STRONG_CUE  # „mahnte zur Vorsicht“: frame only
    assert not lexicon.is_cue("lobte")
    warnte = lexicon.get("warnte")  # a reliable cue of train already: its counts stay
    assert (warnte.cue, warnte.total) == (6, 9)
    assert not lexicon.is_cue("bemerkte")  # „Das bemerkte Ai, als …“: perception, not listed


def test_a_fronted_answer_verb_frames_the_konjunktiv_clause(nlp):
    assert ("erwiderte", "Camerons Sprecher") in statements(nlp, ANSWERED)


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (WARNED, "mahnte", "Thiele"),
        (SPECIFIED, "präzisierte", "Russlands Energieminister Alexander Nowak"),
        (ADDED, "ergänzte", "Pavlopoulos"),
    ],
)
def test_a_postposed_frame_names_the_speaker(nlp, text, cue, speaker):
    assert (cue, speaker) in statements(nlp, text)


def test_a_scolding_verb_frames_the_clause_after_it(nlp):
    assert statements(nlp, SCOLDED) == [("schimpfte", "Die 39-Jährige")]


def test_a_warning_before_a_colon_frames_the_words_after_it(nlp):
    assert ("mahnte", "Mena") in statements(nlp, COLON)


@pytest.mark.parametrize("text", [FEATURES, SUPPLEMENTED])
def test_a_verb_with_a_non_speech_sense_needs_a_statement(nlp, text):
    assert statements(nlp, text) == []


def test_a_participle_of_a_listed_verb_is_no_cue(nlp):
    assert [cue for cue, _ in statements(nlp, PASSIVE)] == ["es heißt"]
