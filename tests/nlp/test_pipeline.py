"""The committed base pipeline on real German news sentences (issue 2)."""

from __future__ import annotations

import pytest


def test_pipeline_components(nlp):
    names = nlp.pipe_names
    for name in [
        "tagger",
        "trainable_lemmatizer",
        "zitate_upos",
        "zitate_mood",
        "sentencizer",
        "zitate_paragraphs",
        "ner",
    ]:
        assert name in names


def test_konjunktiv_in_indirect_speech(nlp):
    doc = nlp(
        "Der ukrainische Generalstab weist diese Darstellung zurück. "
        "Eine Gefahr der Einkesselung bestehe nicht, die Lage sei unter Kontrolle."
    )
    by_text = {t.text: t for t in doc}
    assert by_text["bestehe"].morph.get("Mood") == ["Sub"]
    assert by_text["sei"].morph.get("Mood") == ["Sub"]
    assert by_text["weist"].morph.get("Mood") == ["Ind"]
    assert by_text["weist"].tag_ == "VVFIN"


def test_tags_and_lemmas(nlp):
    doc = nlp("Die Soldaten haben die Stadt am Montag geräumt.")
    assert [t.tag_ for t in doc] == [
        "ART",
        "NN",
        "VAFIN",
        "ART",
        "NN",
        "APPRART",
        "NN",
        "VVPP",
        "$.",
    ]
    assert doc[1].lemma_ == "Soldat"
    assert doc[2].lemma_ == "haben"
    assert doc[2].pos_ == "AUX"


def test_headline_without_period_is_its_own_sentence(nlp):
    doc = nlp(
        "Trump: Habe Putin um Schonung gebeten\n\nDer US-Präsident sagte am Freitag, "
        "er habe sich an Putin gewandt."
    )
    sents = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sents[0] == "Trump: Habe Putin um Schonung gebeten"
    assert sents[1].startswith("Der US-Präsident")


def test_quote_of_several_sentences_and_credits(nlp):
    text = (
        "„Wir werden nicht aufgeben. Die Lage ist ernst“, sagte Selenskyj in Kiew. "
        "Die Gespräche sollen am Montag beginnen. (dpa, AFP)"
    )
    sents = [s.text.strip() for s in nlp(text).sents]
    assert sents[0] == "„Wir werden nicht aufgeben."
    assert sents[1] == "Die Lage ist ernst“, sagte Selenskyj in Kiew."
    assert sents[-1].endswith("(dpa, AFP)")


def test_named_entities(nlp):
    doc = nlp(
        "US-Präsident Donald Trump telefonierte am Dienstag mit Wladimir Putin. "
        "Der Kreml und die Vereinten Nationen in New York äußerten sich vorsichtig."
    )
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Donald Trump", "PER") in ents
    assert ("Wladimir Putin", "PER") in ents
    assert ("New York", "LOC") in ents


def test_round_trip(nlp, tmp_path):
    import spacy

    nlp.to_disk(tmp_path / "model")
    again = spacy.load(tmp_path / "model")
    text = "Er sagte, die Lage sei ernst."
    assert [t.tag_ for t in again(text)] == [t.tag_ for t in nlp(text)]
    assert [str(t.morph) for t in again(text)] == [str(t.morph) for t in nlp(text)]


@pytest.mark.parametrize("text", ["", " ", "\n\n"])
def test_an_empty_text_is_an_empty_document(nlp, text):
    # the fast lemmatizer's guess for a text without tokens is a 2-D empty array; it crashed
    doc = nlp(text)
    assert doc.text == text and all(t.is_space for t in doc), [t.text for t in doc]
    assert not list(doc.ents)


def test_an_empty_text_in_a_batch_keeps_the_others(nlp):
    # the second text is a sentence of a 10kGNAD row (derStandard)
    docs = list(nlp.pipe(["", "Das sei intellektuell nicht sehr redlich, sagte Juraczka."]))
    assert len(docs[0]) == 0
    assert docs[1][-2].lemma_ == "Juraczka" and docs[1][-3].lemma_ == "sagen"
