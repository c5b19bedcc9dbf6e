"""Pronoun speakers: „er“, „sie“, „es“ and possessives before a source noun, by German agreement.

Stage: resolve (base of ``zitate.resolve.resolver``). Input: the article's mentions and role
lookups (``.roles``, ``.context``) and a one-word pronoun speaker phrase. Output: the entity the
pronoun takes up — the last compatible person (a name after a preposition or a comparative
„wie“ yields), an organisation that opens a sentence after that person as subject and agrees
in grammatical gender („Die türkische Armee hatte … Nach eigenen Angaben reagierte sie …“;
„Das Institut … Es geht davon aus …“), for a plural „sie“ the last organisation or group, for
„seiner Ansicht nach“ / „ihren Worten zufolge“ the same as „er“ / „sie“; no one for the polite
„Sie“ of address nor where an unnamed person („Der Mann“) came between (see ``.agreement``);
never a person named in the field before the verb the pronoun follows („Schäuble warf er vor“).
"""

from __future__ import annotations

from spacy.tokens import Span

from ..nlp.mood import FINITE_TAGS
from ..quotes.sources import VIEW_NOUNS, is_source_noun
from ..quotes.verb_parts import clause_of
from .agreement import body_before, formal_address, neuter_body, singular_body
from .mentions import Entity
from .phrases import (
    PRONOUNS,
    SOURCE_NOUNS,
    UNNAMED_PERSONS,
    plural_cue,
    plural_verb,
    source_noun,
)
from .place_bodies import PlaceBodies
from .referents import definite_gender, unnamed_introduction, unnamed_people

UNNAMED_WINDOW = 6  # sentences an unnamed „Der Mann“ stays the antecedent of „er“


def genitive_source(noun) -> bool:
    """A noun after a person's genitive that makes that person the source („aus Hännis Sicht“,
    „nach Hännis Ansicht“, „Müllers Worten zufolge“): a source or point-of-view noun of the
    attribution stage (``quotes.sources``)."""
    lemma = noun.lemma_ or noun.text
    return is_source_noun(lemma) or lemma.lower() in VIEW_NOUNS or noun.text in SOURCE_NOUNS


class PronounResolver(PlaceBodies):
    """Pronoun speaker phrase -> entity."""

    def _pronoun(self, span: Span, quote: dict) -> Entity | None:
        word = span[0].lower_
        if (body := neuter_body(span[0])) is not None:  # „Das Institut … Es geht davon aus“
            return self._mentioned(self._role(body, quote), body)
        if span[0].tag_ != "PPER" or word not in PRONOUNS or formal_address(span[0]):
            return None  # („da fragen Sie besser …“: whom the speaker talks to)
        if word == "sie" and (plural_cue(self.doc, quote) or plural_verb(span[0])):
            return self._plural(span, quote)
        gender, exclude = PRONOUNS[word], self._co_arguments(span)
        entity = self._recent(span.start_char, gender=gender, exclude=exclude, salience=True)
        if entity is None and (body := self._body_before(span, gender)) is not None:
            return self._mentioned(self._role(body, quote), body)  # no one named of its gender
        if entity is not None and self._unnamed_between(entity, span, PRONOUNS[word]):
            return None  # „… so Caspar. … Der Mann veröffentlicht … Er sagt, …“
        if entity is not None and (body := self._body_after(entity, span, PRONOUNS[word])):
            return self._mentioned(self._role(body, quote), body)  # „Die Armee hatte … sie …“
        someone = self._someone_between(entity, span, PRONOUNS[word]) if entity else None
        return entity if someone is None else self._role(someone, quote)  # „knurrt ein Polizist“

    def _co_arguments(self, span: Span) -> frozenset[str]:
        """The entities named in the field before the finite verb that a subject pronoun
        follows („Schäuble warf er vor, …“: the fronted dative object): a co-argument of the
        pronoun's own verb, which a personal pronoun never takes up."""
        token = span[0]
        verb = token.i - 1
        if verb <= token.sent.start or self.doc[verb].tag_ not in FINITE_TAGS:
            return frozenset()
        start = clause_of(token.sent, verb).start  # the field: back to a clause mark
        begin, end = self.doc[start].idx, self.doc[verb].idx
        return frozenset(e.id for e in self.entities for s, _ in e.mentions if begin <= s < end)

    def _plural(self, span: Span, quote: dict) -> Entity | None:
        """A plural „sie“: the nearer of the last organisation or group named before it and the
        last plural noun phrase of persons in its sentence or the two before („Doch sehen das
        private Bahn-Konkurrenten ganz anders. Sie fürchten …“), never a single person."""
        position = span.start_char
        entity = self._recent(position, kinds=("ORG", "GROUP"))
        window = self._window_start(position)
        near = [  # also one in a reported statement („…, die Neos haben sich … ausgesprochen“)
            (s, e) for e in self.entities if e.kind in ("ORG", "GROUP") for s, end in e.mentions
            if window <= s and end <= position and s not in self.direct and not self._oblique(s)
        ]  # fmt: skip
        entity = max(near, key=lambda f: f[0])[1] if near else entity
        if entity is not None and singular_body(self.doc, entity, position):
            entity = None  # „Die Polizei rät … ab. … Sie wollen …“: no plural of „die Polizei“
        last = self._last_mention(entity, span)
        phrase = self._plural_phrase(position)
        people = unnamed_people(span[0], self.quoted)
        if people is not None and people > last and (phrase is None or phrase.start_char < people):
            return None  # „Nicht wenige Menschen … Manche so begeistert, dass sie …“
        if phrase is None:
            return entity
        if entity is not None and last >= phrase.start_char:
            return entity
        group = self._role(phrase, quote)
        if group is None or group.kind == "PER":
            return entity
        return self._mentioned(group, phrase)

    @staticmethod
    def _mentioned(entity: Entity | None, phrase: Span) -> Entity | None:
        """``entity`` with the noun phrase a pronoun takes up as one of its mentions."""
        if entity is not None and not any(
            a < phrase.end_char and phrase.start_char < b for a, b in entity.mentions
        ):
            entity.mentions.append((phrase.start_char, phrase.end_char))
        return entity

    def _possessor(self, span: Span, quote: dict) -> Entity | None:
        """The person a possessive determiner before a source noun stands for, resolved as
        its personal pronoun: „seiner Ansicht nach“ → „er“, „ihren Worten zufolge“ → „sie“."""
        words = [t for t in span if not t.is_punct]
        if len(words) != 2 or words[0].tag_ != "PPOSAT":
            return None
        if not (source_noun(words[1]) or genitive_source(words[1])):
            return None
        if formal_address(words[0]):
            return None  # „Ihrer Meinung nach“ inside a question: the one spoken to
        stem = words[0].lower_[:3]
        pronoun = {"sei": "er", "ihr": "sie"}.get(stem)
        if pronoun is None:
            return None
        if pronoun == "sie" and plural_cue(self.doc, quote):
            return self._recent(span.start_char, kinds=("ORG", "GROUP"))
        entity = self._recent(span.start_char, gender=PRONOUNS[pronoun])
        if entity is not None and self._unnamed_between(entity, span, PRONOUNS[pronoun]):
            return None
        if entity is not None and stem == "sei" and self._unnamed_between(entity, span, "n"):
            return None  # „Das Gericht hat … begründet. Seiner Ansicht nach …“: „sein“ is its
        return entity

    def _body_after(self, entity: Entity, span: Span, gender: str) -> Span | None:
        """The organisation of ``gender`` opening a sentence as its subject after ``entity``'s
        last mention, in the pronoun's sentence or the two before (``agreement.body_before``)."""
        begin = max(self._window_start(span.start_char), self._last_mention(entity, span))
        return body_before(span, begin, self.quoted, gender)

    def _body_before(self, span: Span, gender: str) -> Span | None:
        """The organisation of ``gender`` opening a sentence as its subject in the pronoun's
        sentence or the two before, where no entity of that gender is named before: „Die
        türkische Armee hatte … beschossen. Nach eigenen Angaben reagierte sie damit …“."""
        return body_before(span, self._window_start(span.start_char), self.quoted, gender)

    def _last_mention(self, entity: Entity | None, span: Span) -> int:
        """Where ``entity`` was last named or taken up by a pronoun before ``span`` (-1: not)."""
        if entity is None:
            return -1
        starts = [s for s, _ in entity.mentions if s < span.start_char]
        starts += [s for s, _, e in self.chain if e is entity and s < span.start_char]
        return max(starts, default=-1)

    def _unnamed_between(self, entity: Entity, span: Span, gender: str) -> bool:
        """Whether a sentence between ``entity``'s last mention and the pronoun ``span`` opens
        with an unnamed person of the pronoun's gender as its subject („Der Mann“, „Eine
        Frau“), outside quotations, in the pronoun's sentence or the ``UNNAMED_WINDOW`` before
        (two for a neuter subject): „Der Mann veröffentlicht … Er sagt … Nach eigenen Angaben
        kaufte er …“ goes on with the man while no one else is named."""
        last = self._last_mention(entity, span)
        if last < 0:
            return False
        window = UNNAMED_WINDOW if gender in ("m", "f") else 2
        begin = max(last, self._window_start(span.start_char, sentences=window))
        sent = span[0].sent
        while sent.start_char >= begin:
            first, noun = sent[0], sent[1] if len(sent) > 1 else None
            if (
                noun is not None and first.tag_ == "ART" and first.idx not in self.quoted
                and first.i < span.start and not entity.has_alias(noun.text)
                and (UNNAMED_PERSONS.get(noun.text) == gender or (
                    gender == "n" and first.lower_ == "das" and noun.tag_ == "NN")
                    or self._taken_up(noun, last, gender))
            ):  # fmt: skip
                return True  # („n“: a neuter subject, „Das Gericht“, for „sein“)
            if sent.start == 0:
                break
            sent = self.doc[sent.start - 1].sent
        return False

    def _taken_up(self, noun, begin: int, gender: str) -> bool:
        """Whether the definite subject noun ``noun`` of the pronoun's ``gender`` takes up an
        unnamed person an indefinite article brought in after character ``begin`` („Ein
        Unternehmer aus Linz … Der Unternehmer hält … Er sagte …“: the unnamed man)."""
        if noun.tag_ != "NN" or definite_gender(noun) != gender:
            return False
        return unnamed_introduction(noun, begin, self.quoted) is not None
