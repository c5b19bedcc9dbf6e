"""Speaker resolution inside one article: who each quotation's speaker is, as a document entity.

Stage: resolve, after ``zitate_quotes``. Input: the analysed ``Doc`` of ``article.text`` (STTS
tags, lemmas, verb ``Number``, NER) and its quotation records (``doc._.zitate_quotes``, character
offsets into ``doc.text``). Output: ``(quotes, entities)`` in the form of ``shared/OUTPUT.md``:
copies of the quotation records with ``speaker.entity`` set, and the document entities.

- Entities are NER mentions (PER, ORG, LOC, MISC; lower-case adjectives such as „italienische“
  left out) plus proper names inside speaker phrases that the NER missed. Mentions with the
  same name group together (a genitive „Papiers“ with „Papier“); a PER mention whose words are
  part of a longer PER name („Trump“ ↔ „Donald Trump“) joins the nearest such entity before it.
  Leading common nouns of a mention („Papst Benedikt XVI.“) and role nouns in apposition
  („US-Präsident Donald Trump“, „Hans-Jürgen Papier, Präsident des …“, „der Sprecher …, Steffen
  Seibert“) become aliases; ``name`` is the longest proper-name mention.
- Speakers: a proper name resolves to its entity („Italiens Ministerpräsident Mario Monti“ →
  Mario Monti, „Angaben des Vatikan-Sprechers Federico Lombardi“ → Federico Lombardi); „er“ /
  „sie“ to the most recent compatible PER mention before the quotation outside quoted text
  (plural „sie“ to the most recent ORG/GROUP speaker); a role noun to the entity it stands in
  apposition with somewhere in the article, else to a new ORG, GROUP or PER entity named by the
  role phrase itself.
- Quotations without a speaker take the speaker of the quotation they continue: FreeIndirect
  and IndirectFreeIndirect the preceding one, Direct the neighbouring one in the same paragraph;
  a Direct or Indirect quotation that still has none (or only the expletive „es“ of „heißt es“)
  takes the last person, else organisation, named before it in its sentence.
"""

from __future__ import annotations

import pickle
import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Span

from ..nlp.mood import FINITE_TAGS
from ..nlp.tokenizer import doc_text
from ..quotes.dataset import CONTINUING
from .lexicons import base_noun, is_person_noun, is_speaker_noun
from .mentions import (
    ENTITY_KINDS,
    GENITIVE_ARTICLES,
    ORG_ENDINGS,
    Entity,
    Mention,
    alias_of,
    apposition_after,
    group_mentions,
    nominative,
    proper_mentions,
    same_word,
)
from .repair import described_org

PRONOUNS = {"er": "m", "sie": "f"}
# The grammatical gender a determiner gives a singular role phrase in the nominative (a speaker):
# „der Chef“, „eine Comicbiene“, „das Kind“; „ein“, „sein“ are masculine or neuter.
ARTICLE_GENDER = {
    "der": "m", "dieser": "m", "jener": "m", "jeder": "m",
    "die": "f", "diese": "f", "jene": "f", "jede": "f", "eine": "f", "keine": "f",
    "seine": "f", "ihre": "f", "unsere": "f",
    "das": "n", "dieses": "n", "jedes": "n",
}  # fmt: skip
# Statements themselves name no speaker („liefert eine Erklärung: …“, „in einer Mitteilung“).
STATEMENT_NOUNS = frozenset(
    {"Erklärung", "Mitteilung", "Pressemitteilung", "Stellungnahme", "Statement"}
)
# Nouns that introduce a source in „nach Angaben des Sprechers“, „nach Ansicht der Partei“.
SOURCE_NOUNS = frozenset(
    {"Angabe", "Ansicht", "Auffassung", "Meinung", "Einschätzung", "Aussage", "Wort", "Bericht"}
)
# Heads of speaker phrases that name no one: „libanesischen Angaben“, „den Recherchen“.
NOT_ENTITIES = (
    SOURCE_NOUNS
    | frozenset(
        {
            "Recherche",
            "Recherchen",
            "Information",
            "Informationen",
            "Quelle",
            "Schätzung",
            "Erkenntnis",
            "Erkenntnissen",
            "Darstellung",
            "Angaben",
            "Berichten",
        }
    )
    | STATEMENT_NOUNS
)
INDEFINITE = frozenset({"ein", "eine", "einer", "eines", "einem", "einen", "mehrere", "zwei"})
SPOKESPERSON = ("sprecher", "pressesprecher")
SINGULAR_DETERMINERS = frozenset({"des", "dem", "eines", "einem", "einen", "der", "dieses"})
# Organisation nouns that name no organisation by themselves („die Partei“, „die Armee“): they
# stand for the organisation of that kind named before, or for none.
GENERIC_ORGS = frozenset(ORG_ENDINGS) - {"polizei", "kreml", "vatikan", "bundestag"}
SKIP_TAGS = frozenset({"ART", "ADJA", "PPOSAT", "PIAT", "PIDAT", "PDAT", "CARD", "APPR", "APPRART"})


def resolve_speakers(doc: Doc, quotes: Sequence[dict]) -> tuple[list[dict], list[dict]]:
    """``(quotes, entities)``: copies of ``quotes`` with ``speaker.entity`` set, and the
    document entities of ``doc`` (OUTPUT.md records, ids ``e1``… in order of first mention)."""
    text = doc_text(doc)
    quotes = _copy(list(quotes))
    for quote in quotes:
        if (quote.get("speaker") or {}).get("text", "").lower() == "es":
            quote["speaker"] = None  # „heißt es“: no speaker; found below from the sentence
        elif _own_statement(doc, quote):
            quote["speaker"] = _subject(doc, text, quote)
    entities = group_mentions(doc, proper_mentions(doc, _speaker_spans(doc, quotes)))
    resolver = _Resolver(doc, text, quotes, entities)
    for quote in quotes:
        resolver.resolve(quote)
    for n, quote in enumerate(quotes):
        if not quote.get("speaker"):
            resolver.inherit(quotes, n)
    return quotes, _records(resolver.entities, quotes)


class _Resolver:
    """Speaker phrase -> entity, with the article's mentions, aliases and quoted text."""

    def __init__(self, doc: Doc, text: str, quotes: list[dict], entities: list[Entity]) -> None:
        self.doc = doc
        self.text = text
        # Ends of the blank lines „\n\n“ as ``str.count`` finds them (left to right, without
        # overlap): the paragraph of a position is the number of ends at or before it.
        self.breaks = [m.end() for m in re.finditer("\n\n", text)]
        self.entities = entities
        self.quoted: set[int] = set()
        for q in quotes:
            for a, b in q["spans"]:
                self.quoted.update(range(a, b))
        # a speaker phrase is never quoted text, also where a Reported statement spans it
        # („Darauf verweist auch die … Direktorin des … Copernicus Samantha Burgess.“)
        self.quoted -= {
            i for q in quotes for a, b in (q.get("speaker") or {}).get("spans", [])
            for i in range(a, b)
        }  # fmt: skip
        self.quoted |= {doc[m.start].idx for e in entities for m in e.tokens if m.genitive}
        self.roles: dict[str, Entity] = {}
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
        self._by_paragraph: dict[int, list[dict]] = {}
        for q in quotes:
            self._by_paragraph.setdefault(self._paragraph(q["spans"][0][0]), []).append(q)

    def resolve(self, quote: dict) -> None:
        speaker = quote.get("speaker")
        if not speaker or not speaker.get("spans"):
            return
        start, end = speaker["spans"][0]
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return
        entity = self._pronoun(span, quote) if len(span) == 1 else None
        entity = entity or self._name(span) or self._role(span, quote)
        if entity is not None:
            speaker["entity"] = entity.id
            overlaps = any(a < end and start < b for a, b in entity.mentions)
            if not overlaps and span[0].tag_ != "PPER":
                entity.mentions.append((start, end))

    def inherit(self, quotes: list[dict], n: int) -> None:
        """Give quotation ``n`` (no speaker) the speaker of the quotation it continues:
        FreeIndirect and IndirectFreeIndirect the previous one; Direct the previous one in the
        same paragraph unless another person is named in between, else the next one there."""
        quote, previous = quotes[n], quotes[n - 1] if n else None
        source = previous if quote["type"] in CONTINUING else None
        if quote["type"] == "Direct":
            start = quote["spans"][0][0]
            paragraph = self._paragraph(start)
            same = [q for q in self._by_paragraph.get(paragraph, ()) if q.get("speaker")]
            before = [q for q in same if q["spans"][-1][1] <= start]
            after = [q for q in same if q["spans"][0][0] > start]
            if before and not self._other_person(before[-1], start):
                source = before[-1]
            elif after:
                source = after[0]
            elif self._continues(quote, previous):
                source = previous  # „Auch die Fraktionen hätten „mitgearbeitet““: Konjunktiv
        if source is not None and source.get("speaker"):
            quote["speaker"] = _copy(source["speaker"])
        elif quote["type"] in ("Direct", "Indirect"):
            start = quote["spans"][0][0]
            quote["speaker"] = self._named_in_sentence(start)
            if quote["speaker"] is None and quote["type"] == "Direct":
                quote["speaker"] = self._named_in_previous_sentence(start)

    def _paragraph(self, position: int) -> int:
        """The number of blank lines before ``position`` (``text.count("\\n\\n", 0, position)``)."""
        return bisect_right(self.breaks, position)

    def _continues(self, quote: dict, previous: dict | None) -> bool:
        """Whether a Direct quotation without speaker continues ``previous``'s speaker: its
        sentence reports it in the Konjunktiv outside the quotation marks and no other person
        is named in between."""
        if previous is None or not previous.get("speaker"):
            return False
        start = quote["spans"][0][0]
        token = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if token is None or self._other_person(previous, start):
            return False
        inside = {i for a, b in quote["spans"] for i in range(a, b)}
        return any(
            t.tag_ in FINITE_TAGS and "Sub" in t.morph.get("Mood") and t.idx not in inside
            for t in token[0].sent
        )

    def _named_in_sentence(self, start: int) -> dict | None:
        """A speaker for a quotation the attribution left without one: the last person (else
        organisation) named before it in its sentence, outside quotations („Dieter Wiefelspütz,
        will „…““, „In der Pressemitteilung des WWF heißt es, dass …“)."""
        token = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if token is None:
            return None
        return self._named(token[0].sent.start_char, start)

    def _named_in_previous_sentence(self, start: int) -> dict | None:
        """For a Direct quotation that opens its sentence: the subject of the sentence before
        it in the same paragraph, when it names an entity („Der Politikwissenschaftler Uwe Jun
        stellt dem Ausschuss ein gutes Zeugnis aus. „Die Gespräche …““)."""
        from ..quotes.roles import subject_speaker

        token = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if token is None or token[0].sent.start == 0:
            return None
        sent = token[0].sent
        if any(not t.is_punct for t in self.doc[sent.start : token[0].i]):
            return None  # words before the quotation: not a quotation opening its sentence
        before = self.doc[sent.start - 1].sent
        if "\n\n" in self.text[before.start_char : start]:
            return None
        ids = subject_speaker(self.doc, before)
        if not ids:
            return None
        a, b = self.doc[ids[0]].idx, self.doc[ids[-1]].idx + len(self.doc[ids[-1]])
        probe = {"type": "Direct", "spans": [[start, start + 1]], "speaker": {
            "text": self.text[a:b], "spans": [[a, b]]}}  # fmt: skip
        self.resolve(probe)
        return probe["speaker"] if probe["speaker"].get("entity") else None

    def _named(self, begin: int, end: int) -> dict | None:
        """The last PER, else ORG, mention in ``[begin, end)`` outside quotations."""
        found = [
            (e.kind == "PER", a, b, e)
            for e in self.entities
            if e.kind in ("PER", "ORG")
            for a, b in e.mentions
            if begin <= a and b <= end and a not in self.quoted
        ]
        if not found:
            return None
        _, a, b, entity = max(found, key=lambda f: f[:2])
        return {"text": self.text[a:b], "spans": [[a, b]], "entity": entity.id}

    def _other_person(self, previous: dict, position: int) -> bool:
        """Whether a PER entity other than ``previous``'s speaker is named (outside quotations)
        between ``previous`` and ``position``."""
        after = previous["spans"][-1][1]
        own = previous["speaker"].get("entity")
        return any(
            after <= s < position and s not in self.quoted and e.id != own
            for e in self.entities
            if e.kind == "PER"
            for s, _ in e.mentions
        )

    def _pronoun(self, span: Span, quote: dict) -> Entity | None:
        word = span[0].lower_
        if span[0].tag_ != "PPER" or word not in PRONOUNS:
            return None
        if word == "sie" and _plural_cue(self.doc, quote):
            return self._recent(span.start_char, kinds=("ORG", "GROUP"))
        return self._recent(span.start_char, gender=PRONOUNS[word])

    def _recent(
        self, before: int, gender: str | None = None, kinds=("PER",), exclude=frozenset()
    ) -> Entity | None:
        """The entity of the last mention before ``before`` that is not quoted text (nor a
        prenominal genitive); within the pronoun's sentence and the two before it, a mention
        inside a prepositional phrase („gegen Amtsinhaber Wladimir Putin“) yields to an earlier
        one that is not (the subject „Boris Nadeschdin“ of „… darf Unterschriften sammeln“)."""
        compatible = [
            (start, end, entity)
            for entity in self.entities
            if entity.kind in kinds
            and not (gender and entity.gender not in (None, gender))
            and entity.id not in exclude
            for start, end in entity.mentions
            if end <= before
        ]
        found = [(s, e) for s, _, e in compatible if s not in self.quoted]
        if not found:  # a frame the attribution took into the quotation: its own sentence
            sentence = self._window_start(before, sentences=0)
            found = [(s, e) for s, _, e in compatible if sentence <= s]
        if not found:  # „… räumte Landesbischof Christian Kopp ein. Er …“ taken in as well
            window = self._window_start(before, sentences=2)
            found = [(s, e) for s, _, e in compatible if window <= s]
        if not found:
            return None
        window = self._window_start(before)
        near = [(start, e) for start, e in found if start >= window and not self._oblique(start)]
        if gender:  # a person the text gives that gender before one it tells nothing of
            near = [(s, e) for s, e in near if e.gender == gender] or near
            found = [(s, e) for s, e in found if e.gender == gender] or found
        return max(near or found, key=lambda f: f[0])[1]

    def _affiliated(self, position: int, role: str, gender: str | None) -> Entity | None:
        """The person a definite role stands for: with an affiliation in the role („der
        CDU-Spitzenkandidat“), the last person named before with a role or party of that
        affiliation („CDU-Kontrahent Mario Voigt“, „Voigt (CDU)“), never one with another
        („AfD-Spitzenkandidat Björn Höcke“); else the last person of that gender."""
        party = affiliation(role)
        if party is None:
            return self._recent(position, gender=gender)
        own, other = [], set()
        for entity in self.entities:
            if entity.kind != "PER" or not any(s < position for s, _ in entity.mentions):
                continue
            parties = {affiliation(a) for a in entity.aliases} - {None}
            if party in parties:
                own.append(entity)
            elif parties:
                other.add(entity.id)
        if own:
            return max(own, key=lambda e: max(s for s, _ in e.mentions if s < position))
        return self._recent(position, gender=gender, exclude=other)

    def _window_start(self, position: int, sentences: int = 2) -> int:
        """The first character of the sentence ``sentences`` before the one at ``position``."""
        token = self.doc.char_span(position, position + 1, alignment_mode="expand")
        if token is None:
            return position
        sent = token[0].sent
        for _ in range(sentences):
            if sent.start == 0:
                break
            sent = self.doc[sent.start - 1].sent
        return sent.start_char

    def _oblique(self, start: int) -> bool:
        """Whether the mention at ``start`` follows a preposition („gegen (Amtsinhaber) X“)."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        i = span[0].i - 1 if span is not None else -1
        while i >= 0 and self.doc[i].tag_ in ("NN", "ADJA", "ART", "PPOSAT"):
            i -= 1
        return i >= 0 and self.doc[i].tag_ in ("APPR", "APPRART")

    def _name(self, span: Span) -> Entity | None:
        """The entity of the proper name at the head of ``span`` or in apposition to it."""
        head = _head(span)
        if head is None:
            return None
        last = self._mention_at(span.end - 1)
        if (
            last is not None
            and last.label == "PER"
            and last.end == span.end
            and last.start > head
            and span.doc[last.start - 1].text == ","
            and len(last.words) > 1  # not „Timo Kowalski, Feuerwehrmann“
        ):  # „die Thüringer Landesvorsitzende der Familienunternehmen, Colette Boos-John“
            entity = self._entity_of(last)
            if entity is not None and span.doc[head].tag_ == "NN":
                entity.add_alias(alias_of(span.doc[head]))
            return entity
        mention = self._mention_at(head)
        if mention is not None:
            return self._entity_of(mention)
        bare = head == span.start or span.doc[head - 1].tag_ != "ART"  # not „der Fischer“
        entity = self._by_word(span.doc[head]) if bare else None
        if entity is None:
            entity = self._entity_of(self._apposition(span, head))
            if entity is not None:
                entity.add_alias(alias_of(span.doc[head]))
        return entity

    def _apposition(self, span: Span, head: int) -> Mention | None:
        """A name after the role nouns („Ministerpräsident Mario Monti“), in parentheses after
        them („Nachrichtendienstes (NDB)“), a person's name ending the phrase („Direktorin des
        Klimaprogramms Copernicus Samantha Burgess“) or right after it („Oberrabbiner Israels,
        Yona Metzger“); not a genitive („… Israels“)."""
        i = head
        doc = span.doc
        while i < span.end and (
            doc[i].tag_ == "NN"
            or (doc[i].tag_ == "KON" and i + 1 < span.end and doc[i + 1].tag_ == "NN")
        ):
            i += 1  # „Historikers und Geheimdienstexperten Adrian Hänni“
        if i + 1 < span.end and span.doc[i].text == "(":
            i += 1  # an abbreviation in parentheses: „des Nachrichtendienstes (NDB)“
        mention = self._mention_at(i) if i < span.end else None
        if mention is not None and not mention.genitive and mention.label in ("PER", "ORG"):
            return mention
        last = self._mention_at(span.end - 1)  # „Direktorin des … Copernicus Samantha Burgess“
        if last is not None and last.label == "PER" and last.end == span.end:
            return last
        after = apposition_after(span.doc, span.end)
        return self._mention_at(after) if after is not None else None

    def _by_word(self, token) -> Entity | None:
        """A PER entity with a name word equal to ``token`` („Papier“ tagged as a noun)."""
        if not token.text[:1].isupper():
            return None
        found = [
            e
            for e in self.entities
            if e.kind == "PER" and any(same_word(token.text, w) for w in self._words_of(e))
        ]
        return min(found, key=lambda e: e.salience(token.idx)[::-1]) if found else None

    def _words_of(self, entity: Entity) -> tuple[str, ...]:
        """``entity.words``, kept once the entity has its name mentions (read per speaker)."""
        if not entity.tokens:
            return entity.words
        if (words := self._words.get(id(entity))) is None:
            words = self._words[id(entity)] = entity.words
        return words

    def _mention_at(self, i: int) -> Mention | None:
        """The first name mention (PER, ORG, LOC; entities in order) covering token ``i``."""
        return self._at.get(i)

    def _entity_of(self, mention: Mention | None) -> Entity | None:
        if mention is None:
            return None
        return self._owner.get(id(mention)) or next(e for e in self.entities if mention in e.tokens)

    def _role(self, span: Span, quote: dict) -> Entity | None:
        """A role noun: the entity it is an alias of; a spokesperson: the organisation spoken
        for; a definite person role („der Chef“, „die Ministerin“): the last person of that
        gender named before; an organisation or group noun: an entity of that name. A bare role
        that names no one („ein Sprecher“, „die Partei“ with no party named) and a noun that
        heads no speaker phrase in the training data („Änderung“) give no entity."""
        head = _head(span)
        if head is None or (span.doc[head].tag_ != "NN" and span.doc[head].tag_ != "ADJA"):
            return None
        token = span.doc[head]
        tail = token.text.rsplit("-", 1)[-1]
        if (source := _compound_source(token.text)) is not None:
            return self._source(span, head, source)  # „US-Angaben“, „spanischen Medienberichten“
        if {token.lemma_, token.text, tail, tail.capitalize()} & NOT_ENTITIES:
            return None  # a source noun without a source names no entity („nach Angaben“)
        role = alias_of(token)
        generic = role.lower() in GENERIC_ORGS  # „die Organisation“ is no „Terrororganisation“
        known = [e for e in self.entities if e.has_alias(role, exact=generic)]
        if known:
            return min(known, key=lambda e: e.salience(span.start_char))
        if (base_noun(role) or "").startswith(SPOKESPERSON):
            return self._spoken_for(span, head, role)
        kind = "GROUP" if _bare_participle(token) else _role_kind(role, quote, self.doc, token)
        determiner = span[0].lower_ if head > span.start else ""
        if kind == "PER":
            named = self._named_after(span, head, role)
            if named is not None or determiner in INDEFINITE or not is_person_noun(role):
                return named
            gender = _noun_gender(role) or _determiner_gender(span, determiner)
            entity = self._affiliated(span.start_char, role, gender)
            if entity is not None:
                entity.add_alias(role)
            return entity
        if kind == "ORG" and role.lower() in GENERIC_ORGS:
            owner = span.doc[head - 1] if head > span.start else None
            if owner is not None and _prenominal_genitive(owner, token):
                return self._new(f"{owner.text} {token.text}", "ORG")  # „Israels Armee“
            adjectives = [_weak(t.text) for t in span.doc[span.start : head] if t.tag_ == "ADJA"]
            if adjectives:  # „der ukrainische Generalstab“: the adjective tells which one
                noun = token.text if _plural_noun(token) else nominative(token)
                return self._new(" ".join([*adjectives, noun]), "ORG")
            return self._org_ending(span.start_char, role)
        if kind == "GROUP" and not (is_speaker_noun(role) or is_person_noun(token.text)):
            return None  # „Anschläge“, „Produkte“: no group of people
        if kind == "ORG" and head + 2 == span.end and described_org(list(span.doc[head:])[:2]):
            entity = self._new(span.doc[head + 1].text, "ORG")  # „Rüstungskonzern Rheinmetall“
            entity.add_alias(role)
            return entity
        name = span.doc[head : span.end].text
        adjectives = [_weak(t.text) for t in span.doc[span.start : head] if t.tag_ == "ADJA"]
        if kind == "GROUP" and adjectives and head + 1 == span.end:
            name = " ".join([*adjectives, name])  # „westlicher Behörden“ -> „westliche Behörden“
        elif kind == "ORG" and adjectives and head + 1 == span.end:
            noun = token.text if _plural_noun(token) else nominative(token)
            name = " ".join([*adjectives, noun])  # „Der südkoreanische Geheimdienst“
        elif head > 0 and span.doc[head - 1].lower_ in GENITIVE_ARTICLES and head + 1 == span.end:
            name = nominative(span.doc[head])  # „Angaben des US-Europakommandos“
        return self._new(name, kind)

    def _source(self, span: Span, head: int, source: str) -> Entity:
        """The source a compound source noun names in its first part: an entity named so
        before or after, or whose name that part abbreviates („US“ -> „USA“); else a new
        organisation, or group for a plural („spanischen Medienberichten“ -> „spanische
        Medien“)."""
        low = source.lower()
        found = [
            e for e in self.entities
            if e.kind in ("ORG", "LOC", "GROUP") and e.tokens
            and any(n.lower() == low or (source.isupper() and n.startswith(source)
                                         and n.isupper() and len(n) == len(source) + 1)
                    for n in e.names)
        ]  # fmt: skip
        if found:
            return min(found, key=lambda e: e.salience(span.start_char))
        kind = "GROUP" if source.endswith("n") and source[:1].isupper() else "ORG"
        adjectives = [_weak(t.text) for t in span.doc[span.start : head] if t.tag_ == "ADJA"]
        return self._new(" ".join([*adjectives, source]), kind)

    def _named_after(self, span: Span, head: int, role: str) -> Entity | None:
        """A person named right after the role noun in words the tagger and the NER took for
        common nouns („Präsidentin Annekathrin Preidel“): two or more capitalised words, or a
        known first name and a capitalised word."""
        rest = [t for t in span.doc[head + 1 : span.end]]
        if not rest or not all(t.text[:1].isupper() and t.is_alpha for t in rest):
            return None
        if len(rest) < 2 or any(is_speaker_noun(t.text) for t in rest):
            return None
        name = " ".join(t.text for t in rest)
        same = [
            e for e in self.entities if e.kind == "PER" and same_word(e.words[-1], rest[-1].text)
        ]
        entity = same[0] if len(same) == 1 else self._new(name, "PER")
        if name not in entity.names:
            entity.names.append(name)  # „Präsidentin Annekathrin Preidel“ and „Preidel“
        entity.add_alias(role)
        return entity

    def _spoken_for(self, span: Span, head: int, role: str) -> Entity | None:
        """The organisation a spokesperson speaks for: named after the noun („Sprecherin des
        Schweizer Nachrichtendienstes“), or before it in the compound („NDB-Sprecherin“,
        „Polizeisprecher“)."""
        for i in range(head + 1, span.end):
            mention = self._mention_at(i)
            if mention is not None and mention.label in ("ORG", "LOC"):
                return self._entity_of(mention)
        genitive = self._genitive_org(span, head)
        if genitive is not None:
            return genitive
        prefix = role[: len(role) - len(base_noun(role) or "")].rstrip("-")
        if len(prefix) < 2:
            return None
        for candidate in (prefix, prefix[:-1] if prefix.endswith("s") else prefix):
            found = [
                e
                for e in self.entities
                if e.kind in ("ORG", "LOC")
                and any(same_word(candidate, w) or w.lower() == candidate.lower() for w in e.words)
            ]
            if found:
                return min(found, key=lambda e: e.salience(span.start_char))
        org = prefix[:-1] if prefix.endswith("s") and not prefix[:-1].endswith("s") else prefix
        if org.lower().endswith(ORG_ENDINGS):
            return self._org_ending(span.start_char, org.capitalize())
        return None

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
        if len(words) == 1 and noun.lower() in GENERIC_ORGS:
            return self._org_ending(span.start_char, noun)
        return self._org_ending(span.start_char, noun) or self._new(
            " ".join([*(t.text for t in words[:-1]), noun]), "ORG"
        )

    def _org_ending(self, position: int, noun: str) -> Entity | None:
        """The organisation named before ``position`` whose name ends in ``noun`` („das
        Ministerium“ -> „Landwirtschaftsministerium“), else the one named after it when there
        is only one („Städtetag“ in a heading, „Der Städtetag NRW“ below), else None („die
        Polizei“ of two reports is not one organisation)."""
        low = noun.lower()
        found = [
            e
            for e in self.entities
            if e.kind == "ORG" and any(w.lower().endswith(low) for w in e.words)
        ]  # fmt: skip
        before = [e for e in found if any(s < position for s, _ in e.mentions)]
        if before:
            return min(before, key=lambda e: e.salience(position))
        after = [e for e in found if any(w.lower() == low for w in e.words)]
        return after[0] if len(after) == 1 else None

    def _new(self, name: str, kind: str) -> Entity:
        key = name.lower()
        if key not in self.roles:
            entity = Entity(f"r{len(self.roles)}", kind, [], [name])
            self.entities.append(entity)
            self.roles[key] = entity
        return self.roles[key]


def _head(span: Span) -> int | None:
    """Token index of the head noun or name of a speaker phrase (determiners, adjectives,
    prenominal genitives „Italiens“ and source nouns „Angaben des“ skipped)."""
    i = span.start
    while i < span.end:
        tok = span.doc[i]
        nxt = span.doc[i + 1] if i + 1 < span.end else None
        if _nominalised(tok, nxt):
            return i  # „der 42-Jährige“, „die Grüne“ (tagged as adjectives)
        if tok.tag_ in SKIP_TAGS or tok.is_punct:
            i += 1
        elif _source_noun(tok) and nxt is not None and nxt.lower_ in ("von", "vom"):
            i += 2  # „Angaben von Vertretern deutscher Nachrichtendienste“
        elif _source_noun(tok) and nxt is not None and nxt.tag_ in ("ART", "ADJA", "NE", "NN"):
            i += 1  # „Angaben des Generalstabs“, „Erkenntnissen westlicher Behörden“
        elif _prenominal_genitive(tok, nxt):
            i += 1  # „Italiens Ministerpräsident …“, „Spectors Verteidiger …“
        else:
            return i if tok.tag_ in ("NN", "NE", "FM", "PIS", "PDS") else None
    return None


def _nominalised(tok, nxt) -> bool:
    """A capitalised adjective inside a sentence with no noun after it: a noun („der
    42-Jährige“)."""
    last_part = tok.text.rsplit("-", 1)[-1]  # „42-Jährige“
    if tok.tag_ != "ADJA" or not last_part[:1].isupper() or tok.is_sent_start:
        return False
    return nxt is None or nxt.tag_ not in ("NN", "NE", "ADJA")


def _compound_source(word: str) -> str | None:
    """The first part of a compound whose last part is a source noun, capitalised, where it
    names the source: „US-Angaben“ -> „US“, „Abendblatt-Informationen“ -> „Abendblatt“,
    „Medienberichten“ -> „Medien“, „Polizeiangaben“ -> „Polizei“; else None."""
    if "-" in word:
        first, _, last = word.rpartition("-")
        if last in NOT_ENTITIES or last.capitalize() in NOT_ENTITIES:
            return first if first[:1].isupper() and len(first) > 1 else None
        return None
    low = word.lower()
    for noun in NOT_ENTITIES:
        if low.endswith(noun.lower()) and len(low) - len(noun) >= 4:
            first = word[: len(word) - len(noun)]
            if first.endswith("s") and not first.endswith("ss"):
                first = first[:-1]  # the linking „s“ of „Regierungsangaben“
            return first
    return None


def _source_noun(tok) -> bool:
    """A noun that names where a statement comes from („Angaben“, „Recherchen“, „Bericht“)."""
    return tok.lemma_ in SOURCE_NOUNS or tok.lemma_ in NOT_ENTITIES or tok.text in NOT_ENTITIES


def _prenominal_genitive(tok, nxt) -> bool:
    """„Italiens“ / „Spectors“ before a noun („Spectors Verteidiger“); tagged NE or NN."""
    capital = tok.text[:1].isupper() and tok.text.endswith("s")
    return capital and tok.tag_ in ("NE", "NN") and nxt is not None and nxt.tag_ == "NN"


def _plural_cue(doc: Doc, quote: dict) -> bool:
    for start, end in (quote.get("cue") or {}).get("spans", []):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and any("Plur" in t.morph.get("Number") for t in span):
            return True
    return False


def _weak(adjective: str) -> str:
    """An attributive adjective in its nominative weak form, one spelling for every case
    („israelischen“, „israelischer“, „israelisches“ -> „israelische“)."""
    for ending in ("en", "er", "es", "em"):
        if adjective.endswith(ending) and len(adjective) > 4:
            return adjective[: -len(ending)] + "e"
    return adjective


def affiliation(role: str) -> str | None:
    """The party, country or organisation a role compound or alias names in capitals: „CDU“
    of „CDU-Spitzenkandidat“, „US“ of „US-Präsident“, „ÖVP“ itself; else None."""
    first = role.rsplit("-", 1)[0] if "-" in role else role
    upper = sum(c.isupper() for c in first)
    return first if upper >= 2 and first.isalpha() and len(first) <= 6 else None


def _determiner_gender(span: Span, determiner: str) -> str | None:
    """The gender the determiner gives a role phrase: „der“ after a preposition is a dative
    feminine („laut der Ministerin“), else as ``ARTICLE_GENDER`` says."""
    before = span.doc[span.start - 1] if span.start else None
    if determiner == "der" and before is not None and before.tag_ in ("APPR", "APPRART"):
        return "f"
    return ARTICLE_GENDER.get(determiner)


def _noun_gender(role: str) -> str | None:
    """„f“ for a feminine person noun („Ministerin“, „Sprecherin“), else None."""
    return "f" if role.endswith("in") and is_speaker_noun(role) else None


def _role_kind(role: str, quote: dict, doc: Doc, token=None) -> str:
    if role.lower().endswith(ORG_ENDINGS):
        return "ORG"
    return "GROUP" if _plural_cue(doc, quote) or _plural_noun(token) else "PER"


def _bare_participle(token) -> bool:
    """A nominalised participle without article is plural („Mitarbeitende berichten“; the
    singular has an ending of its own: „ein Mitarbeitender“)."""
    i = token.i - 1
    while i >= 0 and token.doc[i].tag_ == "ADJA":
        i -= 1
    bare = i < 0 or token.doc[i].tag_ not in ("ART", "PPOSAT", "PIAT", "PDAT")
    return bare and token.lower_.endswith("ende") and is_person_noun(token.text)


def _plural_noun(token) -> bool:
    """A noun in a plural form its lemma does not have („Vertretern“, „Behörden“), not after a
    singular determiner („des Experten“)."""
    if token is None or token.i == 0 or token.doc[token.i - 1].lower_ in SINGULAR_DETERMINERS:
        return False
    text, lemma = token.text, token.lemma_
    return text != lemma and text.endswith("n") and not lemma.endswith("n")


def _own_statement(doc: Doc, quote: dict) -> bool:
    """Whether the speaker phrase is „eigenen Angaben“ / „eigener Aussage“: the source is the
    subject of the sentence („Die Firma hat nach eigenen Angaben keine Daten verloren“)."""
    span = _speaker_span(doc, quote)
    if span is None:
        return False
    own = any(t.lemma_.lower() == "eigen" or t.lower_.startswith("eigene") for t in span)
    return own and any(t.lemma_ in SOURCE_NOUNS or t.text in SOURCE_NOUNS for t in span)


def _speaker_span(doc: Doc, quote: dict) -> Span | None:
    speaker = quote.get("speaker") or {}
    if not speaker.get("spans"):
        return None
    start, end = speaker["spans"][0]
    span = doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _subject(doc: Doc, text: str, quote: dict) -> dict | None:
    """The subject of the sentence of the speaker phrase, as a speaker record, or ``None``."""
    from ..quotes.roles import subject_speaker

    start = quote["speaker"]["spans"][0][0]
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    ids = subject_speaker(doc, span[0].sent)
    if not ids:
        return None
    a, b = doc[ids[0]].idx, doc[ids[-1]].idx + len(doc[ids[-1]])
    return {"text": text[a:b], "spans": [[a, b]]}


def _copy(value: Any) -> Any:
    """``copy.deepcopy`` of a quotation record (or list of them) by a pickle round trip: the
    same copy for such plain data (parts shared in ``value`` stay shared in the copy), made
    in C at a fraction of the cost."""
    return pickle.loads(pickle.dumps(value, pickle.HIGHEST_PROTOCOL))


def _speaker_spans(doc: Doc, quotes: Sequence[dict]) -> list[Span]:
    spans = []
    for quote in quotes:
        for start, end in (quote.get("speaker") or {}).get("spans", []):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                spans.append(span)
    return spans


def _records(entities: list[Entity], quotes: list[dict]) -> list[dict]:
    """OUTPUT.md entity records, renumbered ``e1``… by first mention; quotes follow the ids."""
    used = {q["speaker"].get("entity") for q in quotes if q.get("speaker")}
    kept = [e for e in entities if e.mentions and (e.kind in ENTITY_KINDS or e.id in used)]
    kept.sort(key=lambda e: min(e.mentions))
    ids = {e.id: f"e{n}" for n, e in enumerate(kept, 1)}
    for quote in quotes:
        speaker = quote.get("speaker")
        if speaker:
            speaker["entity"] = ids.get(speaker.get("entity"))
    return [e.to_record(ids[e.id]) for e in kept]
