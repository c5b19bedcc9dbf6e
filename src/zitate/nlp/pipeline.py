"""NLP stage, the German base pipeline: text -> ``Doc`` with tokens, sentences, STTS tags, UPOS,
lemmas, verb morphology (Mood, Person, Number, Tense) and named entities (PER, ORG, LOC, MISC).

``load()`` returns the committed pipeline (``zitate/models/de_zitate_base``, built by
``zitate.train.assemble``) with the run-time speed-ups of ``speed.tune`` (same weights, same
results).
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

from ..errors import Errors, ZitateError
from . import entity_fix, eszett, gazetteer, mood, name_tags, sentences, speed, tokenizer, upos  # noqa: F401  (register factories, callbacks, architectures)

ENTITY_FIX = "zitate_entity_fix"
NAME_TAGS = "zitate_name_tags"
DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "models" / "de_zitate_base"


def load(path: str | Path | None = None, **kwargs) -> Language:
    """Load a pipeline directory (default: the committed base pipeline), reading Swiss „ss“
    words as their „ß“ forms (``eszett.install``), with the entity correction
    ``zitate_entity_fix`` right after its NER and ``zitate_name_tags`` after that."""
    nlp = speed.tune(tokenizer.bound_suffix_search(spacy.load(model_dir(path), **kwargs)))
    return with_entity_fix(eszett.install(nlp))


def with_entity_fix(nlp: Language) -> Language:
    """``nlp`` with ``zitate_entity_fix`` after its enabled ``ner`` and ``zitate_name_tags``
    (names the tagger read as verbs) after that; unchanged without a NER."""
    if "ner" in nlp.pipe_names and ENTITY_FIX not in nlp.pipe_names:
        nlp.add_pipe(ENTITY_FIX, after="ner")
    if ENTITY_FIX in nlp.pipe_names and NAME_TAGS not in nlp.pipe_names:
        nlp.add_pipe(NAME_TAGS, after=ENTITY_FIX)
    return nlp


def model_dir(path: str | Path | None = None) -> Path:
    """``path`` (default: the committed base pipeline) if it holds a pipeline, else E010."""
    path = Path(path) if path else DEFAULT_MODEL
    if not (path / "config.cfg").exists():
        raise ZitateError(Errors.E010, path=path)
    return path
