"""NLP stage, sentence boundaries: ``Doc`` with first-pass boundaries -> boundaries for news.

The first pass (spaCy's sentencizer on zitate's tokens, whose abbreviations and ordinals keep
their period) splits after final punctuation; this rule layer adds what layout and German
orthography tell:
- a blank line (between headline, teaser, paragraphs, subheadings) always starts a new
  sentence, so headlines without a final period do not run into the next block; a single line
  break decides nothing by itself;
- a closing credit parenthesis („(dpa)“, „(dpa, AFP, Reuters)“) stays with its sentence;
- a sentence that begins with a quotation begins at the opening mark, not after it;
- no sentence starts with a lower-case word right after a period („Benedikt XVI. am Samstag“)
  or after a token that cannot end a sentence; after a closing quotation mark it may
  („„… etabliert.“ erklärte der Minister“ is two sentences in the Wikinews annotation).
Input: ``Doc`` with ``is_sent_start`` set. Output: the same ``Doc``, boundaries adjusted.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

SENT_END = {".", "!", "?", "…", ":", ";"}
# First pass: spaCy's sentencizer with these marks (the Wikinews annotation ends sentences at ";").
PUNCT_CHARS = [".", "!", "?", "…", ";", "。", "‼", "⁇", "⁈", "⁉"]
CLOSING = {"“", "”", "«", "»", "‘", "’", "‹", "›", '"', "'", ")"}
_NUMBER_PERIOD = re.compile(r"^(?:\S*\d|[IVXLC]+)\.$")
SENTENCE_INITIAL_TAGS = {
    "ART",
    "PPER",
    "PDS",
    "PDAT",
    "PIS",
    "PIAT",
    "PPOSAT",
    "KOUS",
    "KON",
    "ADV",
    "APPR",
    "APPRART",
    "PAV",
    "PWAV",
    "PWS",
    "VAFIN",
    "VMFIN",
    "VVFIN",
    "PTKNEG",
}
OPENING = {"„", "»", "‚", '"'}


@Language.component(
    "zitate_paragraphs", assigns=["token.is_sent_start"], requires=["token.is_sent_start"]
)
def paragraph_sentences(doc: Doc) -> Doc:
    for i in range(1, len(doc)):
        prev, tok = doc[i - 1], doc[i]
        if _paragraph_break(prev):
            tok.is_sent_start = not tok.is_space or tok.is_sent_start
        elif tok.is_space:
            continue
        elif _number_ends_sentence(prev, tok):
            tok.is_sent_start = True
        elif tok.is_sent_start and prev.text in OPENING and not prev.whitespace_:
            tok.is_sent_start = False
            prev.is_sent_start = i >= 2 and _ends_sentence(doc, i - 2)
        elif tok.is_sent_start and (
            (tok.text[:1].islower() and prev.text == ".") or not _ends_sentence(doc, i - 1)
        ):
            tok.is_sent_start = False
    return doc


def _number_ends_sentence(prev, tok) -> bool:
    """„auf Rang 20. Als …“, „Elisabeth II. Am …“: a number with its period ends a sentence
    when the next word is capitalised and tagged as a word class that starts sentences (not
    a noun, as in „am 20. Juni“)."""
    return (
        bool(_NUMBER_PERIOD.match(prev.text))
        and tok.text[:1].isupper()
        and tok.tag_ in SENTENCE_INITIAL_TAGS
    )


def _paragraph_break(token) -> bool:
    """A blank line after ``token``: title, teaser and paragraphs of an article are blocks."""
    return token.whitespace_.count("\n") >= 2 or (token.is_space and token.text.count("\n") >= 2)


def _ends_sentence(doc: Doc, i: int) -> bool:
    """True if token ``i`` can close a sentence (final punctuation, possibly + closing marks)."""
    j = i
    while j >= 0 and (doc[j].text in CLOSING or doc[j].is_space):
        j -= 1
    if j < 0:
        return True
    text = doc[j].text
    return text in SENT_END or text.endswith((".", "!", "?"))
