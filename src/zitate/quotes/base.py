"""The base pipeline as attribution sees it: load it, and run it on benchmark documents.

Stage: glue between ``zitate.nlp`` (tokens, STTS tags, lemmas, ``Mood``, entities) and
``zitate.quotes``. Input: a pipeline folder or nothing (the committed ``de_zitate_base``).
Output: a spaCy ``Language``; ``tag_document`` turns a benchmark ``Document`` into a tagged
``Doc`` that keeps the dataset's own tokens and sentence boundaries (the components that set
sentences are not run on it).
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import Errors, ZitateError
from .dataset import Document, to_doc

# Components that set sentence boundaries; skipped where the dataset's sentences are kept.
KEEP_SENTENCES = ("senter", "parser", "sentencizer", "zitate_paragraphs")


def load_base(path: Path | str | None = None) -> Language:
    """The base pipeline at ``path`` (default: the committed ``de_zitate_base``).

    Raises ``ZitateError`` E010 when the folder is missing and E206 when the pipeline has no
    STTS tagger (attribution needs tags, lemmas and ``Mood``)."""
    from ..nlp import pipeline  # registers zitate_mood and the tokenizer

    nlp = pipeline.load(path)
    if "tagger" not in nlp.pipe_names:
        detail = f"{path or pipeline.DEFAULT_MODEL} has no tagger (pipes: {nlp.pipe_names})"
        raise ZitateError(Errors.E206, detail=detail)
    if "zitate_mood" not in nlp.pipe_names:
        nlp.add_pipe("zitate_mood")
    return nlp


def tag_doc(nlp: Language, doc: Doc) -> Doc:
    """Run the pipeline's components on ``doc`` in place, except those that set sentences."""
    for name, component in nlp.pipeline:
        if name not in KEEP_SENTENCES and name != "zitate_quotes":
            doc = component(doc)
    return doc


def tag_document(nlp: Language, document: Document) -> Doc:
    """A tagged ``Doc`` of ``document`` with the dataset's tokens and sentences."""
    return tag_doc(nlp, to_doc(document, nlp.vocab))
