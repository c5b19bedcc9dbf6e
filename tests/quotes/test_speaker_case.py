"""Who speaks, by German case and sentence order, on real news sentences (hand-tagged).

The sentences follow pages of the real-news dev set (``gold/speakers``: FAZ, Die Welt) and the
frames of agency copy („sagte der Zeitung ein Sprecher“); the expected speakers are those a
reader gives them: a feminine noun after „der“ is genitive or dative, an object after the cue
verb is passed over for the subject after it, and a quotation that opens its sentence after a
sentence with a named subject is that person's.
"""

from __future__ import annotations

import pytest

from zitate.quotes.model import load_model
from zitate.quotes.ranker import is_oblique
from zitate.quotes.roles import main_verb, speaker_of
from zitate.quotes.speakers import feminine_oblique

from .tagged import index, tagged, words


@pytest.fixture(scope="module")
def model():
    return load_model()


def test_feminine_noun_after_der_is_no_subject():
    doc = tagged(
        "Voigt/NE bedankt/VVFIN sich/PRF für/APPR die/ART Einlassung/NN der/ART Zuschauerin/NN ./$."
    )
    zuschauerin = [index(doc, "der"), index(doc, "Zuschauerin")]
    assert feminine_oblique(doc, zuschauerin)
    assert is_oblique(doc, zuschauerin)  # no ranker candidate either
    assert not feminine_oblique(doc, [index(doc, "Voigt")])


def test_masculine_noun_after_der_stays_a_subject():
    doc = tagged(
        "Der/ART Job/NN sei/VAFIN/sein/Sub anstrengend/ADJD ,/$, sagte/VVFIN/sagen der/ART "
        "Gewerkschafter/NN ./$."
    )
    assert words(doc, speaker_of(doc, index(doc, "sagte"), doc[:], set())) == "der Gewerkschafter"


def test_dative_feminine_object_after_the_cue_is_passed_over():
    doc = tagged(
        "Der/ART Job/NN sei/VAFIN/sein/Sub anstrengend/ADJD ,/$, sagte/VVFIN/sagen der/ART "
        "Zeitung/NN eine/ART Sprecherin/NN der/ART Gewerkschaft/NN ./$."
    )
    speaker = speaker_of(doc, index(doc, "sagte"), doc[:], set())
    assert words(doc, speaker) == "eine Sprecherin der Gewerkschaft"


def test_dative_object_after_the_cue_is_passed_over():
    doc = tagged(
        "„/$( Wir/PPER sind/VAFIN vorbereitet/ADJD “/$( ,/$, sagte/VVFIN/sagen dem/ART "
        "Sender/NN ein/ART Sprecher/NN des/ART Ministeriums/NN ./$."
    )
    speaker = speaker_of(doc, index(doc, "sagte"), doc[:], set(range(0, 5)))
    assert words(doc, speaker) == "ein Sprecher des Ministeriums"


def test_main_verb_follows_an_opening_dass_clause():
    doc = tagged(
        "Dass/KOUS russische/ADJA Agenten/NN in/APPR Genf/NE vertreten/VVPP sind/VAFIN ,/$, "
        "führt/VVFIN/führen der/ART Geheimdienstexperte/NN Hänni/NE auf/APPR die/ART "
        "Spionageabwehr/NN zurück/PTKVZ ./$."
    )
    assert doc[main_verb(doc, doc[:])].text == "führt"


def test_quotation_after_a_lead_in_sentence_is_its_subjects(model):
    doc = tagged(
        "Dass/KOUS russische/ADJA Agenten/NN in/APPR Genf/NE vertreten/VVPP sind/VAFIN ,/$, "
        "führt/VVFIN/führen der/ART Geheimdienstexperte/NN Hänni/NE auf/APPR die/ART "
        "zurückhaltende/ADJA Spionageabwehr/NN der/ART Schweiz/NE zurück/PTKVZ ./$.",
        "„/$( Der/ART NDB/NE ist/VAFIN ein/ART kleiner/ADJA und/KON relativ/ADJD "
        "schwacher/ADJA Nachrichtendienst/NN ./$. “/$(",
    )
    direct = [f.to_quotation() for f in model(doc) if f.type == "Direct"]
    assert len(direct) == 1
    assert words(doc, direct[0].speaker) == "der Geheimdienstexperte Hänni"


def test_lead_in_without_a_named_subject_gives_no_speaker(model):
    doc = tagged(
        "Die/ART Schwäche/NN der/ART Abwehr/NN ist/VAFIN politisch/ADJD gewollt/VVPP ./$.",
        "„/$( Der/ART NDB/NE ist/VAFIN ein/ART kleiner/ADJA und/KON relativ/ADJD "
        "schwacher/ADJA Nachrichtendienst/NN ./$. “/$(",
    )
    direct = [f.to_quotation() for f in model(doc) if f.type == "Direct"]
    assert all(not q.speaker for q in direct)


def test_extended_attribute_stays_in_the_speaker_phrase(model):
    doc = tagged(
        "„/$( Der/ART Zusammenbruch/NN der/ART SVB/NE zeigt/VVFIN/zeigen Mängel/NN in/APPR "
        "der/ART Aufsicht/NN “/$( ,/$, erklärte/VVFIN/erklären der/ART für/APPR die/ART "
        "Bankenaufsicht/NN zuständige/ADJA Fed-Vizechef/NN Michael/NE Barr/NE ./$."
    )
    (direct,) = [f.to_quotation() for f in model(doc) if f.type == "Direct"]
    assert words(doc, direct.speaker).endswith("Fed-Vizechef Michael Barr")


def test_so_wie_is_no_source_phrase(model):
    doc = tagged(
        "Le/NE Drian/NE soll/VMFIN ihn/PPER darum/PAV gebeten/VVPP/bitten haben/VAINF ,/$, "
        "die/ART Kontrollen/NN aufzuheben/VVIZU ,/$, so/ADV wie/KOKOM Armin/NE Laschet/NE "
        "es/PPER in/APPR NRW/NE getan/VVPP hat/VAFIN ./$."
    )
    speakers = [words(doc, f.speaker) for f in model(doc)]
    assert speakers and all("Laschet" not in s for s in speakers)


def test_colon_frame_starts_after_the_quotation_that_ends_a_sentence(model):
    doc = tagged(
        "Einige/PIAT Landsleute/NN hätten/VAFIN/haben/Sub ihm/PPER gesagt/VVPP/sagen :/$. "
        "„/$( Das/PDS geht/VVFIN/gehen wieder/ADV los/PTKVZ ./$. “/$( Doch/KON "
        "Niederlaender/NE will/VMFIN/wollen das/ART Positive/NN sehen/VVINF :/$. „/$( Wir/PPER "
        "haben/VAFIN die/ART Brücke/NN wieder/ADV geöffnet/VVPP ./$. “/$("
    )
    direct = [f.to_quotation() for f in model(doc) if f.type == "Direct"]
    assert [words(doc, q.speaker) for q in direct] == ["Einige Landsleute", "Niederlaender"]


def test_headline_quotation_takes_the_speaker_of_its_echo_in_the_body(model):
    doc = tagged(
        "Künstliche/ADJA Intelligenz/NN in/APPR der/ART Schule/NN –/$( „/$( Sie/PPER "
        "werden/VAFIN/werden schneller/ADJD und/KON erfolgreicher/ADJD “/$(",
        "Mohammed/NE Aloof/NE sagt/VVFIN/sagen :/$. „/$( Kinder/NN würden/VAFIN/werden/Sub "
        "durch/APPR KI/NE nicht/PTKNEG faul/ADJD ./$. Sie/PPER werden/VAFIN/werden "
        "schneller/ADJD und/KON erfolgreicher/ADJD ./$. “/$(",
    )
    direct = [f.to_quotation() for f in model(doc) if f.type == "Direct"]
    assert len(direct) == 2
    assert [words(doc, q.speaker) for q in direct] == ["Mohammed Aloof", "Mohammed Aloof"]


def test_dass_clause_of_a_statement_noun_is_its_genitives(model):
    doc = tagged(
        "Besonders/ADV empört/ADJD sind/VAFIN/sein die/ART Feuerwehren/NN über/APPR das/ART "
        "Argument/NN der/ART Landesregierung/NN ,/$, dass/KOUS technischer/ADJA "
        "Fortschritt/NN die/ART Belastung/NN reduziert/VVPP hätte/VAFIN/haben/Sub ./$."
    )
    quotes = [f.to_quotation() for f in model(doc) if f.type == "Indirect"]
    assert len(quotes) == 1
    assert words(doc, quotes[0].speaker) == "der Landesregierung"


def test_headline_quotation_takes_the_speaker_of_the_body_quotation_it_abridges(model):
    """nd-aktuell.de (Mietenstreik): the headline „»Einfach kein Geld mehr, um die Miete zu
    zahlen«“ shortens Gutierrez's words in the body („…, einfach weil die Leute kein Geld mehr
    haben, um die Miete zu zahlen“); they are his."""
    doc = tagged(
        "»/$( Einfach/ADV kein/PIAT Geld/NN mehr/ADV ,/$, um/KOUI die/ART Miete/NN zu/PTKZU "
        "zahlen/VVINF «/$(",
        "Gutierrez/NE sagt/VVFIN/sagen :/$. »/$( Vermieter/NN müssen/VMFIN/müssen "
        "verstehen/VVINF ,/$, dass/KOUS es/PPER zu/APPR einem/ART Mietenstreik/NN "
        "kommen/VVINF wird/VAFIN/werden ,/$, einfach/ADV weil/KOUS die/ART Leute/NN kein/PIAT "
        "Geld/NN mehr/ADV haben/VAFIN/haben ,/$, um/KOUI die/ART Miete/NN zu/PTKZU "
        "zahlen/VVINF ./$. «/$(",
    )
    direct = [f.to_quotation() for f in model(doc) if f.type == "Direct"]
    assert len(direct) == 2
    assert [words(doc, q.speaker) for q in direct] == ["Gutierrez", "Gutierrez"]
