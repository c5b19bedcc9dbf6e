"""The article's mention index: quoted text, lookups by token and position, new role entities.

Stage: resolve (base of ``zitate.resolve.context.DocumentMentions``). Input: the analysed
``Doc``, its text, the quotation records and the name entities ``group_mentions`` built.
Output: a ``MentionIndex`` that knows which characters are quoted text, answers where
paragraphs and sentences begin, which name mention covers a token, which entity a mention
belongs to, which person a capitalised word names, which surnames the NER missed, the
organisation a generic noun ends („das Ministerium“ -> „Landwirtschaftsministerium“), and that
makes new role entities.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

from .lexicons import is_person_noun
from .mentions import Entity, Mention, same_word
from .phrases import FINITE, source_noun


class MentionIndex:
    """The article's name entities, quoted text and lookups by token, built once per article."""

    def __init__(self, doc: Doc, text: str, quotes: list[dict], entities: list[Entity]) -> None:
        self.doc = doc
        self.text = text
        # Ends of the blank lines „\n\n“ as ``str.count`` finds them (left to right, without
        # overlap): the paragraph of a position is the number of ends at or before it.
        self.breaks = [m.end() for m in re.finditer("\n\n", text)]
        self.entities = entities
        self.quoted: set[int] = set()
        self.direct: set[int] = set()  # text in quotation marks (Direct quotations)
        for q in quotes:
            for a, b in q["spans"]:
                self.quoted.update(range(a, b))
                if q["type"] == "Direct":
                    self.direct.update(range(a, b))
        # a speaker phrase is never quoted text, also where a Reported statement spans it
        # („Darauf verweist auch die … Direktorin des … Copernicus Samantha Burgess.“)
        self.quoted -= {
            i for q in quotes for a, b in (q.get("speaker") or {}).get("spans", [])
            for i in range(a, b)
        }  # fmt: skip
        # the words before the finite verb of a Reported statement are the writer's report of
        # who acts („Moreno hat Zweifel, er führt … an“), no quoted text: an antecedent; so are
        # those of a statement a frame takes up after it („Irmgard Griss wird … kandidieren.
        # Das gab …“)
        self.quoted -= {
            i for q in quotes if q["type"] == "Reported" or _framed_after(q)
            for i in _forefield(doc, q)
        }  # fmt: skip
        # a prenominal genitive is no antecedent nor source („Putins Sprecher“), unless a source
        # noun follows it („aus Hännis Sicht“, „nach Merkels Worten“)
        self.quoted |= {
            doc[m.start].idx for e in entities for m in e.tokens
            if m.genitive and not source_noun(doc[m.end])
        }  # fmt: skip
        self.roles: dict[str, Entity] = {}
        # Speaker pronouns already resolved to a person, (start, end, entity): the next „er“
        # of a chain finds the person the last one stands for.
        self.chain: list[tuple[int, int, Entity]] = []
        # Lookups by token and by mention, built once (the name mentions are final here): a
        # scan of every mention per speaker made a long article quadratic in its length.
        self._at: dict[int, Mention] = {}
        self._owner: dict[int, Entity] = {}
        for entity in entities:
            for mention in entity.tokens:
                self._owner.setdefault(id(mention), entity)
                if entity.kind in ("PER", "ORG", "LOC"):
                    for i in range(mention.start, mention.end):
                        self._at.setdefault(i, mention)
        self._words: dict[int, tuple[str, ...]] = {}
        self.unrecognised = self._unrecognised()
        self._by_paragraph: dict[int, list[dict]] = {}
        for q in quotes:
            self._by_paragraph.setdefault(self._paragraph(q["spans"][0][0]), []).append(q)

    def _unrecognised(self) -> list[tuple[int, int, Entity]]:
        """Mentions of a person the NER missed: the surname of a person it found by full name,
        where it stands again outside a name mention and outside quotations („Der
        Volkswirtschaftler und Euro-Kritiker Lucke war …“ after „Bernd Lucke“); a surname two
        persons share is left out."""
        owners: dict[str, list[Entity]] = {}
        for entity in self.entities:
            words = entity.words if entity.kind == "PER" and entity.tokens else ()
            if len(words) > 1 and words[-1][:1].isupper() and len(words[-1]) > 2:
                owners.setdefault(words[-1], []).append(entity)
        found = []
        for token in self.doc:
            owner = owners.get(token.text)
            free = token.i not in self._at and token.idx not in self.quoted
            if owner and len(owner) == 1 and free:
                found.append((token.idx, token.idx + len(token), owner[0]))
        return found

    def _paragraph(self, position: int) -> int:
        """The number of blank lines before ``position`` (``text.count("\\n\\n", 0, position)``)."""
        return bisect_right(self.breaks, position)

    def _window_start(self, position: int, sentences: int = 2) -> int:
        """The first character of the sentence ``sentences`` before the one at ``position``
        (a paragraph break the parser made a sentence of its own is no sentence)."""
        token = self.doc.char_span(position, position + 1, alignment_mode="expand")
        if token is None:
            return position
        sent = token[0].sent
        for _ in range(sentences):
            while sent.start > 0:
                sent = self.doc[sent.start - 1].sent
                if not all(t.is_space for t in sent):
                    break
            if sent.start == 0:
                break
        return sent.start_char

    def _mention_at(self, i: int) -> Mention | None:
        """The first name mention (PER, ORG, LOC; entities in order) covering token ``i``."""
        return self._at.get(i)

    def _entity_of(self, mention: Mention | None) -> Entity | None:
        if mention is None:
            return None
        return self._owner.get(id(mention)) or next(e for e in self.entities if mention in e.tokens)

    def _by_word(self, token) -> Entity | None:
        """A PER entity with a name word equal to ``token`` („Papier“ tagged as a noun); a role
        noun („Finanzminister“) is no name word of a person named by a role phrase alone
        („deutscher Finanzminister“)."""
        if not token.text[:1].isupper():
            return None
        role = is_person_noun(token.text)
        found = [
            e
            for e in self.entities
            if e.kind == "PER" and (e.tokens or not role)
            and any(same_word(token.text, w) for w in self._words_of(e))
        ]  # fmt: skip
        return min(found, key=lambda e: e.salience(token.idx)[::-1]) if found else None

    def _words_of(self, entity: Entity) -> tuple[str, ...]:
        """``entity.words``, kept once the entity has its name mentions (read per speaker)."""
        if not entity.tokens:
            return entity.words
        if (words := self._words.get(id(entity))) is None:
            words = self._words[id(entity)] = entity.words
        return words

    def _org_ending(self, position: int, noun: str, aliases: bool = False) -> Entity | None:
        """The organisation named before ``position`` whose name (or, with ``aliases``, a role
        alias) ends in ``noun`` („das Ministerium“ -> „Landwirtschaftsministerium“, „der
        Konzern-Sprecher“ -> „Rheinmetall“ of „Rüstungskonzern Rheinmetall“), else the one
        named after it when there is only one („Städtetag“ in a heading, „Der Städtetag NRW“
        below), else None („die Polizei“ of two reports is not one organisation)."""
        low = noun.lower()
        found = [
            e
            for e in self.entities
            if e.kind == "ORG"
            and (
                any(w.lower().endswith(low) for w in e.words)
                or (aliases and any(a.lower().endswith(low) for a in e.aliases))
            )
        ]  # fmt: skip
        before = [e for e in found if any(s < position for s, _ in e.mentions)]
        if before:
            return min(before, key=lambda e: e.salience(position))
        after = [e for e in found if any(w.lower() == low for w in e.words)]
        return after[0] if len(after) == 1 else None

    def _new(self, name: str, kind: str) -> Entity:
        """The entity of ``name`` (made once); a bare organisation noun is the one organisation
        whose longer name ends in it („laut Gesundheitsministerium“ after „das zuständige
        Thüringer Gesundheitsministerium“)."""
        key = name.lower()
        longer = [
            e for e in self.entities
            if kind == e.kind == "ORG" and len(e.words) > 1 and e.words[-1].lower() == key
        ]  # fmt: skip
        if len(longer) == 1 and " " not in name:
            return longer[0]
        if key not in self.roles:
            entity = Entity(f"r{len(self.roles)}", kind, [], [name])
            self.entities.append(entity)
            self.roles[key] = entity
        return self.roles[key]


def _forefield(doc: Doc, quote: dict) -> range:
    """The characters of a Reported statement before its first finite verb, when the statement
    opens its sentence („Moreno | hat Zweifel …“); an empty range otherwise."""
    if not quote.get("spans"):
        return range(0)
    start = quote["spans"][0][0]
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span[0].i != span[0].sent.start:
        return range(0)
    finite = next((t for t in span[0].sent if t.tag_ in FINITE), None)
    return range(start, finite.idx) if finite is not None else range(0)


def _framed_after(quote: dict) -> bool:
    """Whether a statement ends in the demonstrative of a frame after it („…. Das gab die
    ehemalige Präsidentin … bekannt.“, ``quotes.back_frames``): the writer's report of it."""
    cue = (quote.get("cue") or {}).get("spans") or []
    spans = quote.get("spans") or []
    framed = bool(cue and spans) and cue[0][0] >= spans[-1][1]
    return framed and quote.get("text", "").endswith((" Das", " Dies"))
