"""The organisation a role phrase names or speaks for: „die Sprecherin des Ministeriums“.

Stage: resolve (base of ``zitate.resolve.roles.RoleResolver``, on ``.source_nouns``). Input: a
speaker phrase (``Span``) headed by a role or organisation noun, its quotation record, with the
article's mentions. Output: the organisation entity a spokesperson speaks for (named after the
noun, in a genitive the NER missed, or in the compound: „NDB-Sprecherin“), the organisation
named before whose name has the noun („der Bauernverband“ -> „Thüringer Bauernverband“), the
organisation named in quotation marks after a generic noun („die Partei „Die Mitte““), the
organisation that spoke right before a bare definite noun („die Organisation“) — or None.
"""

from __future__ import annotations

from spacy.tokens import Span

from .declension import nominative_adjectives
from .descriptions import name_word
from .grouping import PLACE_PREPOSITIONS
from .lexicons import base_noun
from .mentions import ORG_ENDINGS, Entity, same_word
from .name_forms import nominative
from .phrases import GENERIC_ORGS, weak_form
from .role_families import genitive_person
from .source_nouns import SourceNouns, topic_mention
from .spokespersons import is_spokesperson, spoken_body, spoken_prefix


class RoleOrganisations(SourceNouns):
    """Lookups of the organisation a role or organisation noun stands for."""

    def _named_org(self, position: int, token) -> Entity | None:
        """The organisation named before ``position`` whose name has the word ``token`` (in
        the nominative) after its first word, or ends in a compound of it: „der Bauernverband“
        -> „Thüringer Bauernverband“, „die Kultusgemeinde“ -> „Israelitische Kultusgemeinde
        Wien“, „der Landesregierung“ -> „NRW-Landesregierung“; the one named last when there
        are several."""
        noun = nominative(token)
        found = [
            (max(s for s, _ in e.mentions if s < position), e) for e in self.entities
            if e.kind == "ORG" and any(s < position for s, _ in e.mentions)
            and (name_word(e, noun) or _compound_of(e, noun))
        ]  # fmt: skip
        return max(found, key=lambda f: f[0])[1] if found else None

    def _quoted_name_after(self, span: Span, i: int | None = None) -> Entity | None:
        """The organisation a generic noun names by a name in quotation marks right after it
        („die Partei „Die Mitte““, „die Organisation „Letzte Generation““; from token ``i``,
        by default the phrase's end: „die … Internetzeitung „Daily NK“ in Südkorea“): an
        entity of that name; None where no such name follows."""
        doc = span.doc
        i = span.end if i is None else i
        if i >= len(doc) or not doc[i].is_quote:
            return None
        words = []
        for token in doc[i + 1 : i + 6]:
            if token.is_quote:
                break
            words.append(token)
        else:
            return None
        if not words or not words[-1].text[:1].isupper() or any(t.is_punct for t in words):
            return None
        return self._new(" ".join(t.text for t in words), "ORG")

    def _previous_org(
        self, span: Span, head: int, quote: dict, articles=("die", "der"), sentences: int = 1
    ) -> Entity | None:
        """The organisation a bare definite noun phrase („die Organisation“, „Die
        Menschenrechtler“; with ``articles`` also „ein Sprecher“) takes up: the speaker of the
        statement right before this one, when that is an organisation and it spoke in this
        paragraph or the one before, and in the sentence before (``sentences``) or since."""
        if head != span.start + 1 or head + 1 != span.end or span[0].lower_ not in articles:
            return None
        position = span.start_char
        paragraph = self._paragraph(position)
        window = self._window_start(position, sentences=sentences)
        before = [
            q for p in (paragraph - 1, paragraph) for q in self._by_paragraph.get(p, ())
            if q is not quote and q["spans"][-1][1] <= position
            and (q.get("speaker") or {}).get("entity")
        ]  # fmt: skip
        if not before:
            return None
        last = max(before, key=lambda q: q["spans"][-1][1])
        if last["spans"][-1][1] < window:
            return None  # a sentence without statement in between: another one may be meant
        entity = next((e for e in self.entities if e.id == last["speaker"]["entity"]), None)
        if entity is not None and entity.kind in ("LOC", "PER"):  # „des Guardian“ as a place:
            names = entity.names  # the organisation the NER named elsewhere („Rheinmetall“)
            entity = next((e for e in self.entities if e.kind == "ORG" and e.names == names), None)
        return entity if entity is not None and entity.kind == "ORG" else None

    def _recent_org(self, span: Span, role: str, found: Entity | None) -> Entity | None:
        """The organisation a bare generic noun („teilte die Organisation mit“) takes up when
        ``found``, whose descriptive compound ends in that noun („Industrieländer-Organisation
        OECD“), was named before the sentence before and another organisation of no other kind
        („Transparency International“, not „Thüringer Bauernverband“ for „das Ministerium“)
        was named in it since: German takes up the nearest."""
        if found is None or len(span) != 2 or span[0].tag_ != "ART":
            return found
        window = self._window_start(span.start_char, sentences=1)
        if any(window <= s < span.start_char for s, _ in found.mentions):
            return found
        if any(w.lower() == role.lower() for w in found.words):
            return found  # „dem Militär“ after „Dem türkischen Militär zufolge“: its own word
        recent = [
            (s, e) for s, e in self._named_between(window, span.start_char, kinds=("ORG",))
            if e is not found and not other_kind(e, role) and not named_kind(e, role)
            and not topic_mention(span.doc, s)
        ]  # fmt: skip
        return max(recent, key=lambda f: f[0])[1] if recent else found

    def _spoken_for(self, span: Span, head: int, role: str) -> Entity | None:
        """The organisation a spokesperson speaks for: named after the noun („Sprecherin des
        Schweizer Nachrichtendienstes“), or before it in the compound („NDB-Sprecherin“,
        „Polizeisprecher“); the person a spokesperson speaks for, named in a genitive before
        the noun („Camerons Sprecher“)."""
        owner = self._mention_at(head - 1) if head > span.start else None
        if owner is not None and owner.label == "PER" and owner.genitive and owner.end == head:
            return self._entity_of(owner)
        for i in range(head + 1, span.end):
            mention = self._mention_at(i)
            if mention is not None and mention.label in ("ORG", "LOC"):
                seated = self._seated(span, head, i) if mention.label == "LOC" else None
                return seated or self._entity_of(mention)
        genitive = self._genitive_org(span, head)
        if genitive is not None:
            return genitive
        if (person := genitive_person(span, head)) is not None:  # „Sprecherin des Ministers“
            known = [e for e in self.entities if e.kind == "PER" and e.has_alias(person[0])]
            known = [] if person[1] != person[0] else known  # „des deutschen …“: which one
            found = min(known, key=lambda e: e.salience(span.start_char)) if known else None
            return found or self._new(person[1], "PER")
        prefix = spoken_prefix(role) or role[: len(role) - len(base_noun(role) or "")].rstrip("-")
        if len(prefix) < 2:
            return None
        for candidate in (prefix, prefix[:-1] if prefix.endswith("s") else prefix):
            found = [
                e
                for e in self.entities
                if e.kind in ("ORG", "LOC")
                and (
                    any(same_word(candidate, w) or w.lower() == candidate.lower() for w in e.words)
                    or (len(e.words) > 1 and e.has_alias(candidate, exact=True))  # „NDB“
                )
            ]
            if found:
                return min(found, key=lambda e: e.salience(span.start_char))
        org = prefix[:-1] if prefix.endswith("s") and not prefix[:-1].endswith("s") else prefix
        if org.lower().endswith(ORG_ENDINGS):
            found = self._org_ending(span.start_char, org.capitalize(), aliases=True)
            if found is not None:
                return found
        body = spoken_body(prefix) if is_spokesperson(role) else None
        return self._new(body, "ORG") if body is not None else None  # „ein Polizeisprecher“

    def _seated(self, span: Span, head: int, place: int) -> Entity | None:
        """The institution a spokesperson speaks for whose seat the place at token ``place``
        names after „in“ / „aus“: the words from its noun to the place („ein Sprecher des
        Lagezentrums im Innenministerium in Stuttgart“ -> „Innenministerium in Stuttgart“, not
        the city); None where no institution noun comes before the place."""
        doc = span.doc
        if place - 1 <= head or doc[place - 1].lower_ not in PLACE_PREPOSITIONS:
            return None
        nouns = [
            j for j in range(head + 1, place - 1)
            if doc[j].tag_ == "NN" and nominative(doc[j]).lower().endswith(ORG_ENDINGS)
        ]  # fmt: skip
        if not nouns:
            return None
        end = next((j for j in range(place, span.end) if doc[j].tag_ != "NE"), span.end)
        return self._new(" ".join([nominative(doc[nouns[0]]), doc[nouns[0] + 1 : end].text]), "ORG")

    def _genitive_org(self, span: Span, head: int) -> Entity | None:
        """The organisation of a genitive after ``head`` that the NER missed: „(der Sprecherin)
        des Schweizer Nachrichtendienstes“ -> „Schweizer Nachrichtendienst“; a generic noun
        („des Ministeriums“) only as an organisation named before."""
        doc = span.doc
        i = head + 1
        if i >= span.end or doc[i].lower_ not in ("des", "der"):
            return None
        words = []
        for tok in doc[i + 1 : span.end]:
            if tok.tag_ in ("ADJA", "NE") or (tok.tag_ == "NN" and tok.text[:1].isupper()):
                words.append(tok)
            else:
                break
        if not words or words[-1].tag_ != "NN":
            return None
        noun = nominative(words[-1])
        if not noun.lower().endswith(ORG_ENDINGS):
            return None
        if len(words) == 1 and noun.lower() in GENERIC_ORGS:  # „des Senders“: „Nachrichtensender
            found = self._org_ending(span.start_char, noun)  # Skai“ (a role alias) named before
            return found or self._org_ending(span.start_char, noun, aliases=True)
        adjectives = [t.text for t in words[:-1] if t.tag_ == "ADJA"]
        if adjectives and len(adjectives) == len(words) - 1 and adjectives[0][:1].islower():
            # „des baden-württembergischen Innenministeriums“: the adjective tells which one
            strong = nominative_adjectives(adjectives, noun) or [weak_form(a) for a in adjectives]
            return self._new(" ".join([*strong, noun]), "ORG")
        return self._org_ending(span.start_char, noun) or self._new(
            " ".join([*(t.text for t in words[:-1]), noun]), "ORG"
        )


def _compound_of(entity: Entity, noun: str) -> bool:
    """Whether an organisation's name has ``noun`` as the last part of a hyphenated compound
    („NRW-Landesregierung“ for „der Landesregierung“)."""
    last = entity.words[-1] if entity.words else ""
    return "-" in last and same_word(last.rsplit("-", 1)[-1], noun)


def named_kind(entity: Entity, noun: str) -> bool:
    """Whether the organisation's own name says it is a body of another kind than ``noun``
    („Thüringer Bauernverband“ for „das Ministerium“)."""
    low = noun.lower()
    endings = [g for w in entity.words for g in GENERIC_ORGS if w.lower().endswith(g)]
    return bool(endings) and not any(g.endswith(low) or low.endswith(g) for g in endings)


def other_kind(entity: Entity, noun: str) -> bool:
    """Whether the organisation ``entity`` was described as a body of another kind than the
    generic noun ``noun`` names: one of its aliases ends in a generic organisation noun and
    none in ``noun`` („Umweltorganisation“ for „der Konzern“); False without such an alias."""
    low = noun.lower()
    kinds = [a.lower() for a in entity.aliases if a.lower().endswith(tuple(GENERIC_ORGS))]
    return bool(kinds) and not any(k.endswith(low) for k in kinds)
