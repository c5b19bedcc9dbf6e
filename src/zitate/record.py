"""Record stage: ``Article`` + analysed ``Doc`` -> the extraction record of ``shared/OUTPUT.md``.

Offsets are character offsets into ``article.text``. Quotations are filled in by the attribution
stage when it is in the pipeline; the base pipeline contributes named entities.
"""

from __future__ import annotations

from typing import Any

from . import __version__
from .ingest.article import Article

ENTITY_KINDS = {"PER", "ORG", "LOC", "MISC"}


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
        record["entities"] = entities_from_doc(doc)
        meta = getattr(doc, "_", None)
        if meta is not None and doc.has_extension("zitate_quotes"):
            record["quotes"] = doc._.zitate_quotes or []
    return record


def entities_from_doc(doc: Any) -> list[dict]:
    """Group NER mentions with the same label and surface name into document entities."""
    groups: dict[tuple[str, str], list[list[int]]] = {}
    for ent in doc.ents:
        if ent.label_ not in ENTITY_KINDS:
            continue
        groups.setdefault((ent.label_, ent.text), []).append([ent.start_char, ent.end_char])
    entities = []
    for i, ((label, name), mentions) in enumerate(groups.items(), start=1):
        entities.append(
            {"id": f"e{i}", "name": name, "kind": label, "mentions": mentions, "aliases": []}
        )
    return entities
