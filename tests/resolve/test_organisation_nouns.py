"""Organisation speakers named by a common noun (resolve stage, ``resolve.org_names`` and the
organisation endings of ``resolve.repair``): „Das Welternährungsprogramm“ is the organisation
the NER found as „Welternährungsprogramm (WFP)“; „EU-Kommission“ the „Europäische Kommission“;
„die UN-Organisation“ one of the UN's organisations named just before, not the UN; „die
Organisation“ without a statement of an organisation before it the organisation named in the
sentence before; „die Hochwasserzentrale“ and „der Feuerwehr“ bodies of their own.

Excerpts of three 10kGNAD documents of the dev3 split (``corpora/10kgnad-test.csv.gz`` rows 209,
247 and 702, derStandard.at on attacks on hospitals in Syria, on the UN warning against national
measures in the refugee crisis — its headline and a sentence of its last part —, and on floods
in southern Germany and Austria) run through the committed base pipeline, the shipped
``zitate_quotes`` model and ``resolve_speakers`` (fixture ``analyse``).
"""

from __future__ import annotations

import pytest

KLINIKEN = (
    "Bei einem Raketenangriff auf die Stadt Marat Numan im Nordwesten Syriens wurden den Angaben "
    "zufolge weitere zwei Krankenhäuser getroffen. Eine der Kliniken wird von der "
    "Hilfsorganisation Ärzte ohne Grenzen (MSF) unterstützt. Mindestens sieben Mitarbeiter und "
    "ein Patient seien getötet worden, erklärte die Organisation."
)
WFP = (
    "Lob kommt indes vom Welternährungsprogramm (WFP) der Vereinten Nationen –  vor allem für "
    "Deutschland. Die noch nie dagewesene Resonanz von Geberländern – vor allem von Deutschland "
    "– auf die Hilfsappelle stelle die Nahrungsmittelhilfen für die Flüchtlinge sicher, teilte "
    "die UN-Organisation am Montag in Rom mit. Die eingegangenen Finanzzusagen belaufen sich "
    "demnach auf umgerechnet fast 620 Millionen Euro, davon 570 Millionen aus Deutschland. Das "
    "Geld soll für die Flüchtlingshilfe in Jordanien, dem Libanon, dem Irak und Ägypten "
    "ausgegeben werden. Es werde möglich sein, das Leben der Schwächsten in Syrien und in der "
    "Region zu retten, erklärte das WFP. Auch sollten Schulmahlzeiten ausgegeben werden. Das "
    "Welternährungsprogramm kümmert sich nach eigenen Angaben um 1,8 Millionen Flüchtlinge in "
    "der Region sowie um 4,5 Millionen Syrer innerhalb der Landesgrenzen."
)
KOMMISSION = (
    'EU-Kommission: "Sind zu allen gleich streng".\n\nIn der Flüchtlingsfrage meldete sich auch '
    "der Vertreter der Europäischen Kommission in Wien, Jörg Wojahn, zu Wort."
)
HOCHWASSER = (
    "An einigen Stellen verursachte er das schlimmste Hochwasser seit rund zwei Jahrzehnten. Die "
    "Hochwasserzentrale in Karlsruhe warnte vor bedrohlichen Wasserständen an den östlichen "
    "Zuflüssen zu Neckar und Donau sowie im Rhein und an der Tauber. An der Messstation "
    "Kirchberg an der Jagst fielen im Lauf der Nacht innerhalb von sechs Stunden 87 Liter pro "
    "Quadratmeter. Zum Vergleich: Der Monats-Durchschnitt für Mai beträgt für Bayern 90 Liter "
    "pro Quadratmeter, für Baden-Württemberg 96 Liter pro Quadratmeter. Besonders vom Hochwasser "
    "betroffen waren die südöstlichen Zuflüsse zur Donau und die östlichen Zuflüsse zum Neckar "
    "(Fils, Rems, Kocher, Jagst). Teils stieg der Wasserstand um bis zu drei Meter. Angesichts "
    "der Wettervorhersagen erwartete die Hochwasserzentrale, dass die Wasserstände weiter "
    "steigen."
)
FEUERWEHR = (
    "Am Sonntagabend mussten in Oberösterreich erneut 250 bis 300 Feuerwehrleute zu "
    "Unwettereinsätzen ausrücken. Keller wurden überflutet, einige Straßen waren vorübergehend "
    "durch Schlamm oder umgeknickte Bäume unpassierbar. In Linz schlug ein Blitz in ein "
    "Wohnhaus ein. Es war aber kein Vergleich zur Nacht auf Samstag, in der 1.500 Helfer im "
    "Einsatz gestanden waren, hieß es bei der Feuerwehr."
)


@pytest.mark.parametrize(
    ("text", "words", "speaker", "names"),
    [
        (KLINIKEN, "sieben Mitarbeiter", "die Organisation", ("MSF", "Ärzte ohne Grenzen")),
        (WFP, "Resonanz", "die UN-Organisation", ("Welternährungsprogramm", "WFP")),
        (WFP, "1,8 Millionen", "Das Welternährungsprogramm", ("Welternährungsprogramm", "WFP")),
        (KOMMISSION, "gleich streng", "EU-Kommission", ("Europäische Kommission",)),
        (
            HOCHWASSER,
            "Wasserständen",
            "Die Hochwasserzentrale in Karlsruhe",
            ("Hochwasserzentrale",),
        ),
        (HOCHWASSER, "weiter steigen", "die Hochwasserzentrale", ("Hochwasserzentrale",)),
        (FEUERWEHR, "kein Vergleich", "der Feuerwehr", ("Feuerwehr",)),
    ],
)
def test_organisation_noun_names_the_organisation(analyse, text, words, speaker, names):
    """The organisation phrase names an organisation entity: the one named before it, else a
    body of its own noun."""
    _, quotes, entities = analyse(text)
    by_id = {e["id"]: e for e in entities}
    found = [q for q in quotes if words in q["text"]]
    assert found, [q["text"][:40] for q in quotes]
    assert found[0]["speaker"]["text"] == speaker, found[0]["speaker"]
    entity = by_id.get(found[0]["speaker"]["entity"])
    assert entity is not None, found[0]["speaker"]
    assert entity["kind"] == "ORG", entity
    assert entity["name"].startswith(names), entity["name"]
