"""Source nouns as speakers: „nach Angaben des Konzerns“, „Den Recherchen zufolge“, „US-Angaben“.

Stage: resolve (base of ``zitate.resolve.roles``). Input: a speaker phrase (``Span``) headed by
a source noun („Angaben“, „Bericht“, „Studie“) or a compound of one („US-Angaben“,
„Medienberichten“), with the article's mentions (``DocumentMentions``, through
``UnnamedSources``). Output: whose source it is — the person or organisation of its genitive or
„von“ phrase, the state of its adjective, the organisation named just before a bare definite
one, the author of the study it takes up (else the study a compound names: „die ForuM-Studie“
— „Die Untersuchung“), the source its compound's first part names — or ``None`` where the
phrase names no one („nach Angaben“).
"""

from __future__ import annotations

from spacy.tokens import Span

from .mentions import ORG_ENDINGS, Entity, nominative
from .phrases import introduced, study_noun, weak_form
from .unnamed import UnnamedSources

TITLE_WORDS = 4  # the most words of a title in quotation marks („The Insider“)
STUDY_SENTENCES = 80  # how far back a definite study noun looks for the study it stands for


class SourceNouns(UnnamedSources):
    """Speaker phrases headed by a source noun -> the entity whose source it is."""

    def _source_anaphor(self, span: Span, head: int) -> Entity | None:
        """Whose a source noun is when the phrase names no one: the first person or organisation
        named in a genitive or „von“ phrase after it inside the phrase („Die Ankündigungen von
        Deutscher Bahn und …“), the organisation or person of a genitive right after it that
        the attribution cut off („Laut Recherchen | der „New York Times““); for a bare definite
        one („Laut den Angaben“, „Den Recherchen zufolge“, „heißt es in dem Bericht“) the last
        organisation named outside quotation marks in its sentence or the two before; else None
        („nach Angaben“)."""
        doc = span.doc
        if (state := self._state_source(span, head)) is not None:
            return state  # „nach syrischen Angaben“ in an article that names Syrien
        if head + 2 < span.end and doc[head + 1].lower_ in ("von", "vom", "des", "der"):
            for k in range(head + 2, span.end):  # „Die Ankündigungen von Deutscher Bahn und …“
                mention = self._mention_at(k)
                if mention is not None and mention.label in ("PER", "ORG"):
                    return self._entity_of(mention)
            noun = nominative(doc[head + 2])
            if doc[head + 2].tag_ == "NN" and noun.lower().endswith(ORG_ENDINGS):
                # „nach Angaben des Konzerns“: the organisation of that kind named before
                return self._org_ending(span.start_char, noun, aliases=True)
        i = span.end
        if head + 1 == span.end and i < len(doc) and doc[i].lower_ in ("der", "des"):
            i += 1
            while i < len(doc) and (doc[i].is_quote or doc[i].tag_ == "ADJA"):
                i += 1
            mention = self._mention_at(i) if i < len(doc) else None
            if mention is not None and mention.label in ("PER", "ORG"):
                return self._entity_of(mention)
        if head != span.start + 1 or head + 1 != span.end or span[0].tag_ != "ART":
            return None
        position = span.start_char
        window = self._window_start(position)
        named = [
            (start, entity) for entity in self.entities if entity.kind == "ORG"
            for start, _ in entity.mentions
            if window <= start < position and start not in self.direct
        ]  # fmt: skip
        if named:
            return max(named, key=lambda f: f[0])[1]
        if not study_noun(span.doc[head].text):
            return None
        return self._study_author(span, head) or self._named_study(span)

    def _study_author(self, span: Span, head: int) -> Entity | None:
        """Who brought out the study a bare definite study noun stands for („der Studie
        zufolge“, „Den Recherchen zufolge“): the organisation named in the nearest sentence
        before that brings in a study („Das Imperial College in London hat
        gerade eine neue Modellierung veröffentlicht“, „Ein Rechercheverbund unter Führung des
        … Investigativportals „The Insider““); None when no such sentence names one."""
        doc = span.doc
        sent = doc[head].sent
        for _ in range(STUDY_SENTENCES):
            if sent.start == 0:
                return None
            sent = doc[sent.start - 1].sent
            if not any(study_noun(t.text) and t.tag_ == "NN" and introduced(t) for t in sent):
                continue
            for i in range(sent.start, sent.end):
                mention = self._mention_at(i)
                if mention is not None and mention.label == "ORG":
                    return self._entity_of(mention)  # also in an interview's quoted turns
            if (title := self._quoted_title(sent)) is not None:
                return title
        return None

    def _quoted_title(self, sent: Span) -> Entity | None:
        """The organisation a sentence names by a title in quotation marks right after a
        common noun, which the NER missed: „des … Investigativportals „The Insider““."""
        doc = sent.doc
        for tok in sent:
            if tok.tag_ != "NN" or tok.i + 2 >= sent.end or not doc[tok.i + 1].is_quote:
                continue
            end = tok.i + 2
            while end < sent.end and not doc[end].is_quote and doc[end].text[:1].isupper():
                end += 1
            words = doc[tok.i + 2 : end]
            closed = end < sent.end and doc[end].is_quote and 0 < len(words) <= TITLE_WORDS
            if closed and any(t.tag_ in ("NE", "FM") for t in words):
                return self._new(words.text, "ORG")
        return None

    def _named_study(self, span: Span) -> Entity | None:
        """The study a bare definite study noun takes up when no one is named as its author:
        one named by a compound of a name and a study noun in its sentence or the two before
        („die sogenannte ForuM-Studie“ — „Die Untersuchung spricht …“), as an entity of that
        name; the one named last."""
        doc = span.doc
        window = self._window_start(span.start_char)
        named = [
            t for t in doc[: span.start]
            if t.idx >= window and t.tag_ in ("NN", "NE") and "-" in t.text.strip("-")
            and t.text[:1].isupper() and study_noun(t.text.rsplit("-", 1)[-1])
        ]  # fmt: skip
        return self._new(nominative(named[-1]), "ORG") if named else None

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
        adjectives = [weak_form(t.text) for t in span.doc[span.start : head] if t.tag_ == "ADJA"]
        return self._new(" ".join([*adjectives, source]), kind)
