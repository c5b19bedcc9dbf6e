"""Resolve stage: speakers and names of one article -> document entities.

``resolve_speakers(doc, quotes)`` returns the quotation records with ``speaker.entity`` set and
the entity records of ``shared/OUTPUT.md`` (see ``zitate.resolve.document``). Across articles,
``zitate.store.linking`` links the stored document entities to canonical entities (names parsed
by ``zitate.resolve.names``, dated aliases in ``zitate.store.aliases``).
"""

from __future__ import annotations

from .document import resolve_speakers

__all__ = ["resolve_speakers"]
