"""Names the tagger read as verbs (``zitate_name_tags``): a capitalised word inside a named
entity is a proper noun, so the sentence's predicate, its subject and the speaker of the
statement are found. Real sentences: Wikinews (quotes-de-wikinews train, document 56965,
„Verhandlungsunfähig: John Demjanjuk wird doch nicht ausgeliefert“) and 10kGNAD test row 508."""

from __future__ import annotations

import pytest

MERK = (
    "Es wurde von Demjanjuks Sohn die Mutmaßung geäußert, Deutschland brauche nur ein Opfer, mit "
    "dem man „ein lasches Vorgehen gegen NS-Verbrecher überspielen könne“. Die bayerische "
    "Justizministerin Beate Merk wies dies am Rande einer Klausurtagung in Bad Staffelstein als "
    "„Unverschämtheit“ zurück."
)


@pytest.fixture(scope="module")
def attribution():
    from zitate.quotes.pipeline import attribution_pipeline

    return attribution_pipeline()


def test_the_pipeline_retags_names_after_the_entity_correction():
    from zitate.nlp.pipeline import load

    names = load().pipe_names
    assert names.index("zitate_name_tags") == names.index("zitate_entity_fix") + 1


def test_a_surname_read_as_a_verb_is_a_name(attribution):
    doc = attribution(MERK)
    merk = next(t for t in doc if t.text == "Merk")
    assert merk.ent_type_ == "PER"
    assert merk.tag_ == "NE"
    assert merk.pos_ == "PROPN"
    assert not merk.morph.get("Mood")


def test_the_minister_denies_not_the_pronoun(attribution):
    from zitate.bench.speakers import analyse_text

    record = analyse_text(MERK, "merk.txt", attribution)
    names = {e["id"]: e["name"] for e in record["entities"]}
    denial = next(q for q in record["quotes"] if "wies dies" in q["text"])
    assert denial["speaker"]["text"] != "dies"
    assert names.get(denial["speaker"]["entity"]) == "Beate Merk"


def test_lower_case_verbs_keep_their_tags(attribution):
    doc = attribution(MERK)
    assert next(t for t in doc if t.text == "wies").tag_ == "VVFIN"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "Deutsche Gesellschaft für Soziale Psychiatrie diskutierte langsame Fortschritte bei "
            "gemeindenaher Versorgung der Patienten",
            "Soziale",
        ),
        (
            "Das Internationale Komitee des Roten Kreuz (IKRK) zog sich an dem Dienstag aus der "
            "umkämpften Tamilen-Hochburg Jaffna in dem Norden Sri Lankas zurück.",
            "Roten",
        ),
    ],
)
def test_an_adjective_inside_an_organisation_name_stays_an_adjective(nlp, sentence, word):
    """UD GSD test: only inside a person's name is an adjective-tagged word a name."""
    token = next(t for t in nlp(sentence) if t.text == word)
    assert token.tag_ == "ADJA"
