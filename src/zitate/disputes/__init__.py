"""Disputes stage: resolved quotations of one article -> relations between them.

``find_relations(doc, quotes)`` gives the record's ``relations`` (``shared/OUTPUT.md``): statement
B ``denies`` or ``contradicts`` statement A of another speaker.
"""

from .relations import find_relations

__all__ = ["find_relations"]
