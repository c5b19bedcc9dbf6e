"""The mentions of one article as the speaker resolver sees them: lookups by token, recency.

Stage: resolve (base of ``zitate.resolve.roles`` and ``.resolver``, on
``zitate.resolve.mention_index``). Input: the analysed ``Doc``, its text, the quotation records
and the name entities ``group_mentions`` built. Output: a ``DocumentMentions`` object that, on
the lookups of ``MentionIndex`` (paragraphs, sentence windows, the mention at a token, the
organisation a generic noun ends, new role entities), answers the last compatible person before a
position („er“ -> the last male PER named outside quotations, the sentence's subject before its
object), the unnamed person brought in after it („…, knurrt ein Polizist“), the first of two
persons named as a pair („Die Politiker“, „Beide“), the last plural noun phrase of persons
(for a plural „sie“), and where a speaker phrase that ran on past a person's name into the
object ends („vermutete Platter andere Gründe“).
"""

from __future__ import annotations

import pickle
from itertools import pairwise
from typing import Any

from spacy.tokens import Span

from .lexicons import is_person_noun, is_person_plural, is_speaker_noun
from .mention_index import MentionIndex
from .mentions import Entity
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


class DocumentMentions(MentionIndex):
    """The article's name entities, quoted text and lookups, built once per article; the
    index by token and position is ``MentionIndex``'s (``zitate.resolve.mention_index``)."""

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
