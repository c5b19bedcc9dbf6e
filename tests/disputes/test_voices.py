"""Issue 17 (branch disp6): whose a statement is decides whether it is a claim. A negated noun
read as speaker („keine Gefahr“) is no one; a demand or proposal states no fact, so rejecting it
denies nothing; a Konjunktiv sentence before another voice's trailing „…, heißt es in …“ goes on
with that account, not with a denial; „Anschuldigungen“ name a „Vorwurf“; verbs of denial count
where the lemmatiser misses them („widersprachen“, „entgegneten“). German news sentences written
by hand in the shape of derStandard reports; each runs through the whole product."""

from __future__ import annotations

from zitate.disputes.relations import _speaker_key
from zitate.disputes.voices import named


def test_a_negated_noun_read_as_speaker_is_no_one():
    quote = {"speaker": {"text": "keine Gefahr", "spans": [[0, 12]], "entity": None}}
    assert _speaker_key(quote) is None and named(quote) is None
    quote = {"speaker": {"text": "Die Polizei", "spans": [[0, 11]], "entity": None}}
    assert _speaker_key(quote) == "die polizei" and named(quote) == "Die Polizei"


PROPOSAL = (
    "Wien – Bereits in den vergangenen Tagen haben die Grünen und die Neos eine Senkung der "
    "Mehrwertsteuer auf Lebensmittel vorgeschlagen. Finanzminister Magnus Brunner hat dies als "
    "wirkungslos zurückgewiesen, da die Preise ohnehin sinken würden."
)
CLAIM = (
    "Wien – Die Grünen haben behauptet, Finanzminister Magnus Brunner habe die Mehrwertsteuer auf "
    "Lebensmittel heimlich erhöht. Brunner hat dies als falsch zurückgewiesen."
)


def test_rejecting_a_proposal_denies_no_claim(found):
    assert not [r for r in found(PROPOSAL) if "vorgeschlagen" in r[2]]


def test_rejecting_a_claim_still_denies_it(found):
    assert [r for r in found(CLAIM) if "erhöht" in r[2] and "zurückgewiesen" in r[1]]


ACCUSED = (
    "Rom – Die Staatsanwaltschaft erhebt schwere Vorwürfe gegen den früheren Minister: Er soll "
    "Bestechungsgelder angenommen haben. Der Politiker nannte die Anschuldigungen eine "
    "Verleumdung."
)


def test_anschuldigungen_name_the_vorwuerfe_told_before(found):
    links = [r for r in found(ACCUSED) if "Verleumdung" in r[1]]
    assert links and all("Vorwürfe" in target for _, _, target in links)


EYEWITNESSES = (
    "Paris – Laut Polizei wurden bei der Demonstration 20 Menschen festgenommen, die Lage sei "
    "friedlich geblieben. Augenzeugen widersprachen dieser Darstellung."
)
UNIONS = (
    "Madrid – Die Regierung teilte mit, die Arbeitslosigkeit sei im vergangenen Jahr gesunken. "
    "Die Gewerkschaften entgegneten, die Zahlen berücksichtigten die Kurzarbeit nicht."
)


def test_a_strong_past_of_widersprechen_contradicts(found):
    links = [r for r in found(EYEWITNESSES) if "Augenzeugen widersprachen" in r[1]]
    assert links and links[0][0] == "contradicts" and "friedlich" in links[0][2]


def test_a_weak_past_read_as_infinitive_still_rebuts(found):
    links = [r for r in found(UNIONS) if "Kurzarbeit" in r[1]]
    assert links and "Arbeitslosigkeit" in links[0][2]


LAWSUIT = (
    "Wien – Der frühere Händler wirft dem Flughafen eine jahrelange Kampagne gegen ihn vor. Die "
    "Flughafengesellschaft wies das zurück. Die Folgen der Kampagne hätten seine Geschäfte in "
    "Wien vernichtet. So habe er Millionen verloren, heißt es in der Klagsschrift."
)


def test_konjunktiv_before_another_voices_attribution_continues_no_denial(found):
    assert not [r for r in found(LAWSUIT) if r[1].startswith("Die Folgen")]


CARMAKER = (
    "München – Die Umweltorganisation Greenpeace warf dem Autokonzern vor, Abgaswerte "
    "manipuliert zu haben. Der Konzern räumte ein, dass bei einigen Modellen falsche Werte "
    "angegeben worden seien."
)
OWN_FAILURE = (
    "Berlin – Die Stadt hat ihre Klimaziele für 2030 deutlich verfehlt. Der Bürgermeister räumte "
    "ein, dass die Stadt hinter ihren Zielen zurückgeblieben sei."
)


def test_an_admission_confirms_the_accusation_made_about_the_speaker(found):
    links = [r for r in found(CARMAKER) if "falsche Werte" in r[1]]
    assert links and links[0][0] == "confirms" and "manipuliert" in links[0][2]


def test_an_admission_of_ones_own_failure_confirms_no_one(found):
    assert found(OWN_FAILURE) == []
