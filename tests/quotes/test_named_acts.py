"""Reported statements inside a running indirect passage and subjects with a joined addition
(issue 12, branch spko). Real sentences of the shared pages (``shared/data/html``: NZZ
2024-07-18 live ticker, neues-deutschland „Mietenstreik“) and of a 10kGNAD test article
(``corpora/10kgnad-test.csv.gz``, row 609)."""

from __future__ import annotations

# NZZ 2024-07-18: the spokesman's words run on in Konjunktiv; the last sentence's speech act
# names its own speaker.
BLINKEN = (
    "Der amerikanische Aussenminister Antony Blinken hat zu einer diplomatischen Lösung des "
    "Konflikts zwischen Israel und der libanesischen Hizbullah-Miliz aufgerufen. Bei einem "
    "Treffen mit dem israelischen Sicherheitsberater Tzachi Hanegbi und dem israelischen "
    "Minister für strategische Angelegenheiten, Ron Dermer, habe Blinken mit seinen "
    "Gesprächspartnern betont, dass es wichtig sei, eine weitere Eskalation entlang der "
    "israelisch-libanesischen Grenze zu vermeiden, sagte der Sprecher des "
    "US-Aussenministeriums, Matthew Miller. Eine diplomatische Lösung werde es sowohl "
    "israelischen als auch libanesischen Familien ermöglichen, in ihre Häuser zurückzukehren. "
    "Zugleich habe Blinken das unbedingte Engagement der Vereinigten Staaten für die "
    "Sicherheit Israels unterstrichen."
)
# neues-deutschland „Mietenstreik“: two subjects and an addition after a comma before the verb.
AKTIVISTEN = (
    "Linke Aktivisten und einzelne Mieterinitiativen aus Chicago, aber auch in anderen Orten "
    "in den USA rufen bereits zum Mietenstreik auf und fordern Schutz für Mieter."
)

# 10kGNAD row 609: the speech act after a comma frames the reported words before it.
DEUTSCH = (
    "Deutsch betonte, dass die Organisation von der IKG unabhängig sei, Meldungen an die "
    "Kultusgemeinde würden aber weitergeleitet. Insgesamt wurden 465 Fälle dem Forum gegen "
    "Antisemitismus im Jahr 2015 gemeldet, was einer Zunahme von 82 Prozent gegenüber dem Jahr "
    "davor mit 255 entspricht. 2013 seien es nur 137 gewesen, bedauerte Deutsch die "
    "Entwicklung, was natürlich ein Wahnsinn ist."
)


def test_named_speech_act_inside_a_passage_is_its_own_statement(analyse):
    _, quotes, _ = analyse(BLINKEN)
    [own] = [q for q in quotes if q["text"].startswith("das unbedingte Engagement")]
    assert own["type"] == "Reported"
    assert own["speaker"]["text"] == "Blinken"
    assert "unterstrichen" in own["cue"]["text"]
    # the sentence itself stays the spokesman's words, a quotation of its own in his passage
    [passage] = [q for q in quotes if q["text"].startswith("Zugleich habe Blinken")]
    assert passage["type"] in ("FreeIndirect", "IndirectFreeIndirect")
    assert passage["speaker"]["text"] == "Matthew Miller"


def test_subjects_with_a_joined_addition_speak(analyse):
    _, quotes, _ = analyse(AKTIVISTEN)
    [call] = [q for q in quotes if q["type"] == "Reported"]
    assert call["speaker"]["text"].startswith("Linke Aktivisten und einzelne Mieterinitiativen")


def test_a_frame_after_the_reported_words_is_no_statement_of_its_own(analyse):
    _, quotes, _ = analyse(DEUTSCH)
    assert not [q for q in quotes if q["text"] == "die Entwicklung"]
