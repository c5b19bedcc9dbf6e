"""Record stage: ``Article`` + analysed ``Doc`` -> the extraction record of ``shared/OUTPUT.md``.

Offsets are character offsets into ``article.text``; ``doc`` must be the analysis of exactly
that text. Quotations come from the attribution stage (``doc._.zitate_quotes``) when it is in
the pipeline; the resolve stage (``zitate.resolve``) links their speakers to document entities, the
disputes stage (``zitate.disputes``) finds which quotation denies or contradicts which.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources
from typing import Any

from . import __version__
from .disputes import find_disputes
from .errors import Errors, ZitateError
from .ingest.article import Article
from .nlp.tokenizer import doc_text
from .resolve import resolve_speakers


def build_record(article: Article, doc: Any | None = None) -> dict:
    """Return the record for ``article``; ``doc`` is the spaCy ``Doc`` of ``article.text``."""
    record: dict = {
        "input": article.input,
        "article": article.to_record(),
        "quotes": [],
        "entities": [],
        "relations": [],
        "model": {"name": "de_zitate", "version": model_version()},
    }
    if doc is not None:
        text = doc_text(doc)
        if text != article.text:
            detail = f"{len(text)} vs {len(article.text)} characters"
            raise ZitateError(Errors.E012, input=article.input, detail=detail)
        quotes = doc._.zitate_quotes if doc.has_extension("zitate_quotes") else None
        record["quotes"], record["entities"] = resolve_speakers(doc, quotes or [])
        unsaid: list[dict] = []  # speakerless claims a denial answers („werden … vorgeworfen“)
        record["relations"], disputes = find_disputes(
            doc, record["quotes"], record["entities"], article.paragraphs, unsaid=unsaid
        )
        record["quotes"].extend(sorted(unsaid, key=lambda q: q["spans"][0][0]))
        for quote in record["quotes"]:
            if quote["id"] in disputes:
                quote["dispute"] = disputes[quote["id"]]
    return record


MODEL_FILES = ("models/de_zitate_base/meta.json", "data/cue_models.json", "data/cue_lexicon.json")


@lru_cache(maxsize=1)
def model_version() -> str:
    """``<package version>+<fingerprint>``: changes whenever the committed base pipeline or the
    quotation models change, so stored rows can tell which analysis produced them."""
    digest = hashlib.sha1()
    root = resources.files("zitate")
    for name in MODEL_FILES:
        path = root / name
        if path.is_file():
            digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:10]}"
