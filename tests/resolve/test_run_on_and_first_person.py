"""A speaker phrase that runs on past a person's name into the object, and a first-person
pronoun as speaker phrase in reported text (issue 12, resolve stage).

Excerpt of a dev2 document (``corpora/10kgnad-test.csv.gz`` row 553, derStandard: Tirol's
Landeshauptmann Günther Platter on the helicopter base at Vomp; the corpus drops quotation
marks) run through the committed base pipeline, the shipped ``zitate_quotes`` model and
``resolve_speakers`` (fixture ``analyse``).
"""

from __future__ import annotations

from .test_resolve_coreference import names_of

PLATTER = (
    "Innsbruck – Das geplante Aus für den Hubschrauberstützpunkt des Bundesheeres in der "
    "Frundsberg-Kaserne in Vomp im Tiroler Unterland stößt auf heftigen Widerstand bei "
    "Landeshauptmann Günther Platter (ÖVP). Er werde Bundespräsident Heinz Fischer als "
    "Oberbefehlshaber des Heeres in dieser Angelegenheit kontaktieren, erklärte Platter am "
    "Dienstag bei der Pressekonferenz nach der Sitzung der Landesregierung. Platter betonte die "
    "Wichtigkeit des Stützpunktes für den Fall von Naturkatastrophen wie etwa jüngst im Paznaun "
    "und im Sellrain. Wir brauchen einen Hubschrauber, der permanent dort stationiert ist. Ich "
    "beharre darauf. Den Vorschlag des Ministeriums, lediglich in Zeiten erhöhter Gefährdung "
    "– etwa bei hoher Lawinenwarnstufe – präventiv und zeitlich begrenzt Hubschrauber nach "
    "Tirol zu entsenden, lehnte Platter kategorisch ab. Es könne nicht sein, dass der "
    "Hubschrauber nur noch sporadisch aufgestellt werde und gleichzeitig wolle man auch noch "
    "Geld vom Land Tirol. Das Geld kann es nicht sein, vermutete Platter andere Gründe für den "
    "Plan des Verteidigungsministers."
)


def test_speaker_phrase_ends_with_the_name_before_the_object(analyse):
    """„vermutete Platter andere Gründe“: „andere Gründe“ is the object of „vermutete“, no part
    of the speaker; the statement is Günther Platter's and the phrase ends with „Platter“."""
    _, quotes, entities = analyse(PLATTER)
    geld = [q for q in quotes if q["text"].startswith("Das Geld kann es nicht sein")]
    assert geld, [q["text"][:40] for q in quotes]
    names = {e["id"]: e["name"] for e in entities}
    for quote in geld:
        assert quote["speaker"]["text"] == "Platter"
        assert names.get(quote["speaker"]["entity"]) == "Günther Platter"


def test_a_first_person_speaker_is_whoever_spoke_before(analyse):
    """„Ich beharre darauf. … Es könne nicht sein, …“: the attribution gives the statement the
    pronoun „Ich“ of the unmarked quotation before it; that is Platter's voice (he is the one
    quoted before, and no one else is named in between), not an entity of its own."""
    _, quotes, entities = analyse(PLATTER)
    by_text = names_of(quotes, entities)
    sein = [n for t, n in by_text.items() if t.startswith("Es könne nicht sein")]
    assert sein == ["Günther Platter"], by_text


SARDANA = (
    "Wien – Der ehemalige Shopbetreiber am Wiener Flughafen, Rakesh Sardana, hat die Flughafen "
    "Wien AG (VIE) in New York auf 168 Millionen Dollar (rund 150 Millionen Euro) Schadenersatz "
    "geklagt. Sardana und vier seiner Gesellschaften gingen Mitte 2012 pleite (Schulden: 60 "
    "Millionen Euro). Zur Erinnerung: Im Juni 2012 hat der Flughafen seine Verträge mit Sardana "
    "wegen Mietrückständen gekündigt und Konkursanträge gestellt. Der Kaufmann führte die "
    "Insolvenz damals schon auf eine langjährige Kampagne gegen ihn zurück."
)


def test_a_mann_compound_is_the_last_person_named(analyse):
    """dev2 row 184 (derStandard): „Der Kaufmann führte die Insolvenz … zurück“ — a „-mann“
    compound names a person like any role noun; the definite one is Rakesh Sardana, the man
    named just before (in this excerpt the NER names him „Sardana“ only), not an entity of its
    own nor no one."""
    _, quotes, entities = analyse(SARDANA)
    by_text = names_of(quotes, entities)
    insolvenz = [n for t, n in by_text.items() if "Insolvenz" in t or "Kampagne" in t]
    assert insolvenz and all(n and n.endswith("Sardana") for n in insolvenz), by_text
    people = {e["id"]: e for e in entities}
    kaufmann = [q for q in quotes if "Insolvenz" in q["text"]]
    assert people[kaufmann[0]["speaker"]["entity"]]["kind"] == "PER"
