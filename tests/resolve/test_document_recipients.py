"""The one a document is addressed to („ein Brief … an das Sofitel“) never issued it (issue 12,
resolve stage): ``source_nouns.recipient`` reads an „an“ that a document noun or a verb of
writing governs, and ``_document_issuer`` skips such a name in all its fallbacks.

Sentences: Wikinews train (the Guttenberg dissertation article), 10kGNAD test rows 1021
(Sofitel and the photographer Horvath) and 449 of Wikinews train (Herta Müller), run through the
committed base pipeline (fixture ``nlp``).
"""

from __future__ import annotations

import pytest

from zitate.resolve.source_nouns import recipient


def _span(doc, words: str) -> tuple[int, int]:
    """Token ids (start, end) of the first run of ``words`` in ``doc``."""
    parts = words.split()
    for i in range(len(doc) - len(parts) + 1):
        if [t.text for t in doc[i : i + len(parts)]] == parts:
            return i, i + len(parts)
    raise AssertionError(f"{words!r} not in {doc.text!r}")


@pytest.mark.parametrize(
    "sentence, name, addressed",
    [
        (
            "In einem Schreiben seiner Anwälte an die Universitätsleitung wurden diese auf die "
            "„Persönlichkeitsrechte“ ihres Mandanten hingewiesen.",
            "Universitätsleitung",
            True,
        ),
        (
            "Ein erster Brief des Anwalts an das Sofitel wird Ende Februar verschickt.",
            "Sofitel",
            True,
        ),
        (
            "Ein erster Brief des Anwalts an das Sofitel wird Ende Februar verschickt.",
            "Anwalts",
            False,
        ),
        (
            "Wegen ihrer Kritik an der Ceaușescu-Regierung erhielt sie später ein "
            "Publikationsverbot.",
            "Ceaușescu-Regierung",
            False,
        ),
    ],
)
def test_an_after_a_document_names_its_recipient(nlp, sentence, name, addressed):
    doc = nlp(sentence)
    start, end = _span(doc, name)
    assert recipient(doc, start, end) is addressed, [(t.text, t.tag_) for t in doc]
