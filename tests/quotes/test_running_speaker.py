"""The speaker of a Konjunktiv continuation is the running speaker, not a noun of what is said.

A main clause in Konjunktiv I without a speech cue of its own goes on with the reported words of
the statement before it: its subject is content („Oft seien Fragen … sehr belastend, wenn …“,
„Eine Abnahme habe es … gegeben: …“), and so is a noun inside the previous statement's words
(„…, der sich die Gesellschaft … gestellt habe, sagte … Precht. Auch in Zukunft würden …“). One
sentence of the writer's in between does not end the reported speech, and the umlauted
Konjunktiv II „bräuchten“ continues it as „brauchten“ would; „heraus“ that closes „aus der
Schweiz heraus“ is no cue („stellte heraus“) that would start a statement of its own. All texts
are real: the 10kGNAD test CSV (rows 126 and 609, dev2 gold documents), the teaser of the
Deutschlandfunk page (dev), the FAZ and the NZZ pages (dev, ``fundus__de__FAZ_2024_04_17.gold.txt``,
``fundus__ch__NZZ_2024_07_18.gold.txt``).
"""

from __future__ import annotations

import pytest

from zitate.bench.speakers import analyse_text
from zitate.quotes.pipeline import attribution_pipeline

CONTINUING = ("FreeIndirect", "IndirectFreeIndirect")

PRECHT = (
    "Die Digitalisierung der Arbeitswelt werde Millionen Arbeitsplätze kosten, auch in "
    "Deutschland. Eine Herausforderung, der sich die Gesellschaft noch nicht einmal ansatzweise "
    "gestellt habe, sagte der Publizist und Philosoph Richard David Precht im DLF. Auch in "
    "Zukunft würden Menschen noch arbeiten, aber vielleicht nicht mehr für Geld."
)
DEUTSCH = (
    "465 Fälle (plus 82 Prozent) wurden dem Forum gegen Antisemitismus 2015 gemeldet – Starke "
    "Zunahme von Drohungen, weniger tätliche Übergriffe. Wien – Eine Zunahme von Vorfällen mit "
    "islamistischem Hintergrund zeigt der "
    "Antisemitismusbericht für das Jahr 2015. Aber auch allgemein würden sich Drohungen und "
    "Beleidigungen häufen, sagte Oskar Deutsch, Präsident der Israelitischen Kultusgemeinde Wien, "
    "am Mittwoch bei einem Pressegespräch. Er forderte eine weltweite Definition von "
    "Antisemitismus sowie Integrationsmaßnahmen von Migranten in Österreich. Erstellt wurde der "
    "Bericht vom Forum gegen Antisemitismus (FgA), das seit der Einstellung des "
    "Rechtsextremismusberichts des Innenministeriums im Jahr 2002 Daten und Berichte sammelt. Wir "
    "sind eine Anlaufstelle für Personen, die antisemitische Vorfälle melden möchten, sagte Amber "
    "Weinber vom Forum. Zudem biete man Hilfe bei der Suche nach psychologischer Betreuung und "
    "juristischer Hilfe an. Deutsch betonte, dass die Organisation von der IKG unabhängig sei, "
    "Meldungen an die Kultusgemeinde würden aber weitergeleitet. Insgesamt wurden 465 Fälle dem "
    "Forum gegen Antisemitismus im Jahr 2015 gemeldet, was einer Zunahme von 82 Prozent gegenüber "
    "dem Jahr davor mit 255 entspricht. 2013 seien es nur 137 gewesen, bedauerte Deutsch die "
    "Entwicklung, was natürlich ein Wahnsinn ist. Vor allem im Internet hätten sich Beleidigungen "
    "und Drohungen gehäuft. Eine Abnahme habe es lediglich bei tätlichen Übergriffen gegeben: "
    "Waren es 2014 noch neun, seien es im vergangenen Jahr nur mehr zwei gewesen."
)
PREITLER = (
    "Man könne davon ausgehen, dass jedes Kind, das aus einem Kriegsgebiet geflüchtet ist, "
    "seelische Verletzungen davongetragen habe, sagte die Psychotherapeutin zum STANDARD. Wie "
    "alle traumatisierten Menschen hätten auch Kinder ein hohes Ruhebedürfnis und würden viel "
    "Sicherheit brauchen. Die Schule sei der ideale Rahmen, da hier Strukturen klar vorgegeben "
    "würden. Trotzdem bräuchten Lehrer eine Art Basisschulung darin, was Pädagogen im Umgang mit "
    "traumatisierten Schülern vermeiden und was sie fördern sollen. So sollten sie etwa nicht zu "
    "eindringliche Fragen zur Lebensgeschichte stellen. Die Kinder dürfen erzählen, aber sie "
    "müssen nicht. Oft seien Fragen nach dem genauen Heimatort oder nach den Eltern sehr "
    "belastend, wenn damit Kriegserlebnisse verbunden werden oder ein Elternteil im Krieg "
    "gestorben ist."
)
HAENNI = (
    "Hänni hält das politisch gewollte „Laissez-faire“ der Schweiz gegenüber den zahlreichen "
    "russischen Spionen für falsch und rät zu einem Kurswechsel. Dass russische Agenten aus der "
    "Schweiz heraus Anschläge vorbereiteten, werfe sicherheitspolitische Fragen auf und schade "
    "dem Ruf des Landes im westlichen Ausland. Die Passivität der Regierung gefährde zudem die "
    "Sicherheit der in der Schweiz lebenden Kritiker des russischen Regimes, die der Kreml von "
    "Genf aus elektronisch und mittels Agenten überwachen lasse."
)
MILLER = (
    "Der amerikanische Aussenminister Antony Blinken hat zu einer diplomatischen Lösung des "
    "Konflikts zwischen Israel und der libanesischen Hizbullah-Miliz aufgerufen. Bei einem "
    "Treffen mit dem israelischen Sicherheitsberater Tzachi Hanegbi und dem israelischen Minister "
    "für strategische Angelegenheiten, Ron Dermer, habe Blinken mit seinen Gesprächspartnern "
    "betont, dass es wichtig sei, eine weitere Eskalation entlang der israelisch-libanesischen "
    "Grenze zu vermeiden, sagte der Sprecher des US-Aussenministeriums, Matthew Miller.\n\n"
    "Eine diplomatische Lösung werde es sowohl israelischen als auch libanesischen Familien "
    "ermöglichen, in ihre Häuser zurückzukehren."
)


@pytest.fixture(scope="module")
def nlp():
    return attribution_pipeline()


def holder(nlp, text: str, sentence: str) -> dict:
    """The quotation whose words hold ``sentence``'s first words, from the record that
    ``zitate extract file.txt`` gives for ``text``."""
    record = analyse_text(text, "article.txt", nlp)
    start = record["article"]["text"].index(sentence)
    for quote in record["quotes"]:
        if any(a <= start < b for a, b in quote["spans"]):
            return quote
    raise AssertionError(f"no quotation holds {sentence!r}: {record['quotes']}")


@pytest.mark.parametrize(
    ("text", "sentence", "speaker", "content"),
    [
        (PRECHT, "Auch in Zukunft würden", "Precht", "Gesellschaft"),
        (DEUTSCH, "Eine Abnahme habe es", "Deutsch", "Abnahme"),
        (PREITLER, "Oft seien Fragen", "Psychotherapeutin", "Fragen"),
        (PREITLER, "Trotzdem bräuchten Lehrer", "Psychotherapeutin", "Lehrer"),
        (HAENNI, "Dass russische Agenten", "Hänni", "Schweiz"),
        (HAENNI, "Die Passivität der Regierung", "Hänni", "Regierung"),
    ],
)
def test_a_konjunktiv_continuation_keeps_the_running_speaker(nlp, text, sentence, speaker, content):
    record = holder(nlp, text, sentence)
    assert record["type"] in CONTINUING
    assert record["cue"] is None
    assert speaker in record["speaker"]["text"]
    assert content not in record["speaker"]["text"]


def test_a_speaker_after_a_verb_of_saying_inside_the_words_stays_a_speaker(nlp):
    """„…, sagte der Sprecher des US-Aussenministeriums, Matthew Miller.“ inside the quotation
    that ran over its frame: the ranker may still name him as the continuation's speaker."""
    record = holder(nlp, MILLER, "Eine diplomatische Lösung")
    assert record["type"] in CONTINUING
    assert record["speaker"] is not None and "Miller" in record["speaker"]["text"]
