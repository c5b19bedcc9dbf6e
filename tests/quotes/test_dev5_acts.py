"""Statements the dev5 split of gold/speakers showed missed (issue 12, task d5rep): attitudes and
speech acts that need more than a verb („hält er hingegen nichts“, „Für vordringlich hält sie
…“, „kann sich … vorstellen“, „in Aussicht gestellt“, „freute sich über …“), backward frames
(„Dies berichtete der Nachrichtensender Skai …“), a subject after a time phrase („erklärte am
späten Montagabend der Sprecher …“) or after a fronted object („Rabmer-Kollers Blockade-Vorwurf
weist die Ärztekammer zurück“), and verbless headlines („Pühringer über Sympathiebekundung
"wenig erfreut"“).

Excerpts of the dev5 texts of gold/speakers (10kGNAD rows 378, 401, 413, 859; the corpus strips
the body's quotation marks), run through the committed base pipeline (fixtures ``nlp`` and
``analyse``).
"""

from __future__ import annotations

import pytest

from zitate.quotes.reported import speech_act
from zitate.quotes.sentence import reported_speaker
from zitate.quotes.that_clauses import that_clause_cues

RABMER = (  # row 401
    "Die Umsetzung der Gesundheitsreform gestaltet sich sehr schwierig, gesteht die "
    "Sozialversicherungs-Chefin zu. Hauptverantwortlich dafür macht sie die Ärztekammer, der sie "
    "eine Blockadehaltung beim Aufbau der neuen Primärversorgung zur Entlastung der Spitäler "
    "vorwirft."
)
VORDRINGLICH = (  # row 401
    "Die Vorgangsweise Wiens ist für die Hauptverbands-Chefin nur eine Zwischenlösung. Für "
    "vordringlich hält sie das geplante PHC-Gesetz, das derzeit verhandelt wird."
)
VORSTELLEN = (  # row 401
    "Sie kann sich eine interne Umschichtung von jenen Radiologen, die über der zahlenmäßigen "
    "Limitierung der Untersuchungen liegen, hin zu jenen, die unter dem Deckel liegen, vorstellen."
)
NICHTS = "Von der Variante Schwarz-Rot-Grün hält er hingegen nichts."  # row 413
ERFREUT = (  # row 413
    "Über die Pro-FPÖ-Äußerungen seines Mitverhandlers Strugl war Pühringer wenig erfreut."
)
ANGEBOT = (  # row 413
    "Auch den Grünen macht er das Angebot, die Gespräche kommende Woche weiterzuführen."
)
AUSSICHT = "Die Innenministerin hatte dies bereits tags zuvor in Aussicht gestellt."  # row 859
ANTWORT = (  # row 833
    "Im Jahr 2012, als die ersten Berichte über das Vermögen seines 2010 verstorbenen Vaters "
    "erschienen, hatte Cameron die gleiche Antwort gegeben."
)


@pytest.mark.parametrize(
    "text", [RABMER, VORDRINGLICH, VORSTELLEN, NICHTS, ERFREUT, ANGEBOT, AUSSICHT, ANTWORT]
)
def test_an_attitude_or_idiom_is_a_speech_act(nlp, text):
    sent = list(nlp(text).sents)[-1]
    assert speech_act(sent)


@pytest.mark.parametrize(
    "text",
    [
        "Für Kinder ist der Eintritt frei.",  # a copula without „über“ and a feeling
        "Der Verein hält den Rekord seit dem Jahr 2010.",  # „halten“ without „nichts … von“
        "Die Firma stellte den Antrag in der vergangenen Woche.",  # „stellen“ without the idiom
        "Er kann das Auto nicht fahren.",  # a modal without „sich … vorstellen“
        "Der Konzern hat im Jahr 2015 einen Gewinn gemacht.",  # no noun of a speech act
    ],
)
def test_the_verbs_alone_narrate(nlp, text):
    assert speech_act(next(iter(nlp(text).sents))) == []


@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (ERFREUT, "Über die Pro-FPÖ", "Pühringer"),
        (VORDRINGLICH, "Für vordringlich", "sie"),
        (NICHTS, "Von der Variante", "er"),
        (
            "Pühringer freute sich über das gute Gesprächsklima, wenngleich auch er betonte, dass "
            "es noch ein weiter Weg bis zur Regierungsbildung sei.",  # row 413
            "sich über",
            "Pühringer",
        ),
    ],
)
def test_the_subject_of_the_attitude_speaks(analyse, text, opening, speaker):
    _, quotes, _ = analyse(text)
    quote = next(q for q in quotes if q["text"].startswith(opening))
    assert quote["type"] == "Reported"
    assert quote["speaker"]["text"] == speaker


SKAI = (  # row 378
    "Hunderte Flüchtlinge, denen es am Vortag nicht gelungen war, den mazedonischen Grenzzaun zu "
    "überqueren, kehrten am Dienstag wieder ins griechische Hinterland zurück. Dies berichtete "
    "der Nachrichtensender Skai aus der Region des kleinen griechischen Grenzdorfes Chamilo."
)
POLITIKA = (  # row 378
    "Im südserbischen Preševo sind indessen am Wochenende 33 illegal eingereiste Menschen in "
    "einem Frachtzug, der von Mazedonien nach Serbien unterwegs war, aufgegriffen worden. Das "
    "berichtete die Tageszeitung Politika am Dienstag."
)


@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (SKAI, "Hunderte Flüchtlinge", "der Nachrichtensender Skai"),
        (POLITIKA, "Im südserbischen", "die Tageszeitung Politika"),
    ],
)
def test_a_backward_frame_names_the_source_of_the_sentence_before(analyse, text, opening, speaker):
    _, quotes, _ = analyse(text)
    quote = next(q for q in quotes if q["text"].startswith(opening))
    # The Wikinews convention (quotes.back_frames): the sentence before and the demonstrative
    # are one Indirect quotation of the frame's subject.
    assert quote["type"] == "Indirect"
    assert quote["speaker"]["text"] == speaker
    assert not any(q["text"].startswith(("Dies", "Das")) for q in quotes)


def test_a_frame_without_demonstrative_reports_nothing_before(analyse):
    text = (  # row 378, the frame's sentence given its own subject
        "Medien schätzten ihre Zahl auf zwischen 700 und 2.000. Der Nachrichtensender Skai "
        "berichtete aus der Region des kleinen griechischen Grenzdorfes Chamilo."
    )
    _, quotes, _ = analyse(text)
    medien = next(q for q in quotes if q["text"].startswith("Medien"))
    assert medien["speaker"]["text"] == "Medien"


KYRITSIS = (  # row 378
    "Nach Ansicht Athens war der Versuch, die Grenze zu überqueren, organisiert. Wir haben in "
    "unseren Händen Flugblätter, die zeigen, dass der Exodus eine organisierte Aktion war, "
    "erklärte am späten Montagabend der Sprecher des Krisenstabes für die Flüchtlingskrise, "
    "Giorgos Kyritsis, in Athen."
)


def test_the_subject_after_a_time_phrase_speaks(analyse):
    _, quotes, entities = analyse(KYRITSIS)
    names = {e["id"]: e["name"] for e in entities}
    quote = next(q for q in quotes if q["text"].startswith("Wir haben"))
    assert "Sprecher des Krisenstabes" in quote["speaker"]["text"]
    assert names.get(quote["speaker"].get("entity")) != "Athen"


def test_a_fronted_object_of_a_rejection_does_not_speak(nlp):
    doc = nlp("Rabmer-Kollers Blockade-Vorwurf weist die Ärztekammer zurück.")  # row 401
    speaker = reported_speaker(doc, next(iter(doc.sents)))
    assert [doc[i].text for i in speaker] == ["die", "Ärztekammer"]


def test_a_fronted_speaker_keeps_the_object_after_the_verb(nlp):
    doc = nlp("Die Rechtsanwälte der Beklagten wiesen die Vorwürfe zurück.")  # dev3, row 664
    speaker = reported_speaker(doc, next(iter(doc.sents)))
    assert [doc[i].text for i in speaker] == ["Die", "Rechtsanwälte", "der", "Beklagten"]


def test_a_doubled_full_stop_ends_its_sentence(nlp):
    doc = nlp(  # row 413
        "Grün-Landesrat Rudi Anschober plädierte für Schwarz-Rot-Grün.. Pühringer ließ keinen "
        "Zweifel daran, dass er mehrere Modelle einer breiten Zusammenarbeit auslote."
    )
    assert [s.text.split()[0] for s in doc.sents] == ["Grün-Landesrat", "Pühringer"]


def test_the_count_in_thousands_ends_its_sentence(nlp):
    doc = nlp(  # row 378
        "Medien schätzten ihre Zahl auf zwischen 700 und 2.000. Tsipras appellierte am Dienstag "
        "an die Flüchtlinge, der griechischen Regierung zu vertrauen."
    )
    assert [s.text.split()[0] for s in doc.sents] == ["Medien", "Tsipras"]


HEADLINE = (  # row 413, headline and the body's first sentences
    'Pühringer über Sympathiebekundung "wenig erfreut", Haimbuchner nach Sondierungsgespräch '
    '"positiv gestimmt". Linz – Der ÖVP-Koalitionsverhandler und Wirtschaftslandesrat Michael '
    "Strugl ist noch vor Beginn der Sondierungsgespräche in Oberösterreich vorgeprescht. "
    "Landeshauptmann Josef Pühringer traf FPÖ-Chef Manfred Haimbuchner."
)


@pytest.mark.parametrize(
    ("opening", "speaker"), [("Pühringer", "Pühringer"), ("Haimbuchner", "Haimbuchner")]
)
def test_a_verbless_headline_with_a_feeling_is_a_statement(analyse, opening, speaker):
    _, quotes, _ = analyse(HEADLINE)
    quote = next(q for q in quotes if q["text"].startswith(opening + " "))
    assert quote["type"] == "Reported"
    assert quote["speaker"]["text"] == speaker


def test_a_headline_of_events_says_nothing(analyse):
    text = (  # row 374
        "24 Verletzte bei Angriff auf Armeeposten – Ein Soldat durch Mine getötet. Istanbul- Der "
        "Konflikt zwischen der türkischen Regierung und der kurdischen Minderheit verschärft "
        "sich weiter."
    )
    _, quotes, _ = analyse(text)
    assert not any(q["text"].startswith(("24 Verletzte", "Ein Soldat")) for q in quotes)


ENTHOLZER = (  # row 413
    "Zum Inhalt machten beide keine Angaben. Allerdings ist Entholzer davon überzeugt, dass es "
    "nicht leicht werden wird, mit der ÖVP übereinzukommen. Das habe sich nach einem ersten "
    "Abtasten bereits gezeigt."
)


@pytest.mark.parametrize("opening", ["dass es nicht leicht", "Das habe sich"])
def test_a_conviction_after_the_copula_frames_its_dass_clause(analyse, opening):
    _, quotes, _ = analyse(ENTHOLZER)
    quote = next(q for q in quotes if q["text"].startswith(opening))
    assert quote["speaker"]["text"] == "Entholzer"


def test_an_impersonal_certainty_frames_nothing(nlp):
    doc = nlp("Es ist sicher, dass die Reform im Herbst kommt.")
    assert that_clause_cues(next(iter(doc.sents)), set()) == []
