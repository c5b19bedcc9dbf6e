"""Issue 17: claims stated in the passive without a speaker, which the quotes stage does not
extract — a passive accusation („Dem früheren Kongressabgeordneten werden … vorgeworfen“), a
passive justification („Begründet wird das Vorhaben mit dem Fachkräftemangel“) — answered by a
denial that points at them; and a denial told by the narrator's verb with the speaker as its
subject („…, bezweifelt Arbeitswissenschaftler Thomas Langhoff: …“). Real sentences of the ORF
and WDR pages of ``shared/data/html``."""

from __future__ import annotations

import pytest

from zitate.bench.disputes import analyse
from zitate.disputes.unsaid import unsaid_claims

ACCUSED = (
    "Trump hatte ursprünglich den umstrittenen Kongressabgeordneten Gaetz für den Posten "
    "vorgesehen. Dem früheren Kongressabgeordneten aus Florida werden unter anderem Sex mit einer "
    "Minderjährigen und Drogenkonsum vorgeworfen. Beides weist der 42-Jährige zurück."
)


@pytest.fixture(scope="module")
def nlp():
    from zitate.quotes.pipeline import attribution_pipeline

    return attribution_pipeline()


def _found(record: dict) -> list[tuple[str, str, str]]:
    text = {q["id"]: q["text"] for q in record["quotes"]}
    return [(r["type"], text[r["source"]], text[r["target"]]) for r in record["relations"]]


def test_passive_accusation_is_a_claim_without_speaker(nlp):
    doc = nlp(ACCUSED)
    # on the page the quotes stage does not take the accusation: only the denial is a quotation
    denial = [q for q in doc._.zitate_quotes if q["text"].startswith("Beides")]
    claims = unsaid_claims(doc, denial)
    assert [c["text"] for c in claims] == [
        "Dem früheren Kongressabgeordneten aus Florida werden unter anderem Sex mit einer "
        "Minderjährigen und Drogenkonsum vorgeworfen"
    ]
    assert claims[0]["speaker"] is None and claims[0]["type"] == "Reported"


def test_denial_answers_the_passive_accusation(shared_data, nlp):
    record = analyse({"page": "fundus__at__ORF_2024_11_22.html"}, shared_data, nlp)
    assert ("denies", "Beides weist der 42-Jährige zurück.",
            "Dem früheren Kongressabgeordneten aus Florida werden unter anderem Sex mit einer "
            "Minderjährigen und Drogenkonsum vorgeworfen") in _found(record)  # fmt: skip
    # the claim becomes a quotation of the record, with no speaker, ids unique; the passive
    # accusation of Lewandowski further down, which no one answers, does not
    ids = [q["id"] for q in record["quotes"]]
    assert len(ids) == len(set(ids))
    added = [q for q in record["quotes"] if q["speaker"] is None and q["type"] == "Reported"]
    assert not any("Lewandowski vorgeworfen" in q["text"] for q in added)


def test_passive_without_a_denial_adds_nothing(nlp):
    # an accusation no one answers stays out of the record; a passive of building is no claim
    text = (
        "Damals wurde Trumps Berater Corey Lewandowski vorgeworfen, eine Spenderin belästigt zu "
        "haben. Die Brücke wurde im Jahr 1990 von der Stadt gebaut."
    )
    record = analyse({"id": "orf-lewandowski", "text": text}, None, nlp)
    assert record["relations"] == []
    assert not any("gebaut" in q["text"] for q in record["quotes"])
    doc = nlp("Die Brücke wurde im Jahr 1990 von der Stadt gebaut.")
    assert unsaid_claims(doc, []) == []


def test_doubt_told_by_the_narrator_answers_the_passive_justification(shared_data, nlp):
    record = analyse({"page": "fundus__de__WDR_2024_04_22.html"}, shared_data, nlp)
    found = _found(record)
    doubt = [(k, t) for k, s, t in found if "bezweifelt Arbeitswissenschaftler" in s]
    assert doubt == [("contradicts", "Begründet wird das Vorhaben mit dem Fachkräftemangel")]
    # Langhoff's next sentence argues on („Das habe sich bereits vor 20 Jahren gezeigt“): no
    # relation of its own
    assert not any(s.startswith("Das habe sich bereits vor 20 Jahren") for _, s, _ in found)


def test_additive_continuation_answers_no_claim(shared_data, nlp):
    # „Dafür fehlten belastbare Studien, sagt der Verband … Zudem würden Feuerwehr-Beamte mit 48
    # Wochenstunden ohnehin deutlich mehr arbeiten …“: the second sentence is a new argument
    record = analyse({"page": "fundus__de__WDR_2024_04_22.html"}, shared_data, nlp)
    found = _found(record)
    assert any(s.startswith("Dafür fehlten belastbare Studien") for _, s, _ in found)
    assert not any(s.startswith("Zudem würden Feuerwehr-Beamte") for _, s, _ in found)


def test_negated_confirmation_answers_the_confirmation_before_it(shared_data, nlp):
    # „Das südkoeranische Vereinigungsministerium bestätigte den Auftritt des Diktators …“ —
    # „Der US-Nachrichtensender CNN wiederum scheint skeptischer zu sein. Die Echtheit der Bilder
    # könne noch nicht zweifelsfrei bestätigt werden.“
    record = analyse({"page": "trafilatura__fr.de.nordkorea.html"}, shared_data, nlp)
    found = _found(record)
    doubt = [(k, t) for k, s, t in found if s.startswith("Die Echtheit der Bilder")]
    assert doubt and all(
        k == "contradicts" and t.startswith("Das südkoeranische Vereinigungsministerium bestätigte")
        for k, t in doubt
    )
    # the presidential office's „Es könne nicht bestätigt werden“, 50 sentences on, does not
    # answer the ministry's confirmation
    assert not any(
        s.startswith("Es könne nicht bestätigt werden") and "Vereinigungsministerium" in t
        for _, s, t in found
    )
