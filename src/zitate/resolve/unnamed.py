"""Speaker phrases whose source the NER and the role rules miss: names beside roles, names
the tagger took for nouns, states behind their adjectives, circles, joint speakers.

Stage: resolve (base of ``zitate.resolve.roles``, used by ``.resolver``). Input: a speaker
phrase (``Span``) of an analysed ``Doc`` (STTS tags, NER) with the article's mentions
(``DocumentMentions``). Output: the entity the phrase stands for, or None —
the organisation of a member's, chief's or spokesperson's genitive („der Chef der Gruppe
Fursan al-Hak“, „ein Sprecher der Gruppe | Erste Küstendivision“), a one-word name the
tagger took for a common noun („die Haspa“ beside „Haspa Marathon“), the first of listed
names („Caritas, Rotes Kreuz und Volkshilfe“), the state of „nach syrischen Angaben“ where
the article names it, the circles of „In Sicherheitskreisen wird … nicht ausgeschlossen“, the
organisation named just before whose report a genitive abbreviation names („in einem Bericht
der NGO“); and
``first_conjunct`` cuts joint speakers headed by a common noun to the first.
"""

from __future__ import annotations

from spacy.tokens import Span

from .context import DocumentMentions
from .grouping import DEFINITE
from .lexicons import is_person_noun, is_speaker_noun
from .mentions import ORG_ENDINGS, Entity
from .phrases import (
    NAMED_BODIES,
    NOT_ENTITIES,
    SOURCE_NOUNS,
    circles_noun,
    compound_source,
    source_noun,
    study_noun,
)
from .repair import acronym
from .states import states

# Words of prepositional and genitive attributes after a role phrase („im Amt der
# Landesregierung“) before a name in apposition; longer attributes name no apposition.
ATTRIBUTE_TAGS = frozenset({"APPR", "APPRART", "ART", "ADJA", "NN", "NE", "CARD"})
MAX_ATTRIBUTE_WORDS = 8
MAX_TITLE_WORDS = 4  # an unquoted name after a generic body noun („Gruppe Erste Küstendivision“)


class UnnamedSources(DocumentMentions):
    """Speaker phrases -> entities the NER and the role rules miss."""

    def _member_of(self, span: Span, head: int) -> Entity | None:
        """The organisation a member, chief or spokesperson noun speaks for by a genitive right
        after it, inside the phrase or after its end where the attribution cut it short:
        the first ORG mention of the genitive („der Chef der Gruppe Fursan al-Hak“, „Vertreter |
        der unter dem Banner der FSA kämpfenden Gruppen“), else a name right after a generic
        body noun („ein Sprecher der Gruppe | Erste Küstendivision“); None where the genitive
        names a person first or no name."""
        doc = span.doc
        i = head + 1
        if i >= len(doc) or doc[i].lower_ not in ("der", "des") or i > span.end:
            return None
        limit = min(i + 1 + MAX_ATTRIBUTE_WORDS, doc[head].sent.end)
        k = i + 1
        while k < limit and doc[k].tag_ in ATTRIBUTE_TAGS:
            if k == span.end > i + 1 and doc[k - 1].tag_ == "NN" and doc[k].tag_.startswith("APPR"):
                return None  # „der Sprecher des … Krisenstabes | am Dienstag im Sender Skai“
            mention = self._mention_at(k)
            if mention is not None and mention.label == "ORG":
                return self._entity_of(mention)
            if mention is not None and mention.label == "PER":
                return None
            if doc[k].tag_ == "NN" and doc[k].lower_ in NAMED_BODIES:
                return self._body_name(k + 1, limit)
            k += 1
        return None

    def _body_name(self, start: int, limit: int) -> Entity | None:
        """An organisation named by capitalised words right after a generic body noun, up to
        a comma or the sentence's end („der Gruppe Erste Küstendivision.“): a new ORG; None
        where other words follow („der Gruppe Samstag zu“) or no capitalised word stands."""
        doc = self.doc
        if start >= limit:
            return None  # the body noun ends the sentence or the text („… der Gruppe“)
        mention = self._mention_at(start)
        if mention is not None:
            return self._entity_of(mention) if mention.label == "ORG" else None
        end = start
        while end < limit and end - start < MAX_TITLE_WORDS and doc[end].text[:1].isupper():
            if doc[end].tag_ not in ("ADJA", "NN", "NE", "FM") or self._mention_at(end):
                break
            end += 1
        closed = end == doc[start].sent.end or (end < len(doc) and doc[end].text in (",", "."))
        if end == start or not closed or doc[end - 1].tag_ not in ("NN", "NE", "FM"):
            return None
        if is_speaker_noun(doc[start].text):
            return None
        return self._new(doc[start:end].text, "ORG")

    def _state_source(self, span: Span, head: int) -> Entity | None:
        """The state a source noun after its adjective names („nach syrischen Angaben“ ->
        Syrien, as „US-Angaben“ names the USA): the article's entity of that state, where the
        article names the state; None where it does not („laut palästinensischen Angaben“ in
        an article that never names Palästina: whose words they are is left open) or the
        adjective names no state („eigenen Angaben“)."""
        lookups = states()
        adjectives = [t for t in span.doc[span.start : head] if t.tag_ == "ADJA"]
        if len(adjectives) != 1 or head + 1 != span.end:
            return None
        state = lookups.adjective.get(adjectives[0].lower_)
        return None if state is None else self._state_entity(state, span.start_char)

    def _state_entity(self, state: str, position: int, named: bool = False) -> Entity | None:
        """The article's entity of ``state`` (the most salient at ``position``); else a new
        one where the article names the state but the NER missed it, or where ``named``
        (its seat of government named it: „aus Moskau“); else None."""
        lookups = states()
        found = [
            e for e in self.entities if e.kind in ("LOC", "ORG") and e.mentions
            and any(lookups.name.get(n) == state for n in e.names)
        ]  # fmt: skip
        if found:
            return min(found, key=lambda e: e.salience(position))
        named = named or any(lookups.name.get(t.text) == state for t in self.doc if t.tag_ == "NE")
        return self._new(state, "ORG") if named else None  # a name the NER missed

    def _name_elsewhere(self, span: Span) -> Entity | None:
        """A one-word name the tagger took for a common noun and the NER missed here („wies
        die Haspa … hin“, „hält Vion einen Standort“), alone or after a definite article: no
        noun of the speaker lexicon, no source or organisation noun, and a word the article
        uses elsewhere inside a name the NER found („Haspa Marathon“) or right before an
        organisation noun („die Vion Food-Gruppe“). An organisation named by that word."""
        words = [t for t in span if not t.is_punct]
        if len(words) == 2 and words[0].lower_ in DEFINITE:
            words = words[1:]
        if len(words) != 1 or words[0].tag_ not in ("NN", "NE") or not words[0].is_title:
            return None
        word = words[0]
        text, low = word.text, word.lower_
        if len(text) < 3 or is_speaker_noun(text) or is_person_noun(text) or source_noun(word):
            return None
        if text in NOT_ENTITIES or low.endswith(ORG_ENDINGS) or word.lemma_ in SOURCE_NOUNS:
            return None
        if compound_source(text) is not None:
            return None  # „Medienberichten“, though the NER ran a name into it
        if not any(self._in_name(other) for other in self.doc if other.text == text):
            return None
        return self._new(text, "ORG")

    def _listed_name(self, span: Span) -> Entity | None:
        """The first of joint speakers listed without articles beside a name the NER found,
        where the tagger took it for a common noun („Caritas, Rotes Kreuz und Volkshilfe
        forderten …“: „Rotes Kreuz“ is a name, so is „Caritas“): an organisation named by it;
        no speaker or person noun („Ärzte und Pfleger“), no source or organisation noun."""
        doc = span.doc
        first = span[0]
        if len(span) < 3 or first.tag_ not in ("NN", "NE") or not first.is_title:
            return None
        if doc[first.i + 1].text != "," and doc[first.i + 1].lower_ not in ("und", "sowie"):
            return None
        if is_speaker_noun(first.text) or is_person_noun(first.text) or source_noun(first):
            return None
        if first.lower_.endswith(ORG_ENDINGS) or first.ent_type_:
            return None
        if not any(t.ent_type_ in ("ORG", "PER") for t in span[2:]):
            return None
        return self._new(first.text, "ORG")

    def _in_name(self, token) -> bool:
        """Whether ``token`` stands inside a name of two or more words the NER found, or right
        before an organisation noun („Vion Food-Gruppe“)."""
        if token.ent_type_ in ("ORG", "MISC", "LOC") and (
            (token.ent_iob_ == "B" and token.i + 1 < len(self.doc)
             and self.doc[token.i + 1].ent_iob_ == "I") or token.ent_iob_ == "I"
        ):  # fmt: skip
            return True
        after = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        if after is None or after.tag_ != "NN" or not after.text[:1].isupper():
            return False
        return after.lower_.rsplit("-", 1)[-1].endswith((*ORG_ENDINGS, "gruppe"))

    def _report_owner(self, span: Span) -> Entity | None:
        """The organisation whose report, statement or study a phrase names by a genitive
        abbreviation or organisation noun that names no entity („heißt es in einem Bericht der
        NGO“ after „laut Human Rights Watch (HRW)“): the organisation named last before the
        phrase, outside quotation marks, in its sentence or the one before; None where the
        genitive is a person or other noun („der Anwältin“, „der Presse“) or no organisation
        is named there."""
        words = [t for t in span if not t.is_punct]
        k = 0
        while k < len(words) and words[k].tag_ in ("ART", "ADJA"):
            k += 1
        if k + 2 >= len(words) or not (source_noun(words[k]) or study_noun(words[k].text)):
            return None
        if words[k + 1].lower_ not in ("der", "des"):
            return None
        head = words[-1]
        between = words[k + 2 : -1]
        if any(t.tag_ != "ADJA" for t in between) or head.tag_ not in ("NN", "NE"):
            return None
        if self._mention_at(head.i) is not None or is_person_noun(head.text):
            return None
        if not (acronym(head.text) or head.lower_.endswith(ORG_ENDINGS)):
            return None  # „einem Bericht der Presse“: no kind of organisation named before
        named = self._orgs_before(span)
        return named[0][1] if named else None

    def _orgs_before(self, span: Span) -> list[tuple[int, Entity]]:
        """(start, entity) of the organisation mentions in the phrase's sentence and the one
        before it, before the phrase and outside quotation marks, last first."""
        window = self._window_start(span.start_char, sentences=1)
        named = [
            (start, entity) for entity in self.entities if entity.kind == "ORG"
            for start, _ in entity.mentions
            if window <= start < span.start_char and start not in self.direct
        ]  # fmt: skip
        return sorted(named, key=lambda f: -f[0])

    def _circles_before(self, quote: dict) -> dict | None:
        """Circles named before the quotation in its sentence (see ``_circles``), also before
        a passive cue, whose circles are no patient („wird … nicht ausgeschlossen“)."""
        start = quote["spans"][0][0]
        token = self.doc.char_span(start, start + 1, alignment_mode="expand")
        return self._circles(token[0].sent.start, token[0].i) if token is not None else None

    def _circles(self, begin: int, end: int) -> dict | None:
        """The circles named as the source before the quotation in its sentence, outside
        quotation marks („In Sicherheitskreisen wird nicht ausgeschlossen, dass …“, „hieß es
        aus Polizeikreisen“): a group of that name."""
        for i in range(begin + 1, end):
            token = self.doc[i]
            if self.doc[i - 1].lower_ not in ("in", "aus") or token.idx in self.direct:
                continue
            if (name := circles_noun(token)) is not None:
                entity = self._new(name, "GROUP")
                a, b = token.idx, token.idx + len(token)
                entity.mentions.append((a, b))
                return {"text": token.text, "spans": [[a, b]], "entity": entity.id}
        return None


CONJUNCT_TAGS = frozenset({"ART", "ADJA", "NN", "NE", "PPOSAT", "CARD", "$("})
NEXT_CONJUNCT = frozenset({"ART", "PPOSAT", "PIAT", "PDAT"})


def first_conjunct(span: Span) -> Span:
    """The first of joint speakers headed by a common noun („Die Wissenschaftsbehörde sowie die
    Parteien in der Hamburgischen Bürgerschaft …“ -> „Die Wissenschaftsbehörde“): the gold
    convention names the first of joint speakers; the next conjunct opens with its own
    determiner. „Historikers und Geheimdienstexperten Adrian Hänni“ (two roles of one name)
    and a first conjunct without a common noun stay whole."""
    doc = span.doc
    for k in range(span.start + 1, span.end - 1):
        if doc[k].tag_ != "KON" or doc[k].lower_ not in ("und", "sowie"):
            continue
        first = doc[span.start : k]
        if doc[k + 1].tag_ not in NEXT_CONJUNCT or first[-1].tag_ != "NN":
            return span
        if any(t.tag_ not in CONJUNCT_TAGS for t in first) or any(t.ent_type_ for t in first):
            return span
        return first
    return span
