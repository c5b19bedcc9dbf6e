"""Reports and media as sources, and continuation frames (issue 12, laut).

A medium named in quotation marks is part of the source phrase and its speaker („Nach Angaben
des Magazins „Der Spiegel““, „Die „Süddeutsche Zeitung“ hatte berichtet“: Wikinews annotates
the whole phrase with the name as speaker), not words of the quotation; the report a passive
cue stands in is its source („In einem Bericht der Salzburger Nachrichten wurde vermutet“);
two coordinated cue verbs frame two statements („…, sagte Wibisono und fügte hinzu, …“); a
spokesperson of an institution „in Stuttgart“ speaks for the institution, not the city. Real
sentences: Wikinews train (12325, 12839, 3354, 19599, 54964), the BR page of ``shared/data/html``
(dev), 10kGNAD rows 139, 577 and 702 (row 702 is dev3; 139 and 577 have no gold file).
"""

from __future__ import annotations

import pytest

SPIEGEL = (  # Wikinews train 12325 (gold speaker: „Angaben des Magazins „Der Spiegel““)
    "Nach Angaben des Magazins „Der Spiegel“ sei bei den Amerikanern die Befürchtung "
    "aufgekommen, mit den Gütern würde BSE eingeführt."
)
SZ = (  # Wikinews train 12839 (gold speaker: „Die „Süddeutsche Zeitung““)
    "Die „Süddeutsche Zeitung“ hatte gestern berichtet, 200 feste und 300 freie Mitarbeiter "
    "sollen entlassen werden."
)
HOYZER = (  # Wikinews train 3354
    "Nach Informationen des Nachrichtenmagazins „Der Spiegel“ hat der in Untersuchungshaft "
    "sitzende ehemalige Fußballschiedsrichter Robert Hoyzer in der Untersuchungshaft erneut "
    "schwere Anschuldigungen gegen seine ehemaligen Kollegen geäußert."
)
KRAPP = (  # BR 2024-04-22 (dev gold: Direct, then Indirect after the colon, Karin Krapp)
    "Mich haben viele davon stutzig gemacht. „Stutzig, weil ich das Gefühl hatte, dass "
    "angefangen wurde zu reden, bevor die Studie überhaupt wahrgenommen werden konnte“, sagte "
    "Krapp und fügte hinzu: Es seien hier die gleichen Abwehrreaktionen sichtbar geworden, die "
    "die Studie zuvor beschrieben habe."
)
WIBISONO = (  # 10kGNAD row 577 (derStandard, quotation marks stripped)
    "Diese mangelnde Kooperationsbereitschaft scheint leider die Fortsetzung einer Situation zu "
    "signalisieren, in der die Palästinenser täglich unter den Menschenrechtsverletzungen der "
    "israelischen Besatzung leiden, sagte Wibisono und fügte hinzu, die Schuldigen für diese "
    "Rechtsverstöße würden nie zur Rechenschaft gezogen."
)
GLUDOVATZ = (  # 10kGNAD row 139 (derStandard, quotation marks stripped)
    "Wir sind nicht so vermessen, dass wir Rapid nach dem einen schlechten Ergebnis bewerten, "
    "sagte Gludovatz und ergänzte: Wir müssen einen Abwärtstrend aufhalten, Rapid hatte nur "
    "einen Aussetzer."
)
RSF = (  # Wikinews train 54964 (gold speaker: „Die Organisation „Reporter ohne Grenzen““)
    "Die Organisation „Reporter ohne Grenzen“ weist darauf hin, dass die Berichterstattung aus "
    "besonders gefährlichen Regionen der Welt immer schwieriger werde."
)
SALZBURG = (  # Wikinews train 19599 (gold speaker: „einem Bericht der Salzburger Nachrichten“)
    "In einem Bericht der Salzburger Nachrichten wurde vermutet, dass keine der Personen "
    "überlebt hat."
)
STUTTGART = (  # 10kGNAD row 702 (dev3 gold: the ministry, mention with „in Stuttgart“)
    "Die Mitarbeiter von Feuerwehr, Technischem Hilfswerk, Rotem Kreuz, "
    "Lebensrettungs-Gesellschaft und Polizei seien im Dauereinsatz, teilte ein Sprecher des "
    "Lagezentrums im Innenministerium in Stuttgart mit."
)


@pytest.fixture(scope="module")
def run():
    from zitate.bench.speakers import analyse_text
    from zitate.quotes.pipeline import attribution_pipeline

    nlp = attribution_pipeline()

    def analyse(text: str) -> list[tuple[dict, str | None]]:
        record = analyse_text(text, "laut.txt", nlp)
        names = {e["id"]: e["name"] for e in record["entities"]}
        return [(q, names.get((q["speaker"] or {}).get("entity"))) for q in record["quotes"]]

    return analyse


def _one(found, words: str) -> tuple[dict, str | None]:
    return next((q, name) for q, name in found if words in q["text"])


@pytest.mark.parametrize(
    ("text", "words", "speaker", "entity"),
    [
        (SPIEGEL, "Befürchtung", "Angaben des Magazins „Der Spiegel“", "Der Spiegel"),
        (SZ, "Mitarbeiter", "Die „Süddeutsche Zeitung“", "Süddeutsche Zeitung"),
        (RSF, "gefährlichen", "Die Organisation „Reporter ohne Grenzen“", "Reporter ohne Grenzen"),
        (HOYZER, "schwere", "Informationen des Nachrichtenmagazins „Der Spiegel“", "Der Spiegel"),
    ],
)  # fmt: skip
def test_a_medium_in_quotation_marks_is_the_speaker(run, text, words, speaker, entity):
    quote, name = _one(run(text), words)
    assert quote["speaker"]["text"] == speaker
    assert "„" not in quote["text"]  # the name is no word of the quotation
    assert name == entity


@pytest.mark.parametrize(
    ("text", "first", "second", "speaker"),
    [
        (KRAPP, "Stutzig, weil", "Es seien hier", "Krapp"),
        (WIBISONO, "Diese mangelnde", "die Schuldigen", "Wibisono"),
        (GLUDOVATZ, "Wir sind nicht", "Wir müssen", "Gludovatz"),
    ],
)
def test_two_coordinated_cues_frame_two_statements(run, text, first, second, speaker):
    found = run(text)
    one, one_name = _one(found, first)
    two, two_name = _one(found, second)
    assert one is not two
    assert first not in two["text"] and second not in one["text"]
    assert one_name == two_name == speaker
    assert two["cue"]["text"] in ("fügte hinzu", "ergänzte")
    assert "hinzu" not in one["cue"]["text"]  # the first cue is „sagte“ alone


def test_the_second_statement_keeps_its_mood(run):
    found = run(KRAPP)
    assert _one(found, "Stutzig, weil")[0]["type"] == "Direct"
    assert _one(found, "Es seien hier")[0]["type"] == "Indirect"


def test_the_report_a_passive_cue_stands_in_is_its_source(run):
    quote, name = _one(run(SALZBURG), "keine der Personen")
    assert quote["speaker"]["text"] == "einem Bericht der Salzburger Nachrichten"
    assert name == "Salzburger Nachrichten"


def test_a_spokesperson_speaks_for_the_institution_not_its_seat(run):
    _, name = _one(run(STUTTGART), "Dauereinsatz")
    assert name == "Innenministerium in Stuttgart"
