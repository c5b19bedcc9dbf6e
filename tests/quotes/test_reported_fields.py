"""Statements zitate used to miss on real news (issue 12, spkb): a particle verb of supposing
with its „dass“ clause („Alle Experten gehen davon aus, dass …“), and a subject of two noun
phrases joined by „und“ or „wie“ in the field before a speech act („Landeshauptmann Markus
Wallner (VP) und der Umweltlandesrat Johannes Rauch (Grüne) bedauerten …“, „Bahn-Konkurrenten
wie Flixbus fürchten …“) — hand-tagged sentences of the dev pages of gold/speakers."""

from __future__ import annotations

from zitate.quotes.reported import speech_act
from zitate.quotes.roles import speaker_of
from zitate.quotes.sentence import speaker_subject
from zitate.quotes.that_clauses import that_clause_cues

from .tagged import index, tagged, words

EXPERTEN = (
    "Alle/PIAT Experten/NN gehen/VVFIN/gehen davon/PAV aus/PTKVZ ,/$, dass/KOUS derzeit/ADV "
    "hauptsächlich/ADJD wenig/PIAT qualifizierte/ADJA Menschen/NN zuwandern/VVINF ./$."
)
GEHEN = (
    "Die/ART Fans/NN gehen/VVFIN/gehen nach/APPR dem/ART Spiel/NN aus/PTKVZ ,/$, weil/KOUS "
    "sie/PPER feiern/VVINF wollen/VMFIN ./$."
)
WALLNER = (
    "Landeshauptmann/NN Markus/NE Wallner/NE (/$( VP/NE )/$( und/KON der/ART "
    "ressortzuständige/ADJA Umweltlandesrat/NN Johannes/NE Rauch/NE (/$( Grüne/NN )/$( "
    "bedauerten/VVFIN/bedauern in/APPR einer/ART gemeinsamen/ADJA Aussendung/NN den/ART "
    "Imageschaden/NN ./$."
)
FLIXBUS = (
    "Bahn-Konkurrenten/NN wie/KOKOM Flixbus/NE fürchten/VVFIN/fürchten durch/APPR den/ART "
    "geplanten/ADJA Deutschlandtakt/NN große/ADJA Nachteile/NN ./$."
)
WEIL = (
    "Das/ART Geld/NN und/KON weil/KOUS es/PPER regnet/VVFIN/regnen bedauerten/VVFIN/bedauern "
    "alle/PIS ./$."
)


def test_a_particle_verb_of_supposing_is_a_cue_of_its_dass_clause():
    doc = tagged(EXPERTEN)
    assert words(doc, that_clause_cues(doc[:], set())) == "gehen"


def test_a_particle_verb_before_a_weil_clause_is_no_cue():
    doc = tagged(GEHEN)
    assert that_clause_cues(doc[:], set()) == []


def test_two_subjects_joined_by_und_name_the_first_as_speaker():
    doc = tagged(WALLNER)
    sent = doc[:]
    assert words(doc, speech_act(sent)) == "bedauerten"
    assert speaker_subject(sent)
    speaker = speaker_of(doc, index(doc, "bedauerten"), sent, set())
    assert words(doc, speaker) == "Landeshauptmann Markus Wallner ( VP )"


def test_a_subject_with_wie_examples_is_the_speaker():
    doc = tagged(FLIXBUS)
    sent = doc[:]
    assert speaker_subject(sent)
    assert words(doc, speaker_of(doc, index(doc, "fürchten"), sent, set())) == "Bahn-Konkurrenten"


def test_a_clause_after_und_is_no_second_subject():
    doc = tagged(WEIL)
    sent = doc[:]
    speaker = speaker_of(doc, index(doc, "bedauerten"), sent, set())
    assert "Geld" not in words(doc, speaker)


BESTAETIGT = (
    "Faymann/NE ,/$, Mitterlehner/NE und/KON Co/NN sehen/VVFIN/sehen sich/PRF in/APPR "
    "Flüchtlingskurs/NN bestätigt/VVPP/bestätigen ./$."
)
GEZWUNGEN = (
    "Die/ART Regierung/NN sah/VVFIN/sehen sich/PRF gezwungen/VVPP/zwingen ,/$, die/ART "
    "Steuern/NN zu/PTKZU erhöhen/VVINF ./$."
)


def test_seeing_oneself_confirmed_is_a_speech_act():
    doc = tagged(BESTAETIGT)
    assert words(doc, speech_act(doc[:])) == "sehen bestätigt"
    assert speaker_subject(doc[:])


def test_seeing_oneself_forced_is_narration():
    doc = tagged(GEZWUNGEN)
    assert speech_act(doc[:]) == []


ZSCHAEPE = (
    "Nach/APPR Zschäpes/NE Darstellung/NN/Darstellung war/VAFIN/sein Böhnhardt/NE ihr/PPER "
    "in/APPR Diskussionen/NN unterlegen/ADJD gewesen/VAPP ./$."
)
FAHRT = "Nach/APPR Peters/NE Abfahrt/NN/Abfahrt war/VAFIN/sein es/PPER still/ADJD ./$."


def test_a_names_genitive_before_a_source_noun_names_the_source():
    from zitate.quotes.sources import nach_source

    doc = tagged(ZSCHAEPE)
    cue, speaker = nach_source(doc, doc[:], set())
    assert doc[cue].text == "Nach" and words(doc, speaker) == "Zschäpes Darstellung"


def test_a_names_genitive_before_another_noun_is_no_source():
    from zitate.quotes.sources import nach_source

    doc = tagged(FAHRT)
    assert nach_source(doc, doc[:], set()) is None
