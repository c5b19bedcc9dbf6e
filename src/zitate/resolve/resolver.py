"""Speaker phrase -> document entity: names, pronouns, roles, and continuations.

Stage: resolve (used by ``zitate.resolve.document``). Input: the analysed ``Doc``, its text, the
quotation records and the article's name entities. Output: ``Resolver.resolve(quote)`` sets
``speaker.entity`` from a proper name („Italiens Ministerpräsident Mario Monti“), a pronoun
(„sie“ -> the last compatible person or, with a plural cue, organisation; a possessive before a
source noun, „ihrer Meinung nach“, as its pronoun; see ``zitate.resolve.pronouns``) or a role
noun (see ``zitate.resolve.roles``); ``Resolver.inherit(quotes, n)`` gives a quotation
without speaker the speaker of the quotation it continues or a person named in its sentence.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..nlp.mood import FINITE_TAGS
from ..quotes.dataset import CONTINUING
from ..quotes.sources import RELATIVE_SOURCES, is_source_noun
from ..quotes.speaker_bounds import publication_part_start
from ..quotes.speakers import extended_attribute, passive_agent
from .context import copy_record
from .fronted import fronted_subject
from .grouping import apposition_after
from .lexicons import is_person_noun, is_speaker_noun
from .mentions import ORG_ENDINGS, Entity, Mention, alias_of
from .phrases import (
    NOT_ENTITIES,
    SOURCE_NOUNS,
    compound_source,
    speaker_head,
)
from .pronouns import PronounResolver, genitive_source
from .quantities import group_share
from .spokespersons import is_spokesperson
from .unnamed import first_conjunct

NP_TAGS = frozenset({"ART", "ADJA", "NN", "NE", "PPOSAT", "PIAT", "CARD", "TRUNC"})
MAX_TITLE_WORDS = 4  # „Frankfurter Allgemeine Sonntagszeitung“; longer quoted words are no title
TITLE_SOURCE_BEFORE = frozenset({"laut", "nach", "gemäß"})


class Resolver(PronounResolver):
    """Speaker phrase -> entity, with the article's mentions, aliases and quoted text."""

    def resolve(self, quote: dict) -> None:
        speaker = quote.get("speaker")
        if not speaker or not speaker.get("spans"):
            return
        start, end = speaker["spans"][0]
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return
        if (edition := publication_part_start(span)) is not None:
            span = self.doc[span.start : edition]  # „die „Bild“-Zeitung | in der Ausgabe vom …“
        if len(span) == 1 and span[0].lower_ in RELATIVE_SOURCES:
            subject = fronted_subject(span[0])  # „Kritik, wonach …, lässt Wojahn nicht gelten“
            if subject is not None:  # the phrase stays „wonach“ (the Wikinews convention)
                start, end = subject.start_char, subject.end_char
            span = subject or self._antecedent(span[0]) or span
        span = first_conjunct(without_attribute(span))
        if (person := self._aside_person(span)) is not None:  # „Faymann (SPÖ)“: not the party
            span = person
            start, end = span.start_char, span.end_char
            speaker["text"], speaker["spans"] = span.text, [[start, end]]
        cut = self._person_before_object(span)
        if cut is not None:  # „vermutete Platter andere Gründe“: the phrase ends with the name
            span = cut
            start, end = span.start_char, span.end_char
            speaker["text"], speaker["spans"] = span.text, [[start, end]]
        entity = self._pronoun(span, quote) if len(span) == 1 else self._possessor(span, quote)
        entity = entity or self._name(span) or self._member_org(span)
        entity = entity or self._role(span, quote) or self._town_hall(span) or self._title(span)
        entity = entity or self._bare_source(span)
        entity = entity or self._name_elsewhere(span) or self._listed_name(span)
        entity = entity or self._report_owner(span) or self._org_named(span)
        if entity is not None and entity.kind == "PER" and group_share(span):
            entity = None  # „97 Prozent der Teilnehmer“: many people, not one named before
        if entity is not None:
            speaker["entity"] = entity.id
            overlaps = any(a < end and start < b for a, b in entity.mentions)
            if not overlaps and span[0].tag_ != "PPER":
                entity.mentions.append((start, end))
            elif span[0].tag_ == "PPER" and entity.kind == "PER":
                self.chain.append((start, end, entity))  # „… erklärt er. … beschreibt er“

    def _aside_person(self, span: Span) -> Span | None:
        """The person whose party or office stands in parentheses after the name and was taken
        for the speaker („Innenministerin Johanna Mikl-Leitner (ÖVP)“ -> the name); of joint
        speakers („Sowohl Bundeskanzler Werner Faymann (SPÖ) als auch Innenministerin …
        (ÖVP)“) the first, the gold convention; None when the phrase is no such aside."""
        doc = span.doc
        if span.start < 2 or span.end >= len(doc):
            return None
        if doc[span.start - 1].text == "(" and doc[span.end].text == ")":
            mention = self._mention_at(span.start - 2)
        elif doc[span.start - 1].lower_ == "auch" and doc[span.start - 2].lower_ == "als":
            mention = next(filter(None, map(self._mention_at, range(span.start, span.end))), None)
        else:
            return None
        if mention is None or mention.label != "PER":
            return None
        i = mention.start - 1
        while i > span.sent.start and doc[i].tag_ in ("NN", "ADJA", "ART") and not doc[i].ent_type_:
            i -= 1  # the title before the name („Innenministerin“)
        joint = doc[i].lower_ in ("und", "sowie") or (
            doc[i].lower_ == "auch" and doc[i - 1].lower_ == "als"
        )
        j = i - (1 if doc[i].lower_ != "auch" else 2)
        while joint and j > span.sent.start and doc[j].text == ")":
            j = next((k for k in range(j - 1, span.sent.start, -1) if doc[k].text == "("), j) - 1
        first = self._mention_at(j) if joint else None
        if first is not None and first.label == "PER":
            mention = first
        return doc[mention.start : mention.end]

    def _antecedent(self, token) -> Span | None:
        """The noun phrase „wonach“ refers back to, right before its comma („die DIW-Studie,
        wonach …“ → „die DIW-Studie“, which names the DIW), or None."""
        doc = token.doc
        end = token.i - 1
        if end <= 0 or doc[end].text != ",":
            return None
        start = end
        while start > token.sent.start and doc[start - 1].tag_ in NP_TAGS:
            start -= 1
        head = doc[end - 1]
        if start == end or head.tag_ not in ("NN", "NE"):
            return None
        if is_source_noun(head.lemma_ or head.text) and compound_source(head.text) is None:
            return None  # „Meldungen, wonach …“: a report of no one named
        return doc[start:end]

    def _bare_source(self, span: Span) -> Entity | None:
        """One noun without article named as the source of a report („Laut Veranstalter
        wurden alle Startplätze ausverkauft“, „laut Gesundheitsministerium“) that no rule above
        knows: German drops the article before the name of a known body, so the noun names
        it. A spokesperson („laut Sprecher“), a source noun („laut Angaben“) and a proper name
        no rule knows („laut Scheuer“: a surname the NER missed) name none."""
        doc = span.doc
        words = [t for t in span if not t.is_punct]
        if len(words) != 1 or words[0].tag_ not in ("NN", "NE") or not words[0].is_title:
            return None
        word = words[0]
        before = doc[word.i - 1].lower_ if word.i > 0 else ""
        after = doc[word.i + 1].lower_ if word.i + 1 < len(doc) else ""
        if before not in ("laut", "gemäß") and after != "zufolge":
            return None
        if is_spokesperson(word.text) or word.text in NOT_ENTITIES:
            return None
        if word.text in SOURCE_NOUNS or word.lemma_ in SOURCE_NOUNS:
            return None
        # a noun that heads speakers or ends like a body („Veranstalter“, tagged NE;
        # „Umweltbundesamt“), not a surname the NER missed („laut Scheuer“, „laut Müller“)
        low = word.lower_
        if not (is_speaker_noun(word.text) or low.endswith(ORG_ENDINGS)):
            return None
        return self._new(word.text, "GROUP" if is_person_noun(word.text) else "ORG")

    def _title(self, span: Span) -> Entity | None:
        """A name in quotation marks that no rule above knows, named as the source of a report
        („laut“, „nach“, „gemäß“ before it, „zufolge“ after it), as an organisation: German news
        put the titles of newspapers, broadcasters and agencies in quotation marks („Laut
        „Washington Post“ hatte sie …“); proper nouns only. The title of a play or a book in
        quotation marks is no source („„Hotel Lunik“ spielt im ganzen Haus“)."""
        doc = span.doc
        words = [t for t in span if not t.is_quote]
        proper = all(t.tag_ in ("NE", "FM") for t in words)
        if not words or len(words) > MAX_TITLE_WORDS or not proper:
            return None
        before = words[0].i - 1
        while before >= 0 and doc[before].is_quote:
            before -= 1
        after = words[-1].i + 1
        while after < len(doc) and doc[after].is_quote:
            after += 1
        opened, closed = before + 1 < words[0].i, after > words[-1].i + 1
        source = (before >= 0 and doc[before].lower_ in TITLE_SOURCE_BEFORE) or (
            after < len(doc) and doc[after].lower_ == "zufolge"
        )
        if not (opened and closed and source):
            return None
        name = doc[words[0].i : words[-1].i + 1].text
        misc = next((e for e in self.entities if e.kind == "MISC" and name in e.names), None)
        if misc is not None:
            misc.kind = "ORG"  # the NER's MISC title, named as a source, is the organisation
            return misc
        return self._new(name, "ORG")

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
            quote["speaker"] = copy_record(source["speaker"])
        elif quote["type"] in ("Indirect", "Reported") and (found := self._circles_before(quote)):
            quote["speaker"] = found  # „In Sicherheitskreisen wird nicht ausgeschlossen, dass …“
        elif quote["type"] in ("Direct", "Indirect", "Reported") and not self._passive(quote):
            start = quote["spans"][0][0]
            quote["speaker"] = self._named_in_sentence(start)
            if quote["speaker"] is None and quote["type"] == "Direct":
                quote["speaker"] = self._named_in_previous_sentence(start)
                quote["speaker"] = quote["speaker"] or self._only_person_of_paragraph(start)
            elif quote["speaker"] is None and quote["type"] == "Reported":
                quote["speaker"] = self._own_subject(quote)
            if quote["speaker"] is None:
                quote["speaker"] = self._same_sentence(quotes, n)

    def _only_person_of_paragraph(self, start: int) -> dict | None:
        """For a Direct quotation without cue: the one person its paragraph names before it,
        outside quotations („Regisseur Jens Erwin Siemssen hat dafür unzählige Interviews
        geführt. Nun werden diese Erinnerungen wieder lebendig. "Das ist …"“); None where the
        paragraph names no person or several."""
        paragraph = self._paragraph(start)
        begin = self.breaks[paragraph - 1] if paragraph else 0
        named = self._named(begin, start)
        if named is None:
            return None
        persons = {
            e.id for e in self.entities if e.kind == "PER"
            for a, _ in e.mentions if begin <= a < start and a not in self.quoted
        } | {e.id for a, _, e in self.unrecognised if begin <= a < start}  # fmt: skip
        entity = next((e for e in self.entities if e.id == named["entity"]), None)
        return named if entity is not None and entity.kind == "PER" and len(persons) == 1 else None

    def _same_sentence(self, quotes: list[dict], n: int) -> dict | None:
        """One sentence, one speaker: a quotation still without speaker takes that of another
        quotation of its sentence („Er rechnet mit »viel Bewegung« und kann sich vorstellen,
        dass …“), else the subject of its sentence before it when that names an entity („Er
        versucht, alle Zweifel zu entkräften, schreibt etwa, er habe …“)."""
        from ..quotes.roles import subject_speaker

        start = quotes[n]["spans"][0][0]
        token = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if token is None:
            return None
        sent = token[0].sent
        for k, other in enumerate(quotes):
            speaker = other.get("speaker") or {}
            if k == n or not speaker.get("entity"):
                continue
            if sent.start_char <= other["spans"][0][0] < sent.end_char:
                return copy_record(speaker)
        ids = subject_speaker(self.doc, sent)
        if not ids or self.doc[ids[-1]].idx >= start or self.doc[ids[0]].idx in self.quoted:
            return None
        a, b = self.doc[ids[0]].idx, self.doc[ids[-1]].idx + len(self.doc[ids[-1]])
        probe = {"type": quotes[n]["type"], "spans": [[start, start + 1]], "speaker": {
            "text": self.text[a:b], "spans": [[a, b]]}}  # fmt: skip
        self.resolve(probe)
        return probe["speaker"] if probe["speaker"].get("entity") else None

    def _passive(self, quote: dict) -> bool:
        """Whether the quotation's cue is a passive („Damals wurde Trumps Berater Corey
        Lewandowski vorgeworfen, …“): who is named in its sentence is spoken about, not the
        speaker (a „von“-agent the attribution gives already)."""
        for start, end in (quote.get("cue") or {}).get("spans") or ():
            span = self.doc.char_span(start, end, alignment_mode="expand")
            for token in span or ():
                if passive_agent(self.doc, token.i, token.sent) is not None:
                    return True
        return False

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
        sent = token[0].sent
        return self._genitive_source(sent.start, sent.end) or self._named(sent.start_char, start)

    def _genitive_source(self, begin: int, end: int) -> dict | None:
        """The person of a prenominal genitive before a source noun in tokens ``[begin, end)``
        („Deshalb liegt es aus Hännis Sicht nah, dass …“, „…, könnte die Schweiz nach Hännis
        Ansicht …“), when a person of that name is known; not in quotation marks."""
        for i in range(end - 2, begin - 1, -1):
            token, noun = self.doc[i], self.doc[i + 1]
            if token.idx in self.direct or not token.text.endswith("s"):
                continue
            if genitive_source(noun):
                entity = self._by_word(token)
                if entity is not None:
                    a, b = token.idx, token.idx + len(token)
                    return {"text": token.text, "spans": [[a, b]], "entity": entity.id}
        return None

    def _own_subject(self, quote: dict) -> dict | None:
        """For a Reported statement whose span the attribution began at its sentence's start
        (the words of an Indirect one are another's): the person or organisation named at
        that start („Anders Levermann vom Potsdam-Institut … sprach … von einem „monströsen
        Effekt““), else the subject of the sentence when it names an entity."""
        from ..quotes.roles import subject_speaker

        start = quote["spans"][0][0]
        token = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if token is None or token[0].i != token[0].sent.start:
            return None
        first = self._mention_at(token[0].i)
        if first is not None and first.label in ("PER", "ORG") and first.start == token[0].i:
            last = self.doc[first.end - 1]
            a, b = self.doc[first.start].idx, last.idx + len(last)
            entity = self._entity_of(first)
            if entity is not None:
                return {"text": self.text[a:b], "spans": [[a, b]], "entity": entity.id}
        ids = subject_speaker(self.doc, token[0].sent)
        if not ids or self.doc[ids[0]].idx in self.direct:
            return None
        a, b = self.doc[ids[0]].idx, self.doc[ids[-1]].idx + len(self.doc[ids[-1]])
        probe = {"type": quote["type"], "spans": [[start, start + 1]], "speaker": {
            "text": self.text[a:b], "spans": [[a, b]]}}  # fmt: skip
        self.resolve(probe)
        return probe["speaker"] if probe["speaker"].get("entity") else None

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

    def _name(self, span: Span) -> Entity | None:
        """The entity of the proper name at the head of ``span`` or in apposition to it."""
        head = speaker_head(span)
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
        if mention is not None and not _role_taken_for_name(span, head, mention):
            return self._entity_of(mention)
        bare = head == span.start or span.doc[head - 1].tag_ != "ART"  # not „der Fischer“
        entity = self._by_word(span.doc[head]) if bare else None
        if entity is None:
            entity = self._place_body(span, head) or self._entity_of(self._apposition(span, head))
            if entity is not None:
                entity.add_alias(alias_of(span.doc[head]))
        return entity

    def _apposition(self, span: Span, head: int) -> Mention | None:
        """A name after the role nouns („Ministerpräsident Mario Monti“, a place right after
        one noun: „das Land Thüringen“), in parentheses after
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
        if mention is not None and mention.label == "LOC" and i == head + 1:
            return mention  # „das Land Thüringen“, „die Stadt Nordhausen“: the place named
        last = self._mention_at(span.end - 1)  # „Direktorin des … Copernicus Samantha Burgess“
        if (
            last is not None
            and last.label == "PER"
            and last.end == span.end
            and doc[last.start - 1].tag_ not in ("APPR", "APPRART")  # not „Kapitän von Real“
        ):
            return last
        after = apposition_after(span.doc, span.end)
        if after is None and doc[head].tag_ == "NN" and is_person_noun(doc[head].text):
            return self._apposition_beyond(span)
        return self._mention_at(after) if after is not None else None


def without_attribute(span: Span) -> Span:
    """``span`` without its determiner and the extended attribute after it („die in London
    ansässige Syrische Beobachtungsstelle …“ → „Syrische Beobachtungsstelle …“, „Der für die
    Bankenaufsicht zuständige Fed-Vizechef …“ → „Fed-Vizechef …“): the place or field in the
    attribute names no speaker, and its participle is no part of the name."""
    if len(span) < 4 or span[0].tag_ not in ("ART", "PDAT", "PPOSAT"):
        return span
    if span[1].tag_ not in ("APPR", "APPRART"):
        return span
    attribute = extended_attribute(span.doc, span.start + 1, span.end)
    if not attribute or attribute[-1] + 1 >= span.end:
        return span
    return span.doc[attribute[-1] + 1 : span.end]


def _role_taken_for_name(span: Span, head: int, mention: Mention) -> bool:
    """A person role noun after an article that the NER took for an organisation's name on its
    own („fordert die Hauptverbands-Chefin …“): a role to resolve, no name."""
    token = span.doc[head]
    return (
        mention.label != "PER"
        and mention.start == head
        and mention.end == head + 1
        and head > span.start
        and span.doc[head - 1].tag_ == "ART"
        and token.tag_ == "NN"
        and is_person_noun(token.text)
    )
