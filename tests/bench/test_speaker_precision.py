"""``zitate bench speakers`` counts the system's statements without a gold counterpart (the
precision of what zitate finds on real news, issue 12 item 3)."""

from __future__ import annotations

from zitate.bench.speakers import GoldPage, GoldStatement, precision, score_page

TEXT = (
    "„Sexualisierte Gewalt darf keinen Platz in unserer Kirche haben“, sagte die "
    "Synodalpräsidentin. Es geht nicht um Menschen, sondern um große Worte."
)


def _quote(kind: str, part: str) -> dict:
    start = TEXT.index(part)
    return {"type": kind, "text": part, "spans": [[start, start + len(part)]], "speaker": None}


def test_a_statement_without_gold_counterpart_lowers_precision():
    gold = GoldPage(
        "page.html",
        "dev",
        (
            GoldStatement(
                "Sexualisierte Gewalt darf keinen Platz in unserer Kirche haben",
                "Direct",
                None,
                None,
                None,
                (),
            ),
        ),
        (),
    )
    record = {
        "article": {"text": TEXT},
        "entities": [],
        "quotes": [
            _quote("Direct", "Sexualisierte Gewalt darf keinen Platz in unserer Kirche haben"),
            _quote("Indirect", "sondern um große Worte"),
        ],
    }
    system: list[tuple[str, bool]] = []
    log: list[str] = []
    assert score_page(gold, record, log.append, system) == [("Direct", "right")]
    assert system == [("Direct", True), ("Indirect", False)]
    assert precision(system) == {"system": 2, "unmatched": 1, "precision": 0.5}
    assert any(line.startswith("  EXTRA  Indirect") for line in log)
