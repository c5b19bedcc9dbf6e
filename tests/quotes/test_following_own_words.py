"""A first-person sentence right after a speaker's statement in a text without quotation marks
continues the speaker (``own_runs.following_own_words``), and a dateline place the tagger left
without a word class still opens the body after a headline with marks (``datelines``).

Excerpts of the dev5 text of gold/speakers (10kGNAD row 413), run through the committed base
pipeline (fixtures ``nlp`` and ``analyse``).
"""

from __future__ import annotations

from zitate.quotes.candidates import Found
from zitate.quotes.own_runs import following_own_words
from zitate.quotes.unmarked_frames import stripped_text

KOMFORTZONE = (  # row 413
    "Strugl warnte davor, das Flüchtlingsthema allein für die Stimmenverluste verantwortlich zu "
    "machen. Man dürfe nicht übersehen, dass es einen generellen Vertrauensverlust in die "
    "Politik gebe. Die Menschen hätten das Gefühl, dass nichts weitergehe. In Wirklichkeit haben "
    "wir uns sechs Jahre lang in der Komfortzone bewegt."
)
VERHANDLER = (  # row 413
    "Die größere Reformorientierung sehe ich derzeit bei der FPÖ, so der Verhandler. Bei allen "
    "Veränderungsprojekten, die ich in meinem Ressort gemacht habe, ist die FPÖ mitgegangen."
)
NARRATION = (  # row 413: the sentence after the statement is the author's, in the third person
    "Die Menschen hätten das Gefühl, dass nichts weitergehe. Die Sondierungsgespräche begannen "
    "Mittwochfrüh."
)
HEADLINE = (  # row 413: headline with marks, body without, „Linz“ before the dash
    'Pühringer über Sympathiebekundung "wenig erfreut", Haimbuchner nach Sondierungsgespräch '
    '"positiv gestimmt". Linz – Der ÖVP-Koalitionsverhandler und Wirtschaftslandesrat Michael '
    "Strugl ist noch vor Beginn der Sondierungsgespräche in Oberösterreich vorgeprescht: Er sehe "
    "bei der FPÖ mehr Reformorientierung als bei der SPÖ, sagte er im Gespräch mit den "
    "Oberösterreichischen Nachrichten vom Mittwoch. " + KOMFORTZONE
)


def _statement(doc, sentence: int, speaker: str, kind: str = "FreeIndirect") -> Found:
    """The whole ``sentence``-th sentence as a statement of the token ``speaker`` in it or
    before it."""
    sent = list(doc.sents)[sentence]
    who = next(t.i for t in doc if t.text == speaker)
    ids = [t.i for t in sent if t.i != who and not t.is_punct]
    return Found(ids, None, [who], [], kind, "Speech", 0.8)


def test_a_first_person_sentence_after_a_statement_is_the_speakers(nlp):
    doc = nlp(KOMFORTZONE)
    last = _statement(doc, 2, "Strugl")
    new = following_own_words(doc, [last], set(last.quote))
    assert [doc[min(f.quote)].text for f in new] == ["In"]
    assert new[0].type == "Direct" and new[0].speaker == last.speaker


def test_first_person_words_after_a_so_frame_continue_it(nlp):
    doc = nlp(VERHANDLER)
    last = _statement(doc, 0, "Verhandler", "Indirect")
    new = following_own_words(doc, [last], set(last.quote))
    assert [doc[min(f.quote)].text for f in new] == ["Bei"]
    assert [doc[i].text for i in new[0].speaker] == ["Verhandler"]


def test_a_third_person_sentence_after_a_statement_is_left(nlp):
    doc = nlp(NARRATION)
    last = _statement(doc, 0, "Menschen")
    assert following_own_words(doc, [last], set(last.quote)) == []


def test_the_own_words_are_the_named_speakers_in_the_whole_text(analyse):
    _, quotes, entities = analyse(HEADLINE)
    names = {e["id"]: e["name"] for e in entities}
    quote = next(q for q in quotes if q["text"].startswith("In Wirklichkeit"))
    assert quote["type"] == "Direct"
    assert names[quote["speaker"]["entity"]] == "Michael Strugl"


def test_a_dateline_place_without_a_word_class_opens_the_body(nlp):
    assert stripped_text(nlp(HEADLINE))  # the marks of the headline only: the body lost its own


REISEZIEL = (  # row 413: „sagen“ inside the words, „ergänzte“ (once a train cue) their frame
    "Jeder hat gesagt, wohin die Reise gehen soll, erklärte Pühringer. Ob es ein gemeinsames "
    "blau-schwarzes Reiseziel geben werde, ließe sich nach einem ersten Sondierungsgespräch "
    "freilich nicht sagen, ergänzte Haimbuchner."
)


def test_a_finite_cue_verb_after_the_comma_frames_the_words_before_it(nlp, analyse):
    from zitate.quotes.model import load_model

    rules = load_model().rules
    doc = nlp(REISEZIEL)
    sent = list(doc.sents)[-1]
    frame = next(t.i for t in sent if t.text == "ergänzte")
    assert rules.frame_after(doc, frame)
    assert not rules.frame_after(doc, frame + 1)  # the name
    found = rules.indirect(doc, sent, [])
    assert not any(doc[min(f.quote)].text == "ergänzte" for f in found)  # not „sagen“'s clause
    _, quotes, entities = analyse(REISEZIEL)
    names = {e["id"]: e["name"] for e in entities}
    quote = next(q for q in quotes if q["text"].startswith("Ob es"))
    assert names[quote["speaker"]["entity"]] == "Haimbuchner"
