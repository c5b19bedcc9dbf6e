"""In a text that lost its quotation marks, a sentence with a speech frame of its own („…, sagte
er in Brüssel am Morgen, aber …“) is no continuation of the running speaker (issue 12, dev4).

Excerpt of a dev4 row (10kGNAD test row 264, derStandard on Tsipras after the Brussels summit:
„Nein zu diesem Europa, heißt ihr Slogan“, then Tsipras's own words) run through the committed
base pipeline, the shipped ``zitate_quotes`` model and ``resolve_speakers`` (fixture
``analyse``).
"""

from __future__ import annotations

BRUSSELS = (
    "Nach der Niederlage in der Runde der Eurozonenchefs muss Griechenlands Premier die "
    "Vereinbarungen zur Kredithilfe zu Hause durchs Parlament bringen. Raus aus diesem Europa, "
    "sagen die Enttäuschten, und wieder ziehen sie  vor das Parlament. Nach der langen Nacht von "
    "Brüssel ruft Griechenlands  geschlagene Linke am Montagabend zur Protestkundgebung auf. Nein"
    " zu  diesem Europa, heißt ihr Slogan. Der Syntagma-Platz in Athen ist die  Bühne für den "
    "Seelenzustand der Nation, und der schwankt nun zwischen  Fassungslosigkeit und grimmiger "
    "Resignation. Mit dem Instinkt eines Volkstribuns hat Alexis Tsipras seine  "
    "Nahezu-Kapitulation in der Runde der Staats- und Regierungschefs der  Eurozone nach 17 "
    "Stunden Verhandlung in einen respektablen Sieg zu  wandeln versucht. Wir haben einen harten "
    "Kampf geliefert, sagte er in  Brüssel am Morgen, aber jetzt werden auch die Oligarchen "
    "zahlen.  Griechenland brauche Reformen gegen die Oligarchen, die von der Krise  profitiert "
    "hätten."
)


def test_the_sentence_with_its_own_frame_is_tsipras_not_the_slogan(analyse):
    """„Wir haben einen harten Kampf geliefert, sagte er in Brüssel am Morgen, aber jetzt werden
    auch die Oligarchen zahlen.“ and the Konjunktiv sentence after it are Tsipras's („er“), not
    a continuation of „ihr Slogan“ three sentences before."""
    _, quotes, entities = analyse(BRUSSELS)
    names = {e["id"]: e["name"] for e in entities}
    for opening in ("Wir haben einen harten Kampf", "Griechenland brauche Reformen"):
        found = [q for q in quotes if q["text"].startswith(opening)]
        assert found, [q["text"][:40] for q in quotes]
        assert found[0]["speaker"]["text"] == "er"
        assert names.get(found[0]["speaker"]["entity"]) == "Alexis Tsipras", names
