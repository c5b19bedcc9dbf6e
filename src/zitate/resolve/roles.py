"""Role nouns as speakers: „die Ministerin“, „ein Polizeisprecher“, „Angaben des Generalstabs“.

Stage: resolve (base of ``zitate.resolve.resolver``). Input: a speaker phrase (``Span``) whose
head is a common noun and its quotation record, with the article's mentions
(``DocumentMentions``; ``UnnamedSources`` for sources the NER misses, ``SourceNouns`` for
source nouns, ``RoleOrganisations`` of ``.role_orgs`` for the organisation a role names).
Output: the entity the role stands for — one that has it as alias, the organisation (or person
role: „des deutschen Finanzministers“) a spokesperson speaks for, the
last person of that gender or party named before a definite person role whose own roles fit it
(``.role_families``: „Dem Mediziner“ is no „UNO-Generalsekretär“), a new ORG/GROUP entity named by
the phrase — or ``None`` where the phrase names no one („nach Angaben“, „ein Sprecher“, a plural
„Westliche Minister“ as one of them).
"""

from __future__ import annotations

from spacy.tokens import Span

from ..quotes.candidates import quoted_name_at
from ..quotes.speaker_nouns import document_noun
from .declension import nominative_adjectives
from .descriptions import (
    described_before,
    field_org,
    fuller_group,
    named_beside,
    placed,
    seat,
)
from .grouping import DEFINITE, apposition_after
from .lexicons import (
    ADJECTIVE_PLURAL_ENDINGS,
    base_noun,
    is_person_noun,
    is_person_plural,
    is_speaker_noun,
)
from .mentions import Entity, Mention, alias_of, same_word
from .name_forms import GENITIVE_ARTICLES, nominative
from .phrases import (
    CHIEFS,
    GENERIC_ORGS,
    INDEFINITE,
    MEMBERS,
    NOT_ENTITIES,
    affiliation,
    bare_participle,
    circles_noun,
    compound_source,
    determiner_gender,
    noun_gender,
    plural_noun,
    prenominal_genitive,
    role_kind,
    source_noun,
    speaker_head,
    weak_form,
    weak_masculine,
)
from .referents import unnamed_introduction
from .repair import described_org
from .role_families import family_member, in_family, role_fits
from .role_orgs import RoleOrganisations, other_kind
from .spokespersons import is_spokesperson
from .unnamed import ATTRIBUTE_TAGS, MAX_ATTRIBUTE_WORDS

# Endings of collective nouns for a body of people („Opposition“, „Koalition“, „Fraktion“).
COLLECTIVE_ENDINGS = ("tion", "sition")
# Nouns (and their compounds) of a whole trade or staff that speaks as one body though the
# training data has them too rarely for the speaker lexicon („die Busbranche“, „die
# Belegschaft“, „die Ärzteschaft“).
COLLECTIVE_BODIES = ("branche", "belegschaft", "ärzteschaft", "lehrerschaft", "elternschaft")
ADJECTIVE_RUN = frozenset({"ADJA", "ADV", "KON", "$,"})  # words of the adjectives before a noun
# Adjectives of degree or esteem that tell how many or how strong, not which group („mächtige
# institutionelle Investoren“ are the „institutionelle Investoren“), as stems.
DEGREE_ADJECTIVES = frozenset({
    "mächtig", "einflussreich", "groß", "größt", "klein", "zahlreich", "prominent", "namhaft",
    "renommiert", "führend", "bekannt",
})  # fmt: skip
OTHER = "ander"  # „eines anderen Konkurrenten“: someone else than the persons named before


class RoleResolver(RoleOrganisations):
    """Speaker phrases headed by a role, organisation or source noun -> entities."""

    def _role(self, span: Span, quote: dict) -> Entity | None:
        """A role noun: the entity it is an alias of; a spokesperson: the organisation spoken
        for; a definite person role („der Chef“, „die Ministerin“): the last person of that
        gender named before; an organisation or group noun: an entity of that name. A bare role
        that names no one („ein Sprecher“, „die Partei“ with no party named) and a noun that
        heads no speaker phrase in the training data („Änderung“) give no entity."""
        if [t.lower_ for t in span if not t.is_punct] in (["beide"], ["die", "beiden"]):
            return self._pair_before(span.start_char) or self._recent(span.start_char)
        head = speaker_head(span)
        if head is None or not (span.doc[head].tag_ in ("NN", "ADJA") or self._role_as_name(head)):
            return None
        token = span.doc[head]
        tail = token.text.rsplit("-", 1)[-1]
        if (circles := circles_noun(token)) is not None and head + 1 == span.end:
            return self._new(circles, "GROUP")  # „aus Polizeikreisen“
        if (source := compound_source(token.text)) is not None:
            return self._source(span, head, source)  # „US-Angaben“, „spanischen Medienberichten“
        if document_noun(token.text):
            return self._document_issuer(span, head)  # „dem Rundschreiben zufolge“
        if {token.lemma_, token.text, tail, tail.capitalize()} & NOT_ENTITIES:
            return self._source_anaphor(span, head)  # „nach Angaben“ alone names no entity
        role = alias_of(token)
        determiner = _determiner(span, head)
        if unspecified_source_group(span, head, role_kind(role, quote, self.doc, token, span)):
            return None  # „nach Angaben von Aktivisten“: some activists, none named
        speaks_for = is_spokesperson(role) or tail.lower() in CHIEFS
        if speaks_for or token.lower_.endswith(MEMBERS):
            member = self._member_of(span, head)  # „der Chef der Gruppe Fursan al-Hak“
            if member is not None:
                return member
        generic = role.lower() in GENERIC_ORGS  # „die Organisation“ is no „Terrororganisation“
        known = [e for e in self.entities if e.has_alias(role, exact=generic)]
        if not known and in_family(role):  # „der Ankläger“: „Staatsanwalt Herbert Harammer“
            known = [e for e in self.entities if e.kind == "PER" and family_member(role, e.aliases)]
        plural = bare_participle(token) or role_kind(role, quote, self.doc, token, span) == "GROUP"
        # „eines anderen Konkurrenten“: someone else than the persons named before
        other = any(t.tag_ == "ADJA" and t.lower_.startswith(OTHER) for t in span)
        if determiner in INDEFINITE or other:  # „ein Sprecher“: someone new, not a person the
            known = [e for e in known if e.kind != "PER"]  # role was said of before
        elif plural:  # „Westliche Minister“: many, not one „Verteidigungsminister“; but the
            # plural title of named persons („die Klubobleute Klaus Schneeberger (ÖVP) und …“)
            known = [e for e in known if e.kind != "PER" or e.has_alias(token.text, exact=True)]
        if len(known) > 1 and determiner in DEFINITE:
            # „…, sagte Varoufakis … . …, sagte der Minister“: the one of them named in the
            # sentence before, not the more often named „Finanzminister Schäuble“
            window = self._window_start(span.start_char, sentences=1)
            recent = [e for e in known if any(window <= s < span.start_char for s, _ in e.mentions)]
            known = recent if len(recent) == 1 else known
        if known:
            return min(known, key=lambda e: e.salience(span.start_char))
        named = self.roles.get(role.lower())
        if named is not None and named.kind != "PER" and determiner not in INDEFINITE:
            return fuller_group(named, span, head)  # „Laut Veranstalter …“ — „Der Veranstalter …“
        if is_spokesperson(role):
            spoken = self._spoken_for(span, head, role)
            if spoken is None and head + 1 == span.end and determiner in INDEFINITE:
                # „…“, so ein Sprecher: of the organisation whose statement it goes on with
                spoken = self._previous_org(span, head, quote, INDEFINITE, sentences=2)
            return spoken
        if token.lower_.rsplit("-", 1)[-1].endswith(MEMBERS) and head + 1 < span.end:
            member = self._spoken_for(span, head, role)  # „ein Mitarbeiter des …ministeriums“
            if member is not None:
                return member
        kind = "GROUP" if bare_participle(token) else role_kind(role, quote, self.doc, token, span)
        if kind == "GROUP" and determiner in INDEFINITE - {"mehrere", "zwei"}:
            kind = "PER"  # „nach Angaben eines leitenden Beamten“: one person, not a group
        if kind == "GROUP" and determiner == "die" and is_person_noun(token.text):
            pair = self._pair_before(span.start_char)  # „A und B bedauerten … Die Politiker …“
            if pair is not None:
                return pair
        title = quoted_name_at(span.doc, head + 1, span.end)  # not „Trainer „Ede“ Müller“
        after = span.doc[title[-1] + 1 : title[-1] + 2] if title else None
        inside = kind == "ORG" or bool(title and not (after and after[0].tag_ == "NE"))
        if inside and (named := self._quoted_name_after(span, head + 1)) is not None:
            named.add_alias(role)  # „die … Internetzeitung „Daily NK“ in Südkorea“, „(Angaben)
            return named  # des Magazins „Der Spiegel““: a noun the lexicon has for no kind
        if kind == "PER":
            named = self._named_after(span, head, role)
            if named is None and self._collective(span, head, role, determiner):
                return self._new(role, "ORG")  # „die Opposition“: a body of its own
            gender = noun_gender(role) or determiner_gender(span, determiner)
            person = is_person_noun(role) or weak_masculine(role, gender)  # „der Franzose“
            if named is None and determiner in DEFINITE:
                named = described_before(self.entities, span, head)  # „Das Theater erzählt …“
            if named is not None or determiner in INDEFINITE or not person or other:
                return named
            entity = self._affiliated(span.start_char, role, gender)
            if entity is not None and self._unnamed_since(entity, span, token):
                return None  # „Ein Polizist … Der Polizist …“: the unnamed one brought in
            if entity is not None and not (
                role_fits(role, entity.aliases) or _same_affiliation(role, entity)
            ):
                # „Dem Mediziner“ is not „UNO-Generalsekretär Ban Ki-moon“ named before; „Der
                # syrische Botschafter …“ the person the next sentence brings in
                entity = self._introduced_next(span, gender, role)
            entity = entity or self._named_later(span.start_char, gender)
            if entity is not None:
                entity.add_alias(role)
            return entity
        if kind == "ORG" and role.lower() in GENERIC_ORGS:
            owner = span.doc[head - 1] if head > span.start else None
            if owner is not None and prenominal_genitive(owner, token):
                return self._new(f"{owner.text} {token.text}", "ORG")  # „Israels Armee“
            if _adjectives(span, head):
                # „der ukrainische Generalstab“: the adjective tells which one
                return self._new(_org_name(span, head), "ORG")
            if (named := self._quoted_name_after(span, min(head + 1, span.end))) is not None:
                named.add_alias(role)
                return named  # „forderte die Partei „Die Mitte““
            found = self._org_ending(span.start_char, role)
            found = self._recent_org(span, role, found)  # not the „Industrieländer-Organisation“
            previous = None if found else self._previous_org(span, head, quote)
            if previous is not None and other_kind(previous, role):
                previous = None  # „Der Konzern“ after the „Umweltorganisation Greenpeace“
            found = found or previous  # „teilte die Organisation mit“
            if found is None:  # „des Konzerns“ after „Rüstungskonzern Rheinmetall“
                found = self._recent_org(span, role, self._org_ending(span.start_char, role, True))
            found = found or self._org_before(span, head)  # „(MSF) …, erklärte die Organisation“
            return None if found is not None and named_beside(span, found) else found
        people = is_speaker_noun(role) or is_person_noun(token.text)
        if kind == "GROUP" and not people:
            people = is_person_plural(token.text)  # „Mietrechtsanwälte warnten“
        if kind == "GROUP" and people and (found := self._previous_org(span, head, quote)):
            return found  # „HRW widerspricht …“ — „Die Menschenrechtler nennen …“
        if kind == "GROUP" and people and (found := field_org(self.entities, span, head)):
            return found  # „die Menschenrechtler“ of the „Beobachtungsstelle für Menschenrechte“
        if kind == "GROUP" and not people:
            return None  # „Anschläge“, „Produkte“: no group of people
        if kind == "ORG" and head + 2 == span.end and described_org(list(span.doc[head:])[:2]):
            entity = self._new(span.doc[head + 1].text, "ORG")  # „Rüstungskonzern Rheinmetall“
            entity.add_alias(role)
            return entity
        name = span.doc[head : span.end].text
        if kind == "GROUP" and head + 1 == span.end and _adjective_plural(token):
            name = token.text[:-1]  # „die Verantwortlichen“ -> „Verantwortliche“
        adjectives = [weak_form(t.text) for t in span.doc[span.start : head] if t.tag_ == "ADJA"]
        bare = head == span.start + 1 and head + 1 == span.end and span[0].lower_ in DEFINITE
        if kind == "ORG" and bare and (found := self._named_org(span.start_char, token)):
            return found  # „der Bauernverband“ after „der Thüringer Bauernverband“
        if (
            kind == "ORG"
            and placed(span, head)
            and (found := self._named_org(span.start_char, token))
        ):
            return found  # „Angaben des Vereinigungsministeriums in Seoul“
        if kind == "GROUP" and adjectives and head + 1 == span.end:
            # „westlicher Behörden“ -> „westliche Behörden“; „mächtige institutionelle
            # Investoren“ -> „institutionelle Investoren“ (no adjective of degree names a group)
            adjectives = [a for a in adjectives if _stem(a) not in DEGREE_ADJECTIVES]
            name = " ".join([*adjectives, name])
        elif kind == "ORG" and adjectives and head + 1 == span.end:
            name = _org_name(span, head)  # „Der südkoreanische Geheimdienst“
        elif kind == "ORG" and adjectives and all(a[:1].isupper() for a in adjectives):
            # „der Syrischen Beobachtungsstelle für Menschenrechte“: a proper name
            name = f"{_org_name(span, head)} {span.doc[head + 1 : span.end].text}"
        elif head > 0 and span.doc[head - 1].lower_ in GENITIVE_ARTICLES and head + 1 == span.end:
            name = nominative(span.doc[head])  # „Angaben des US-Europakommandos“
        elif (
            kind == "ORG"
            and head > 0
            and seat(span, head)
            and span.doc[head - 1].lower_ in GENITIVE_ARTICLES
        ):
            # „Angaben des Vereinigungsministeriums in Seoul“: the ministry named before, else
            # the ministry with its seat in the nominative („Vereinigungsministerium in Seoul“)
            seated = f"{nominative(token)} {span.doc[head + 1 : span.end].text}"
            return self._named_org(span.start_char, token) or self._new(seated, kind)
        return self._new(name, kind)

    @staticmethod
    def _collective(span: Span, head: int, role: str, determiner: str) -> bool:
        """A definite singular speaker noun of the lexicon alone that names a body, not a person
        („die Opposition“, „die Koalition“; no „-ung“ / „-heit“ word of what is said or done),
        or a trade or staff noun (``COLLECTIVE_BODIES``: „die Busbranche“): its own speaker."""
        low = role.lower()
        return (
            determiner in DEFINITE
            and head == span.start + 1
            and head + 1 == span.end
            and (
                (is_speaker_noun(role) and not is_person_noun(role))
                and low.endswith(COLLECTIVE_ENDINGS)
                or low.endswith(COLLECTIVE_BODIES)
            )
        )

    def _apposition_beyond(self, span: Span) -> Mention | None:
        """A person's name in apposition after the attributes that follow a role phrase the
        attribution cut short („der Leiter der Abteilung Abfallwirtschaft | im Amt der
        Landesregierung, Harald Dreher, …“): prepositional and genitive phrases without a
        person's name up to „, “, then a PER mention closed by a comma or the sentence end."""
        doc, end = span.doc, span.end
        sent_end = doc[span.start].sent.end
        limit = min(end + MAX_ATTRIBUTE_WORDS, sent_end)
        while end < limit and doc[end].tag_ in ATTRIBUTE_TAGS:
            mention = self._mention_at(end)
            if mention is not None and mention.label == "PER":
                return None  # „… im Gespräch mit Anne Will, …“: another person
            end += 1
        after = apposition_after(doc, end) if end > span.end else None
        mention = self._mention_at(after) if after is not None else None
        if mention is None or mention.label != "PER" or mention.start != after:
            return None
        closed = mention.end >= sent_end or doc[mention.end].text in (",", ")", ".")
        return mention if closed else None

    def _named_later(self, position: int, gender: str | None) -> Entity | None:
        """The person a definite role names before any person is named (a headline's „Ex-OGH-
        Präsidentin fordert …“ before „Wien – Irmgard Griss wird …“, „Der frühere
        Airport-Shopbetreiber klagt …“ before „…, Rakesh Sardana, hat …“): in the article's
        first sentence, the first person of that gender named in the sentence right after it,
        outside quotations; None elsewhere."""
        token = self.doc.char_span(position, position + 1, alignment_mode="expand")
        if token is None or token[0].sent.start != 0:
            return None  # not the headline: the article's first sentence
        persons = [e for e in self.entities if e.kind == "PER"]
        if any(s < position for e in persons for s, _ in e.mentions):
            return None
        sent = token[0].sent
        after = self.doc[sent.end].sent if sent.end < len(self.doc) else None
        if after is None:
            return None
        later = [
            (s, e) for e in persons if not (gender and e.gender not in (None, gender))
            for s, _ in e.mentions
            if after.start_char <= s < after.end_char and s not in self.quoted
        ]  # fmt: skip
        return min(later, key=lambda f: f[0])[1] if later else None

    def _introduced_next(self, span: Span, gender: str | None, role: str) -> Entity | None:
        """The person a definite role phrase brings in before naming them: the first person of
        that gender named first in the sentence after it, outside quotations, whose own roles
        fit („Der syrische Botschafter in Moskau gab … die Schuld. …, sagte Riad Haddad“)."""
        sent = span.doc[span.start].sent
        if sent.end >= len(span.doc):
            return None
        after = span.doc[sent.end].sent
        persons = [
            (min(s for s, _ in e.mentions), e) for e in self.entities
            if e.kind == "PER" and e.mentions and not (gender and e.gender not in (None, gender))
            and role_fits(role, e.aliases)
        ]  # fmt: skip
        new = [
            (s, e) for s, e in persons
            if after.start_char <= s < after.end_char and s not in self.quoted
        ]  # fmt: skip
        return min(new, key=lambda f: f[0])[1] if new else None

    def _role_as_name(self, i: int) -> bool:
        """A compound role noun the tagger took for a name („schlagen Sicherheitspolitiker
        Alarm“): tagged NE, no name mention of the NER, and ending in a person noun of the
        speaker lexicon that is shorter than it („-politiker“)."""
        token = self.doc[i]
        if token.tag_ != "NE" or self._mention_at(i) is not None or "-" in token.text:
            return False
        base = base_noun(token.text)
        return base is not None and len(base) < len(token.text) and is_person_noun(token.text)

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

    def _unnamed_since(self, entity: Entity, span: Span, noun) -> bool:
        """Whether an indefinite phrase of the definite role ``noun`` brought in an unnamed
        person after ``entity``'s last mention before ``span`` („Bürgermeister Klaus Luger …
        Ein Polizist aus Linz … Der Polizist …“): the definite phrase takes that person up."""
        last = max((s for s, _ in entity.mentions if s < span.start_char), default=-1)
        return last >= 0 and unnamed_introduction(noun, last, self.quoted) is not None

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


def _adjectives(span: Span, head: int) -> list:
    """The adjectives right before the noun at ``head``, not those of a source noun before it
    („einem kürzlich ergangenen Urteil des höchsten Gerichts“ -> „höchsten“)."""
    start = head
    while start > span.start and span.doc[start - 1].tag_ in ADJECTIVE_RUN:
        start -= 1
    return [t for t in span.doc[start:head] if t.tag_ == "ADJA"]


def _same_affiliation(role: str, entity: Entity) -> bool:
    """Whether the role's party or country („AfD-Chef“) is one of the person's („AfD“,
    „AfD-Spitzenkandidat“)."""
    party = affiliation(role)
    return party is not None and party in {affiliation(a) for a in entity.aliases}


def _stem(adjective: str) -> str:
    """An adjective without its case ending („kleinen“ -> „klein“, „mächtige“ -> „mächtig“)."""
    low = adjective.lower()
    for ending in ("en", "em", "er", "es", "e"):
        if low.endswith(ending) and len(low) > len(ending) + 2:
            return low[: -len(ending)]
    return low


def unspecified_source_group(span: Span, head: int, kind: str) -> bool:
    """A bare plural of persons after „von“ that ends a source noun's phrase („nach Angaben von
    Aktivisten“, „Informationen von Bürgern“, „Angaben von syrischen Bewohnern“): an
    indefinite number of unnamed people, no entity (unlike „Angaben von Vertretern deutscher
    Nachrichtendienste“, whose genitive names whom they speak for)."""
    doc = span.doc
    if kind != "GROUP" or head + 1 != span.end or doc[head].tag_ != "NN":
        return False
    i = head - 1
    while i > span.start and doc[i].tag_ in ("ADJA", "ADV"):
        i -= 1  # „von syrischen Aktivisten“
    return i > span.start and doc[i].lower_ == "von" and source_noun(doc[i - 1])


def _determiner(span: Span, head: int) -> str:
    """The article of the role noun at ``head`` in lower case: the one right before it across
    adjectives („Angaben eines leitenden Beamten“ -> „eines“), else the phrase's first word
    („Italiens Ministerpräsident“ -> „italiens“); "" for a bare noun."""
    i = head - 1
    while i > span.start and span.doc[i].tag_ in ("ADJA", "ADJD", "ADV", "CARD"):
        i -= 1
    if i > span.start and span.doc[i].tag_ == "ART":
        return span.doc[i].lower_
    return span[0].lower_ if head > span.start else ""


def _org_name(span: Span, head: int) -> str:
    """An organisation named by adjectives and its noun, in the nominative: „des
    südkoreanischen Geheimdienstes“ -> „südkoreanischer Geheimdienst“, „das zuständige
    Ministerium“ -> „zuständiges Ministerium“; a plural (a form its lemma does not have but for
    a genitive ending: „Verbände“) or a noun of unknown gender with the adjectives in the weak
    form („der ukrainischen Streitkräfte“ -> „ukrainische Streitkräfte“)."""
    token = span.doc[head]
    adjectives = [t.text for t in _adjectives(span, head)]
    lemma = token.lemma_
    plural = plural_noun(token) or (lemma[:1].isupper() and not same_word(lemma, token.text))
    noun = token.text if plural else nominative(token)
    strong = None if plural else nominative_adjectives(adjectives, noun)
    return " ".join([*(strong or [weak_form(a) for a in adjectives]), noun])


def _adjective_plural(token) -> bool:
    """A nominalised adjective in the weak plural („Verantwortlichen“, „Jugendlichen“), whose
    group is named in the strong form („Verantwortliche“)."""
    return token.text.lower().endswith(ADJECTIVE_PLURAL_ENDINGS) and is_person_plural(token.text)
