"""A name and a colon that open a Direct quotation's sentence label its speaker („Jansen:
„Oberliga ist keine Pillepalle-Liga““, a subheading of the MOPO dev page,
data/html/trafilatura__mopo.de-d27eb719.html); the quotation no longer continues the speaker of
the paragraph before (issue 12). A label that names no one in the text („Fazit:“) labels
nothing."""

from __future__ import annotations

from zitate.quotes.model import load_model
from zitate.quotes.refine import colon_label

from .tagged import tagged, words

BEFORE = (
    "„/$( Wenn/KOUS alles/PIS läuft/VVFIN/laufen ,/$, kann/VMFIN ich/PPER mir/PRF sehr/ADV "
    "gut/ADJD vorstellen/VVINF ,/$, für/APPR den/ART HSV/NE in/APPR der/ART Oberliga/NN zu/PTKZU "
    "spielen/VVINF “/$( ,/$, sagt/VVFIN/sagen er/PPER ./$."
)
LABEL = "Jansen/NN :/$. „/$( Oberliga/NN ist/VAFIN/sein keine/PIAT Pillepalle-Liga/NN “/$("
NAMED = (
    "Jansen/NE weiß/VVFIN/wissen :/$. „/$( Das/PDS ist/VAFIN/sein keine/PIAT Pillepalle-Liga/NN "
    "./$. “/$("
)
FAZIT = "Fazit/NN :/$. „/$( Oberliga/NN ist/VAFIN/sein keine/PIAT Pillepalle-Liga/NN “/$("


def _quote(doc) -> list[int]:
    colon = next(t.i for t in doc if t.text == ":")
    return [t.i for t in doc if t.i > colon]


def test_a_name_before_the_colon_labels_the_speaker():
    doc = tagged(LABEL, NAMED)
    quote = [i for i in _quote(doc) if i < doc[-1].sent.start]
    assert words(doc, colon_label(doc, min(quote), set())) == "Jansen"


def test_a_label_that_names_no_one_labels_nothing():
    doc = tagged(FAZIT)
    assert colon_label(doc, min(_quote(doc)), set()) == []


def test_the_labelled_quotation_is_not_the_speaker_of_the_paragraph_before():
    doc = tagged(BEFORE, LABEL, NAMED)
    found = [f for f in load_model()(doc) if f.type == "Direct"]
    labelled = next(
        f
        for f in found
        if doc[min(f.quote) - 1].text == ":" and "Oberliga" in words(doc, f.quote)[:12]
    )
    assert words(doc, labelled.speaker) == "Jansen"
