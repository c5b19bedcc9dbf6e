"""Issue 16: attribution reads each sentence once per document, not once per quotation — the
quoted names of a frame by sentence, the ranker's noun phrases shared between the quotations of
a sentence, the medium words of a sentence read once. Each gives what the per-quotation reading
gave, on real German sentences (and the same text with its full stops made commas: one long
sentence with many quotations)."""

from __future__ import annotations

import pytest

from zitate.quotes.candidates import quoted_spans
from zitate.quotes.cuespan import names_by_sentence, quoted_names, with_names
from zitate.quotes.features import quotation_features
from zitate.quotes.model import load_model
from zitate.quotes.ranker import candidates

from .tagged import tagged

TEXT = (
    "Die Regierung hat die Vorwürfe zurückgewiesen. „Wir haben nichts zu verbergen“, sagte "
    "Regierungssprecher Steffen Hebestreit am Montag dem Sender „Phoenix“. Die Opposition "
    "kündigte an, den Fall im Bundestag zur Sprache zu bringen. CDU-Chef Friedrich Merz sagte "
    "der „Bild“-Zeitung, die Regierung müsse endlich alle Akten offenlegen. Der Sprecher "
    "erklärte, man werde den Ausschuss umfassend informieren. Eine Gefahr für die Koalition "
    "bestehe nicht, betonte er."
)


def test_a_frame_takes_the_quoted_names_of_its_own_sentences():
    doc = tagged(
        "Das/PDS sei/VAFIN/sein/Sub falsch/ADJD ,/$, sagte/VVFIN/sagen er/PPER dem/ART "
        "Sender/NN „/$( Al/NE Jazeera/NE “/$( ./$.",
        "Der/ART Bericht/NN erschien/VVFIN/erscheinen in/APPR der/ART „/$( Bild/NE “/$( ./$.",
    )
    names = quoted_names(quoted_spans(doc))
    jazeera = {t.i for t in doc if t.text in {"Al", "Jazeera"}}
    bild = next(t.i for t in doc if t.text == "Bild")
    assert jazeera <= names and bild in names
    by_sentence = names_by_sentence(doc, names)
    assert sorted(j for ids in by_sentence.values() for j in ids) == sorted(names)
    quote = [0, 1, 2]
    frame = [4, 5, 6, 7]  # „sagte er dem Sender“
    framed = with_names(doc, frame, quote, by_sentence)
    assert jazeera <= set(framed) and bild not in framed  # „Bild“ is in the next sentence
    assert set(framed) - set(frame) == {j for j in names if doc[j].sent.start == 0}
    assert with_names(doc, [], quote, by_sentence) == []
    assert with_names(doc, frame, quote, {}) == frame


@pytest.fixture(scope="module")
def model():
    return load_model()


@pytest.mark.parametrize("stops", [True, False], ids=["sentences", "one-long-sentence"])
def test_shared_phrases_and_sentence_words_give_the_same_features(nlp, model, stops):
    doc = nlp(TEXT if stops else TEXT.replace(".", ","))
    found = model(doc)
    assert len(found) >= 2
    quoted = {i for s in quoted_spans(doc) for i in range(s.start, s.end)}
    phrases: dict = {}
    sentences: dict = {}
    for item in found:
        alone = candidates(doc, item, quoted)
        shared = candidates(doc, item, quoted, phrases)
        assert [(c.ids, c.features) for c in shared] == [(c.ids, c.features) for c in alone]
        cue = [item.cue.i] if item.cue is not None else []
        args = (doc, sorted(item.quote), cue, sorted(item.speaker), item.type, "BOS")
        assert quotation_features(*args, None, sentences) == quotation_features(*args)
    assert phrases and sentences
