"""Base pipeline + ``zitate_quotes`` in one process, as a benchmark predictor.

Stage: quotation attribution end to end. Input: a ``Doc`` (for the benchmark, built from the
dataset's own tokens and sentences). Output: ``Quotation`` records read back from the
component's ``doc._.zitate_quotes`` — so the benchmark scores exactly what the pipeline writes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from . import component, turns  # noqa: F401  (register the zitate_quotes, zitate_turns factories)
from .base import KEEP_SENTENCES, load_base
from .component import EXTENSION, records_to_quotations
from .dataset import Quotation


def attribution_pipeline(
    base: Path | str | None = None, model_path: Path | str | None = None
) -> Language:
    """The base pipeline with ``zitate_quotes`` added last and ``zitate_turns`` (interview
    turns, which ``zitate_quotes`` merges) right before it."""
    nlp = load_base(base)
    if "zitate_quotes" not in nlp.pipe_names:
        config = {"model_path": str(model_path) if model_path else None}
        nlp.add_pipe("zitate_quotes", config=config)
    if "zitate_turns" not in nlp.pipe_names:
        nlp.add_pipe("zitate_turns", before="zitate_quotes")
    return nlp


class AttributionPredictor:
    """``Doc -> list[Quotation]`` through the whole pipeline (the dataset's sentences kept)."""

    name = "attribution"

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.attributor = nlp.get_pipe("zitate_quotes")

    @classmethod
    def load(cls, base: Path | str | None = None) -> AttributionPredictor:
        return cls(attribution_pipeline(base))

    def __call__(self, doc: Doc) -> list[Quotation]:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[list[Quotation]]:
        """Quotations of each ``Doc``, the base components run in batches."""
        stream: Iterable[Doc] = (self._own(doc) for doc in docs)
        for name, proc in self.nlp.pipeline:
            if name in KEEP_SENTENCES:
                continue
            if hasattr(proc, "pipe"):
                stream = proc.pipe(stream, batch_size=batch_size)
            else:
                stream = map(proc, stream)
        for doc in stream:
            yield records_to_quotations(doc, doc._.get(EXTENSION) or [])

    def _own(self, doc: Doc) -> Doc:
        """``doc`` rebuilt in the pipeline's vocabulary (same tokens and sentences)."""
        return Doc(
            self.nlp.vocab,
            words=[t.text for t in doc],
            spaces=[bool(t.whitespace_) for t in doc],
            sent_starts=[t.is_sent_start for t in doc],
        )
