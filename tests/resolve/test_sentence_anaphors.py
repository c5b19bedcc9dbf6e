"""„demnach“ points back to the source of the sentence before (issue 12): a report that goes on
with „Das Verfahren wurde demnach … eingeleitet“ is the same agency's, and the speaker of quoted
words is not taken that way.

German news sentences (written after a derStandard agency text) run through the committed base
pipeline, the shipped ``zitate_quotes`` model and ``resolve_speakers`` (fixture ``analyse``).
"""

from __future__ import annotations

from zitate.resolve.document import sentence_anaphor


def named(quotes, entities, start: str) -> str | None:
    """The speaker entity name of the quotation whose text starts with ``start``."""
    names = {e["id"]: e["name"] for e in entities}
    quote = next(q for q in quotes if q["text"].startswith(start))
    return names.get((quote["speaker"] or {}).get("entity"))


def test_demnach_names_the_source_of_the_sentence_before(analyse):
    _, quotes, entities = analyse(
        "Der Nachrichtenagentur Anadolu zufolge wird wegen Störung der öffentlichen Ordnung "
        "ermittelt. Das Verfahren gegen den Politiker wurde demnach am Donnerstag in der Provinz "
        "Diyarbakır eingeleitet."
    )
    assert named(quotes, entities, "Das Verfahren") == "Anadolu"


def test_quoted_words_with_demnach_are_no_report_of_the_source_before():
    quote = {"type": "Direct", "cue": {"text": "demnach", "spans": [[10, 17]]}}
    assert not sentence_anaphor(quote)
    assert sentence_anaphor({**quote, "type": "Indirect"})
