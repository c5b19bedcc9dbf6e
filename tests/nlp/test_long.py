"""Long input (issue 16): a text without a full stop is cut into bounded sentences, and a text
over spaCy's ``max_length`` is analysed in pieces into one ``Doc`` of the whole text."""

from __future__ import annotations

import re
from pathlib import Path

from zitate.nlp.long import PIECE_CHARS, analyse, split_text
from zitate.nlp.sentences import MAX_TOKENS

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _german(chars: int, stops: bool = True) -> str:
    text = " ".join(" ".join(p.read_text().split()) for p in sorted(SAMPLES.glob("*.txt")))
    if not stops:
        text = re.sub(r"[.!?;:…]", ",", text)
    return ((text + " ") * (chars // len(text) + 1))[:chars]


def test_text_without_full_stop_is_cut_into_bounded_sentences(nlp):
    text = _german(100_000, stops=False)
    doc = nlp(text)
    lengths = [len(s) for s in doc.sents]
    assert max(lengths) <= MAX_TOKENS
    assert sum(lengths) == len(doc) and len(lengths) >= len(doc) // MAX_TOKENS
    # cut after a comma where there is one in the second half of the window
    assert sum(s[-1].text == "," for s in doc.sents) >= len(lengths) - 1


def test_split_text_joins_to_the_text_at_paragraph_boundaries():
    paragraphs = [_german(700 + 13 * i) for i in range(400)]
    text = "\n\n".join(paragraphs)
    pieces = split_text(text, 50_000)
    assert "".join(pieces) == text
    assert all(len(p) <= 50_000 for p in pieces)
    assert all(p.endswith("\n\n") for p in pieces[:-1])


def test_text_over_max_length_is_analysed_in_pieces(nlp):
    paragraphs = [f"Teil {i}: " + _german(2_000) for i in range(560)]
    text = "\n\n".join(paragraphs)
    assert len(text) > nlp.max_length > PIECE_CHARS
    doc = analyse(nlp, text)
    assert doc.text == text
    assert doc.has_annotation("TAG") and doc.has_annotation("SENT_START")
    assert len(doc.ents) > 1000
