"""Definite noun phrases that take up a study, a research outlet or a theatre named earlier in
the article (resolve stage): „Die Untersuchung“ after „die sogenannte ForuM-Studie“, „Den
Recherchen zufolge“ after a research network led by „The Insider“, „Das Theater“ after „das
Theaterensemble „Das letzte Kleinod““; and an organisation named with a genitive and its place
(„Nach Angaben des Vereinigungsministeriums in Seoul“) is named in the nominative.

Excerpts of dev pages (``html/fundus__de__BR_2024_04_22.html``, ``…FAZ_2024_04_17.html``,
``…RBB24_2024_04_25.html``, text of their ``.gold.txt``; ``trafilatura__fr.de.nordkorea.html``,
visible page text) run through the committed base pipeline, the shipped ``zitate_quotes`` model
and ``resolve_speakers`` (fixture ``analyse``).
"""

from __future__ import annotations

import pytest

FORUM = (
    "Vor drei Monaten wurde die sogenannte ForuM-Studie zu sexuellem Missbrauch in "
    "evangelischer Kirche und Diakonie veröffentlicht. Die Untersuchung spricht für den "
    "Zeitraum von 1946 bis 2020 von mindestens 2.225 Betroffenen und 1.259 mutmaßlichen "
    "Tätern."
)

INSIDER = (
    "Auch in den jüngsten Enthüllungen zur Arbeit der russischen Dienste taucht Genf auf. "
    "Ein Rechercheverbund unter Führung des exilrussischen Investigativportals „The "
    "Insider“ will herausgefunden haben, dass russische Spezialagenten hinter den "
    "verdeckten Angriffen auf die zentralen Nervensysteme westlicher Diplomaten mittels "
    "Mikrowellen oder elektromagnetischer Energie stecken. Die darauf zurückzuführenden "
    "Symptome wie stechende Kopfschmerzen, Hörverlust, Schwindel und Übelkeit laufen unter "
    "dem Begriff „Havanna-Syndrom“, weil die ersten Fälle im Jahr 2016 in der kubanischen "
    "Hauptstadt auftraten.\n"
    "\n"
    "Den Recherchen zufolge bereiteten die Agenten ihre Anschläge in Europa regelmäßig in "
    "Genf vor, getarnt als Englisch-Sprachschüler oder als Mitarbeiter der Ständigen "
    "Vertretung der Russischen Föderation bei den Vereinten Nationen, einem streng "
    "abgeschirmten, riesigen Komplex mit einem halben Dutzend Gebäuden."
)

THEATER = (
    'Doch jetzt zieht wieder Leben ein. Mit dem Stationstheater "Hotel Lunik" macht das '
    'Theaterensemble "Das letzte Kleinod" das Haus wieder zugänglich. Erinnerungen von '
    "ehemaligen Angestellten und Gästen leben an den originalen Schauplätzen wieder auf. Am "
    "Dienstagabend hatte das Theaterstück Premiere.\n"
    "\n"
    "Die Ruine wird zur Theaterbühne\n"
    "\n"
    "Wer allerdings an diesem Abend eine Bühne und lange Stuhlreihen erwartet hatte, wurde "
    'enttäuscht. "Hotel Lunik" spielt im gesamten Haus: vom Keller bis zur Dachterrasse in '
    "der fünften Etage mit grandiosem Ausblick. Die Rezeption, der Speisesaal, die Küche, "
    "die Nachtbar, der Hotelflur und einzelne Zimmer - all das ist die Theaterbühne. In "
    "einem Haus, an das viele Zuschauer an diesem Abend zunächst schöne Erinnerungen haben, "
    'wie eine Dame vor dem Stück berichtet. "Dort war eine sehr schöne Gaststätte, wo wir '
    'mit meinem Mann und Freunden essen waren. Sogar noch mit Live-Band."\n'
    "\n"
    "Geschichten der Zeitzeugen\n"
    "\n"
    "Dann geht es hinter die Kulissen. In kleinen Gruppen werden die Gäste von Szene zu "
    "Szene geführt. Vom Restaurant aus geht es in den Keller. Dort wurde das gelagert, was "
    'sonst eher knapp war, erzählt ein "ehemaliger Küchenangestellter". Gespielt wird '
    'dieser von Richard Gonlag. "Orangen und Bananen gab es immer auf dem '
    'Frühstücksbuffet", erklärt er aus seiner Rolle heraus dem Publikum. "Die haben wir von '
    "Leipzig gekriegt, weil Leipzig war die Zentrale Interhotel (eine Hotelkette der DDR "
    'mit gehobener Klasse, Anmerk. d. Red.)".\n'
    "\n"
    "Anschließend führt der Weg die Zuschauer durch ein enges Treppenhaus wieder nach oben. "
    'Die nächste Szene spielt in der Küche. Sie werden dort direkt angefahren: "Ruhe! Wir '
    'durften nicht quatschen." Augenblicklich verstummt das Getuschel. "Denn reden durfte '
    'nur der Küchenchef, der vorne stand. Das war aber meistens ich."\n'
    "\n"
    "So erleben die Besucher an Originalschauplätzen die Geschichten, die Zeitzeugen "
    "berichtet haben. Regisseur Jens Erwin Siemssen hat dafür unzählige Interviews geführt. "
    'Nun werden diese Erinnerungen wieder lebendig. "Das ist natürlich ein Flashback für '
    "die Leute, die kommen. Die haben sich oder auch Kollegen wiedererkannt. Es ist eins zu "
    'eins das, was wir gehört haben."\n'
    "\n"
    "Während der Aufführung wird viel gelacht und bestätigt, dasws es sich im Hotel genauso "
    "zugetragen habe. Bei Musik und Gesang beginnen einige Besucher spontan zu schunkeln "
    "und zu tanzen.\n"
    "\n"
    "Die Schattenseite hinter der Hotel-Kulisse\n"
    "\n"
    "Es gibt aber auch Szenen, die zeigen, dass das Leben und Arbeiten im Lunik teils "
    "weniger schöne Seiten hatte und vor allem streng überwacht war. Zu Gast waren "
    "Reisegruppen aus der Sowjetunion, Politprominenz, aber auch Gastarbeiter aus der BRD "
    "und aus Österreich. Jeglicher Kontakt mit diesen Gästen aus dem nicht sozialistischen "
    "Ausland war dem Personal verboten, so die bittere und traurige Erinnerung einer "
    'einstigen Kellnerin - gespielt von Elisabeth Müller. "Für meinen Sohn war es nicht '
    "ungewöhnlich, ohne Vater aufzuwachsen - weil er nie einen hatte. Er ist aus dem "
    "Westen. Wir hatten uns damals verliebt. Aber jemand von der Bedienung hatte mich "
    'ausspioniert und angeschissen, wegen dem Kind."\n'
    "\n"
    "Das Theater erzählt diese und viele andere Geschichten."
)

SEOUL = (
    "Nach Angaben des Vereinigungsministeriums in Seoul war es das erste Mal seit seiner "
    "Machtübernahme Ende 2011, dass er einen Besuch des Mausoleums am Geburtstag Kim Il "
    "Sungs verpasste, wo die einbalsamierten Leichen seines Vaters und Großvaters liegen."
)


@pytest.mark.parametrize(
    ("text", "speaker", "words", "name"),
    [
        (FORUM, "Die Untersuchung", "2.225 Betroffenen", "ForuM-Studie"),
        (INSIDER, "Den Recherchen", "Anschläge in Europa", "The Insider"),
        (THEATER, "Das Theater", "andere Geschichten", "Das letzte Kleinod"),
    ],
)
def test_definite_noun_takes_up_what_was_named_before(analyse, text, speaker, words, name):
    """The definite noun phrase speaks for the study, outlet or ensemble named before."""
    assert_speaker(analyse, text, words, speaker, name)


def test_genitive_organisation_with_its_place_in_the_nominative(analyse):
    """„Nach Angaben des Vereinigungsministeriums in Seoul“: the ministry in the nominative."""
    _, quotes, entities = analyse(SEOUL)
    names = {e["id"]: e["name"] for e in entities}
    assert quotes, quotes
    assert names.get(quotes[0]["speaker"]["entity"]) == "Vereinigungsministerium in Seoul", quotes


def assert_speaker(analyse, text: str, words: str, speaker: str, name: str) -> None:
    """The first quotation of ``text`` that holds ``words`` has the speaker phrase ``speaker``
    and its entity is named ``name``."""
    _, quotes, entities = analyse(text)
    names = {e["id"]: e["name"] for e in entities}
    found = [q for q in quotes if words in q["text"]]
    assert found, [q["text"][:40] for q in quotes]
    assert found[0]["speaker"]["text"] == speaker, found[0]["speaker"]
    assert names.get(found[0]["speaker"]["entity"]) == name, found[0]["speaker"]
