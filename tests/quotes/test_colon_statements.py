"""Statements a reader sees that zitate missed (issue 12): the clause after a colon frame
(„… ist überzeugt: …“, „„…“, sagte Krapp und fügte hinzu: …“), a Konjunktiv II sentence that
continues a statement in indirect speech and a confession's zu-infinitive („er gesteht, … erfunden
zu haben“) — on hand-tagged sentences of real pages (``shared/data/html``: RheinischePost, BR,
DerStandard, mopo, Spiegel) and of a 10kGNAD dev2 row (``corpora/10kgnad-test.csv.gz`` row 126),
with the shipped model."""

from __future__ import annotations

import pytest

from zitate.quotes.candidates import Found
from zitate.quotes.colon import colon_statement
from zitate.quotes.lexicon import CueLexicon
from zitate.quotes.model import load_model
from zitate.quotes.sentence import SentenceView, konjunktiv_continuation

from .tagged import tagged, words

# RheinischePost 2024-04-21 (gold: Indirect, Annika Poestges)
CONVINCED = (
    "Doch/KON Annika/NE Poestges/NE ,/$, die/PRELS im/APPRART Haus/NN für/APPR die/ART "
    "Öffentlichkeitsarbeit/NN zuständig/ADJD ist/VAFIN/sein ,/$, ist/VAFIN/sein "
    "überzeugt/VVPP/überzeugen :/$. Auch/ADV öffentliche/ADJA Schulen/NN "
    "könnten/VMFIN/können/Sub mehr/ADV von/APPR künstlicher/ADJA Intelligenz/NN "
    "profitieren/VVINF ./$."
)
# BR 2024-04-22 (gold: the Direct quotation and the Indirect clause after the colon, Karin Krapp)
ADDED = (
    "„/$( Stutzig/ADJD ,/$, weil/KOUS ich/PPER das/ART Gefühl/NN hatte/VAFIN/haben ,/$, "
    "dass/KOUS angefangen/VVPP wurde/VAFIN/werden zu/PTKZU reden/VVINF ,/$, bevor/KOUS die/ART "
    "Studie/NN überhaupt/ADV wahrgenommen/VVPP werden/VAINF konnte/VMFIN/können “/$( ,/$, "
    "sagte/VVFIN/sagen Krapp/NE und/KON fügte/VVFIN/fügen hinzu/PTKVZ :/$. Es/PPER "
    "seien/VAFIN/sein/Sub hier/ADV die/ART gleichen/ADJA Abwehrreaktionen/NN sichtbar/ADJD "
    "geworden/VAPP ,/$, die/PRELS die/ART Studie/NN zuvor/ADV beschrieben/VVPP "
    "habe/VAFIN/haben/Sub ./$."
)
# DerStandard 2024-05-03: a colon after a noun phrase, no verb of saying
NO_FRAME = (
    "Ein/ART wesentlicher/ADJA Unterschied/NN zu/APPR Ebu/NE Tejma/NE ist/VAFIN/sein "
    "aber/ADV dieser/PDS :/$. Boateng/NE ruft/VVFIN/rufen nicht/PTKNEG zu/APPR Gewalt/NN "
    "auf/PTKVZ ./$."
)
# 10kGNAD row 126 (dev2; gold: the second sentence is Barbara Preitler's, FreeIndirect)
SAID = (
    "Um/APPR den/ART Großteil/NN der/ART Flüchtlingskinder/NN müssten/VMFIN/müssen/Sub "
    "sich/PRF Lehrer/NN wohl/ADV nicht/PTKNEG extra/ADV kümmern/VVINF ,/$, sagt/VVFIN/sagen "
    "die/ART Psychotherapeutin/NN ./$."
)
WOULD = (
    "Wenn/KOUS bei/APPR manchen/PIAT Schülern/NN schwere/ADJA seelische/ADJA Verletzungen/NN "
    "vorliegen/VVFIN ,/$, würde/VAFIN/werden/Sub sich/PRF das/PDS etwa/ADV durch/APPR "
    "aggressives/ADJA Verhalten/NN oder/KON totalen/ADJA Rückzug/NN äußern/VVINF ./$."
)
# mopo (Trochowski): a Konjunktiv II hypothesis of the newsroom after a clause
TRAINS = (
    "Seit/APPR dieser/PDAT Woche/NN trainiert/VVFIN/trainieren der/ART 35-Jährige/NN bei/APPR "
    "der/ART dritten/ADJA Mannschaft/NN des/ART Vereins/NN mit/PTKVZ ,/$, "
    "könnte/VMFIN/können/Sub schon/ADV bald/ADV in/APPR der/ART Oberliga/NN Hamburg/NE "
    "zum/APPRART Einsatz/NN kommen/VVINF ./$."
)
THEN = (
    "Dann/ADV würde/VAFIN/werden/Sub der/ART HSV/NE auf/APPR gleich/ADV zwei/CARD "
    "Ex-Nationalspieler/NN zurückgreifen/VVINF können/VMINF ./$."
)


def konjunktiv_ii(doc):
    """Mark every Konjunktiv finite verb of ``doc`` as Konjunktiv II (``Tense=Past``)."""
    for token in doc:
        if "Sub" in token.morph.get("Mood"):
            token.set_morph(f"{token.morph}|Tense=Past")
    return doc


@pytest.fixture(scope="module")
def model():
    return load_model()


def test_the_clause_after_a_frame_of_conviction_is_its_subjects_statement(model):
    doc = tagged(CONVINCED)
    (found,) = model(doc)
    assert found.type == "Indirect"
    assert words(doc, found.quote).startswith("Auch öffentliche Schulen könnten")
    assert words(doc, found.speaker) == "Annika Poestges"


def test_the_clause_after_a_colon_beside_a_direct_quotation_is_a_statement_too(model):
    doc = tagged(ADDED)
    found = model(doc)
    assert [f.type for f in found] == ["Direct", "Indirect"]
    assert words(doc, found[1].quote).startswith("Es seien hier")
    assert {words(doc, f.speaker) for f in found} == {"Krapp"}


def test_a_colon_after_a_noun_phrase_frames_no_statement():
    doc = tagged(NO_FRAME)
    assert colon_statement(doc, next(doc.sents), set(), CueLexicon.from_disk()) == []


def test_konjunktiv_ii_continues_a_statement_in_indirect_speech(model):
    doc = konjunktiv_ii(tagged(SAID, WOULD))
    found = model(doc)
    assert [f.type for f in found] == ["Indirect", "FreeIndirect"]
    assert words(doc, found[1].quote).startswith("Wenn bei manchen Schülern")
    assert words(doc, found[1].speaker) == "die Psychotherapeutin"


def test_konjunktiv_ii_after_a_clause_without_cue_word_is_no_continuation():
    doc = konjunktiv_ii(tagged(TRAINS, THEN))
    first, second = list(doc.sents)
    clause = list(range(first.start + 14, first.end - 1))  # „könnte schon bald …“
    previous = Found(clause, None, [first.start + 3, first.start + 4], [], "Indirect", "Speech")
    view = SentenceView(second, set(), [], [], [], [])
    previous.kind = "clause"
    assert not konjunktiv_continuation(view, [previous])
    previous.kind = "before"  # the same clause with a cue word of its own would be continued
    assert konjunktiv_continuation(view, [previous])


# Spiegel „Albtraum“ (dev page; gold: Indirect, Claas Relotius): a confession's zu-infinitive
CONFESSES = (
    "Und/KON er/PPER gesteht/VVFIN/gestehen ,/$, mehrere/PIAT andere/ADJA Geschichten/NN "
    "manipuliert/VVPP/manipulieren oder/KON erfunden/VVPP/erfinden zu/PTKZU haben/VAINF ./$."
)


def test_a_confession_reports_its_infinitive_clause(model):
    doc = tagged(CONFESSES)
    (found,) = model(doc)
    assert found.type == "Indirect"
    assert words(doc, found.quote).startswith("mehrere andere Geschichten")
    assert words(doc, found.speaker) == "er"
