"""„ander-“ tells someone else (issue 12, resolve stage): „der Manager eines anderen Konkurrenten
der Bahn, der nicht genannt werden will“ is not the Flixbus manager named before („Fabian
Stenger, der Deutschland-Chef von Flixbus“, later „Flixbus-Manager Stenger“) but an unnamed person:
no entity.

Real sentences of the dev page ``trafilatura__sueddeutsche.de.flixtrain`` (shortened). The texts
go through the committed base pipeline (fixture ``nlp``); the quotation records are written by
hand (speaker phrase, quoted span), so these tests check the resolve stage alone.
"""

from __future__ import annotations

from .test_speaker_entities import resolve  # noqa: F401  (the fixture)

FLIXTRAIN = (
    '"Man muss aufpassen, dass aus dem Deutschlandtakt kein DB-Takt wird", sagt Fabian Stenger, '
    "der Deutschland-Chef von Flixbus. Nur durch Wettbewerb könnten die hohen Passagierziele für "
    "die Schiene erreicht werden, sagt Stenger.\n\n"
    "Vom größten Problem für den Wettbewerb spricht der Manager eines anderen Konkurrenten der "
    "Bahn, der nicht genannt werden will.\n\n"
    "Nun zieht auch die Busbranche nach und fordert ähnliche Privilegien. Es sei nicht zu "
    "verstehen, warum Passagiere in Taxis oder dem ICE sieben Prozent Mehrwertsteuer zahlen "
    "sollten, im Fernbus aber 19 Prozent, sagt Flixbus-Manager Stenger."
)


def test_the_manager_of_another_competitor_is_no_one_named_before(resolve):  # noqa: F811
    names, _ = resolve(
        FLIXTRAIN,
        ("Man muss aufpassen, dass aus dem Deutschlandtakt kein DB-Takt wird", "Fabian Stenger"),
        (
            "größten Problem für den Wettbewerb",
            "der Manager eines anderen Konkurrenten der Bahn",
            "spricht",
            "Reported",
        ),
    )
    assert names == ["Fabian Stenger", None]
