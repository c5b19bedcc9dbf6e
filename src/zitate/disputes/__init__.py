"""Disputes stage: resolved quotations of one article -> relations between them.

``find_relations(doc, quotes)`` gives the record's ``relations`` (``shared/OUTPUT.md``): statement
B ``denies``, ``contradicts`` or ``confirms`` statement A of another speaker, with a confidence;
``Statement``/``Denial``/``choose`` are the pure targeting functions the cross-article step after
storage (``zitate.store.disputes``) calls too.
"""

from .lexicon import LEXICON_NAME, DisputeLexicon, get_lexicon
from .relations import find_disputes, find_relations
from .target import Denial, Statement, choose, stems

__all__ = [
    "LEXICON_NAME", "Denial", "DisputeLexicon", "Statement", "choose", "find_disputes",
    "find_relations", "get_lexicon", "stems",
]  # fmt: skip
