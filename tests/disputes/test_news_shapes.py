"""Issue 17: denials in the shapes real news articles give them — written by hand for these
tests (no copies of any article): a party leader rejecting accusations made about her, an
ambassador calling a Security Council statement false, a court contradicting a donor, a state
calling a seizure a breach of international law, and a ministry calling reports baseless in the
lead before the report is told. Each runs through ingest (headline and paragraphs), the committed
pipeline and the shipped models."""

from __future__ import annotations

import pytest

from zitate.disputes import find_relations
from zitate.ingest.text import article_from_text


@pytest.fixture(scope="module")
def links(analyse):
    """Text -> [(type, source words, target words)] of the relations of its article."""

    def run(text: str):
        article = article_from_text(text, "test")
        doc, quotes, entities = analyse(article.text)
        words = {q["id"]: q["text"] for q in quotes}
        relations = find_relations(doc, quotes, entities, article.paragraphs)
        return [(r["type"], words[r["source"]], words[r["target"]]) for r in relations]

    return run


PARTY_LEADER = (
    "Spendenaffäre: Landesvorsitzende unter Druck\n\n"
    "Die Staatsanwaltschaft prüft Vorwürfe gegen die Landesvorsitzende der Partei, Sabine "
    "Krämer. Mehrere frühere Mitarbeiter werfen ihr vor, Spenden von Unternehmen nicht "
    'ordnungsgemäß verbucht zu haben. Nach Angaben des "Tagesanzeigers" soll es um insgesamt '
    "120.000 Euro gehen.\n\n"
    'Krämer wies die Anschuldigungen am Dienstag entschieden zurück. "Das ist eine Kampagne, '
    'die mit der Wahrheit nichts zu tun hat", sagte sie bei einer Pressekonferenz in Mainz. '
    "Alle Spenden seien korrekt in den Rechenschaftsberichten aufgeführt worden.\n\n"
    "Der Generalsekretär der Partei stellte sich hinter die Vorsitzende. Man werde die "
    "Vorwürfe aber intern prüfen lassen, sagte er."
)


def test_party_leader_rejects_the_accusations_made_about_her(links):
    found = links(PARTY_LEADER)
    rejection = [t for _, s, t in found if s.startswith("Krämer wies die Anschuldigungen")]
    # „die Anschuldigungen“ (plural, by its stem) name what the former staff „werfen ihr vor“
    assert rejection and all("nicht ordnungsgemäß verbucht" in t for t in rejection)
    # her next sentences go on with the denial
    assert any(s.startswith("Alle Spenden seien korrekt") for _, s, _ in found)


AMBASSADOR = (
    "Sicherheitsrat verurteilt Angriffe im Grenzgebiet\n\n"
    "Der UN-Sicherheitsrat hat die Angriffe auf Dörfer im Grenzgebiet in einer gemeinsamen "
    "Erklärung verurteilt. Die Armee habe gezielt zivile Einrichtungen beschossen, heißt es "
    "darin. Mindestens 40 Menschen sollen ums Leben gekommen sein.\n\n"
    "Der Botschafter des Landes bei den Vereinten Nationen bezeichnete die Erklärung als "
    "einseitig und falsch. Die Streitkräfte hätten ausschließlich militärische Stellungen von "
    "Rebellen angegriffen, sagte er in New York.\n\n"
    "Die Lage in der Region gilt seit Monaten als angespannt. Hilfsorganisationen berichten "
    "von Tausenden Flüchtlingen."
)


def test_ambassador_calls_the_council_statement_false(links):
    found = links(AMBASSADOR)
    council = ("Erklärung verurteilt", "zivile Einrichtungen", "40 Menschen")
    calls = [t for _, s, t in found if s.startswith("Der Botschafter des Landes")]
    assert calls and all(any(w in t for w in council) for t in calls)
    # „…, sagte er“ right after the denial goes on with it
    goes_on = [t for _, s, t in found if s.startswith("Die Streitkräfte hätten")]
    assert goes_on and all(any(w in t for w in council) for t in goes_on)


COURT = (
    "Streit um Millionenspende vor Gericht\n\n"
    "Der Unternehmer Hans Albrecht hatte im Frühjahr behauptet, die Stadt habe ihm als "
    "Gegenleistung für seine Spende von drei Millionen Euro ein Baugrundstück zugesagt. Die "
    "Stadt bestreitet das. Am Freitag hat nun das Landgericht entschieden.\n\n"
    "Das Gericht sah keine Belege für eine solche Zusage. Aus den vorgelegten Schreiben ergebe "
    "sich lediglich eine unverbindliche Absichtserklärung, sagte die Vorsitzende Richterin. "
    "Albrechts Klage wurde abgewiesen. Der Anwalt des Unternehmers kündigte an, in Berufung "
    "zu gehen."
)


def test_court_contradicts_the_donor(links):
    found = links(COURT)
    court = [t for _, s, t in found if s.startswith("Das Gericht sah keine Belege")]
    # „eine solche Zusage“ points back at what the donor said was „zugesagt“
    assert court and all("Baugrundstück zugesagt" in t for t in court)


SEIZURE = (
    "Küstenwache setzt Tanker fest\n\n"
    "Die Küstenwache hat im Nordatlantik einen Öltanker unter fremder Flagge festgesetzt. Das "
    "Schiff wurde nach Angaben des Kommandos wegen Verstößen gegen Sanktionen durchsucht und "
    "in einen Hafen geleitet. An der Operation waren auch Aufklärungsflugzeuge beteiligt. "
    "Russland sprach von einem Verstoß gegen das Völkerrecht.\n\n"
    "Der Tanker hatte in den vergangenen Jahren mehrfach seinen Namen gewechselt."
)


def test_a_state_speaks_of_a_breach_of_international_law(links):
    found = links(SEIZURE)
    breach = [(k, t) for k, s, t in found if s.startswith("Russland sprach von einem Verstoß")]
    # the account just before, in the same paragraph, though a sentence lies between
    assert breach and all(
        k == "contradicts" and "Verstößen gegen Sanktionen" in t for k, t in breach
    )


LEAD = (
    "Ministerium: Berichte über Kranken Minister grundlos\n\n"
    "Das Gesundheitsministerium hat Spekulationen über eine Erkrankung des Staatschefs "
    "zurückgewiesen. „Grundlose Berichte über unser Land haben zuletzt unnötige Verwirrung "
    "gestiftet“, hieß es in einer Erklärung des Ministeriums. Der Staatschef werde in der "
    "kommenden Woche wieder öffentlich auftreten.\n\n"
    "Der Staatschef war seit drei Wochen nicht mehr gesehen worden. Zu einem Staatsbesuch "
    "erschien an seiner Stelle der Außenminister.\n\n"
    "Der Sender CNN hatte am Montag berichtet, der Staatschef habe sich einer schweren "
    "Herzoperation unterziehen müssen."
)


def test_reports_called_baseless_in_the_lead_answer_the_report_told_later(links):
    found = links(LEAD)
    baseless = [t for _, s, t in found if s.startswith("„Grundlose Berichte")]
    # „Berichte“ of what CNN „berichtet“ further down; „in einer Erklärung“ is the ministry's
    # own medium, no claim it answers
    assert baseless and all("Herzoperation" in t for t in baseless)


DEMENTI = (
    "Kreml dementiert Rücktrittsgerüchte\n\n"
    "Der Kreml hat Berichte dementiert, wonach der Verteidigungsminister vor dem Rücktritt "
    "stehe. Das sei frei erfunden, sagte ein Sprecher am Dienstag in Moskau. Die Zeitung "
    "„Kommersant“ hatte unter Berufung auf Regierungskreise berichtet, der Minister habe "
    "bereits ein Rücktrittsgesuch eingereicht."
)


def test_a_pointer_takes_the_reports_its_lead_sentence_names(links):
    found = links(DEMENTI)
    invented = [t for _, s, t in found if s.startswith("Das sei frei erfunden")]
    # „Das“ is what the sentence before denies: „Berichte“ — the newspaper „hatte berichtet“
    assert invented and all("Rücktrittsgesuch" in t for t in invented)


DATA_LEAK = (
    "Datenleck bei Autozulieferer\n\n"
    "Beim Autozulieferer Kramer sind Tausende Kundendaten ins Netz gelangt. Ein Sprecher des "
    "Unternehmens sagte, man habe die zuständigen Behörden sofort informiert und Anzeige "
    "erstattet. Die Kunden müssten sich keine Sorgen machen.\n\n"
    "Der Vorfall sei schwerwiegend, sagte ein Experte der Verbraucherzentrale. Die "
    "Datenschutzbehörde des Landes erklärte am Mittwoch, dass sie über den Vorfall bislang "
    "nicht informiert worden sei."
)


def test_not_informed_contradicts_having_informed_the_authorities(links):
    found = links(DATA_LEAK)
    authority = [(k, t) for k, s, t in found if "nicht informiert worden" in s]
    # the same act („informieren“), negated by the party the claim is about („die Behörden“)
    assert authority and all(
        k == "contradicts" and "Behörden sofort informiert" in t for k, t in authority
    )


REBUTTAL = (
    "Streit um Kosten der Bahnstrecke\n\n"
    "Der Oppositionsführer warf der Verkehrsministerin Anna Berg im Landtag vor, das Parlament "
    "über die Kosten der Strecke getäuscht zu haben. Die Mehrkosten von 300 Millionen Euro "
    "seien seit einem Jahr bekannt gewesen. Berg entgegnete, alle Zahlen seien dem Ausschuss "
    "rechtzeitig vorgelegt worden. Der Landesrechnungshof will die Planung nun prüfen."
)


def test_a_rebuttal_answers_the_accusation_its_continuation_goes_on_with(links):
    found = links(REBUTTAL)
    answer = [t for _, s, t in found if s.startswith("alle Zahlen seien")]
    # the sentence just before continues the accusation made about Berg: its head is the claim
    assert answer and any("getäuscht zu haben" in t for t in answer)
