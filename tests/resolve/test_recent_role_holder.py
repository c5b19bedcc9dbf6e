"""A definite role noun that fits several persons („der Minister“ after two finance ministers)
takes up the one of them named in the sentence before, not the one the article names more often
(issue 12, task d4b; 10kGNAD row 804 of the dev4 split of gold/speakers).
"""

from __future__ import annotations

VAROUFAKIS = (  # row 804
    "Deutscher Finanzminister Schäuble schließt Ausscheiden Griechenlands aus Eurozone nicht "
    "aus. Athen – Der griechische Finanzminister Yanis Varoufakis hat die Gläubiger seines "
    "Landes ein Tag vor dem Referendum scharf kritisiert. Was sie mit Griechenland machen, hat "
    "einen Namen – Terrorismus, sagte Varoufakis der spanischen Zeitung El Mundo vom Samstag. "
    "Was Brüssel und die Troika heute wollen, ist, dass das Ja gewinnt, damit sie die Griechen "
    "weiter erniedrigen können, sagte der Minister. Auch Schäuble sagte, dass die "
    "Ansteckungsgefahr durch den Zusammenbruch griechischer Banken vergleichsweise gering sei. "
    "Der deutsche Finanzminister Wolfgang Schäuble schließt unterdessen ein Ausscheiden "
    "Griechenlands aus der Eurozone nicht aus."
)


def test_the_minister_is_the_one_named_just_before(analyse):
    _, quotes, entities = analyse(VAROUFAKIS)
    names = {e["id"]: e["name"] for e in entities}
    quote = next(q for q in quotes if q["text"].startswith("Was Brüssel und die Troika"))
    assert quote["speaker"]["text"] == "der Minister"
    assert names[quote["speaker"]["entity"]] == "Yanis Varoufakis"
