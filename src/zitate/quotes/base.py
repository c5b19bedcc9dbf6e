"""The base pipeline as attribution sees it: load it, and run it on benchmark documents.

Stage: glue between ``zitate.nlp`` (tokens, STTS tags, lemmas, ``Mood``, entities) and
``zitate.quotes``. Input: a pipeline folder or nothing (the committed ``de_zitate_base``; while
it is not committed, the tagger snapshot ``work/tagger-snap`` plus ``zitate_mood``). Output: a
spaCy ``Language``; ``tag_document`` turns a benchmark ``Document`` into a tagged ``Doc`` that
keeps the dataset's own tokens and sentence boundaries (the ``senter`` is not run).
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import Errors, ZitateError
from .dataset import Document, to_doc

SNAPSHOT = Path("work/tagger-snap")
KEEP_SENTENCES = ("senter", "parser")


def load_base(path: Path | str | None = None) -> Language:
    """The base pipeline at ``path``; by default the committed one, else the tagger snapshot."""
    from ..nlp import pipeline  # registers zitate_mood and the tokenizer

    if path is not None:
        return _with_mood(pipeline.load(path))
    try:
        return _with_mood(pipeline.load())
    except ZitateError as err:
        if not (SNAPSHOT / "config.cfg").exists():
            detail = "no de_zitate_base and no work/tagger-snap"
            raise ZitateError(Errors.E206, detail=detail) from err
        return _with_mood(spacy.load(SNAPSHOT))


def _with_mood(nlp: Language) -> Language:
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
