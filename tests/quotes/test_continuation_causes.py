"""Causes that broke the running speaker of Konjunktiv continuations (dev3 and dev2 10kGNAD).

- „Das heißt, …“ is the connective „that means“, not „heißt es“: no cue, so the „…, so X.“ of the
  sentence names its speaker, and the Konjunktiv sentences after it continue X's words.
- A Konjunktiv sentence whose colon frame has a participle of its own clause and no speaker
  („… habe sich aber als schwierig erwiesen – obzwar: …“) continues the running speaker.
- A short quoted phrase inside a Konjunktiv sentence („Die ATU sei die »wichtigste
  Organisation«, die …“) marks the speaker's own words, no quotation of its own: the sentence
  still continues the statement before it.
- A genitive attribute in a writer's sentence between („… einen ersten Fragenkatalog des
  Oberlandesgerichts München beantwortet.“) is whose something is, never who goes on speaking.

All texts are real: the 10kGNAD test CSV rows 750 and 214 (dev3) and 37 (dev2), and the
neues-deutschland page on the Chicago rent strike (dev,
``trafilatura__neues-deutschland.de.mietenstreik.html``, the text zitate extracts from it).
"""

from __future__ import annotations

import pytest

from zitate.quotes.pipeline import attribution_pipeline

from .test_running_speaker import holder

CONTINUING = ("FreeIndirect", "IndirectFreeIndirect")

PUDSCHEDL = (
    "In erster Linie führt die Arbeitsmarktöffnung den Angaben zufolge in Österreich jedenfalls "
    "zum Ersatz anderer Ausländer. Das heißt, neue Ausländer verdrängen alte Ausländer, so "
    "Pudschedl. Das gelte vor allem für Branchen wie den Bau oder den Tourismus. Im Handel treffe "
    "die Verdrängung eher inländische Kräfte."
)
HAVRANEK = (
    "Havranek prüfte zunächst die Geschäfte in der Ukraine und in Bulgarien und stellte dabei "
    "eine Nonchalance bei der Risikoprüfung fest. Selbige sei, mangels funktionierender IT, "
    "händisch vonstatten gegangen. Ziel sei es gewesen, eine Netzwerkanalyse zu erstellen, also "
    "Verbindungen von Personen und Gesellschaften aufzuzeigen. Der Zugang zu Unterlagen und "
    "Mail-Accounts habe sich aber als schwierig erwiesen – obzwar: nicht für alle Protagonisten."
)
ZSCHAEPE = (
    "Zschäpe schilderte beispielhaft, wie es einmal Streit gegeben habe wegen einer Pistole, die "
    "offen auf dem Tisch in der Wohnung herumlag. Sie habe das nicht gewollt. Uwe Böhnhardt war "
    "das egal, und er beendete den lautstarken Streit mit Schlägen, heißt es in Zschäpes "
    "Erklärung. Sie hatte im Dezember ihr bis dahin jahrelanges Schweigen gebrochen und im Jänner "
    "einen ersten Fragenkatalog des Oberlandesgerichts München beantwortet. Streit habe es auch "
    "beim Zugang zum Internet gegeben."
)
GUTIERREZ = (
    "Doch obwohl es viel Aktivismus in der Stadt gibt und sich in der Coronaviruskrise mehr "
    "Menschen an die ATU und andere Organisationen wenden, bei Online-Schulungen zu Mieterrechten "
    "aus dem eigenen Wohnzimmer heraus teilnahmen und Tausende an einer virtuellen "
    "Mietenstopp-Versammlung teilnahmen: »Die Eskalation des Protests ist gerade sehr schwierig, "
    "weil wir dazu normalerweise direkte Aktionsformen, wie Demonstrationen oder zivilen "
    "Ungehorsam nutzen«, räumt Gutierrez ein.\n\nDie ATU sei die »wichtigste Organisation«, die "
    "die Forderung nach einem Mietenstopp während der Pandemie vorantreibe, in dem sie "
    "Parlamentarier und auch den demokratischen Gouverneur etwa mit Telefonanrufen unter Druck "
    "setzt."
)


@pytest.fixture(scope="module")
def nlp():
    return attribution_pipeline()


def test_das_heisst_is_no_cue(nlp):
    quote = holder(nlp, PUDSCHEDL, "neue Ausländer verdrängen")
    assert quote["speaker"]["text"] == "Pudschedl"
    assert quote["cue"]["text"] == "so"


@pytest.mark.parametrize(
    ("text", "sentence", "speaker"),
    [
        (PUDSCHEDL, "Das gelte vor allem", "Pudschedl"),
        (PUDSCHEDL, "Im Handel treffe", "Pudschedl"),
        (HAVRANEK, "Der Zugang zu Unterlagen", "Havranek"),
        (ZSCHAEPE, "Streit habe es auch", "Zschäpe"),
        (GUTIERREZ, "Die ATU sei", "Gutierrez"),
    ],
)
def test_the_continuation_keeps_the_running_speaker(nlp, text, sentence, speaker):
    quote = holder(nlp, text, sentence)
    assert quote["type"] in CONTINUING
    assert quote["speaker"] is not None and speaker in quote["speaker"]["text"]
