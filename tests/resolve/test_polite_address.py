"""The polite „Sie“ inside a sentence is the one addressed, never a speaker.

„… – da fragen Sie besser einen Politiker.“: capitalised in the middle of a sentence, „Sie“ is the
form of address, so the words (and the Konjunktiv sentences that go on with them) are the answer
of the speaker before. In the dev3 run the attribution named this „Sie“ as the speaker, and the
pronoun resolver sent it to the „Oberlandesgericht Innsbruck“. A „Sie“ that opens a sentence is
„she“ or „they“ and stays a speaker. The sentences are real: 10kGNAD test CSV rows 221 and 247
(dev3), quotation marks stripped by the corpus.
"""

from __future__ import annotations

import pytest

from zitate.resolve.document import _polite


@pytest.mark.parametrize(
    ("text", "polite"),
    [
        (
            "Natürlich habe ich mir ein Bild gemacht von bisherigen Aussagen, was plausibel ist "
            "und was nicht, aber bevor ich das nicht von allen Auskunftspersonen habe – da fragen "
            "Sie besser einen Politiker.",
            True,
        ),
        ("Das kommt darauf an, was Sie sich erwarten.", True),
        (
            "Alleingänge aber verschieben oder vertiefen die Probleme. "
            "Sie führen zu keinen Lösungen.",
            False,
        ),
    ],
)
def test_a_polite_sie_inside_a_sentence_names_no_speaker(nlp, text, polite):
    doc = nlp(text)
    sie = [t for t in doc if t.text == "Sie"][-1]
    quote = {"speaker": {"text": "Sie", "spans": [[sie.idx, sie.idx + 3]]}}
    assert _polite(doc, quote) is polite
