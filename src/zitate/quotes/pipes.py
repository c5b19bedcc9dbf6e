"""Quotes stage, shared plumbing: the base of its spaCy components.

Takes nothing itself. Gives ``FindingPipe``, a ``spacy.pipeline.Pipe`` that runs ``find`` on a
``Doc`` and hands the result to ``set_annotations`` under spaCy's error handler, and
``register_extension``, which registers a ``Doc._`` attribute once. ``zitate_quotes`` and
``zitate_turns`` are such components.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.pipeline import Pipe
from spacy.tokens import Doc


def register_extension(name: str) -> None:
    """Register ``Doc._.<name>`` (default None) once."""
    if not Doc.has_extension(name):
        Doc.set_extension(name, default=None)


class FindingPipe(Pipe):
    """A component that finds records in a ``Doc`` (``find``) and writes them to it
    (``set_annotations``); subclasses define both."""

    name: str

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            self.set_annotations(doc, self.find(doc))
        except Exception as err:  # noqa: BLE001 - the handler decides (raise by default)
            error_handler(self.name, self, [doc], err)
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in stream:
            yield self(doc)

    def find(self, doc: Doc) -> list:
        raise NotImplementedError

    def set_annotations(self, doc: Doc, found: list) -> None:
        raise NotImplementedError
