"""Quotation predictors the benchmark can run, by name.

Stage: quotation attribution. Input: a spaCy ``Doc`` (for the benchmark, built from the
dataset's own tokens and sentences by ``dataset.to_doc``). Output: a list of ``Quotation``
records whose token ids are ``Doc`` token indices.

``PREDICTORS`` maps a name to a factory that takes no arguments and returns a predictor, so the
trained attribution model plugs in with one more entry. ``quotation-marks`` is the honest
baseline of issue 3: every span in German, guillemet or straight quotation marks is a Direct,
Speech quotation without roles. ``attribution`` runs the base pipeline and the
``zitate_quotes`` component in one process (``zitate.quotes.pipeline``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span

from ..errors import Errors, ZitateError
from ..nlp.tokenizer import doc_text
from .dataset import Quotation

Predictor = Callable[[Doc], list[Quotation]]

# Opening mark, then the shortest text up to the matching closing mark (no other opener between).
QUOTED = re.compile(
    r"„[^„“”]+[“”]"  # German low-high: „…“ (and the common „…” typo)
    r"|»[^»«]+«"  # German guillemets: »…«
    r"|«[^«»]+»"  # Swiss guillemets: «…»
    r'|"[^"]+"'  # straight double quotes
)


def quoted_spans(doc: Doc, max_chars: int = 2000) -> list[Span]:
    """Token spans of the text between (and including) matching quotation marks."""
    spans = []
    for match in QUOTED.finditer(doc_text(doc)):
        if match.end() - match.start() > max_chars:
            continue
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None and len(span):
            spans.append(span)
    return spans


class QuotationMarks:
    """Baseline: each quoted span is a Direct, Speech quotation with no speaker, cue or frame."""

    name = "quotation-marks"

    def __call__(self, doc: Doc) -> list[Quotation]:
        return [
            Quotation(quote=tuple(range(s.start, s.end)), type="Direct", medium="Speech")
            for s in quoted_spans(doc)
        ]


def _rules() -> Predictor:
    from .rules import RulePredictor

    return RulePredictor.load()


def _attribution() -> Predictor:
    from .pipeline import AttributionPredictor

    return AttributionPredictor.load()


PREDICTORS: dict[str, Callable[[], Predictor]] = {
    "quotation-marks": QuotationMarks,
    "rules": _rules,
    "attribution": _attribution,
}


def get_predictor(name: str) -> Predictor:
    """A new predictor of the registered ``name`` (``ZitateError`` E203 if unknown)."""
    if name not in PREDICTORS:
        raise ZitateError(Errors.E203, name=name, known=", ".join(sorted(PREDICTORS)))
    return PREDICTORS[name]()
