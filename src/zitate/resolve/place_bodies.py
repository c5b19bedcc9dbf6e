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

# Nouns of a place's administration, compounds only where the first part is an administrative
# level or title („Marktgemeinde“, „Stadtgemeinde Gerasdorf“, „Landeshauptstadt München“,
# „Hansestadt Rostock“). Other compounds describe the place and are no body of it: in the
# 10kGNAD and dev texts „Hauptstadt“ (21 times before a place name), „Grenzstadt“, „Hafenstadt“
# („in der nordchinesischen Hafenstadt Dalian“), „Großstadt“ („der Großstadt Aleppo“),
# „Heimatstadt“, „Nachbarland“, „Bürgerkriegsland“; „Kultusgemeinde“ is a religious community.
BODY_NOUNS = frozenset({"stadt", "land", "bundesland", "gemeinde", "kanton", "landkreis"})
BODY_NOUNS |= frozenset({"marktgemeinde", "stadtgemeinde", "ortsgemeinde", "verbandsgemeinde"})
BODY_NOUNS |= frozenset({"samtgemeinde", "landeshauptstadt", "bundeshauptstadt", "hansestadt"})


def body_noun(noun: str) -> bool:
    """Whether the noun (nominative) names a place's administration (see ``BODY_NOUNS``)."""
    return noun.lower() in BODY_NOUNS


class PlaceBodies(RoleResolver):
    def _place_body(self, span: Span, head: int) -> Entity | None:
        """The organisation of „die Stadt Künzelsau“ (see the module), or None."""
        doc = span.doc
        noun = nominative(doc[head])
        if doc[head].tag_ != "NN" or not body_noun(noun):
            return None
        mention = self._mention_at(head + 1) if head + 1 < span.end else None
        if mention is None or mention.label != "LOC" or mention.start != head + 1:
            return None
        if mention.end != span.end:
            return None  # „die Stadt Wien und …“: more than the place
        return self._new(f"{noun} {' '.join(mention.words)}", "ORG")
