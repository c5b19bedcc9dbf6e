"""Direct speech without quotation marks and quoted words with an owner (task drct): a text whose
only sign of lost marks is an indicative clause before „…, sagt X.“ lost them too; a colon frame
of a person noun („Dazu der Kommissar:“) opens Direct words; a copula judgement of a thing
(„Sie ist nicht größer als …“) continues them; a first-person sentence after a sentence that
introduces a person is that person's; a motto or slogan in marks is its owner's.

Excerpts of the dev2 texts of gold/speakers (10kGNAD rows 121, 126, 532, 54) and of the dev
pages ``trafilatura__spiegel.de.albtraum`` and ``trafilatura__deutschlandfunk.de.titanic``, run
through the committed base pipeline (fixtures ``nlp`` and ``analyse``).
"""

from __future__ import annotations

import pytest

from zitate.quotes.candidates import Found
from zitate.quotes.own_runs import spoken_speakers
from zitate.quotes.owned import quotation_owner
from zitate.quotes.scene import scene_own_words
from zitate.quotes.unmarked import main_verb, own_words, stripped_marks
from zitate.quotes.unmarked_frames import colon_frame

WICHTIGSTE = (  # row 126: no „ich“ or „wir“ anywhere, but indicative words before „sagt“
    "Das Wichtigste ist, den Kindern möglichst schnell eine normale Struktur zu geben, sagt die "
    "Psychotherapeutin Barbara Preitler."
)
LUEGE = (  # row 121: Konjunktiv before „sagt“, reported speech
    "Derzeit wird immer wieder die Gefahr heraufbeschworen, dass Flüchtlinge Seuchen "
    "einschleppen könnten. Das sei eine Lüge, sagt Vytenis Andriukaitis."
)
KOMMISSAR = (  # row 121
    "Aber sogar der polnische Präsident Andrzej Duda sprach eine solche Seuchenwarnung "
    "öffentlich aus. Dazu der Kommissar: Das Risiko, dass von Flüchtlingen eine gefährliche "
    "ansteckende Krankheit eingeschleppt wird, ist äußerst gering."
)
FORT = (  # row 121, the sentences between ANDRIUKAITIS and KOMMISSAR's (a turn elided)
    "Ich kann nicht verstehen, wie man überhaupt auf die Idee kommen kann, als Erstes zu fragen, "
    "ob diese Menschen krank sind, fährt er fort: Es ist unmoralisch, solche Botschaften zu "
    "verbreiten. Leute, die das tun, sind einfach Lügner."
)
ARGUMENT = (  # row 54: a colon frame of an abstract noun is no speaker's
    "Sein Argument: Österreich habe im Vorjahr 90.000 Asylwerber aufgenommen, heuer seien "
    "37.500 vorgesehen."
)
GEFAHR = (  # row 121
    "Es gibt keine Gefahr. Sie ist nicht größer als auf den Flughäfen von Wien, Berlin oder "
    "Kopenhagen, wo ebenfalls hunderttausende einreisen."
)
WIRTSHAUS = (  # row 532
    "Diese Ruhe geht andererseits Herrn Sternad total auf den Geist. Er hat einige hundert "
    "Meter von der Grenze Spielfeld entfernt, an der Bundesstraße, ein mit Bananenstauden "
    "eingezäuntes Wirtshaus. Sonst hab ich immer 50 bis 60 Backhendeln verkauft, jetzt am "
    "Wochenende nur drei."
)
AUGSTEIN = (  # trafilatura__spiegel.de.albtraum
    "Sie erfahren es im großen Atrium des SPIEGEL-Gebäudes, dort, wo Rudolf Augsteins Motto für "
    "die Redaktion an der Wand hängt: »Sagen, was ist.«"
)
TRUMP = (  # trafilatura__deutschlandfunk.de.titanic
    'Wenn ich Donald Trump so betrachte und seine Losung "America First" und "kauft '
    'amerikanische Güter", dann hab ich den Eindruck, dieser Mann hängt einem Arbeitsbegriff an.'
)
ANDRIUKAITIS = (  # row 121: „er“ four sentences after the name, no other person between
    "Vytenis Andriukaitis hat viel Leid gesehen. 1951 noch in der Stalin-Zeit in einem "
    "sowjetischen Lager geboren, ist der Litauer nach einem Medizinstudium Herzchirurg geworden. "
    "So wurde der Sozialdemokrat Politiker, erst Abgeordneter im frei gewählten Sejm in Vilnius, "
    "später Minister. Heute ist er EU-Kommissar für Gesundheit und Verbraucherschutz."
)


def test_an_indicative_clause_before_sagt_shows_a_text_lost_its_marks(nlp):
    assert stripped_marks(nlp(WICHTIGSTE))
    assert not stripped_marks(nlp(LUEGE))  # Konjunktiv: reported speech, marks or none


def test_a_person_noun_with_its_article_frames_a_colon(nlp):
    doc = nlp(KOMMISSAR)
    second = list(doc.sents)[-1]
    found = colon_frame(doc, second, set())
    assert found is not None and found.type == "Direct"
    assert [doc[i].text for i in found.speaker] == ["der", "Kommissar"]
    assert doc[min(found.quote)].text == "Das"
    doc = nlp(ARGUMENT)
    assert colon_frame(doc, next(iter(doc.sents)), set()) is None


def test_the_role_of_a_copula_after_sentences_without_a_person_is_the_last_persons(analyse):
    _, _, entities = analyse(ANDRIUKAITIS)
    person = next(e for e in entities if e["name"] == "Vytenis Andriukaitis")
    assert "EU-Kommissar" in person["aliases"]


def test_the_kommissar_of_a_colon_frame_is_the_person_of_that_role(analyse):
    _, quotes, entities = analyse(" ".join((ANDRIUKAITIS, FORT, KOMMISSAR)))
    names = {e["id"]: e["name"] for e in entities}
    quote = next(q for q in quotes if q["text"].startswith("Das Risiko"))
    assert quote["type"] == "Direct"
    assert names[quote["speaker"]["entity"]] == "Vytenis Andriukaitis"


def test_a_copula_judgement_of_a_thing_continues_direct_words(nlp):
    doc = nlp(GEFAHR)
    second = list(doc.sents)[-1]
    assert own_words(second, [], direct=True)
    assert not own_words(second, [])  # only right after the speaker's Direct words
    doc = nlp(WIRTSHAUS)
    narration = list(doc.sents)[1]  # „Er hat … ein … Wirtshaus.“: about a person
    assert not own_words(narration, [], direct=True)
    assert main_verb(narration).text == "hat"


POLIZIST = (  # row 532: „habe“ after „ich“ is tagged Konjunktiv
    "Im Schanigarten eines slowenischen Grenzlokals sitzt ein Polizist aus Maribor mit seinem "
    "Hund. Ich wohne hier und habe noch keinen Flüchtling gesehen. Hier in der Gegend ist es "
    "total ruhig."
)


@pytest.mark.parametrize(
    ("text", "speaker", "openings"),
    [(WIRTSHAUS, "Er", ["Sonst"]), (POLIZIST, "ein Polizist", ["Ich", "Hier"])],
)
def test_first_person_words_after_a_person_is_introduced_are_theirs(nlp, text, speaker, openings):
    doc = nlp(text)
    found = scene_own_words(doc, [], set())
    assert [doc[min(f.quote)].text for f in found] == openings
    assert all(f.type == "Direct" for f in found)
    assert {" ".join(doc[i].text for i in f.speaker) for f in found} == {speaker}


def test_a_first_person_sentence_after_a_scene_without_a_person_is_left(nlp):
    doc = nlp("Bloß ein paar Sonnenstrahlen fehlen. Es ist nicht ganz einfach für uns.")
    assert scene_own_words(doc, [], set()) == []


@pytest.mark.parametrize(
    ("text", "opening", "owner", "noun"),
    [
        (AUGSTEIN, "»", ["Rudolf", "Augsteins"], "Motto"),
        (TRUMP, '"', ["Donald", "Trump"], "Losung"),
    ],
)
def test_a_motto_in_marks_is_its_owners(nlp, text, opening, owner, noun):
    doc = nlp(text)
    mark = next(t.i for t in doc if t.text == opening)
    span = doc[mark : next(t.i for t in doc if t.text in ("«", '"') and t.i > mark) + 1]
    ids, cue = quotation_owner(doc, span)
    assert [doc[i].text for i in ids] == owner
    assert cue is not None and doc[cue].text == noun


def test_a_speaker_inside_earlier_direct_words_is_their_speaker(nlp):
    doc = nlp(GEFAHR + " Und es sei festzuhalten, dass alle EU-Staaten vorbereitet seien.")
    sents = list(doc.sents)
    words = Found([t.i for t in sents[1]], None, [0], [], "Direct", "Speech")
    sie = next(t.i for t in sents[1] if t.text == "Sie")
    later = Found([t.i for t in sents[2]], None, [sie], [], "Indirect", "Speech")
    spoken_speakers(doc, [words, later])
    assert later.speaker == [0]
    noun = next(t.i for t in sents[1] if t.text == "Flughäfen")
    named = Found([t.i for t in sents[2]], None, [noun], [], "Indirect", "Speech")
    spoken_speakers(doc, [words, named])  # a noun inside the words: left as it is
    assert named.speaker == [noun]
