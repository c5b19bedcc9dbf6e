"""A document as speaker phrase stands for whoever issued it, never for a person the role of
the noun would take (issue 12, resolve stage).

Excerpt of a dev4 row (10kGNAD test row 360, derStandard on advertising at schools: the
education ministry's circular) run through the committed base pipeline, the shipped
``zitate_quotes`` model and ``resolve_speakers`` (fixture ``analyse``).
"""

from __future__ import annotations

import pytest

from zitate.quotes.speaker_nouns import document_noun

CIRCULAR = (
    "In einem Rundschreiben macht das Bildungsministerium auf unzulässige Praktiken aufmerksam. "
    "Nicht alle begrüßen das. Wien – Ein Bub in hellblauer Latzhose und mit lila Kapperl auf dem "
    "Kopf wirft einem Mädchen im rosa Leiberl und Jeans eine Kusshand zu. Beide tragen bunte "
    "Kinderuhren. Neue Kollektion Frühling/Sommer steht unter dem Foto. Mitzubringen für die "
    "Schule heißt es auf der Seite, auf der sich das Inserat findet. Die Werbeagentur Young "
    "Enterprises ist auf Schulwerbung spezialisiert. 2013 verteilten 800 Volksschulen die "
    "Mitteilungshefte der Agentur, auf 17 der 56 Seiten wirbt ein Unternehmen. Diese Art der "
    "Werbung ist eigentlich nicht zulässig und soll künftig eingedämmt werden. Der Oberste "
    "Gerichtshof hat das Mitteilungsheft von Young Enterprises im vergangenen Jahr wegen "
    "aggressiver Geschäftspraktiken verboten. Das Bildungsministerium zieht nun nach und macht "
    "die Landesschulräte auf die Regeln für kommerzielle Werbung an Schulen aufmerksam. Das "
    "Ministerium betont darin, dass schulfremde Werbung zwar zulässig sei, aber damit die "
    "Aufgaben der Schule nicht beeinträchtigt werden dürften. Zudem dürfe Werbung nie auf Kosten "
    "der pädagogischen Glaubwürdigkeit gehen. Schulleitungen entscheiden darüber, ob in ihrem "
    "Haus für schulfremde Zwecke geworben wird. Diesbezügliche Verträge muss allerdings der "
    "Schulerhalter erlauben. Jedenfalls ist das Gesetz gegen unlauteren Wettbewerb einzuhalten. "
    "Im Fall des mit Werbung gespickten Mitteilungsheftes war dem nicht so, weil die Schüler "
    "nicht sofort und unmittelbar erkennen konnten, dass es sich dabei um Werbung handelt, weil "
    "Mitteilungshefte üblicherweise ein Schulutensil sind. Die Lehrer und die Schulleitungen "
    "haben das Heft verteilt, was dem Rundschreiben zufolge als unzulässige Beeinflussung zu "
    "werten ist. Wenn Werbematerialien von Schulpersonal an die Schüler weitergegeben werden, "
    "werde ihnen vorgespiegelt, dass die Schule die Produkte für gut befindet. Somit würden die "
    "Schulen ihr Autoritätsverhältnis ausnutzen. Das ist aus schulrechtlicher Sicht nicht "
    "tragbar. Als ein Beispiel aggressiver Geschäftspraktik nennt das Ministerium auch das "
    "Verteilen von Geschenkboxen eines Geldinstituts. In einem Büchlein, dass an die Schüler "
    "verschenkt wurde, wird die Geschichte einer Schulanfängerin erzählt, die von ihren Eltern "
    "ein Jugendkonto bekommt, auf dem ihr Taschengeld eingezahlt wird. Wenn diese Art von "
    "Werbegeschenken verteilt würde, müssten die Schüler darin eine Empfehlung der Schule für "
    "Jugendkonten sehen, kritisiert das Ministerium. Auch Werbung während des Unterrichts ist "
    "verboten – kommt aber trotzdem vor. Ein Geldinstitut habe Markenrucksäcke verteilt, heißt es"
    " in dem Schreiben. Dies ist in keinem Fall zulässig. Die Schüler seien zur Teilnahme am "
    "Unterricht verpflichtet und müssten sich die Werbung deshalb anhören, was den Tatbestand der"
    " Nötigung erfülle. Zudem würden solche Praktiken auch gegen das Indoktrinationsverbot an "
    "Schulen verstoßen. Ebenfalls verboten ist es, dass Schulen selbst Werbebotschaften mit "
    "Logos, Emblemen, Marken, Mustern, Firmennamen und sonstigen Produkt- und "
    "Unternehmensbezeichnungen transportieren und etwa auf ihrem Briefpapier abdrucken. Sie "
    "dürften als Teil der öffentlichen Verwaltung nicht den Anschein erwecken, sich mit "
    "bestimmten Unternehmen zu identifizieren, heißt es im Rundschreiben."
)


@pytest.mark.parametrize(
    "opening, phrase",
    [
        ("Die Lehrer und die Schulleitungen haben das Heft verteilt", "dem Rundschreiben"),
        ("Ein Geldinstitut habe Markenrucksäcke verteilt", "dem Schreiben"),
        ("Sie dürften als Teil der öffentlichen Verwaltung", "Rundschreiben"),
    ],
)
def test_the_circular_speaks_for_the_ministry_that_sent_it(analyse, opening, phrase):
    """„was dem Rundschreiben zufolge …“, „heißt es in dem Schreiben“, „heißt es im
    Rundschreiben“: the circular the first sentence brings in („In einem Rundschreiben macht das
    Bildungsministerium … aufmerksam“), so the ministry — not „Young Enterprises“, the agency
    named before (tagged as a person), and no entity „Rundschreiben“."""
    _, quotes, entities = analyse(CIRCULAR)
    names = {e["id"]: e["name"] for e in entities}
    found = [q for q in quotes if q["text"].startswith(opening)]
    assert found, [q["text"][:40] for q in quotes]
    assert found[0]["speaker"]["text"] == phrase
    assert names.get(found[0]["speaker"]["entity"]) == "Bildungsministerium", names
    assert not any("schreiben" in n.lower() for n in names.values()), names
    young = [e for e in entities if e["name"] == "Young Enterprises"]
    assert all("Rundschreiben" not in e["aliases"] for e in young), young


@pytest.mark.parametrize(
    "word, document",
    [
        ("Rundschreiben", True),
        ("Schreiben", True),
        ("Positionspapier", True),
        ("Brief", True),
        ("Briefträger", False),  # a person who brings letters
        ("Papierhersteller", False),
    ],
)
def test_document_nouns(word, document):
    assert document_noun(word) is document
