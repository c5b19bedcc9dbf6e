"""Statements the dev4 split of gold/speakers still missed or gave to the wrong speaker (issue
12, task d4b): a frame whose comma opens the next item of a list, not a message („sagte er …
vor den Abgeordneten, Regierungsmitgliedern und Bundespräsident Heinz Fischer“); a negated
judgement under „können“ whose subject „man“ speaks for the institution of the fronted „in“
phrase („Im Unterrichtsministerium kann man diese Kritik nicht nachvollziehen“), whose
spokeswoman then speaks for it; a frame in the pluperfect after the words („Er werde kein
zweiter Lukas Papademos, hatte Tsipras … geschworen“), also with an apposition between the
auxiliary and the participle („hatte Panos Kammenos, der … Verteidigungsminister, …
getwittert“).

Excerpts of the dev4 texts of gold/speakers (10kGNAD rows 264, 267, 360) and of the dev page
``fundus__at__ORF_2024_11_22`` (a „dass“ clause whose verb the tagger missed stays a message),
run through the committed base pipeline (fixture ``analyse``).
"""

from __future__ import annotations

BAN = (  # row 267
    "Ban lobte die großen Anstrengungen der österreichischen Bevölkerung und der Regierung in "
    "der Flüchtlingskrise. Jedoch bin ich über die Fremdenfeindlichkeit, die inner- und "
    "außerhalb Österreichs zunimmt, höchst beunruhigt, sagte er in seiner Rede vor den "
    "Abgeordneten, Regierungsmitgliedern und Bundespräsident Heinz Fischer."
)


def test_a_list_after_the_frames_comma_is_no_message(analyse):
    _, quotes, _ = analyse(BAN)
    assert not any(q["text"].startswith("Regierungsmitgliedern") for q in quotes)
    quote = next(q for q in quotes if q["text"].startswith("Jedoch bin ich"))
    assert quote["speaker"]["text"] == "er"


GAETZ = (  # fundus__at__ORF_2024_11_22 (dev)
    "Im Fall von Gaetz war zudem kritisiert worden, dass er keine juristische Expertise und "
    "nicht genug Erfahrung für das Amt mitbringe. Bondi dagegen sei rund 20 Jahre lang "
    "Staatsanwältin gewesen, betonte Trump nun."
)


def test_a_dass_clause_is_a_message_even_without_a_tagged_verb(analyse):
    _, quotes, _ = analyse(GAETZ)
    assert any(q["text"].startswith("dass er keine juristische Expertise") for q in quotes)


MINISTERIUM = (  # row 360
    "Gemeindebundpräsident Helmut Mödlhammer (ÖVP) sagte am Sonntag in den Salzburger "
    "Nachrichten: Der Bund nimmt den Schulen ein weiteres Stück Autonomie. Der Schulleitung "
    "würde damit die Fähigkeit abgesprochen, sorgsam mit Werbung und Sponsoring umgehen zu "
    "können. Im Unterrichtsministerium kann man diese Kritik nicht nachvollziehen. Es ist "
    "weiterhin die Entscheidung des Direktors, welche Werbung an der Schule stattfindet. Die "
    "Schulleiter müssen das verantworten, sagt eine Sprecherin zum STANDARD. Im Schreiben habe "
    "man lediglich die neuesten Urteile zum Thema ergänzt, Werbung zu schulfremden Zwecken sei "
    "weiter zulässig."
)


def test_man_after_a_fronted_institution_speaks_for_it(analyse):
    _, quotes, entities = analyse(MINISTERIUM)
    names = {e["id"]: e["name"] for e in entities}
    quote = next(q for q in quotes if q["text"].startswith("Im Unterrichtsministerium"))
    assert quote["type"] == "Reported"
    assert names[quote["speaker"]["entity"]] == "Unterrichtsministerium"
    for opening in ("Die Schulleiter müssen", "Im Schreiben habe man"):
        quote = next(q for q in quotes if q["text"].startswith(opening))
        assert names[quote["speaker"]["entity"]] == "Unterrichtsministerium"


TSIPRAS = (  # row 264
    "Vor die Fraktion will Tsipras am Dienstagmorgen treten. Er werde kein zweiter Lukas "
    "Papademos, hatte Tsipras noch vergangene  Woche seinen Parteifreunden geschworen, als er "
    "sie mit dem Sparplan  schockierte, den er nach Brüssel mitnahm."
)
KAMMENOS = (  # row 264
    "Sie wollen unsere  Zerstörung, hatte Panos Kammenos, der rechtspopulistische  "
    "Verteidigungsminister, in der Nacht der Verhandlungen getwittert. Ob ihm  bei Tageslicht "
    "Freundlicheres zu den EU-Partnern einfällt, ist nicht mehr sicher."
)


def test_a_pluperfect_frame_after_the_words_names_their_speaker(analyse):
    _, quotes, entities = analyse(TSIPRAS)
    names = {e["id"]: e["name"] for e in entities}
    quote = next(q for q in quotes if q["text"].startswith("Er werde kein zweiter"))
    assert quote["type"] == "Indirect"
    assert quote["speaker"]["text"] == "Tsipras"
    assert names[quote["speaker"]["entity"]] == "Tsipras"
    assert not any(q["text"].startswith("hatte Tsipras") for q in quotes)


def test_the_subject_of_a_pluperfect_frame_keeps_its_apposition(analyse):
    _, quotes, entities = analyse(KAMMENOS)
    names = {e["id"]: e["name"] for e in entities}
    quote = next(q for q in quotes if q["text"].startswith("Sie wollen unsere"))
    assert names[quote["speaker"]["entity"]] == "Panos Kammenos"
