"""A nominative pronoun right after the finite verb is the subject; the name fronted before the
verb is an object, which the pronoun never takes up (issue 12, dev4).

Excerpt of a dev4 row (10kGNAD test row 804, derStandard before the Greek referendum: Yanis
Varoufakis on the creditors, Wolfgang Schäuble named in the title) run through the committed
base pipeline, the shipped ``zitate_quotes`` model and ``resolve_speakers`` (fixture
``analyse``).
"""

from __future__ import annotations

VAROUFAKIS = (
    "Deutscher Finanzminister Schäuble schließt Ausscheiden Griechenlands aus Eurozone nicht aus."
    " Athen – Der griechische Finanzminister Yanis Varoufakis hat die Gläubiger seines Landes ein"
    " Tag vor dem Referendum scharf kritisiert. Was sie mit Griechenland machen, hat einen Namen "
    "– Terrorismus, sagte Varoufakis der spanischen Zeitung El Mundo vom Samstag. Was Brüssel und"
    " die Troika heute wollen, ist, dass das Ja gewinnt, damit sie die Griechen weiter "
    "erniedrigen können, sagte der Minister. Was sie mit Griechenland machen, hat einen Namen: "
    "Terrorismus, sagte er der  spanischen Zeitung El Mundo. Wegen der Krise sind die Banken seit"
    " einer Woche  geschlossen. Für Bankomaten gelten Beschränkungen. Die Schuld gab Varoufakis "
    "in  der Frankfurter Allgemeinen Sonntagszeitung den Geldgebern. Europa hat  beschlossen, uns"
    " zu erpressen, damit wir einen Vertrag unterschreiben, der für  niemanden gut ist. Schäuble "
    "warf er vor, schon seit 2012 einen Grexit zu  betreiben."
)


def test_the_pronoun_after_the_verb_speaks_not_the_fronted_dative(analyse):
    """„Schäuble warf er vor, schon seit 2012 einen Grexit zu betreiben.“: „er“ (nominative
    only) after „warf“ is the subject, „Schäuble“ fronted before it the dative object; so the
    speaker phrase is „er“ and it takes up Varoufakis, the last person named before outside
    that clause — never Schäuble, a co-argument of its own verb."""
    _, quotes, entities = analyse(VAROUFAKIS)
    names = {e["id"]: e["name"] for e in entities}
    grexit = [q for q in quotes if "einen Grexit zu" in q["text"]]
    assert grexit, [q["text"][:40] for q in quotes]
    assert grexit[0]["speaker"]["text"] == "er"
    assert names.get(grexit[0]["speaker"]["entity"]) == "Yanis Varoufakis", names
