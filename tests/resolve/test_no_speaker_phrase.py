"""A speaker phrase headed by a noun that can head no speaker (issue 12, resolve stage): the
attribution took a word of the sentence for the speaker („Eine solche Vita mag …“); the
statement is resolved as one without speaker, and keeps the phrase where no one is found.

Excerpts of dev2 documents (``corpora/10kgnad-test.csv.gz``, rows named per test) run through
the committed base pipeline, the shipped ``zitate_quotes`` model and ``resolve_speakers``
(fixture ``analyse``).
"""

from __future__ import annotations

from .test_resolve_coreference import names_of

VITA = (
    "Das sei eine Lüge, sagt Vytenis Andriukaitis. Vytenis Andriukaitis hat viel Leid gesehen. "
    "1951 noch in der Stalin-Zeit in einem sowjetischen Lager geboren, ist der Litauer nach "
    "einem Medizinstudium Herzchirurg geworden. Heute ist er EU-Kommissar für Gesundheit und "
    "Verbraucherschutz. Eine solche Vita mag der Grund sein, warum Andriukaitis (der auch "
    "Geschichte studiert hat) auf die Frage, ob von den Flüchtlingen eine Gefahr der "
    "Einschleppung gefährlicher Krankheiten ausgehe, gleich zu einem emotionalen Gegenschlag "
    "ausholt: Meine spontane Antwort darauf ist, wir reden hier von Menschen, die in "
    "allergrößten Schwierigkeiten sind, die aus dem Krieg kommen."
)


def test_a_thing_is_no_speaker_the_person_of_the_paragraph_is(analyse):
    """derStandard (row 121): „Eine solche Vita“ is no one; the words after the colon are
    Andriukaitis's, the one person the paragraph speaks of."""
    _, quotes, entities = analyse(VITA)
    by_text = names_of(quotes, entities)
    antwort = [n for t, n in by_text.items() if "Antwort" in t or "Vita" in t]
    assert antwort and set(antwort) == {"Vytenis Andriukaitis"}


def test_a_person_noun_the_lexicon_lacks_stays_the_speaker(nlp):
    """„Der Kaufmann“, „Pädagogen“, „den Autoren“: German word formation names persons the
    speaker lexicon has not seen; such a phrase is kept, not dropped as a thing."""
    from zitate.resolve.document import _no_speaker

    for sentence, phrase in (
        ("Der Kaufmann führte die Insolvenz auf eine Kampagne zurück.", "Der Kaufmann"),
        ("Laut den Autoren des Berichts ist es schwierig.", "den Autoren des Berichts"),
        ("Eine solche Vita mag der Grund sein.", "Eine solche Vita"),
    ):
        doc = nlp(sentence)
        start = sentence.index(phrase)
        quote = {"speaker": {"text": phrase, "spans": [[start, start + len(phrase)]]}}
        assert _no_speaker(doc, quote) is (phrase == "Eine solche Vita"), phrase


def test_subject_of_a_reported_sentence_is_the_next_pronouns_antecedent(analyse):
    """spiegel.de (Relotius): „Moreno hat Zweifel, er führt … an“ is a Reported statement whose
    subject Moreno is the writer's words, not quoted text: the next „Er hält es für möglich,
    dass …“ is Moreno, not Chris Jaeger named two sentences before."""
    _, quotes, entities = analyse(
        "Bald liefert Juan Moreno seine Textpassagen aus Mexiko, Relotius verbindet sie mit "
        "seinen Erzählungen. Denn Chris Jaeger, so heißt angeblich die Hauptperson in "
        "Relotius' Textteilen. Ein Mann mit deutschen Vorfahren, dessen Tochter süchtig nach "
        "Drogen gemacht wurde. So steht es zumindest in der Geschichte. Moreno hat Zweifel, er "
        "führt in einer Mail an Relotius Punkte an, die er nicht glauben mag. Er hält es für "
        "möglich, dass die Milizmänner Relotius angelogen haben."
    )
    by_text = names_of(quotes, entities)
    angelogen = [n for t, n in by_text.items() if "Milizmänner" in t]
    assert angelogen == ["Juan Moreno"]


def test_a_name_typed_as_a_place_is_the_person_its_surname_names(analyse):
    """derStandard (row 184): the NER types „Rakesh Sardana“ after „am Wiener Flughafen,“ as a
    place, while „Sardanas“ is a person: the full name is that person, and the statement
    of „Der ehemalige Shopbetreiber …, Rakesh Sardana,“ is his."""
    _, quotes, entities = analyse(
        "Wien – Der ehemalige Shopbetreiber am Wiener Flughafen, Rakesh Sardana, hat die "
        "Flughafen Wien AG (VIE) in New York auf 168 Millionen Dollar (rund 150 Millionen "
        "Euro) Schadenersatz geklagt. Sardana und vier seiner Gesellschaften gingen Mitte 2012 "
        "pleite (Schulden: 60 Millionen Euro). Der Vorwurf Sardanas: Die Flughafengesellschaft "
        "habe ihn wirtschaftlich ruinieren wollen und das durch die Verbreitung falscher "
        "Geschichten über Sardana und seine Geschäftspraktiken auch erreicht."
    )
    people = [e for e in entities if e["kind"] == "PER" and "Sardana" in e["name"]]
    assert [e["name"] for e in people] == ["Rakesh Sardana"]
    geklagt = [q for q in quotes if "Schadenersatz" in q["text"]]
    assert geklagt and all(q["speaker"]["entity"] == people[0]["id"] for q in geklagt)


def test_a_name_in_apposition_after_the_attributes_of_a_cut_role_phrase(analyse):
    """derStandard (row 53): the attribution ends the speaker at „der Leiter der Abteilung
    Abfallwirtschaft“; the name after its attribute „im Amt der Landesregierung,“ is the
    speaker, not the Landesrat named in the sentence before."""
    _, quotes, entities = analyse(
        "Landesrat Markus Wallner will die Deponie prüfen lassen. Schlamperei oder "
        "Betriebsunfall könne man ausschließen, sagt der Leiter der Abteilung Abfallwirtschaft "
        "im Amt der Landesregierung, Harald Dreher, zu den Funden."
    )
    by_text = names_of(quotes, entities)
    assert by_text.get("Schlamperei oder Betriebsunfall könne ma") == "Harald Dreher"


def test_a_headlines_role_names_the_person_named_after_it(analyse):
    """derStandard (row 545): the headline „Ex-OGH-Präsidentin fordert …“ comes before anyone
    is named; the role is the woman named right after it, Irmgard Griss."""
    _, quotes, entities = analyse(
        "Ex-OGH-Präsidentin fordert Fairnessabkommen von allen Kandidaten. Wien – Irmgard "
        "Griss wird bei der Bundespräsidentenwahl im Frühjahr kandidieren. Das gab die "
        "ehemalige Präsidentin des Obersten Gerichtshofs am Donnerstag auf Facebook in einem "
        "Video bekannt. Am Freitagvormittag verkündete sie bei einer Pressekonferenz in Wien "
        "offiziell ihre Kandidatur und trat dabei für ein Fairness- und Transparenzabkommen im "
        "Wahlkampf ein. Dieses sollen alle Kandidaten einhalten."
    )
    by_text = names_of(quotes, entities)
    fordert = [n for t, n in by_text.items() if t.startswith("Ex-OGH-Präsidentin fordert")]
    assert fordert == ["Irmgard Griss"]
