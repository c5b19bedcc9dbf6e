"""The mentions of one article as the speaker resolver sees them: lookups by token, recency.

Stage: resolve (base of ``zitate.resolve.roles`` and ``.resolver``). Input: the analysed ``Doc``,
its text, the quotation records and the name entities ``group_mentions`` built. Output: a
``DocumentMentions`` object that answers where paragraphs and sentences begin, which name
mention covers a token, which entity a mention belongs to, the last compatible person before a
position („er“ -> the last male PER named outside quotations, the sentence's subject before its
object), the unnamed person brought in after it („…, knurrt ein Polizist“), the first of two
persons named as a pair („Die Politiker“, „Beide“), the last plural noun phrase of persons
(for a plural „sie“), the organisation a generic
noun ends („das Ministerium“ -> „Landwirtschaftsministerium“), where a speaker phrase that ran
on past a person's name into the object ends („vermutete Platter andere Gründe“), and that
makes new role entities.
"""

from __future__ import annotations

import pickle
import re
from bisect import bisect_right
from itertools import pairwise
from typing import Any

from spacy.tokens import Doc, Span

from .lexicons import is_person_noun, is_person_plural, is_speaker_noun
from .mentions import Entity, Mention, same_word
from .phrases import CLAUSE_OPENERS, FINITE, someone_new, source_noun, speaker_head

# Words that may come before a name opening its sentence as subject: a role, its article and
# adjectives („Staatspräsident Recep Tayyip Erdoğan“, „Der frühere Minister Klaus Müller“).
SUBJECT_LEAD = frozenset({"ART", "ADJA", "NN", "$("})
NOUN_TAGS = frozenset({"NN", "NE", "ADJA"})
# Words that may open a noun phrase after a name without joining it to the name: a new object
OBJECT_LEAD = frozenset({"ART", "ADJA", "CARD", "PIAT", "PPOSAT"})
NP_LEAD = frozenset({"ART", "ADJA", "PIAT", "PIDAT", "CARD", "PPOSAT"})  # before a plural noun
# Words between two persons named as one pair („Markus Wallner (VP) und der ressortzuständige
# Umweltlandesrat Johannes Rauch“): „und“, a party in parentheses, the second one's role.
PAIR_TAGS = frozenset({"KON", "ART", "ADJA", "NN", "NE", "XY", "$("})
PAIR_GAP = 8
# A comparative before a name („Wie Havranek kritisierte auch er …“; the tagger reads a „Wie“
# opening the sentence as the interrogative adverb).
COMPARATIVES = frozenset({("wie", "KOKOM"), ("wie", "PWAV"), ("als", "KOKOM")})
# Determiners of a plural noun phrase: „einige richtig nette Politiker“, „viele Lehrer“
PLURAL_DETERMINERS = frozenset(
    {"einige", "viele", "mehrere", "manche", "alle", "beide", "wenige", "zahlreiche", "andere"}
)


class DocumentMentions:
    """The article's name entities, quoted text and lookups, built once per article."""

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
        # who acts („Moreno hat Zweifel, er führt … an“), no quoted text: an antecedent
        self.quoted -= {i for q in quotes if q["type"] == "Reported" for i in _forefield(doc, q)}
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

    def _someone_between(self, entity: Entity, span: Span, gender: str) -> Span | None:
        """The last unnamed person of ``gender`` brought in as a subject („…, knurrt ein
        Polizist.“, „Und einer der beiden nimmt …“) after ``entity``'s last mention, in the
        pronoun ``span``'s sentence or the two before, outside quotation marks: the one a later
        „er“ / „sie“ stands for („…, sagt er“), not the person named before; else None."""
        starts = [s for s, _ in entity.mentions if s < span.start_char]
        starts += [s for s, _, e in self.chain if e is entity and s < span.start_char]
        last = max(starts, default=-1)
        begin = max(last, self._window_start(span.start_char, sentences=2))
        sent = span[0].sent
        while sent.end_char > begin:
            found = [
                phrase for phrase, g in someone_new(sent, span.start)
                if g == gender and phrase.start_char > begin
                and phrase.start_char not in self.direct
            ]  # fmt: skip
            if found:
                return found[-1]
            if sent.start == 0:
                break
            sent = self.doc[sent.start - 1].sent
        return None

    def _pair_before(self, position: int) -> Entity | None:
        """The first of the last two persons named together, „A und B“, in the sentence of
        ``position`` or the two before, outside quotations („Landeshauptmann Markus Wallner (VP)
        und der ressortzuständige Umweltlandesrat Johannes Rauch (Grüne) bedauerten …“): the
        one who speaks for both in „Die Politiker versprechen …“; None where no pair is."""
        window = self._window_start(position)
        persons = sorted(
            ((m.start, m.end, e) for e in self.entities if e.kind == "PER" for m in e.tokens
            if window <= self.doc[m.start].idx < position
            and self.doc[m.start].idx not in self.quoted),
            key=lambda f: f[0],
        )  # fmt: skip
        for (_, end, first), (start, _, second) in reversed(list(pairwise(persons))):
            between = self.doc[end:start]
            if first is second or len(between) > PAIR_GAP:
                continue
            if [t.lower_ for t in between if t.tag_ == "KON"] == ["und"] and all(
                t.tag_ in PAIR_TAGS for t in between
            ):
                return first
        return None

    def _oblique(self, start: int) -> bool:
        """Whether the mention at ``start`` follows a preposition („gegen (Amtsinhaber) X“) or
        a comparative „wie“ / „als“: „Wie Havranek kritisierte auch er …“ compares another
        with X, whom the subject pronoun is not."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        i = span[0].i - 1 if span is not None else -1
        while i >= 0 and self.doc[i].tag_ in ("NN", "ADJA", "ART", "PPOSAT"):
            i -= 1
        if i >= 0 and (self.doc[i].lower_, self.doc[i].tag_) in COMPARATIVES:
            return self._compared(span[0], self.doc[i])
        return i >= 0 and self.doc[i].tag_ in ("APPR", "APPRART")

    def _compared(self, token, lead) -> bool:
        """Whether the name at ``token`` after „wie“ / „als“ (``lead``) is compared with the
        subject: after „als“ always; after „wie“ where a finite verb follows the name („Wie
        Havranek kritisierte auch er“), not in an indirect question („Wie er … sieht“)."""
        if token.tag_ == "PPER":
            return False
        if lead.tag_ == "KOKOM":
            return True
        mention = self._mention_at(token.i)
        after = mention.end if mention is not None else token.i + 1
        return after < len(self.doc) and self.doc[after].tag_ in FINITE

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

    def _recent(
        self,
        before: int,
        gender: str | None = None,
        kinds=("PER",),
        exclude=frozenset(),
        salience: bool = False,
    ) -> Entity | None:
        """The entity of the last mention before ``before`` that is not quoted text (nor a
        prenominal genitive); within the pronoun's sentence and the two before it, a mention
        inside a prepositional phrase („gegen Amtsinhaber Wladimir Putin“) yields to an earlier
        one that is not (the subject „Boris Nadeschdin“ of „… darf Unterschriften sammeln“); a
        person whose gender the text tells goes before one it tells nothing of only in the
        paragraph of the last person named, not from paragraphs before it."""
        compatible = [
            (start, end, entity)
            for entity in self.entities
            if entity.kind in kinds
            and not (gender and entity.gender not in (None, gender))
            and entity.id not in exclude
            for start, end in entity.mentions
            if end <= before
        ]
        compatible += [
            (start, end, entity)
            for start, end, entity in (*self.chain, *self.unrecognised)
            if end <= before and entity.kind in kinds and entity.id not in exclude
            and not (gender and entity.gender not in (None, gender))
        ]  # fmt: skip
        found = [(s, e) for s, _, e in compatible if s not in self.quoted]
        if not found:  # a frame the attribution took into the quotation: its own sentence
            sentence = self._window_start(before, sentences=0)
            found = [(s, e) for s, _, e in compatible if sentence <= s]
        if not found:  # „… räumte Landesbischof Christian Kopp ein. Er …“ taken in as well
            window = self._window_start(before, sentences=2)
            found = [(s, e) for s, _, e in compatible if window <= s]
        if not found:
            return None
        framed = self._colon_frame(before, compatible)
        if framed is not None:
            return framed
        window = self._window_start(before)
        near = [(start, e) for start, e in found if start >= window and not self._oblique(start)]
        if gender:  # a person the text gives that gender before one it tells nothing of
            near = [(s, e) for s, e in near if e.gender == gender] or near
            known = [(s, e) for s, e in found if e.gender == gender]
            # … in the paragraph of the last person named, not paragraphs before it
            last = self._paragraph(max(s for s, _ in found))
            if known and self._paragraph(max(s for s, _ in known)) == last:
                found = known
        if not near:  # only a person in a prepositional phrase near: the last subject before
            found = [(s, e) for s, e in found if not self._oblique(s)] or found
        chosen = max(near or found, key=lambda f: f[0])
        # a personal pronoun takes up the subject before an object; a role phrase or a
        # demonstrative („Der gab auf“, „der 42-Jährige“) rather the other
        return self._subject_first(chosen, near or found) if salience else chosen[1]

    def _subject_first(self, chosen: tuple[int, Entity], found: list) -> Entity:
        """Grammatical salience within the sentence of the ``chosen`` (last) mention: a mention
        in a verb-final clause („…, sofern Faymann dies zuließ, er war …“) or after the finite
        verb of the main clause („Erdoğan hatte Demirtaş vorgeworfen, …“) yields to another
        entity's mention that opens the sentence as its subject, before its first finite verb."""
        start, entity = chosen
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None:
            return entity
        token = span[0]
        sent = token.sent
        finite = next((t.i for t in sent if t.tag_ in FINITE), None)
        if finite is None or finite > token.i:
            return entity
        between = self.doc[finite : token.i]
        last_comma = max((t.i for t in between if t.text == ","), default=None)
        clause = self.doc[(last_comma if last_comma is not None else finite) : token.i]
        if last_comma is not None and not any(opens_clause(t) for t in clause):
            return entity  # „Merkel sagte, Scholz habe …“: the subject of a clause of its own
        for s, other in found:
            first = self.doc.char_span(s, s + 1, alignment_mode="expand")
            if other is entity or s >= start or first is None or first[0].sent.start != sent.start:
                continue
            lead = self.doc[sent.start : first[0].i]
            if first[0].i < finite and all(t.tag_ in SUBJECT_LEAD for t in lead):
                return other  # „Staatspräsident Recep Tayyip Erdoğan hatte …“
        return entity

    def _plural_phrase(self, position: int) -> Span | None:
        """The last noun phrase of persons in the plural before ``position`` in its sentence or
        the two before, outside quotation marks (but in those of the pronoun's own quotation)
        and name mentions, not after a preposition nor a genitive of another noun; a person
        noun in „-er“ after „die“ or a plural determiner is plural too („die
        SPIEGEL-Mitarbeiter“, „einige richtig nette Politiker“) („Doch sehen das private
        Bahn-Konkurrenten ganz anders. Sie fürchten …“ -> „private Bahn-Konkurrenten“): what a
        plural „sie“ takes up."""
        window = self._window_start(position)
        span = self.doc.char_span(position, position + 1, alignment_mode="expand")
        if span is None:
            return None
        own = position  # where the quotation the pronoun stands in began (Precht: „… Politiker,
        while own - 1 in self.direct:  # mit denen rede ich … von dem sie sagen, …“)
            own -= 1
        for i in range(span[0].i - 1, -1, -1):
            token = self.doc[i]
            if token.idx < window:
                return None
            quoted = token.idx in self.direct and token.idx < own
            if token.tag_ != "NN" or quoted or self._mention_at(i) is not None:
                continue
            if self._oblique(token.idx):
                continue
            begin = i
            while begin > token.sent.start and (
                self.doc[begin - 1].tag_ in NP_LEAD
                or (self.doc[begin - 1].tag_ in ("ADV", "ADJD") and self.doc[begin].tag_ == "ADJA")
            ):  # „einige richtig nette Politiker“
                begin -= 1
            article = self.doc[begin]
            plural = article.lower_ in PLURAL_DETERMINERS or article.tag_ == "CARD"
            same = token.lower_.endswith("er") and (article.lower_ in ("die", "den") or plural)
            if not (is_person_plural(token.text) or (same and is_person_noun(token.text))):
                continue
            if article.lower_ in ("der", "des") and begin and self.doc[begin - 1].tag_ == "NN":
                continue  # „die Sorge der Investoren“: a genitive
            if plural:  # „einige richtig nette Politiker“: some of the group the noun names
                return self.doc[i : i + 1]
            return self.doc[begin : i + 1]
        return None

    def _person_before_object(self, span: Span) -> Span | None:
        """The speaker phrase up to the end of a person's name that the attribution ran on
        into the object after it („vermutete Platter andere Gründe“, „Kremlchef Putin zwei neue
        Feiertage“): the phrase's head is a common noun that names no speaker nor source, and
        only determiners, numbers and adjectives stand between it and the name (no genitive,
        preposition or apposition that would join them); the name is a PER mention or, opening the
        phrase, the surname of a person named before. None where the phrase is not so."""
        head = speaker_head(span)
        if head is None or span.doc[head].tag_ != "NN":
            return None
        token = span.doc[head]
        words = {token.text, token.lemma_ or token.text}
        if any(is_speaker_noun(w) or is_person_noun(w) for w in words) or source_noun(token):
            return None
        for i in range(head - 1, span.start - 1, -1):
            mention = self._mention_at(i)
            if mention is None and i == span.start and self._by_word(span.doc[i]) is not None:
                return span.doc[i : i + 1]  # a person's surname the tagger took for a word
            if mention is None:
                if span.doc[i].tag_ not in OBJECT_LEAD:
                    return None
                continue
            if mention.label != "PER" or mention.genitive or mention.end > head:
                return None
            if mention.start < span.start:
                return None
            return span.doc[span.start : mention.end]
        return None

    def _colon_frame(self, before: int, compatible: list) -> Entity | None:
        """The person named before a colon that opens the statement in the pronoun's own
        sentence: the frame „X bezweifelt …: …, schreibt er“ / „X hat festgelegt, …: „…“, erklärt
        er“ introduces X's words, also where the attribution took the frame into the quotation;
        a subject before one in a prepositional phrase, not in quotation marks."""
        sentence = self._window_start(before, sentences=0)
        colon = self.text.find(":", sentence, before)
        while colon >= 0 and colon in self.direct:
            colon = self.text.find(":", colon + 1, before)
        if colon < 0:
            return None
        framed = [
            (s, e) for s, end, e in compatible
            if sentence <= s and end <= colon and s not in self.direct
        ]  # fmt: skip
        if not framed:
            return None
        direct = [(s, e) for s, e in framed if not self._oblique(s)]
        return max(direct or framed, key=lambda f: f[0])[1]

    def _named(self, begin: int, end: int) -> dict | None:
        """The last PER, else ORG, mention in ``[begin, end)`` outside quotations (a surname
        the NER missed included: „Voigt bedankt sich … und sagt dann: „…““)."""
        found = [
            (e.kind == "PER", a, b, e)
            for e in self.entities
            if e.kind in ("PER", "ORG")
            for a, b in e.mentions
            if begin <= a and b <= end and a not in self.quoted
        ]
        found += [(True, a, b, e) for a, b, e in self.unrecognised if begin <= a and b <= end]
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


def opens_clause(token) -> bool:
    """A subordinating conjunction („sofern“, „weil“) or a relative pronoun („die“, „wo“) not
    followed by a noun (a „die“ the tagger took for one before its noun is an article)."""
    if token.tag_ == "KOUS":
        return True
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.tag_ in CLAUSE_OPENERS and (after is None or after.tag_ not in NOUN_TAGS)


def copy_record(value: Any) -> Any:
    """``copy.deepcopy`` of a quotation record (or list of them) by a pickle round trip: the
    same copy for such plain data (parts shared in ``value`` stay shared in the copy), made
    in C at a fraction of the cost."""
    return pickle.loads(pickle.dumps(value, pickle.HIGHEST_PROTOCOL))
