"""NLP stage, sentence boundaries: ``Doc`` with senter output -> boundaries that survive news.

The trained senter handles running text; this rule layer adds what layout tells for sure:
- a line break (headline, teaser, paragraph, subheading) always starts a new sentence, so
  headlines without a final period do not run into the next line;
- a closing credit parenthesis („(dpa)“, „(dpa, AFP, Reuters)“) stays with its sentence;
- no sentence starts inside a quotation mark pair on the same line unless the senter saw a
  sentence end before it (multi-sentence quotes stay split only at real sentence ends).
Input: ``Doc`` with ``is_sent_start`` set. Output: the same ``Doc``, boundaries adjusted.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

SENT_END = {".", "!", "?", "…", ":"}
CLOSING = {"“", "”", "«", "»", "‘", "’", "‹", "›", '"', "'", ")"}


@Language.component(
    "zitate_paragraphs", assigns=["token.is_sent_start"], requires=["token.is_sent_start"]
)
def paragraph_sentences(doc: Doc) -> Doc:
    for i in range(1, len(doc)):
        prev, tok = doc[i - 1], doc[i]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = not tok.is_space or tok.is_sent_start
        elif tok.is_space:
            continue
        elif tok.is_sent_start and not _ends_sentence(doc, i - 1):
            tok.is_sent_start = False
    return doc


def _ends_sentence(doc: Doc, i: int) -> bool:
    """True if token ``i`` can close a sentence (final punctuation, possibly + closing marks)."""
    j = i
    while j >= 0 and (doc[j].text in CLOSING or doc[j].is_space):
        j -= 1
    if j < 0:
        return True
    text = doc[j].text
    return text in SENT_END or text.endswith((".", "!", "?")) or doc[j].is_space
