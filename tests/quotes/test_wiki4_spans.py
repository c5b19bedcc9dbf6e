"""Message and role spans as the Wikinews annotation marks them (issue 12, Wikinews targets;
branch wiki4), on hand-tagged sentences of the Wikinews dev split: a source phrase's quote keeps
to its own sentence and clause (``sources.source_clause``), a continuation whose own verb of
saying takes a „dass“ clause is a quotation of its own (``sentence.own_speech``), and speaker and
addressee phrases take the apposition and quoted name the annotation counts to them
(``cuespan.with_apposition``, ``with_quoted_name``)."""

from __future__ import annotations

import pytest

from zitate.quotes.candidates import Found
from zitate.quotes.cuespan import with_apposition, with_quoted_name
from zitate.quotes.model import load_model
from zitate.quotes.sentence import SentenceView, own_speech
from zitate.quotes.sources import source_clause

from .tagged import index, tagged, words

# Wikinews dev 50777 („Tōkyō: Amokläufer tötet sieben Menschen“): the dataset's sentence holds two.
TATZEIT = (
    "Zur/APPRART Tatzeit/NN befanden/VVFIN/befinden sich/PRF viele/PIAT Menschen/NN "
    "zum/APPRART Einkaufsbummel/NN in/APPR dem/ART Geschäftsviertel/NN ./$. Nach/APPR "
    "Polizeiangaben/NN wurden/VAFIN/werden sechs/CARD Männer/NN und/KON eine/ART Frau/NN "
    "durch/APPR die/ART Messerangriffe/NN getötet/VVPP/töten ./$."
)
# Wikinews dev 75087 („EU-Grenzwerte überschritten …“): the source stands in a relative clause.
UMWELTZONE = (
    "In/APPR vielen/PIAT deutschen/ADJA Städten/NN wurde/VAFIN/werden eine/ART Umweltzone/NN "
    "eingeführt/VVPP/einführen ,/$, die/PRELS nach/APPR Einschätzung/NN des/ART "
    "Umweltbundesamtes/NN die/ART Luftqualität/NN verbessern/VVINF kann/VMFIN/können ./$."
)
# Wikinews dev 52546 („Thailand: …“): the relative clause ends where the main clause goes on.
ARMEE = (
    "Die/ART Armee/NN ,/$, die/PRELS laut/APPR Gesetz/NN mit/APPR der/ART Überwachung/NN "
    "des/ART Ausnahmezustandes/NN betraut/VVPP ist/VAFIN/sein ,/$, hält/VVFIN/halten sich/PRF "
    "indes/ADV zurück/PTKVZ ./$."
)
# Wikinews dev 39049 („Mönchengladbach: …“).
GRUENE = (
    "Unterdessen/ADV verlangen/VVFIN/verlangen die/ART Grünen/NN ,/$, dass/KOUS sich/PRF "
    "der/ART Rechtsausschuss/NN des/ART Landtages/NN mit/APPR dem/ART Thema/NN "
    "befassen/VVINF soll/VMFIN/sollen ./$."
)
# Wikinews dev 84711 („Australian Open …“): the clause of „damit“, nothing said.
PARTIE = (
    "Die/ART Partie/NN startete/VVFIN/starten jedoch/ADV damit/PAV ,/$, dass/KOUS "
    "Medvedev/NE in/APPR der/ART 42./ADJA Minute/NN 6:2/CARD Punkte/NN erzielte/VVFIN/erzielen ./$."
)
# Wikinews dev 27575 („US-Soldaten begehen Kriegsverbrechen …“).
KLINE = (
    "John/NE Kline/NE ,/$, ein/ART Repräsentant/NN aus/APPR Minnesota/NE und/KON "
    "Marineoberst/NN außer/APPR Dienst/NN ,/$, sagte/VVFIN/sagen zu/APPR den/ART "
    "Anschuldigungen/NN ,/$, dass/KOUS der/ART Vorfall/NN kein/PIAT Unfall/NN "
    "gewesen/VAPP/sein sei/VAFIN/sein/Sub ./$."
)
# Wikinews dev 76866 („Massaker im Südsudan …“).
LANZER = (
    "Hunderte/PIS seien/VAFIN/sein/Sub getötet/VVPP/töten worden/VAPP ,/$, sagte/VVFIN/sagen "
    "UNMISS-Vertreter/NN Toby/NE Lanzer/NE dem/ART Fernsehsender/NN „/$( Al/NE Jazeera/NE "
    "“/$( ./$."
)


@pytest.fixture(scope="module")
def model():
    return load_model()


def source(doc, cue: str, speaker: list[int], quote: list[int]) -> Found:
    at = index(doc, cue)
    found = Found(quote, doc[at], speaker, [at, *speaker], "Indirect", "SW")
    found.kind = "source"
    return found


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker_words", "expected"),
    [
        pytest.param(
            TATZEIT, "Nach", 1,
            "wurden sechs Männer und eine Frau durch die Messerangriffe getötet",
            id="a source phrase vouches only for its own sentence",
        ),
        pytest.param(
            UMWELTZONE, "nach", 3, "die die Luftqualität verbessern kann",
            id="a source phrase in a relative clause vouches for that clause",
        ),
        pytest.param(
            ARMEE, "laut", 1, "die mit der Überwachung des Ausnahmezustandes betraut ist",
            id="the relative clause ends where the main clause goes on",
        ),
    ],
)  # fmt: skip
def test_a_source_phrase_keeps_its_quote_to_its_clause(sentence, cue, speaker_words, expected):
    doc = tagged(sentence)
    at = index(doc, cue)
    speaker = list(range(at + 1, at + 1 + speaker_words))
    quote = [i for i in range(len(doc) - 1) if i not in {at, *speaker}]
    found = source(doc, cue, speaker, quote)
    source_clause(doc, next(iter(doc.sents)), found)
    assert words(doc, found.quote) == expected


def test_a_frame_after_its_quote_keeps_the_quote():
    doc = tagged(ARMEE)
    sent = next(iter(doc.sents))
    quote = list(range(0, 10))
    found = Found(quote, doc[1], [1], [11, 12], "Indirect", "SW")  # the frame after the quote
    found.kind = "source"
    source_clause(doc, sent, found)
    assert found.quote == quote


def view_of(doc, verb: str, speaker: list[int]) -> SentenceView:
    sent = next(iter(doc.sents))
    that = index(doc, "dass")
    clause = Found(list(range(that, len(doc) - 1)), doc[index(doc, verb)], speaker, [], "Indirect",
                   "Speech", kind="clause")  # fmt: skip
    return SentenceView(sent, set(), [], [clause], [], [])


def test_a_verb_of_saying_with_its_own_that_clause_is_no_continuation(model):
    doc = tagged(GRUENE)
    assert own_speech(view_of(doc, "verlangen", [2, 3]), "FreeIndirect", model.lexicon)


def test_the_clause_of_a_pronominal_adverb_is_no_statement(model):
    doc = tagged(PARTIE)
    assert not own_speech(view_of(doc, "startete", [0, 1]), "O", model.lexicon)


def test_a_name_takes_its_apposition_before_the_cue_verb():
    doc = tagged(KLINE)
    found = Found([], doc[index(doc, "sagte")], [0, 1], [], "Indirect", "Speech")
    assert words(doc, with_apposition(doc, found, [0, 1])) == (
        "John Kline , ein Repräsentant aus Minnesota und Marineoberst außer Dienst"
    )


def test_an_apposition_needs_the_verb_right_after_it():
    doc = tagged(KLINE)
    found = Found([], doc[index(doc, "Vorfall")], [0, 1], [], "Indirect", "Speech")
    assert with_apposition(doc, found, [0, 1]) == [0, 1]


def test_an_apposition_at_the_end_of_the_text_is_no_apposition():
    """The KLINE sentence cut after the apposition's comma (a text that ends there, as a cut
    teaser does): no verb follows, so no apposition — and no token past the text's end."""
    doc = tagged(KLINE[: KLINE.index("sagte/")].rstrip())
    assert doc[-1].text == ","
    found = Found(list(range(len(doc) - 1, len(doc))), None, [0, 1], [], "Indirect", "Speech", 1.0)
    assert with_apposition(doc, found, [0, 1]) == [0, 1]


def test_a_quoted_name_after_its_noun_belongs_to_the_addressee():
    doc = tagged(LANZER)
    at = index(doc, "dem")
    assert words(doc, with_quoted_name(doc, [at, at + 1])) == "dem Fernsehsender „ Al Jazeera “"
