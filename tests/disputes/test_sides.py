"""One voice neither denies, contradicts nor confirms itself: a spokesperson or member does not
answer the body they speak for, and a statement that itself calls the claims baseless is no
claim a denial of them answers. Real German news: 10kGNAD corpus row 438 (DER STANDARD, police of
Styria on rumours about refugees) and the SpiegelOnline page of 2023-04-28 (Federal Reserve on the
Silicon Valley Bank), run through the whole product."""

from __future__ import annotations

import pytest

from zitate.bench.disputes import analyse
from zitate.disputes.sides import Sides

POLICE = (
    "Polizei klagt über Riesenaufwand, den haltlose Gerüchte verursachen. "
    "Diese ganzen Meldungen sind ein Blödsinn und dienen nur der Verunsicherung der Bevölkerung, "
    "sagt Fritz Grundnig, Sprecher von Polizei und Innenministerium, im Gespräch mit dem STANDARD "
    "am Samstagnachmittag. "
    "Was der Polizei aber tatsächlich extra Arbeit verursache und einen Riesenaufwand, den wir "
    "momentan nicht brauchen können, sei dieses dauernde Streuen von Gerüchten, so Grundig: Auch "
    "Facebook kann man nicht einfach abtun, das lesen wahnsinnig viele Leute und das ist ein "
    "Mega-Aufwand, all diesen Gerüchten nachzugehen, die sich dann als haltlos herausstellen."
)
FED = (
    "Die Aufsicht der Fed über die in Santa Clara ansässige Regionalbank habe sich als "
    "unzureichend erwiesen, die Regulierungsstandards seien zu schwach, teilte die US-Notenbank "
    "mit. »Der Zusammenbruch der SVB zeigt, dass es Mängel in der Regulierung und in der Aufsicht "
    "gibt, die angegangen werden müssen«, erklärte der für die Bankenaufsicht zuständige "
    "Fed-Vizechef Michael Barr in einem Brief."
)
KUNASEK = (
    "Polizei klagt über Riesenaufwand, den haltlose Gerüchte verursachen. "
    "Der steirische FPÖ-Chef titelte in einer Aussendung: Sicherheit der Bevölkerung nicht mehr "
    "gewährleistet!"
)


@pytest.fixture(scope="module")
def record(shared_data):
    from zitate.quotes.pipeline import attribution_pipeline

    nlp = attribution_pipeline()
    return lambda text: analyse({"id": "test", "text": text}, shared_data, nlp)


def by_speaker(rec: dict, words: str) -> dict:
    return next(q for q in rec["quotes"] if words in ((q.get("speaker") or {}).get("text") or ""))


def test_spokesman_does_not_deny_the_police_headline_he_speaks_for(record):
    rec = record(POLICE)
    headline = next(q for q in rec["quotes"] if q["text"].startswith("Polizei klagt"))
    # „… all diesen Gerüchten nachzugehen, die sich dann als haltlos herausstellen“ rejects the
    # rumours, as the headline's „haltlose Gerüchte“ does: no denial of the police
    assert not [r for r in rec["relations"] if r["target"] == headline["id"]]


def test_spokesman_of_police_and_police_are_one_side(record):
    rec = record(POLICE)
    sides = Sides(rec["quotes"], rec["entities"])
    police = by_speaker(rec, "Polizei")
    spokesman = by_speaker(rec, "Fritz Grundnig, Sprecher von Polizei")
    assert (police.get("speaker") or {}).get("text") == "Polizei"
    assert sides.same(spokesman, police) and sides.same(police, spokesman)


def test_fed_vice_chair_speaks_for_the_fed(record):
    rec = record(FED)
    sides = Sides(rec["quotes"], rec["entities"])
    assert sides.same(by_speaker(rec, "Fed-Vizechef Michael Barr"), by_speaker(rec, "Fed"))


def test_party_chief_is_not_of_the_police_side(record):
    rec = record(KUNASEK)
    sides = Sides(rec["quotes"], rec["entities"])
    chief = by_speaker(rec, "FPÖ-Chef")
    police = next(q for q in rec["quotes"] if q["text"].startswith("Polizei klagt"))
    assert not sides.same(chief, police)
