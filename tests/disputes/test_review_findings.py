"""Issue 17, review findings: a confirmation with „kein …“ contradicts only when it says that
something did not exist or happen („zu keinerlei …“, „es gebe keine …“); a passive names a claim
only when its accusation noun is its reason („wegen des Vorwurfs …“) or is put about („wurden …
erhoben“); „hingegen“ sets a statement against what was said as „dagegen“ does. The reviewer's
sentences, written by hand; each runs through the whole product as ``zitate extract`` does."""

from __future__ import annotations

import pytest

NOBODY_HURT = (
    "Hamburg – Auf der Autobahn sind am Morgen zwei Lastwagen zusammengestoßen. Ein Radiosender "
    "meldete, bei dem Unfall seien keine Menschen verletzt worden. Die Polizei bestätigte, dass "
    "bei dem Unfall keine Menschen verletzt wurden."
)
NO_SECOND_TERM = (
    "Wien – Die Zeitung Der Standard berichtete, der Minister werde zurücktreten. Ein "
    "Parteisprecher bestätigte, dass der Minister zurücktritt und keine weitere Amtszeit anstrebt."
)


@pytest.mark.parametrize("text", [NOBODY_HURT, NO_SECOND_TERM])
def test_a_kein_that_denies_no_existence_keeps_the_confirmation(found, text):
    links = [k for k, s, _ in found(text) if s.startswith("dass")]
    assert links and set(links) == {"confirms"}


NO_CLUES = (
    "Berlin – Eine Boulevardzeitung berichtete, hinter dem Brand stecke ein Anschlag. Ein "
    "Sprecher der Polizei bestätigte am Abend, dass es keine Hinweise auf einen Anschlag gebe."
)


def test_confirming_that_there_is_none_contradicts(found):
    kinds = {k for k, s, _ in found(NO_CLUES) if "keine Hinweise" in s}
    assert kinds == {"contradicts"}


def test_kein_in_a_clause_of_geben_or_kommen_is_a_negation_of_existence():
    from zitate.disputes.detect import _nothing
    from zitate.quotes.pipeline import attribution_pipeline

    nlp = attribution_pipeline()
    said = {
        "dass es zu keinen Zwischenfällen gekommen sei.": True,
        "dass es keine Hinweise auf einen Anschlag gebe.": True,
        "dass es zu keinerlei Plünderungen gekommen sei.": True,
        "dass bei dem Unfall keine Menschen verletzt wurden.": False,
        "dass der Minister zurücktritt und keine weitere Amtszeit anstrebt.": False,
    }
    for text, nothing in said.items():
        assert _nothing(list(nlp("Die Polizei bestätigte, " + text))) is nothing, text


CHECKED = (
    "Berlin – Die Vorwürfe werden derzeit geprüft. Der Minister wies die Vorwürfe als haltlos "
    "zurück."
)


def test_a_passive_that_only_mentions_the_accusations_is_no_claim(found):
    assert not [t for _, _, t in found(CHECKED) if "werden derzeit geprüft" in t]


def test_passives_that_state_an_accusation_are_claims():
    from zitate.disputes.unsaid import _passive
    from zitate.quotes.pipeline import attribution_pipeline

    nlp = attribution_pipeline()
    said = {
        "Die Vorwürfe werden derzeit geprüft.": None,
        "Der Bürgermeister wurde unter dem Verdacht der Bestechung festgenommen.": "festgenommen",
        "Gegen den Bürgermeister wurden schwere Vorwürfe erhoben.": "erhoben",
    }
    for text, cue in said.items():
        verb = _passive(next(nlp(text).sents))
        assert (verb.text if verb else None) == cue, text


CONTRARY = (
    "Brüssel – Die Zeitung Le Monde berichtete am Freitag, die Kommission wolle im Herbst eine "
    "europäische Digitalsteuer vorschlagen. Es gibt keinen solchen Vorschlag, erklärte eine "
    "Kommissionssprecherin {}. Die Mitgliedstaaten beraten im Oktober über den Haushalt."
)


@pytest.mark.parametrize("word", ["hingegen", "indes"])
def test_an_adversative_after_the_cue_contradicts_the_report(found, word):
    # the quotes stage ends the cue at „erklärte“: the adverb after it still counts
    found_links = found(CONTRARY.format(word))
    links = [(k, t) for k, s, t in found_links if s.startswith("Es gibt keinen solchen")]
    assert links and all(k == "contradicts" and "Digitalsteuer" in t for k, t in links)
