"""NLP stage, sentence boundaries: ``Doc`` with first-pass boundaries -> boundaries for news.

The first pass (spaCy's sentencizer on zitate's tokens, whose abbreviations and ordinals keep
their period) splits after final punctuation; this rule layer adds what layout and German
orthography tell:
- a blank line (between headline, teaser, paragraphs, subheadings) always starts a new
  sentence, so headlines without a final period do not run into the next block; a single line
  break decides nothing by itself;
- a closing credit parenthesis („(dpa)“, „(dpa, AFP, Reuters)“) stays with its sentence;
- a sentence that begins with a quotation begins at the opening mark, not after it (also a
  Swiss «…»: the mark glued to the next word opens its quotation);
- a count in thousands with its period („… 700 und 2.000. Tsipras …“) and a doubled full stop
  after a word („Schwarz-Rot-Grün.. Pühringer …“; not after an initial, „schildert M..“, whose
  „..“ the tagger reads as a number) end a sentence before a capitalised word;
- no sentence starts with a lower-case word right after a period („Benedikt XVI. am Samstag“)
  or after a token that cannot end a sentence; after a closing quotation mark it may
  („„… etabliert.“ erklärte der Minister“ is two sentences in the Wikinews annotation);
- no sentence is longer than ``MAX_TOKENS``: a longer run without final punctuation (a list, a
  table flattened to text, a page without full stops) is cut after the last comma, semicolon,
  colon or dash of the window, else at a token, so the attribution stage, whose work per
  quotation grows with the length of its sentence, stays linear in the length of the text.
Input: ``Doc`` with ``is_sent_start`` set. Output: the same ``Doc``, boundaries adjusted.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import IS_SPACE, ORTH, SENT_START, SPACY
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc

SENT_END = {".", "!", "?", "…", ":", ";"}
# First pass: spaCy's sentencizer with these marks (the Wikinews annotation ends sentences at ";").
PUNCT_CHARS = [".", "!", "?", "…", ";", "。", "‼", "⁇", "⁈", "⁉"]
CLOSING = {"“", "”", "«", "»", "‘", "’", "‹", "›", '"', "'", ")"}
_NUMBER_PERIOD = re.compile(r"^(?:\S*\d|[IVXLC]+)\.$")
# A count in thousands with its period („auf zwischen 700 und 2.000. Tsipras appellierte …“):
# no date or ordinal of news, so it ends its sentence before any capitalised word.
DOUBLE_STOP = ".."  # a doubled full stop, a token of its own that the first pass passes over
_THOUSANDS_PERIOD = re.compile(r"^\d{1,3}(?:\.\d{3})+\.$")
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
# Opening marks: „…“ and »…« (German), «…» (Swiss, and dpa/Zeit: „Sergio Llull bat um
# Entschuldigung. «Was letzte Nacht passiert ist …»“), each glued to the word it opens.
OPENING = {"„", "»", "‚", '"', "«", "‹"}
#: The longest sentence in tokens; the 40 pages of shared/data/html have none over 200.
MAX_TOKENS = 1000
#: Tokens after which a sentence longer than ``MAX_TOKENS`` is preferably cut.
CUT_AFTER = {",", ";", ":", "–", "—", "-", ")"}


@Language.component(
    "zitate_paragraphs", assigns=["token.is_sent_start"], requires=["token.is_sent_start"]
)
def paragraph_sentences(doc: Doc) -> Doc:
    # The attributes the rules read, as lists read once (a ``doc[i]`` per token costs more
    # than the rules), and the boundaries written back at once (each ``is_sent_start``
    # assignment checks every token for a parse). Token ``i`` is only ever changed at step
    # ``i`` or ``i + 1``, so ``starts[i]`` at step ``i`` is still the value it came with.
    strings = doc.vocab.strings
    texts = [strings[orth] for orth in doc.to_array(ORTH).tolist()]
    space = doc.to_array(IS_SPACE).tolist()
    spaced = doc.to_array(SPACY).tolist()  # whether whitespace follows the token
    starts = doc.to_array(SENT_START).astype("int64").tolist()  # 1 yes, -1 no, 0 unknown
    written = False
    for i in range(1, len(doc)):
        prev = texts[i - 1]
        if space[i - 1] and prev.count("\n") >= 2:
            # A blank line: title, teaser and paragraphs of an article are blocks. (Other
            # tokens carry one space at most, never a line break.)
            starts[i] = 1 if not space[i] else starts[i]
        elif space[i]:
            continue
        elif prev[-1:] == "." and _number_ends_sentence(prev, texts[i], doc, i):
            starts[i] = 1
        elif prev == DOUBLE_STOP and texts[i][:1].isupper() and i >= 2 and len(texts[i - 2]) > 1:
            starts[i] = 1  # „für Schwarz-Rot-Grün.. Pühringer ließ …“, not an initial's „M..“
        elif starts[i] > 0 and prev in OPENING and not spaced[i - 1]:
            starts[i] = -1
            starts[i - 1] = 1 if i >= 2 and _ends_sentence(texts, space, i - 2) else -1
        elif starts[i] > 0 and (
            (texts[i][:1].islower() and prev == ".") or not _ends_sentence(texts, space, i - 1)
        ):
            starts[i] = -1
        else:
            continue
        written = True
    written = cap_sentences(starts, texts, MAX_TOKENS) or written
    if written:
        if doc.has_annotation("DEP"):
            raise ValueError(Errors.E043)  # as ``Token.is_sent_start`` refuses on a parse
        values = numpy.array(starts, dtype="int64").astype("uint64")
        doc.from_array([SENT_START], values)
    return doc


def cap_sentences(starts: list[int], texts: list[str], limit: int) -> bool:
    """Cut every sentence of more than ``limit`` tokens in ``starts`` (1: a sentence starts at
    the token) into pieces of at most ``limit``: after the last token of ``CUT_AFTER`` in the
    second half of the window, else before the token that would exceed it. One pass, linear in
    the number of tokens; returns whether a boundary was added."""
    first, cut, changed = 0, 0, False
    for i in range(1, len(starts)):
        if starts[i] > 0:
            first, cut = i, 0
            continue
        if texts[i - 1] in CUT_AFTER:
            cut = i
        if i - first >= limit:
            at = cut if cut - first >= limit // 2 else i
            starts[at] = 1
            first, cut, changed = at, 0, True
    return changed


def _number_ends_sentence(prev: str, text: str, doc: Doc, i: int) -> bool:
    """„auf Rang 20. Als …“, „Elisabeth II. Am …“: a number with its period (``prev``) ends a
    sentence when the next word (``text``, token ``i``) is capitalised and tagged as a word
    class that starts sentences (not a noun, as in „am 20. Juni“); a count in thousands
    („2.000.“) before any capitalised word."""
    if _THOUSANDS_PERIOD.match(prev):
        return text[:1].isupper()
    return (
        bool(_NUMBER_PERIOD.match(prev))
        and text[:1].isupper()
        and doc[i].tag_ in SENTENCE_INITIAL_TAGS
    )


def _ends_sentence(texts: list[str], space: list[int], i: int) -> bool:
    """True if token ``i`` can close a sentence (final punctuation, possibly + closing marks);
    ``texts`` and ``space`` are the tokens' texts and ``is_space`` flags."""
    j = i
    while j >= 0 and (texts[j] in CLOSING or space[j]):
        j -= 1
    if j < 0:
        return True
    text = texts[j]
    return text in SENT_END or text.endswith((".", "!", "?"))
