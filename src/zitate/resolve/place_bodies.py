"""A place's administration as a speaker: „die Stadt Künzelsau“, „das Land Thüringen“.

Stage: resolve (a base of ``zitate.resolve.resolver.Resolver``, on ``zitate.resolve.roles``).
Input: a speaker phrase (``Span``) whose head is a noun of a local or regional body right before
a place's name („Die Stadt Künzelsau“, „vom Land Thüringen“, „der Gemeinde Gerasdorf“). Output:
the organisation that body is, named by the noun in the nominative and the place („Stadt
Künzelsau“, „Land Thüringen“): the place speaks through its administration, and the place name
alone stays the place (LOC) the article names elsewhere.
"""

from __future__ import annotations

from spacy.tokens import Span

from .mentions import Entity, nominative
from .roles import RoleResolver

# Nouns of a place's administration (a compound of one ends the same: „Marktgemeinde“).
BODY_NOUNS = frozenset({"stadt", "land", "bundesland", "gemeinde", "kanton", "landkreis"})


class PlaceBodies(RoleResolver):
    def _place_body(self, span: Span, head: int) -> Entity | None:
        """The organisation of „die Stadt Künzelsau“ (see the module), or None."""
        doc = span.doc
        noun = nominative(doc[head])
        if doc[head].tag_ != "NN" or not noun.lower().endswith(tuple(BODY_NOUNS)):
            return None
        mention = self._mention_at(head + 1) if head + 1 < span.end else None
        if mention is None or mention.label != "LOC" or mention.start != head + 1:
            return None
        if mention.end != span.end:
            return None  # „die Stadt Wien und …“: more than the place
        return self._new(f"{noun} {' '.join(mention.words)}", "ORG")
