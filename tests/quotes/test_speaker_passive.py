"""Who speaks in passives and behind particles (issue 12, item 2), on real news sentences.

The sentences are from pages of the real-news dev set (``gold/speakers``: ORF, Der Standard,
Rheinische Post, tagesschau.de), hand-tagged with STTS; the expected speakers are those a reader
gives: in a passive („wurde … vorgeworfen“, „war kritisiert worden“) the subject or dative is
spoken about and only a „von“-agent speaks; a particle after the subject („Eren Güvercin
hingegen mahnt …“) leaves the subject the speaker; an adverb („demnach“) names no one.
"""

from __future__ import annotations

from zitate.quotes.cuespan import trim_speaker
from zitate.quotes.roles import speaker_of
from zitate.quotes.speakers import passive_agent

from .tagged import index, tagged, words

LEWANDOWSKI = (
    "Damals/ADV wurde/VAFIN/werden Trumps/NE Berater/NN Corey/NE Lewandowski/NE "
    "vorgeworfen/VVPP/vorwerfen ,/$, eine/ART republikanische/ADJA Spenderin/NN bei/APPR "
    "einer/ART Wohltätigkeitsveranstaltung/NN sexuell/ADJD belästigt/VVPP zu/PTKZU haben/VAINF ./$."
)


def test_the_dative_of_a_passive_accusation_is_no_speaker():
    """orf.at: Lewandowski is accused, not the accuser; the sentence names no speaker."""
    doc = tagged(LEWANDOWSKI)
    cue = index(doc, "vorgeworfen")
    assert passive_agent(doc, cue, doc[:]) == []
    assert speaker_of(doc, cue, doc[:], set()) == []


def test_a_pluperfect_passive_names_no_speaker():
    """orf.at: „Im Fall von Gaetz war zudem kritisiert worden, dass …“ — „von Gaetz“ before the
    finite verb is no agent."""
    doc = tagged(
        "Im/APPRART Fall/NN von/APPR Gaetz/NE war/VAFIN/sein zudem/PAV kritisiert/VVPP "
        "worden/VAPP/werden ,/$, dass/KOUS er/PPER keine/PIAT juristische/ADJA Expertise/NN "
        "mitbringe/VVFIN/mitbringen/Sub ./$."
    )
    cue = index(doc, "kritisiert")
    assert passive_agent(doc, cue, doc[:]) == []
    assert speaker_of(doc, cue, doc[:], set()) == []


def test_the_von_agent_of_a_passive_speaks():
    doc = tagged(
        "Die/ART Nominierung/NN wurde/VAFIN/werden von/APPR der/ART Opposition/NN scharf/ADJD "
        "kritisiert/VVPP ,/$, weil/KOUS Bondi/NE als/APPR Lobbyistin/NN gearbeitet/VVPP "
        "habe/VAFIN/haben/Sub ./$."
    )
    cue = index(doc, "kritisiert")
    assert words(doc, speaker_of(doc, cue, doc[:], set())) == "der Opposition"


def test_an_active_perfect_is_no_passive():
    """orf.at: „Bondi … sei … Staatsanwältin gewesen, betonte Trump nun.“"""
    doc = tagged(
        "Er/PPER hat/VAFIN/haben die/ART Vorwürfe/NN zurückgewiesen/VVPP/zurückweisen ./$."
    )
    assert passive_agent(doc, index(doc, "zurückgewiesen"), doc[:]) is None


def test_a_particle_after_the_subject_keeps_the_subject_the_speaker():
    """derstandard.at: not the accusative object „eine breite Debatte“."""
    doc = tagged(
        "Eren/NE Güvercin/NE hingegen/ADV mahnt/VVFIN/einmahnen eine/ART breite/ADJA "
        "Debatte/NN ein/PTKVZ ,/$, allen/PIS voran/ADV innerhalb/APPR der/ART muslimischen/ADJA "
        "Community/NN selbst/ADV ./$."
    )
    assert words(doc, speaker_of(doc, index(doc, "mahnt"), doc[:], set())) == "Eren Güvercin"


def test_a_pronoun_before_a_particle_is_no_speaker():
    """rp-online.de: „Anderes wiederum sei nicht allzu teuer“ — „Anderes“ is what is said."""
    doc = tagged(
        "Anderes/PIS wiederum/ADV sei/VAFIN/sein/Sub nicht/PTKNEG allzu/ADV teuer/ADJD ./$."
    )
    assert "Anderes" not in words(doc, speaker_of(doc, index(doc, "sei"), doc[:], set()))


def test_an_adverb_is_no_speaker():
    """tagesschau.de: „Es handle sich demnach um …“."""
    doc = tagged(
        "Es/PPER handle/VVFIN/handeln/Sub sich/PRF demnach/PAV um/APPR Lieferscheine/NN ./$."
    )
    assert trim_speaker(doc, [index(doc, "demnach")]) == []
    assert trim_speaker(doc, [index(doc, "Lieferscheine")]) == [index(doc, "Lieferscheine")]


def test_an_abstract_noun_is_no_speaker():
    """faz.net: „Die Passivität der Regierung gefährde zudem die Sicherheit …“ is what the
    historian says, not who says it; a majority or a university may speak."""
    doc = tagged(
        "Die/ART Passivität/NN der/ART Regierung/NN gefährde/VVFIN/gefährden/Sub zudem/ADV "
        "die/ART Sicherheit/NN der/ART Kritiker/NN ./$."
    )
    assert trim_speaker(doc, [0, 1, 2, 3]) == []
    doc = tagged(
        "Die/ART Mehrheit/NN der/ART Befragten/NN sagte/VVFIN/sagen ,/$, sie/PPER "
        "habe/VAFIN/haben/Sub Angst/NN ./$."
    )
    assert trim_speaker(doc, [0, 1, 2, 3]) == [0, 1, 2, 3]
