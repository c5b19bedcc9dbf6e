"""A place's administration as a speaker: „die Stadt Künzelsau“, „das Land Thüringen“, and
an institution named by its seat: „Die Staatsanwaltschaft Wien“, „die Kantonspolizei Zürich“.

Stage: resolve (a base of ``zitate.resolve.resolver.Resolver``, on ``zitate.resolve.roles``).
Input: a speaker phrase (``Span``) whose head is a noun of a local or regional body right before
a place's name („Die Stadt Künzelsau“, „vom Land Thüringen“, „der Gemeinde Gerasdorf“). Output:
the organisation that body is, named by the noun in the nominative and the place („Stadt
Künzelsau“, „Land Thüringen“): the place speaks through its administration, and the place name
alone stays the place (LOC) the article names elsewhere. A noun of a town's administration with
no name beside it („teilte das Rathaus mit“, „die Schwechater Stadtführung“) stands for the town
(``_town_hall``): the place of its adjective, the article's town, as the place entity.
"""

from __future__ import annotations

from spacy.tokens import Span

from .lexicons import SEAT_ENDINGS
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
    """Whether the noun (nominative) names a place's administration (see ``BODY_NOUNS``) or an
    institution named by its seat (``SEAT_ENDINGS``)."""
    low = noun.lower()
    return low in BODY_NOUNS or low.endswith(SEAT_ENDINGS)


# Nouns of a town's administration that stand for the town as a speaker („teilte das Rathaus
# mit“, „die Schwechater Stadtführung“), and the nouns that name a place as a town.
TOWN_HALL_NOUNS = frozenset({
    "rathaus", "stadtführung", "stadtverwaltung", "stadtspitze", "gemeindeverwaltung",
    "gemeindeamt", "stadtregierung",
})  # fmt: skip
TOWN_NOUNS = frozenset({"stadt", "gemeinde", "stadtgemeinde", "marktgemeinde", "kreisstadt"})


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

    def _town_hall(self, span: Span) -> Entity | None:
        """The town a noun of its administration stands for („teilte das Rathaus mit“, „die
        Schwechater Stadtführung“; ``TOWN_HALL_NOUNS``): the place its adjective names
        („Schwechater“ -> Schwechat, a word of the article), else the town another such noun
        stood for in its sentence or the two before, else the place the article names as a town
        („Stadt Nordhausen“), the one named nearest; None where none is named."""
        words = [t for t in span if not t.is_punct]
        if not words or words[-1].tag_ != "NN":
            return None
        forms = (words[-1].lemma_, words[-1].text, nominative(words[-1]))  # not „Rathau“
        role = next((f for f in forms if f.lower() in TOWN_HALL_NOUNS), None)
        if role is None:
            return None
        town = self._town_of_adjective(words[:-1])
        if town is None:
            window = self._window_start(span.start_char)
            before = [
                (s, e) for e in self.entities if e.kind == "LOC"
                and any(a.lower() in TOWN_HALL_NOUNS for a in e.aliases)
                for s, _ in e.mentions if window <= s < span.start_char
            ]  # fmt: skip
            town = max(before, key=lambda f: f[0])[1] if before else self._named_town(span)
        if town is not None:
            town.add_alias(role)
            if not town.mentions:
                town.mentions.append((span.start_char, span.end_char))
        return town

    def _town_of_adjective(self, words: list) -> Entity | None:
        """The place a capitalised place adjective names („Schwechater“ -> „Schwechat“): a
        place entity of that name, else a new one where the article uses the name as a word."""
        for tok in words:
            if not (tok.text[:1].isupper() and tok.text.endswith("er") and len(tok.text) > 4):
                continue
            place = tok.text[:-2]
            known = next((e for e in self.entities if e.kind == "LOC" and place in e.names), None)
            if known is not None:
                return known
            if any(t.text == place for t in self.doc):
                return self._new(place, "LOC")
        return None

    def _named_town(self, span: Span) -> Entity | None:
        """The place named right after a town noun („Stadt Nordhausen“, „Gemeinde Gerasdorf“)
        nearest to ``span``, as the place entity."""
        found = []
        for tok in self.doc[:-1]:
            if tok.tag_ != "NN" or tok.lower_ not in TOWN_NOUNS:
                continue
            mention = self._mention_at(tok.i + 1)
            if mention is None or mention.label != "LOC" or mention.start != tok.i + 1:
                continue
            entity = self._entity_of(mention)
            if entity is not None and entity.kind == "LOC":
                found.append((abs(tok.idx - span.start_char), entity))
        return min(found, key=lambda f: f[0])[1] if found else None
