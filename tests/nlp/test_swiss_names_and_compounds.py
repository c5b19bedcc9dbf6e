"""Swiss spelling (issue 12, NLP stage): a surname spelled with „ss“ keeps its own form, a
compound or hyphenated word whose part is a „ß“ word reads as its „ß“ form, and the vocabulary
works the same in worker processes (``nlp.pipe(n_process=2)``).

Sentences: 10kGNAD test row 1025 (derStandard on the Ironman Hawaii: the triathlete Michael
Weiss) and the NZZ page of 2024-07-18 in ``shared/data/html`` (Swiss spelling), run through the
committed base pipeline (fixture ``nlp``).
"""

from __future__ import annotations

import pytest

from zitate.nlp.eszett import eszett_form

WEISS = [
    "Der Österreicher Michael Weiss belegte bei seinem fünften Antreten in Kailua-Kona Platz 16.",
    "Das Ergebnis war heute eher zweitrangig für mich, ich wollte einfach nur ins Ziel kommen, "
    "sagte Weiss.",
]
NZZ = (
    "Bei einem Treffen mit dem israelischen Sicherheitsberater Tzachi Hanegbi und dem "
    "israelischen Minister für strategische Angelegenheiten, Ron Dermer, habe Blinken mit seinen "
    "Gesprächspartnern betont, dass es wichtig sei, eine weitere Eskalation entlang der "
    "israelisch-libanesischen Grenze zu vermeiden, sagte der Sprecher des "
    "US-Aussenministeriums, Matthew Miller."
)


@pytest.mark.parametrize("sentence", WEISS)
def test_the_surname_weiss_keeps_its_form(nlp, sentence):
    """„Michael Weiss“, „sagte Weiss“: the surname, not „weiß“ (wissen)."""
    doc = nlp(sentence)
    weiss = next(t for t in doc if t.text == "Weiss")
    assert (weiss.lower_, weiss.norm_, weiss.lemma_) == ("weiss", "weiss", "Weiss")


def test_the_verb_weiss_is_still_read_as_wissen(nlp):
    doc = nlp("Er weiss es nicht.")
    assert doc[1].lower_ == "weiß" and doc[1].lemma_ == "wissen"


def test_a_hyphenated_compound_reads_as_its_eszett_form(nlp):
    doc = nlp(NZZ)
    word = next(t for t in doc if t.text == "US-Aussenministeriums")
    assert word.lower_ == "us-außenministeriums"


@pytest.mark.parametrize(
    "word, form",
    [
        ("Aussenministeriums", "außenministeriums"),
        ("Strassenverkehr", "straßenverkehr"),
        ("Fussballspieler", "fußballspieler"),
        ("Weiss", None),  # a surname
        ("Kongresszentrum", None),  # „Kongress“ is spelled with „ss“ in Germany too
        ("Wasserstoff", None),
    ],
)
def test_eszett_forms_of_compounds(word, form):
    assert eszett_form(word) == form


def test_worker_processes_read_swiss_spelling_alike(nlp):
    """The vocabulary's getters reach worker processes (they are pickled with ``nlp``)."""
    texts = [WEISS[0], "Gemäss der Polizei hiess es, der Strassenverkehr sei gesperrt.", NZZ]

    def read(docs):
        return [[(t.text, t.lower_, t.lemma_, t.tag_) for t in doc] for doc in docs]

    assert read(nlp.pipe(texts, n_process=2)) == read(nlp.pipe(texts, n_process=1))


@pytest.mark.parametrize("word", ["Massaker", "Massakers", "Massagesessel"])
def test_an_ss_before_a_vowel_is_no_compound_joint(word):
    """UD GSD test sentences („… das Massaker …“, „ein Massagesessel“): „Mass|aker“ would read
    as „Maßaker“; an „ss“ that opens the next syllable splits no compound."""
    assert eszett_form(word) is None
    assert eszett_form("Strassenbahn") == "straßenbahn"
