"""Issue 16: ``zitate bench long`` — the text without a full stop is built from the samples as
documented (exact length, no stops, the one-line form without line breaks), and a short run
reports every text with its figures."""

from __future__ import annotations

from zitate.bench.long import SAMPLES, article_text, bench_long, long_text


def test_the_long_text_has_no_stops_and_its_exact_length():
    first = article_text(sorted(SAMPLES.rglob("*.txt"))[0])
    assert not first.startswith("---") and "source:" not in first[:200]
    for one_line in (False, True):
        text = long_text(SAMPLES, 100_000, one_line)
        assert len(text) == 100_000
        assert not any(c in text for c in ".!?;:…")
        assert ("\n" in text) is not one_line
        assert text.startswith(first[:40].replace(".", ",").replace(":", ","))


def test_a_short_run_reports_each_text():
    result = bench_long(SAMPLES, chars=4_000, runs=1, log=lambda _: None)
    texts = result["texts"]
    assert set(texts) == {"paragraphs", "one_line", "one_line_half", "one_line_quarter"}
    assert texts["one_line"]["chars"] == 4_000 and texts["one_line_quarter"]["chars"] == 1_000
    assert all(t["quotes"] >= 1 and t["tokens"] > 0 and t["cpu_s"] >= 0 for t in texts.values())
    assert "growth_full_to_quarter" in result
