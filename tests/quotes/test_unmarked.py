"""Direct speech in a text without quotation marks (issue 12, dev2): a clause before „…, sagt X.“
in the indicative is X's own words, and the sentences around it continue them when their form
says so (first person; present-tense judgements; anything indicative between two statements of
the same speaker), ending at narration — on hand-tagged sentences of the dev2 texts of
gold/speakers (10kGNAD rows 126, 532, 612) and the shipped attribution model."""

from __future__ import annotations

import pytest

from zitate.quotes.candidates import Found
from zitate.quotes.model import load_model
from zitate.quotes.own_runs import running_speakers
from zitate.quotes.unmarked import (
    judgement,
    main_verb,
    narration,
    own_words,
    stripped_marks,
)

from .tagged import tagged, words

PRINZIP = (
    "Im/APPRART Prinzip/NN ist/VAFIN/sein das/PDS eine/ART Milchmädchenrechnung/NN ,/$, "
    "sagt/VVFIN/sagen Doris/NE Ritzberger-Grünwald/NE ./$."
)
ZUSAMMENGEZAEHLT = (
    "Wir/PPER haben/VAFIN/haben nur/ADV zusammengezählt/VVPP/zusammenzählen ,/$, wie/PWAV "
    "viel/PIAT Geld/NN ausgegeben/VVPP/ausgeben wurde/VAFIN/werden ./$."
)
DAZU = (
    "Dazu/PAV kommt/VVFIN/kommen noch/ADV zum/APPRART Beispiel/NN ,/$, wie/PWAV viel/PIAT "
    "Schulplätze/NN kosten/VVFIN/kosten ./$."
)
UNUMSTRITTEN = "Das/PDS ist/VAFIN/sein unter/APPR Ökonomen/NN unumstritten/ADJD ./$."
NAIV = (
    "Wir/PPER sind/VAFIN/sein nicht/PTKNEG so/ADV naiv/ADJD ,/$, sagt/VVFIN/sagen "
    "Ritzberger-Grünwald/NE ./$."
)
SZENEN = (
    "Indessen/ADV spielen/VVFIN/spielen sich/PRF unten/ADV im/APPRART slowenischen/ADJA "
    "Areal/NN dramatische/ADJA Szenen/NN ab/PTKVZ ./$."
)
WICHTIGSTE = (
    "Das/ART Wichtigste/NN ist/VAFIN/sein ,/$, den/ART Kindern/NN eine/ART normale/ADJA "
    "Struktur/NN zu/PTKZU geben/VVINF ,/$, sagt/VVFIN/sagen die/ART Psychotherapeutin/NN "
    "Barbara/NE Preitler/NE ./$."
)
ARBEITET = "Preitler/NE arbeitet/VVFIN/arbeiten für/APPR Hemayat/NE ./$."
EINFACH = "Es/PPER ist/VAFIN/sein nicht/PTKNEG ganz/ADV einfach/ADJD für/APPR uns/PPER ./$."
BEUNRUHIGEND = (
    "Das/PDS alles/PIS ist/VAFIN/sein schon/ADV sehr/ADV beunruhigend/ADJD ,/$, sagt/VVFIN/sagen "
    "Weinbauer/NN Trummer/NE ./$."
)
WIRTSHAUS = "Er/PPER hat/VAFIN/haben an/APPR der/ART Bundesstraße/NN ein/ART Wirtshaus/NN ./$."
AUSGEGEBEN = (
    "Im/APPRART Vorjahr/NN hat/VAFIN/haben der/ART Staat/NN 900/CARD Millionen/NN "
    "ausgegeben/VVPP/ausgeben ,/$, sagt/VVFIN/sagen Marcus/NE Scheiblecker/NE ./$."
)
MARKED_QUOTE = (
    "„/$( Das/PDS ist/VAFIN/sein eine/ART Milchmädchenrechnung/NN “/$( ,/$, sagt/VVFIN/sagen "
    "Doris/NE Ritzberger-Grünwald/NE ./$."
)

# The base pipeline's morphology for the verbs of these sentences (``tagged`` sets only Mood).
MORPH = {
    "ist": "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
    "haben": "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin",
    "kommt": "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
    "sind": "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin",
    "spielen": "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin",
    "arbeitet": "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
    "arbeitete": "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin",
    "hat": "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
    "wurde": "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin",
}


def parsed(*sentences: str):
    doc = tagged(*sentences)
    for token in doc:
        if token.text in MORPH:
            token.set_morph(MORPH[token.text])
    return doc


@pytest.fixture(scope="module")
def model():
    return load_model()


def statements(model, *sentences: str) -> list[tuple[str, str, str]]:
    """(type, speaker, first word of the quote) of each quotation, in document order."""
    doc = parsed(*sentences)
    return [(f.type, words(doc, f.speaker), doc[min(f.quote)].text) for f in model(doc)]


def test_a_judgement_has_the_form_of_own_words():
    doc = parsed(UNUMSTRITTEN)
    verb = main_verb(doc[:])
    assert verb.text == "ist"
    assert judgement(doc[:], verb) and not narration(doc[:], verb)
    assert own_words(doc[:], [])


def test_present_tense_narration_is_no_judgement():
    doc = parsed(SZENEN)
    assert not judgement(doc[:], main_verb(doc[:]))
    assert not own_words(doc[:], [])
    # between two statements of one speaker, an indicative sentence is theirs
    assert own_words(doc[:], [], between=True)


def test_the_past_tense_a_name_of_the_speaker_and_er_are_narration():
    doc = parsed(ARBEITET.replace("arbeitet/", "arbeitete/"))
    assert narration(doc[:], main_verb(doc[:]))
    doc = parsed(WICHTIGSTE, ARBEITET)
    second = list(doc.sents)[1]
    speaker = [t.i for t in doc if t.text in ("Barbara", "Preitler") and t.i < second.start]
    assert own_words(second, [], between=True)
    assert not own_words(second, speaker, between=True)  # „Preitler arbeitet …“: about her
    doc = parsed(WIRTSHAUS)
    assert narration(doc[:], main_verb(doc[:]))


def test_a_text_lost_its_marks_where_the_first_person_stands_outside_them():
    assert stripped_marks(parsed(PRINZIP, ZUSAMMENGEZAEHLT))
    # an indicative clause before „…, sagt X.“ lost its marks too (task drct)
    assert stripped_marks(parsed(PRINZIP, UNUMSTRITTEN))
    assert not stripped_marks(parsed(UNUMSTRITTEN))  # written without quotations
    assert not stripped_marks(parsed(MARKED_QUOTE, ZUSAMMENGEZAEHLT))


def test_a_clause_before_sagt_in_the_indicative_is_direct(model):
    found = statements(model, WICHTIGSTE, EINFACH)
    assert found[0] == ("Direct", "die Psychotherapeutin Barbara Preitler", "Das")
    # also where no first person stands in the text: the indicative shows the lost marks
    assert statements(model, WICHTIGSTE)[0][0] == "Direct"


def test_narration_naming_the_speaker_ends_the_statement(model):
    found = statements(model, EINFACH, WICHTIGSTE, ARBEITET)
    assert [f[2] for f in found] == ["Es", "Das"]


def test_a_judgement_after_the_statement_continues_it(model):
    found = statements(model, EINFACH, PRINZIP, UNUMSTRITTEN)
    assert found[-1] == ("Direct", "Doris Ritzberger-Grünwald", "Das")


def test_first_person_sentences_before_a_speech_clause_are_the_speakers(model):
    found = statements(model, EINFACH, BEUNRUHIGEND)
    assert found[0] == ("Direct", "Weinbauer Trummer", "Es")


def test_sentences_between_two_statements_of_one_speaker_are_theirs(model):
    found = statements(model, PRINZIP, ZUSAMMENGEZAEHLT, DAZU, UNUMSTRITTEN, NAIV)
    assert [f[2] for f in found] == ["Im", "Wir", "Dazu", "Das", "Wir"]
    assert {f[0] for f in found} == {"Direct"}
    assert all(f[1].endswith("Ritzberger-Grünwald") for f in found)


def test_present_narration_after_a_statement_is_not_continued(model):
    found = statements(model, EINFACH, AUSGEGEBEN, SZENEN)
    assert [f[2] for f in found] == ["Es", "Im"]


def test_a_text_with_quotation_marks_keeps_the_words_outside_them_the_authors(model):
    doc = parsed(MARKED_QUOTE, UNUMSTRITTEN)
    second = list(doc.sents)[1]
    found = model(doc)
    assert found and all(min(f.quote) < second.start for f in found)


KONTROLLE = (
    "Höflechner/NE :/$. Jetzt/ADV haben/VAFIN/haben wir/PPER das/PDS einigermaßen/ADV im/APPRART "
    "Griff/NN ./$."
)
SCHULDIG = "Das/PDS sind/VAFIN/sein wir/PPER unserer/PPOSAT Bevölkerung/NN schuldig/ADJD ./$."


def test_a_name_and_a_colon_open_the_speakers_direct_words(model):
    found = statements(model, KONTROLLE, SCHULDIG)
    assert found == [("Direct", "Höflechner", "Jetzt"), ("Direct", "Höflechner", "Das")]
    # a person noun after its article frames the colon as well („Dazu der Kommissar:“)
    doc = parsed(KONTROLLE.replace("Höflechner/NE", "Der/ART Kommissar/NN"), SCHULDIG)
    colon = [f for f in model(doc) if f.kind == "colon"]
    assert [words(doc, f.speaker) for f in colon] == ["Der Kommissar"]


TTIP = (
    "Andriukaitis/NE findet/VVFIN/finden es/PPER gut/ADJD ,/$, wenn/KOUS über/APPR TTIP/NE "
    "gestritten/VVPP/streiten wird/VAFIN/werden ,/$, das/PDS zeigt/VVFIN/zeigen allen/PIS ,/$, "
    "dass/KOUS wir/PPER bereit/ADJD sind/VAFIN/sein ,/$, für/APPR unsere/PPOSAT Lebensmittel/NN "
    "zu/PTKZU kämpfen/VVINF ./$."
)


def test_a_first_person_sentence_with_a_named_subject_is_that_speakers(model):
    doc = parsed(KONTROLLE, TTIP)
    second = list(doc.sents)[1]
    found = [f for f in model(doc) if min(f.quote) >= second.start]
    assert [(f.type, words(doc, f.speaker)) for f in found] == [("Direct", "Andriukaitis")]


ERKLAERT = (
    "Das/PDS alles/PIS ist/VAFIN/sein schon/ADV sehr/ADV beunruhigend/ADJD ,/$, sagt/VVFIN/sagen "
    "Weinbauer/NN Trummer/NE und/KON erklärt/VVPP/erklären ,/$, was/PWS es/PPER mit/APPR der/ART "
    "Fahne/NN auf/APPR sich/PRF hat/VAFIN/haben ./$."
)


def test_a_coordinated_verb_read_as_a_participle_keeps_the_clause_before_sagt(model):
    found = statements(model, EINFACH, ERKLAERT)
    assert found == [("Direct", "Weinbauer Trummer", "Es"), ("Direct", "Weinbauer Trummer", "Das")]


BEKLEMMEND = "Es/PPER war/VAFIN/sein sehr/ADV beklemmend/ADJD ./$."
MORPH["war"] = "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"


def test_a_past_judgement_continues_direct_words_only(model):
    found = statements(model, KONTROLLE, BEKLEMMEND)
    assert found[-1] == ("Direct", "Höflechner", "Es")
    doc = parsed(BEKLEMMEND)
    assert own_words(doc[:], [], direct=True)
    assert not own_words(doc[:], [])  # after Konjunktiv words the past is the author's


BEHARRE = "Ich/PPER beharre/VVFIN/beharren darauf/PAV ./$."


def test_ich_as_a_speaker_is_the_running_speaker():
    doc = parsed(PRINZIP, BEHARRE, SZENEN, BEHARRE)
    sents = list(doc.sents)
    name = [t.i for t in sents[0] if t.tag_ == "NE"]
    first = Found(list(range(sents[0].start, 5)), None, name, [], "Direct", "Speech")
    mine = [
        Found(list(range(s.start, s.end)), None, [s.start], [], "Reported", "Speech")
        for s in (sents[1], sents[3])
    ]
    running_speakers(doc, [first, *mine])
    assert words(doc, mine[0].speaker) == "Doris Ritzberger-Grünwald"
    assert words(doc, mine[1].speaker) == "Ich"  # two sentences on: no running speaker
