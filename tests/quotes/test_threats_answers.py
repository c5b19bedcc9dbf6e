"""Statements that the attribution missed on dev3 (task miss2): a threat „drohte … mit …“, an
account „schilderte … als …“ (``reported.speech_act``) and the answers after an interviewer's
question in a text without quotation marks (``interview.interview_answers``), and a reflexive
frame after a fronted „Was … betrifft,“ clause (``unmarked_frames.inverted_frame``); „nach
Berechnungen der …“ names a source (``sources.SOURCE_HEADS``).

Excerpts of the dev3 texts of gold/speakers (10kGNAD rows 209, 214, 221 and 750), run through the
committed base pipeline (fixtures ``nlp`` and ``analyse``).
"""

from __future__ import annotations

import pytest

from zitate.quotes.candidates import Found
from zitate.quotes.interview import interview_answers
from zitate.quotes.reported import speech_act
from zitate.quotes.source_candidates import nach_candidate
from zitate.quotes.unmarked_frames import inverted_frame

DROHTE = (  # row 209
    "Der türkische Regierungschef drohte den YPG-Kämpfern mit Luftschlägen, sollten sie sich "
    "nicht aus Azaz und dessen Flughafen zurückziehen."
)
SCHILDERTE = (  # row 214
    "Auch Anwalt Held schilderte die Zustände als unerfreulich, immer wieder sei man bei "
    "Recherchen draufgekommen."
)
INTERVIEW = (  # row 221
    "Der Endbericht verwerte außerdem mehr als die Aussagen der Auskunftspersonen. Es gebe in "
    "Form der Akten ja auch eine zweite gigantische Informationsquelle. Könnte jemand vom "
    "Inhalt des Endberichts enttäuscht werden, was die eindeutige Benennung von "
    "Verantwortlichen angeht? Das kommt darauf an, was Sie sich erwarten. Ich bin jedenfalls "
    "kein Pistolero. Ich arbeite gründlich, bin niemandem verpflichtet und werde einen guten "
    "Bericht machen. Was rauskommt, da mag sich jeder selbst ein Bild machen."
)


@pytest.mark.parametrize(("text", "verb"), [(DROHTE, "drohte"), (SCHILDERTE, "schilderte")])
def test_a_threat_and_an_account_are_speech_acts(nlp, text, verb):
    sent = next(nlp(text).sents)
    act = speech_act(sent)
    assert act and sent.doc[act[0]].text == verb


def test_a_threat_without_mit_is_no_speech_act(nlp):
    text = "Im Falle einer Verurteilung drohen dem Insektenkundler bis zu drei Jahre Haft."
    sent = next(nlp(text).sents)  # 10kGNAD test CSV
    assert speech_act(sent) == []


@pytest.mark.parametrize(("text", "speaker"), [(DROHTE, "Regierungschef"), (SCHILDERTE, "Held")])
def test_a_threat_and_an_account_are_reported(analyse, text, speaker):
    _, quotes, _ = analyse(text)
    assert [q["type"] for q in quotes][:1] == ["Reported"]
    assert quotes[0]["speaker"]["text"].endswith(speaker)


def _passage(doc) -> Found:
    sents = list(doc.sents)
    ids = [t.i for s in sents[:3] for t in s]  # a passage that took the question in
    return Found(ids, None, [0, 1], [], "IndirectFreeIndirect", "Speech")


def test_the_answers_after_a_question_are_the_speakers_direct_words(nlp):
    doc = nlp(INTERVIEW)
    passage = _passage(doc)
    found = interview_answers(doc, [passage], set(passage.quote))
    openings = [doc[min(f.quote)].text for f in found]
    assert openings == ["Das", "Ich", "Ich", "Was"]
    assert all(f.type == "Direct" and f.speaker == [0, 1] for f in found)
    question = list(doc.sents)[2]
    assert max(passage.quote) < question.start  # the reporter's question is nobody's here


def test_an_answer_needs_a_sentence_in_the_first_person(nlp):
    last = " Was rauskommt, da mag sich jeder selbst ein Bild machen."  # the same text's sentences
    doc = nlp(INTERVIEW.split(" Das kommt")[0] + last)
    passage = _passage(doc)
    assert interview_answers(doc, [passage], set(passage.quote)) == []


WUNDERT = (  # row 750
    "Was die wirtschaftliche Entwicklung betrifft, haben wir eine besonders negative Stimmung – "
    "die Bevölkerung ist unzufrieden und verunsichert: man hat derzeit das Gefühl, dass der hohe "
    "Lebensstandard in Österreich nichts mit der Wirtschaft zu tun hat, wundert sich Bruckbauer "
    "bei einem Pressegespräch."
)


def test_a_reflexive_frame_after_a_fronted_was_clause_closes_direct_words(nlp):
    doc = nlp(WUNDERT)
    sent = next(doc.sents)
    found = inverted_frame(doc, sent, set(), set())
    assert found is not None and found.type == "Direct"
    assert [doc[i].text for i in found.speaker] == ["Bruckbauer"]
    assert doc[min(found.quote)].text == "Was" and doc[max(found.quote)].text == "hat"


HAGEL = (  # 10kGNAD test CSV
    "Die schweren Schneefälle und der Frost in Kärnten und in der Steiermark haben nach "
    "Berechnungen der Österreichischen Hagelversicherung einen Gesamtschaden von deutlich über "
    "200 Millionen Euro in der Landwirtschaft angerichtet."
)


def test_nach_berechnungen_names_a_source(nlp):
    doc = nlp(HAGEL)
    found = nach_candidate(doc, next(doc.sents), set())
    assert len(found) == 1 and found[0].cue.text == "nach"
    assert doc[max(found[0].speaker)].text == "Hagelversicherung"
