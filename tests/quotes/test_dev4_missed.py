"""Statements the dev4 split of gold/speakers showed missed (issue 12, task d4miss): speech acts
of a verb with a phrase („hat sich hinter den Regierungschef gestellt“, „unterscheidet …
zwischen“, „rät … davon ab“), speech acts named by a noun whose speaker stands in a „von“ /
„bei“ phrase („Kritik … kam … von den Grünen“), and Direct words in a text without quotation
marks: after a colon that closes a postposed frame, between two statements of one speaker,
first-person words after a sentence that tells of a person who is not its first phrase, and
first-person words after a colon frame that names their speaker.

Excerpts of the dev4 texts of gold/speakers (10kGNAD rows 250, 264, 267, 757, 785) and one
sentence of the Wikinews dev split, run through the committed base pipeline (fixtures ``nlp``
and ``analyse``).
"""

from __future__ import annotations

import pytest

from zitate.quotes.reported import speech_act

FILIS = (  # row 264
    "Nikos  Filis, ein hartgesottener Linker und der Sprecher der Parlamentsgruppe,  hat sich "
    "hinter den Regierungschef gestellt."
)
FUCHS = (  # row 757
    "Generell unterscheidet Fuchs zwischen kommerziellen Sicherheitsunternehmen, "
    "Vereinsgründungen, die aus der Bevölkerung kommen oder politisch angestoßen sein können und "
    "Initiativen, die durch staatliche Seite gefördert werden."
)
POLIZEI = "Die Polizei rät Bürgerwehren davon ab, sich zu bewaffnen."  # row 757
AUSNAHMEZUSTAND = (  # Wikinews dev, „Thailand: Trotz Verhängung des Ausnahmezustandes …“
    "Der Ausnahmezustand untersagt Versammlungen von mehr als fünf Personen und schränkt auch die "
    "Freiheit der Berichterstattung durch die Medien ein."
)


@pytest.mark.parametrize("text", [FILIS, FUCHS, POLIZEI])
def test_a_verb_with_its_phrase_is_a_speech_act(nlp, text):
    doc = nlp(text)
    assert speech_act(next(iter(doc.sents)))


def test_an_authoritys_prohibition_is_no_statement(nlp):
    doc = nlp(AUSNAHMEZUSTAND)
    assert speech_act(next(iter(doc.sents))) == []


SCHELLING = (  # row 250
    "Wien – Die von Finanzminister Hans Jörg Schelling (ÖVP) erhobene Forderung nach Kürzung des "
    "Arbeitslosengelde stößt bei SPÖ-Bundesgeschäftsführer Gerhard Schmid auf entschiedene "
    "Ablehnung. Es handelt sich hier um einen massiven Angriff auf Arbeitnehmer und unser "
    "Sozialsystem, sagte Schmid am Samstag in einer Aussendung. Der SPÖ-Bundesgeschäftsführer "
    "rief die ÖVP dazu auf, die Arbeitslosigkeit zu bekämpfen, und nicht die Arbeitslosen. Herbe "
    "Kritik an Schelling kam am Samstag auch von den Grünen."
)
BAN = (  # row 267
    "Die Fremden brächten benötigte Fähigkeiten und Energien in ihre neue Gesellschaft ein, "
    "sagte UN-Generalsekretär Ban Ki-moon. Lob gab es vom UN-Generalsekretär für die Ankündigung "
    "der österreichischen Regierung zur Erhöhung der Entwicklungshilfe."
)


@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (SCHELLING, "stößt", "SPÖ-Bundesgeschäftsführer Gerhard Schmid"),
        (SCHELLING, "Herbe", "den Grünen"),
        (BAN, "Lob", "UN-Generalsekretär"),
    ],
)
def test_the_von_or_bei_phrase_of_a_speech_noun_speaks(analyse, text, opening, speaker):
    _, quotes, _ = analyse(text)
    quote = next(q for q in quotes if q["text"].startswith(opening))
    assert quote["type"] == "Reported"
    assert quote["speaker"]["text"] == speaker


GOLOB = (  # row 757
    "Die Polizei beobachtet die Entwicklungen mit kritischem Blick: Dass irgendjemand "
    "paramilitärisch herumgeht, davon halten wir sehr wenig, sagt Hans Golob von der Polizei "
    "Wien: Die Polizei ist dafür da, um im gesetzlichen Rahmen einzuschreiten. Selbstbewaffnung "
    "sieht Golob kritisch. Es steht zwar jedem frei, sich nach den Vorschriften des "
    "Waffengesetzes auszurüsten. Im Konfliktfall halten wir jedoch sehr wenig von dieser "
    "Bewaffnung, sagt er. Polizeibeamte trainieren den richtigen Umgang, auch mit "
    "Pfeffersprays. Besser für Unausgebildete wäre etwa ein Taschenalarm. Solidarisches "
    "Verhalten unterstütze die Polizei aber."
)


@pytest.mark.parametrize(
    "opening",
    [
        "Die Polizei ist dafür da",  # after the colon of „…, sagt Hans Golob …:“
        "Polizeibeamte trainieren",  # between „…, sagt er.“ and the Konjunktiv I after
        "Besser für Unausgebildete",  # a weighing in Konjunktiv II there
    ],
)
def test_the_experts_unmarked_words_around_his_frames_are_his(analyse, opening):
    _, quotes, entities = analyse(GOLOB)
    names = {e["id"]: e["name"] for e in entities}
    quote = next(q for q in quotes if q["text"].startswith(opening))
    assert quote["type"] == "Direct"
    assert names[quote["speaker"]["entity"]] == "Hans Golob"


STUMPF = (  # row 785
    "Wien – Zwischen Michael Stumpf und Heinz-Christian Strache passt kein Blatt Papier. Für die "
    "Freiheitlichen hat sich Stumpf als 16-Jähriger entschieden. Das war knapp vor der Wien-Wahl "
    "2005, als er das erste Mal wählen durfte. Die erste Begegnung mit seinem großen politischen "
    "Vorbild Strache am Rochusmarkt in seinem Heimatbezirk Landstraße hat ihn überzeugt. Ich habe "
    "ihn nur vom Fernsehen gekannt. Er ist ohne Berührungsängste zu mir gekommen, hat mich gleich "
    "angesprochen, wollte wissen, was ich so mache. Das hat mir imponiert. Am Rochusmarkt fährt "
    "auch der Bus 74A vorbei. Die Strecke durch den Dritten hat sich Bezirksrat Stumpf für das "
    "Gespräch mit dem STANDARD ausgesucht. Ich bin im Bezirk in der Rudolfstiftung geboren, war "
    "hier in der Schule, habe die Handelsschule absolviert. Ich lebe hier, meine Familie lebt "
    "hier. Ich liebe den Dritten."
)


@pytest.mark.parametrize(
    "opening",
    ["Ich habe ihn", "Das hat mir", "Ich bin im Bezirk", "Ich lebe hier", "Ich liebe"],
)
def test_first_person_words_after_the_portrayed_person_are_his(analyse, opening):
    _, quotes, entities = analyse(STUMPF)
    names = {e["id"]: e["name"] for e in entities}
    quote = next(q for q in quotes if q["text"].startswith(opening))
    assert quote["type"] == "Direct"
    assert names[quote["speaker"]["entity"]] == "Michael Stumpf"


def test_the_bus_sentence_between_is_nobodys(analyse):
    _, quotes, _ = analyse(STUMPF)
    assert not any("Bus 74A" in q["text"] for q in quotes)


TECHIE = (  # row 264
    "Der frühere  Zentralbankgouverneur Papademos hatte im Krisenjahr 2012 als nicht gewählter "
    "Technokrat für mehrere Monate die Regierungsgeschäfte  übernommen. Der Mann, der nicht "
    "Papademos sein wollte, aber es geschafft hat, es  doch zu werden, überschrieb nun Techie "
    "Chan, ein viel gelesener  griechischer Blogger, seinen jüngsten Eintrag: Nun wissen wir, "
    "dass  eine Regierung versucht hat, innerhalb der Eurozone gegen das  Sparmemorandum zu "
    "sein, und gescheitert ist."
)


def test_first_person_words_after_a_colon_frame_are_the_framed_persons(analyse):
    _, quotes, entities = analyse(TECHIE)
    names = {e["id"]: e["name"] for e in entities}
    quote = next(q for q in quotes if q["text"].startswith("Nun wissen wir"))
    assert names[quote["speaker"]["entity"]] == "Techie Chan"


MOEDLHAMMER = (  # row 360
    "Gemeindebundpräsident Helmut Mödlhammer (ÖVP) sagte am Sonntag in den Salzburger "
    "Nachrichten: Der Bund nimmt den Schulen ein weiteres Stück Autonomie. Der VKI hat gegen "
    "aggressive Werbung der Raiffeisen Niederösterreich geklagt und einen Vergleich erzielt. Die "
    "Bank hat sich dazu bereiterklärt, ihre Praktiken zu unterlassen. Mödlhammer ist "
    "Bürgermeister von Hallwang in Salzburg."
)


def test_a_sentence_about_a_named_person_continues_no_ones_words(analyse):
    _, quotes, _ = analyse(MOEDLHAMMER)
    assert any(q["text"].startswith("ihre Praktiken") for q in quotes)  # „bereiterklärt“
    assert not any(q["text"].startswith("Mödlhammer ist") for q in quotes)
