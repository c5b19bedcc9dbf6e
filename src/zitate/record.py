"""Record stage: ``Article`` + analysed ``Doc`` -> the extraction record of ``shared/OUTPUT.md``.

Offsets are character offsets into ``article.text``; ``doc`` must be the analysis of exactly
that text. Quotations come from the attribution stage (``doc._.zitate_quotes``) when it is in
the pipeline; the resolve stage (``zitate.resolve``) links their speakers to document entities.
"""

from __future__ import annotations

from typing import Any

from . import __version__
from .errors import Errors, ZitateError
from .ingest.article import Article
from .resolve import resolve_speakers


def build_record(article: Article, doc: Any | None = None) -> dict:
    """Return the record for ``article``; ``doc`` is the spaCy ``Doc`` of ``article.text``."""
    record: dict = {
        "input": article.input,
        "article": article.to_record(),
        "quotes": [],
        "entities": [],
        "relations": [],
        "model": {"name": "de_zitate", "version": __version__},
    }
    if doc is not None:
        if doc.text != article.text:
            detail = f"{len(doc.text)} vs {len(article.text)} characters"
            raise ZitateError(Errors.E012, input=article.input, detail=detail)
        quotes = doc._.zitate_quotes if doc.has_extension("zitate_quotes") else None
        record["quotes"], record["entities"] = resolve_speakers(doc, quotes or [])
    return record
