"""Who speaks where the attribution left a statement without speaker, on real news (issue 12,
resolve stage): one sentence has one speaker, a coordinated cue shares its subject, and a
person's surname counts as a mention where the NER missed it.

Excerpts of dev pages in ``shared/data/html`` (named per test) run through the committed base
pipeline, the shipped ``zitate_quotes`` model and ``resolve_speakers`` (fixture ``analyse``).
"""

from __future__ import annotations

from .test_resolve_coreference import names_of


def test_quotations_of_one_sentence_share_its_speaker(analyse):
    """nd-aktuell.de (Mietenstreik): the „dass“ clause after „Er rechnet mit »viel Bewegung«
    und kann sich vorstellen“ is Gutierrez's, like the quotation before it in that sentence."""
    _, quotes, entities = analyse(
        "»Noch« werde man nicht zu einem stadtweiten Mietenstreik aufrufen, sagt Gutierrez. "
        "»Mietstreiks bergen ein hohes Risiko, weil Räumungen nur ausgesetzt sind, aber immer "
        "noch beantragt werden können, weil sich aktuell Mietschulden weiter anhäufen«, zeigt "
        "sich der ATU-Organisator zurückhaltend. Eine wichtige Forderung sei deswegen, die Miete "
        "für die Zeit der Pandemie auszusetzen. Mietrechtsanwälte fürchten, es könnte nach einer "
        "schrittweisen Aufhebung der Coronavirus-Beschränkungen zu einer Räumungswelle kommen, "
        "weil Vermieter aktuell online Räumungen zumindest beantragen können.\n\n"
        "Sollten einzelne Mieter oder Bewohner von Gebäudekomplexen in den Mietstreik treten, "
        "»dann werden wir sie unterstützen«, sagt Gutierrez. Er rechnet mit »viel Bewegung« "
        "rund um den 1. Mai und kann sich vorstellen, dass in der Stadt »systematisch "
        "organisierte Mietstreiks in kleinem Umfang« stattfinden werden. In mindestens zwei "
        "Gebäuden in Chicago soll es laut den Aktivisten von »Its going down« dazu kommen."
    )
    by_text = names_of(quotes, entities)
    stadt = [n for t, n in by_text.items() if "in der Stadt" in t or "systematisch" in t]
    assert stadt and set(stadt) == {"Gutierrez"}


def test_coordinated_cue_takes_the_subject_of_its_sentence(analyse):
    """spiegel.de (Relotius): „Er versucht, alle Zweifel zu entkräften, schreibt etwa, er habe
    …“ — the writer is the subject „Er“, Relotius, named in the sentence before."""
    _, quotes, entities = analyse(
        "Am Montag geht Ressortchef Matthias Geyer zu Claas Relotius und konfrontiert ihn mit "
        "den Vorwürfen. Am Dienstag antwortet Relotius in einer langen Mail. Er versucht, alle "
        "Zweifel zu entkräften, schreibt etwa, er habe Namen und Adressen mit einem Tagespass "
        "bei der US-Adressdatei »White Pages« geprüft."
    )
    by_text = names_of(quotes, entities)
    namen = [n for t, n in by_text.items() if "Namen und Adressen" in t]
    assert namen == ["Claas Relotius"]


def test_surname_the_ner_missed_is_the_pronouns_antecedent(analyse):
    """welt.de (Lucke): „Der Volkswirtschaftler und Euro-Kritiker Lucke war …“ — the NER does
    not tag „Lucke“ there, yet the next „er“ who „angeprangert“ is Lucke, not the politician
    Dolzer quoted before."""
    _, quotes, entities = analyse(
        "Der AfD-Gründer Bernd Lucke hält wieder Vorlesungen an der Universität Hamburg. "
        "Nach den Protesten fordert der Linken-Abgeordnete Martin Dolzer: «Herr Lucke sollte "
        "sich zu seiner historischen Verantwortung öffentlich äußern.»\n\n"
        "Der Volkswirtschaftler und Euro-Kritiker Lucke war 2013 maßgeblich an der Gründung der "
        "AfD beteiligt. 2014 hatte er sich von der Uni Hamburg beurlauben lassen, um als "
        "Berufspolitiker für die AfD ins Europaparlament zu wechseln. Nachdem er 2015 im Streit "
        "um eine stärker nationalkonservative Ausrichtung der Partei als AfD-Bundessprecher "
        "abgelöst worden war, hatte er die Partei verlassen und fremdenfeindliche Tendenzen "
        "angeprangert."
    )
    tendenzen = [q for q in quotes if "fremdenfeindliche" in q["text"]]
    assert tendenzen
    assert set(names_of(tendenzen, entities).values()) == {"Bernd Lucke"}


def test_surname_the_tagger_took_for_an_adjective_names_the_speaker(analyse):
    """welt.de (Thüringen TV duel): „Voigt bedankt sich … und sagt dann: „…““ — the tagger
    reads the sentence-initial „Voigt“ as ADJD and the NER skips it; it is Mario Voigt, named
    by full name before."""
    _, quotes, entities = analyse(
        "Mario Voigt allerdings, der Spitzenkandidat der CDU, hat sich offenbar etwas "
        "vorgenommen.\n\n"
        "Die Frage einer MDR-Zuschauerin aus Gera, nach dem Umgang der anderen Parteien mit der "
        "AfD, die Moderator Andreas Menzel mit dem Stichwort „Brandmauer“ zuspitzt, nutzt Voigt "
        "für eine Attacke gegen AfD-Spitzenmann Björn Höcke, seinen erklärten "
        "Hauptkonkurrenten. Voigt bedankt sich zunächst für die „sehr gute Einlassung“ der "
        "Zuschauerin und sagt dann: „Es geht nicht um Brandmauern. Es geht um Prinzipien.“"
    )
    brandmauern = [q for q in quotes if "Brandmauern" in q["text"]]
    assert brandmauern
    assert set(names_of(brandmauern, entities).values()) == {"Mario Voigt"}


def test_quotation_without_cue_is_the_one_person_its_paragraph_names(analyse):
    """rbb24.de (Theater im Hotel): the quotation after „Regisseur Jens Erwin Siemssen hat
    dafür unzählige Interviews geführt. Nun werden diese Erinnerungen wieder lebendig.“ is the
    director's, the only person the paragraph names."""
    _, quotes, entities = analyse(
        "Im Hotel wird das Theaterstück gespielt.\n\n"
        "So erleben die Besucher an Originalschauplätzen die Geschichten, die Zeitzeugen "
        "berichtet haben. Regisseur Jens Erwin Siemssen hat dafür unzählige Interviews "
        'geführt. Nun werden diese Erinnerungen wieder lebendig. "Das ist natürlich ein '
        'Flashback für die Leute, die kommen. Die haben sich oder auch Kollegen wiedererkannt."'
    )
    flashback = [q for q in quotes if "Flashback" in q["text"]]
    assert flashback
    assert set(names_of(flashback, entities).values()) == {"Jens Erwin Siemssen"}


def test_name_in_quotation_marks_is_an_organisation(analyse):
    """orf.at (Bondi): „Laut „Washington Post“ hatte sie …“ — the newspaper the NER does not
    know is the source, an organisation."""
    _, quotes, entities = analyse(
        "Laut „Washington Post“ hatte sie dabei eine führende Rolle inne und sei bei vielen "
        "Pressekonferenzen aufgetreten, bei denen die falschen Behauptungen, es habe "
        "Wahlfälschung gegeben, verbreitet wurden."
    )
    rolle = [q for q in quotes if "führende Rolle" in q["text"]]
    assert rolle
    assert set(names_of(rolle, entities).values()) == {"Washington Post"}
    assert {e["kind"] for e in entities if e["name"] == "Washington Post"} == {"ORG"}
