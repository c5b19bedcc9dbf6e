"""Helpers of texts without quotation marks on an untagged ``Doc`` (a tokenizer alone, no STTS
tags, no sentence boundaries): they tell „no marks were dropped“ instead of raising, as
``unmarked.stripped_marks`` does. Sentences from derStandard (10kgnad row 214, dev3)."""

import pytest
import spacy

from zitate.quotes.unmarked import stripped_marks
from zitate.quotes.unmarked_frames import stripped_text


@pytest.mark.parametrize(
    "text",
    [
        "Havranek: Sie haben die Schlüssel nicht gefunden.",
        "Geboten wurde der von Wirtschaftsprüfer Thomas Havranek, dessen "
        "Forensik-Beratungsunternehmen",
    ],
)
@pytest.mark.parametrize("check", [stripped_marks, stripped_text])
def test_untagged_doc_lost_no_marks(text, check):
    doc = spacy.blank("de")(text)
    assert check(doc) is False
