# ruff: noqa: E501 (German prose fixtures, one sentence a line)
"""Language identification and near-duplicate agency texts (issue 4, items 4 and 5)."""

from __future__ import annotations

from zitate.ingest.article import assemble
from zitate.ingest.dedup import Deduplicator
from zitate.ingest.lang import detect_language

AGENCY = (
    "Die Zahl der Arbeitslosen in Deutschland ist im Oktober leicht gesunken. Wie die Bundesagentur "
    "für Arbeit in Nürnberg mitteilte, waren 2,86 Millionen Menschen ohne Job, 46.000 weniger als im "
    "September. Im Vergleich zum Vorjahresmonat lag die Zahl jedoch um 178.000 höher. Die "
    "Arbeitslosenquote sank um 0,1 Punkte auf 6,0 Prozent. „Die Herbstbelebung fällt schwach aus“, "
    "sagte die Vorstandsvorsitzende Andrea Nahles. Die Unternehmen hielten sich mit Einstellungen "
    "zurück, die Nachfrage nach neuen Mitarbeitern bleibe gering."
)


def test_german_and_english():
    assert detect_language(AGENCY) == "de"
    english = (
        "The number of unemployed people in Germany fell slightly in October, the agency said."
    )
    assert detect_language(english) == "en"


def test_same_agency_text_from_two_outlets_is_a_duplicate():
    first = assemble("a.html", [("title", "Arbeitslosigkeit sinkt leicht"), ("body", AGENCY)])
    second = assemble(
        "b.html",
        [
            ("title", "Arbeitsmarkt: Herbstbelebung bleibt schwach"),
            ("teaser", "Neue Zahlen aus Nürnberg."),
            ("body", AGENCY.replace("leicht gesunken", "etwas gesunken")),
        ],
    )
    other = assemble("c.html", [("title", "Wetter"), ("body", AGENCY[::-1])])
    dedup = Deduplicator()
    assert dedup.check(first) is None
    assert dedup.check(second) == first.id
    assert dedup.check(other) is None


def test_signatures_band_keys_and_bytes_for_the_store():
    """What the store keeps of an original: an edited copy shares a band key with it (so one
    indexed query finds it), an unrelated text shares none; the bytes give back the signature."""
    from zitate.ingest.dedup import BANDS, band_keys, from_bytes, signature, to_bytes

    first = assemble("a.html", [("title", "Arbeitslosigkeit sinkt leicht"), ("body", AGENCY)])
    copy = assemble("b.html", [("body", AGENCY.replace("leicht gesunken", "etwas gesunken"))])
    other = assemble("c.html", [("body", AGENCY[::-1])])
    keys = band_keys(signature(first))
    assert len(set(keys)) == BANDS
    assert set(keys) & set(band_keys(signature(copy)))
    assert not set(keys) & set(band_keys(signature(other)))
    assert from_bytes(to_bytes(signature(first))).jaccard(signature(first)) == 1.0
    assert signature(assemble("d.html", [("body", "Zu kurz für eine Signatur.")])) is None


def test_known_lsh_params_are_datasketchs_optimum():
    """``Deduplicator`` skips datasketch's search for the default threshold's bands and rows."""
    from datasketch import MinHashLSH

    from zitate.ingest.dedup import BANDS, NUM_PERM, ROWS, THRESHOLD
    from zitate.ingest.settings import IngestSettings

    assert IngestSettings().duplicate_threshold == THRESHOLD
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    assert (lsh.b, lsh.r) == (BANDS, ROWS)
