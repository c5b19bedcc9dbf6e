"""Issue 17 on real pages of ``shared/data/html`` (dev pages of ``gold/disputes``): each page goes
through the product as ``zitate extract`` runs it, and the relations the disputes stage gives are
checked against what a reader of the page sees — the denial said in a sentence of its own before
the quotation („Der AStA wies Luckes Kritik am Samstag zurück.“), a judgement without a verb of
the lexicon („Das ist doch absurd“), a contradiction verb with a definite claim noun („HRW
widerspricht der Darstellung jedoch“), and no relation where the page holds none."""

from __future__ import annotations

import pytest

from zitate.bench.disputes import analyse


@pytest.fixture(scope="module")
def page(shared_data):
    from zitate.quotes.pipeline import attribution_pipeline

    nlp = attribution_pipeline()

    def run(name: str) -> tuple[dict, list[tuple[str, str, str]]]:
        record = analyse({"page": name}, shared_data, nlp)
        text = {q["id"]: q["text"] for q in record["quotes"]}
        found = [(r["type"], text[r["source"]], text[r["target"]]) for r in record["relations"]]
        return record, found

    return run


def test_lead_sentence_denial_answers_the_criticism_it_names(page):
    # „Der AStA wies Luckes Kritik am Samstag zurück. «Wenn jemand …», schrieb der AStA …“
    _, found = page("trafilatura__welt.de-d90b1938.html")
    # the lead sentence is a Reported statement of the AStA itself (gold/speakers has it): the
    # denial comes from it or, where it is no quotation, from the statement it introduces
    lead = "Der AStA wies Luckes Kritik am Samstag zurück."
    answer = [(k, t) for k, s, t in found if s == lead or s.startswith("«Wenn jemand eine Täter")]
    assert ("denies", "Der AStA entziehe sich seiner Verantwortung, indem er in grotesker Weise "
            "die Opfer zu Tätern mache") in answer  # fmt: skip
    # Friday's separate complaint of the AStA is no continuation of Saturday's denial
    assert not any(s.startswith("Lucke habe die Studierenden") for _, s, _ in found)


def test_judgement_without_a_lexicon_verb_on_a_real_page(page):
    # „„Was? … Das ist doch absurd“, schimpft der AfD-Chef“ answers Voigt's account of Höcke
    _, found = page("fundus__de__DieWelt_2024_08_27.html")
    absurd = [(k, t) for k, s, t in found if s.startswith("„Was? … Das ist doch absurd")]
    assert absurd and all(k == "denies" and "Björn Höcke hat jetzt am Wochenende" in t
                          for k, t in absurd)  # fmt: skip
    # the viewer's „glatte Lüge“ has no speaker the page's analysis finds: no relation from it
    assert not any(s.startswith("„Man merkt schon wieder") for _, s, _ in found)


def test_definite_claim_noun_after_a_contradiction_verb(page):
    # „Die Hamas habe angegeben, dass … HRW widerspricht der Darstellung jedoch: «…»“
    _, found = page("fundus__ch__NZZ_2024_07_18.html")
    claim = "dass ihre Mitglieder angewiesen gewesen seien, keine Zivilisten anzugreifen"
    assert ("contradicts", "«Der grossangelegte Angriff richtete sich dezidiert gegen die "
            "Zivilbevölkerung.»", claim) in found  # fmt: skip
    # the frame is a Reported statement of its own (issue 12, quotes.beside) — the source that
    # gold/disputes names („HRW widerspricht der Darstellung jedoch“) — and answers the same claim
    assert ("contradicts", "der Darstellung jedoch", claim) in found
    assert len(found) == 2


@pytest.mark.parametrize(
    "name",
    [
        # „räumt Gutierrez ein“ about the speaker's own difficulty: read twice as two quotations
        # of the same words, which must not confirm each other
        "trafilatura__neues-deutschland.de.mietenstreik.html",
        # a report of facts with statements and no dispute
        "fundus__de__Tagesschau_2023_04_28.html",
    ],
)
def test_no_relation_on_a_page_without_a_dispute(page, name):
    assert page(name)[1] == []


def test_missing_evidence_contradicts_the_argument_it_names(page):
    # WDR: the state government's argument, then „Dafür fehlten belastbare Studien, sagt der
    # Verband der Feuerwehren NRW“
    _, found = page("fundus__de__WDR_2024_04_22.html")
    assert any(
        k == "contradicts" and s == "Dafür fehlten belastbare Studien"
        and t.startswith("dass technischer Fortschritt und eine heute verbesserte")
        for k, s, t in found
    )  # fmt: skip
