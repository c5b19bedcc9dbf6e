"""Continuation chains that end where the narrator speaks (issue 12, resolve stage).

Excerpt of a dev2 document (``corpora/10kgnad-test.csv.gz`` row 202, derStandard: plastic waste
buried on the grounds of the Vorarlberg recycler Häusle; the corpus drops quotation marks) run
through the committed base pipeline, the shipped ``zitate_quotes`` model and
``resolve_speakers`` (fixture ``analyse``).
"""

from __future__ import annotations

from .test_resolve_coreference import names_of

HAEUSLE = (
    "Lustenau – Auf dem Gelände des Vorarlberger Recyclingunternehmens Häusle wurden vermutlich "
    "seit 2009 illegal Kunststoffabfälle vergraben. Schlamperei oder Betriebsunfall könne man "
    "ausschließen, sagt der Leiter der Abteilung Abfallwirtschaft im Amt der Landesregierung, "
    "Harald Dreher. Hier handelt es sich um eine systematische Vorgangsweise mit hoher "
    "krimineller Energie begangen. Auch Thomas Habermann, Geschäftsführer von Häusle, spricht "
    "Klartext: Hier wurden über Jahre systematisch illegale Handlungen gesetzt. Habermann, seit "
    "Dezember 2015 Firmenchef, habe Anfang des Jahres einen Hinweis bekommen, Grabungsarbeiten "
    "angeordnet und Selbstanzeige erstattet. Mittlerweile habe man fünf illegale Deponien "
    "gefunden. Man müsse davon ausgehen, dass mehrere Tausend Tonnen Kunststoffabfälle auf dem "
    "Gelände vergraben wurden. Die Absicht dahinter: Das Unternehmen (Jahresumsatz 75,7 "
    "Millionen Euro) wollte sich Entsorgungskosten und Abgaben sparen. Denn Kunststoffabfälle "
    "müssten kosten- und abgabepflichtig in die Müllverbrennung in die Schweiz gebracht werden. "
    "Gerechnet dürften sich die illegalen Deponien nicht haben. Habermann schätzt die kommenden "
    "Strafzahlungen und Folgekosten auf mindestens eine Million Euro. Die Verantwortung der "
    "früheren Geschäftsführer, die als Gesellschafter 26,4 Prozent der Firmenanteile halten, "
    "wird nun geprüft. Die Kunststoffabfälle sollen aus der Biomüllverarbeitung stammen. 100 "
    "Prozent des Biomülls, das sind jährlich rund 18.000 Tonnen, landen bei Häusle und werden "
    "dort in der Biogasanlage verarbeitet. Da die meisten Privathaushalte den Biomüll in "
    "Plastiksäcken sammeln, muss der Kunststoff in der Betriebsanlage abgeschieden werden. Diese "
    "Siebreste müssten in einer Müllverbrennungsanlage entsorgt werden. Biomüll in Plastiksäcken "
    "zu sammeln, sei Wunsch der Gemeinden und des Umweltverbandes, sagt Harald Dreher und "
    "wünscht sich wie Geschäftsführer Habermann, der gerne einen sauberen geschlossenen "
    "Kreislauf hätte, eine Diskussion über die Sinnhaftigkeit der Sammelmethode. Kunststoff in "
    "der Biogasanlage sei kontraproduktiv."
)


def test_a_continuation_after_the_narrators_words_opens_the_next_statement(analyse):
    """„Diese Siebreste müssten … entsorgt werden“ follows four sentences of the narrator after
    Habermann's estimate: it is no more Habermann's; it opens Harald Dreher's statement in the
    next sentence („…, sagt Harald Dreher“)."""
    _, quotes, entities = analyse(HAEUSLE)
    by_text = names_of(quotes, entities)
    siebreste = [n for t, n in by_text.items() if t.startswith("Diese Siebreste")]
    assert siebreste == ["Harald Dreher"], by_text


def test_a_continuation_right_after_a_statement_keeps_its_speaker(analyse):
    """„Habermann … habe … Selbstanzeige erstattet. Mittlerweile habe man fünf illegale Deponien
    gefunden.“: the Konjunktiv sentence right after Habermann's statement stays Habermann's."""
    _, quotes, entities = analyse(HAEUSLE)
    names = {e["id"]: e["name"] for e in entities}
    deponien = [
        names.get((q["speaker"] or {}).get("entity"))
        for q in quotes
        if "Mittlerweile habe man" in q["text"]
    ]
    assert deponien == ["Thomas Habermann"], [q["text"][:40] for q in quotes]


# handelsblatt.com, border closures between Saarland and Lorraine (dev page
# ``trafilatura__handelsblatt.com.grenzschliessungen``), two paragraphs.
MAZZUCOTELLI = (
    "„Das waren bedauerliche Einzelfälle“, sagt Stéphane Mazzucotelli. Er wohnt in "
    "Grosbliederstroff und arbeitet seit Langem für die Tageszeitung „Le Républicain Lorrain“. "
    "Es habe Fälle gegeben, in denen Franzosen auf das Übelste beschimpft wurden.\n\n"
    "Doch das seien Ausnahmen gewesen. Was ihn mehr beunruhigt, ist die Diskriminierung "
    "französischer Arbeitnehmer. Firmen wie der Autozulieferer ZF und der Autokonzern Ford im "
    "Saarland hätten ihren französischen Mitarbeitern gesagt, sie seien nicht erwünscht, während "
    "die Deutschen schon wieder arbeiteten. ZF veröffentlichte vergangenen Freitag eine "
    "Pressemitteilung: Nun seien auch die Franzosen wieder willkommen."
)


def test_the_narrator_speaking_of_the_speaker_keeps_the_chain(analyse):
    """„Was ihn mehr beunruhigt, ist …“ lies between Mazzucotelli's statement and „Firmen wie …
    ZF … hätten … gesagt“, but it reports his view („ihn“): the Konjunktiv sentence stays
    Mazzucotelli's, though ZF's press release follows."""
    _, quotes, entities = analyse(MAZZUCOTELLI)
    names = {e["id"]: e["name"] for e in entities}
    firmen = [
        names.get((q["speaker"] or {}).get("entity"))
        for q in quotes
        if q["text"].startswith("Firmen wie")
    ]
    assert firmen == ["Stéphane Mazzucotelli"], [q["text"][:40] for q in quotes]


def test_an_article_of_the_speaker_phrase_does_not_name_the_speaker():
    # A narrator's sentence of the Häusle page above, after a speaker phrase „Die
    # Landesrätin“: its article „Die“ names no one again; the noun of the phrase would.
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from zitate.resolve.chains import speaks_of

    words = ["Die", "Kunststoffabfälle", "sollen", "aus", "der", "Biomüllverarbeitung"]
    words += ["stammen", "."]
    tags = ["ART", "NN", "VMFIN", "APPR", "ART", "NN", "VVINF", "$."]
    doc = Doc(Vocab(), words=words, tags=tags)
    previous = {"speaker": {"text": "Die Landesrätin"}}
    assert not speaks_of(doc, previous, 0, len(doc.text))
    previous = {"speaker": {"text": "Die Kunststoffabfälle"}}
    assert speaks_of(doc, previous, 0, len(doc.text))
