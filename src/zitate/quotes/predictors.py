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

from collections.abc import Callable

from spacy.tokens import Doc

from ..errors import Errors, ZitateError
from .candidates import quoted_spans
from .dataset import Quotation
from .pipeline import AttributionPredictor
from .rules import RulePredictor

Predictor = Callable[[Doc], list[Quotation]]


class QuotationMarks:
    """Baseline: each quoted span is a Direct, Speech quotation with no speaker, cue or frame."""

    name = "quotation-marks"

    def __call__(self, doc: Doc) -> list[Quotation]:
        return [
            Quotation(quote=tuple(range(s.start, s.end)), type="Direct", medium="Speech")
            for s in quoted_spans(doc)
        ]


PREDICTORS: dict[str, Callable[[], Predictor]] = {
    "quotation-marks": QuotationMarks,
    "rules": RulePredictor.load,
    "attribution": AttributionPredictor.load,
}


def get_predictor(name: str) -> Predictor:
    """A new predictor of the registered ``name`` (``ZitateError`` E203 if unknown)."""
    if name not in PREDICTORS:
        raise ZitateError(Errors.E203, name=name, known=", ".join(sorted(PREDICTORS)))
    return PREDICTORS[name]()
