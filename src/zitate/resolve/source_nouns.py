"""Source nouns as speakers: „nach Angaben des Konzerns“, „Den Recherchen zufolge“, „US-Angaben“.

Stage: resolve (base of ``zitate.resolve.roles``). Input: a speaker phrase (``Span``) headed by a
source noun („Angaben“, „Bericht“, „Studie“) or a compound of one („US-Angaben“, „Medienberichten“),
with the article's mentions (``DocumentMentions``, through ``UnnamedSources`` and
``OrganisationNames``). Output: whose source it is — the person or organisation of its genitive or
„von“ phrase (also past a participle's phrase: „des von der Hamas kontrollierten
Gesundheitsministeriums“; „einem Urteil des höchsten Gerichts“ -> the court), the state whose seat
of government „aus“ names („Angaben aus Moskau“ -> Russland), the state of its adjective, the
organisation named just before a bare definite one, the author of the study it takes up (else the
study a compound names: „die ForuM-Studie“ — „Die Untersuchung“), the source its compound's first
part names — or ``None`` where the phrase names no one („nach Angaben“, „Medienberichten zufolge“);
for a document noun („dem Rundschreiben zufolge“, „heißt es in dem Schreiben“) its issuer.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..quotes.candidates import quoted_name_at
from ..quotes.speaker_nouns import document_noun
from .mentions import ORG_ENDINGS, Entity, nominative
from .org_names import OrganisationNames
from .phrases import introduced, study_noun, weak_form
from .states import states

TITLE_WORDS = 4  # the most words of a title in quotation marks („The Insider“)
STUDY_SENTENCES = 80  # how far back a definite study noun looks for the study it stands for
# First parts of a source compound that name no one without an adjective („Medienberichten“,
# „Presseberichten“), unlike „spanischen Medienberichten“.
UNSPECIFIED_SOURCES = frozenset({"medien", "presse", "zeitungs", "zeitung"})
OWNER_WORDS = frozenset({"von", "vom", "des", "der", "aus"})  # after a source noun: its owner
MAX_OWNER_WORDS = 8  # words up to the owner's noun („des von der Hamas kontrollierten …“)
OWNER_SKIP = frozenset({"ADJA", "ADV", "ADJD", "ART"})  # words before the noun of an owner phrase
# Verb forms whose dative object is handed a document, not its author („ein Bericht, der der
# Deutschen Presse-Agentur vorlag“, „ein dem „Spiegel“ zugespieltes Papier“).
RECEIPT_VERBS = ("vorlieg", "vorlag", "vorgelegen", "zugespielt", "zugegangen", "zuging",
                 "zugeleitet", "zugestellt")  # fmt: skip
LYING = frozenset({"liegt", "lag", "liegen", "lagen"})  # „… liegt der dpa vor“
RECEIPT_WINDOW = 3  # words after a recipient up to its verb
# „Ein erster Brief des Anwalts an das Sofitel“, „schrieb an den Minister“: the one after „an“
# that a document noun or a verb of writing or sending (lemma) before it in its clause addresses.
ADDRESS_VERBS = frozenset({"schreiben", "richten", "schicken", "senden", "adressieren"})
ADDRESS_WINDOW = 6  # words from „an“ back to the document noun or verb
ADDRESS_SKIP = frozenset({"ART", "ADJA", "PPOSAT", "ADJD", "ADV"})  # between „an“ and the name


# Prepositions before a name that make it the topic („die Suche nach Panama Papers“) or the
# channel („teilte … auf Twitter mit“), not the author, of what is said or sought.
TOPIC_PREPOSITIONS = frozenset({"nach", "über", "gegen", "um", "auf"})


def recipient(doc, start: int, end: int) -> bool:
    """Whether the name at tokens ``start``–``end`` is the one a document was handed to: a
    receipt verb (``RECEIPT_VERBS``) right after it in its clause, or „vor“ of „liegt … vor“."""
    after = []
    for tok in doc[end : min(end + RECEIPT_WINDOW, doc[start].sent.end)]:
        if tok.is_punct:
            break
        after.append(tok.lower_)
    if any(w.startswith(RECEIPT_VERBS) for w in after):
        return True
    before = {t.lower_ for t in doc[max(doc[start].sent.start, start - 4) : start]}
    return ("vor" in after and bool(before & LYING)) or addressed(doc, start)


def addressed(doc, start: int) -> bool:
    """Whether the name from token ``start`` follows an „an“ that a document noun or a verb of
    writing before it in its clause governs („In einem Schreiben seiner Anwälte an die
    Universitätsleitung“, „schrieb an den Minister“)."""
    sent_start = doc[start].sent.start
    k = start - 1
    while k > sent_start and doc[k].tag_ in ADDRESS_SKIP:
        k -= 1
    if k <= sent_start or doc[k].lower_ != "an" or doc[k].tag_ != "APPR":
        return False
    for tok in reversed(doc[max(sent_start, k - ADDRESS_WINDOW) : k]):
        if tok.is_punct:
            return False
        if (tok.tag_ == "NN" and document_noun(tok.text)) or tok.lemma_ in ADDRESS_VERBS:
            return True
    return False


def topic_mention(doc, start: int) -> bool:
    """Whether the name at character ``start`` is the topic of a phrase („die Suche nach
    Panama Papers“, „Berichte über Siemens“) or the channel of a message („auf Twitter“),
    which names no author of a report."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    i = span.start - 1 if span is not None else -1
    while i >= 0 and doc[i].tag_ in ("ART", "ADJA"):
        i -= 1
    return i >= 0 and doc[i].tag_ == "APPR" and doc[i].lower_ in TOPIC_PREPOSITIONS


def owner_noun(doc, start: int, limit: int) -> int | None:
    """The noun that heads the owner phrase from ``start`` (after its article or
    preposition): past adjectives and adverbs („des höchsten Gerichts“, „einem kürzlich
    ergangenen …“) and a participle's prepositional phrase („des von der Hamas kontrollierten
    Gesundheitsministeriums“); None where no noun or name follows."""
    k = start
    if k < limit and doc[k].tag_ in ("APPR", "APPRART"):
        k = next((j + 1 for j in range(k, limit) if doc[j].tag_ == "ADJA"), limit)
    while k < limit and (doc[k].is_quote or doc[k].tag_ in OWNER_SKIP):
        k += 1
    return k if k < limit and doc[k].tag_ in ("NN", "NE") else None


class SourceNouns(OrganisationNames):
    """Speaker phrases headed by a source noun -> the entity whose source it is."""

    def _source_anaphor(self, span: Span, head: int) -> Entity | None:
        """Whose a source noun is when the phrase names no one: the state of its adjective, the
        owner of its genitive, „von“ or „aus“ phrase (``_source_owner``); for a bare definite
        one („Laut den Angaben“, „Den Recherchen zufolge“, „heißt es in dem Bericht“) the last
        organisation named outside quotation marks in its sentence or the two before; else None
        („nach Angaben“)."""
        if (state := self._state_source(span, head)) is not None:
            return state  # „nach syrischen Angaben“ in an article that names Syrien
        if (owner := self._source_owner(span, head)) is not None:
            return owner
        if head != span.start + 1 or head + 1 != span.end or span[0].tag_ != "ART":
            return None
        position = span.start_char
        begin = self._window_start(position)
        named = self._named_between(begin, position, kinds=("ORG",), recipients=False)
        named = [(start, e) for start, e in named if not topic_mention(span.doc, start)]
        if named:
            return max(named, key=lambda f: f[0])[1]
        if not study_noun(span.doc[head].text):
            return None
        return self._study_author(span, head) or self._named_study(span)

    def _handed(self, start: int, end: int) -> bool:
        """Whether the mention at characters ``start``–``end`` names a document's recipient."""
        tokens = self.doc.char_span(start, end, alignment_mode="expand")
        return tokens is not None and recipient(self.doc, tokens.start, tokens.end)

    def _source_owner(self, span: Span, head: int) -> Entity | None:
        """The owner a genitive or „von“ / „aus“ phrase after a source noun names, inside the
        phrase or right after its end where the attribution cut it off: the first person or
        organisation named in it („Die Ankündigungen von Deutscher Bahn und …“, „Laut
        Recherchen | der „New York Times““); for an organisation noun („nach Angaben des
        Konzerns“, „laut einem Urteil des höchsten Gerichts“, „laut Angaben des von der Hamas
        kontrollierten Gesundheitsministeriums“) the organisation of that kind named before,
        else a new one of that name where adjective or compound makes it one body; the state
        whose seat of government „aus“ names („nach Angaben aus Moskau“ -> Russland)."""
        doc = span.doc
        i = head + 1
        if i >= len(doc) or i > span.end or doc[i].lower_ not in OWNER_WORDS:
            return None
        if i == span.end and doc[i].lower_ not in ("der", "des"):
            return None  # „Angaben | von …“ after the phrase is no attribute of it
        limit = min(i + 1 + MAX_OWNER_WORDS, doc[head].sent.end)
        noun = owner_noun(doc, i + 1, limit)
        if doc[i].lower_ == "aus":
            mention = self._mention_at(noun) if noun is not None else None
            if mention is None or mention.label not in ("ORG", "LOC"):
                return None
            state = states().capital.get(" ".join(mention.words))
            if state is not None:
                return self._state_entity(state, span.start_char, named=True)
            return self._entity_of(mention) if mention.label == "ORG" else None
        word = nominative(doc[noun]) if noun is not None else ""
        if noun is not None and doc[noun].tag_ == "NN" and word.lower().endswith(ORG_ENDINGS):
            before = self._org_ending(span.start_char, word, aliases=True)
            if before is not None:
                return before  # „des Ministeriums“: the ministry named before
        attribute = noun is not None and noun > i + 1 and doc[i + 1].tag_ == "APPR"
        end = span.end if noun is None else max(span.end, noun + 1)
        for k in [noun] if attribute else range(i + 1, end):
            mention = self._mention_at(k)  # not „Hamas“ of „des von der Hamas kontrollierten“
            if mention is not None and mention.label in ("PER", "ORG"):
                return self._entity_of(mention)
            if title := quoted_name_at(doc, k, doc[head].sent.end):  # the NER missed it:
                return self._new(doc[title[1] : title[-1]].text, "ORG")  # „„Der Spiegel““
        if noun is None or doc[noun].tag_ != "NN" or not word.lower().endswith(ORG_ENDINGS):
            return None
        words = doc[i + 1 : noun] if not attribute else []  # no participle of an attribute
        adjectives = [weak_form(t.text) for t in words if t.tag_ == "ADJA"]
        if not adjectives and word.lower() in ORG_ENDINGS:
            return None  # „des Ministeriums“ with none named before: no one
        return self._new(" ".join([*adjectives, word]), "ORG")

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
                    if recipient(doc, mention.start, mention.end):
                        continue  # „…, der der Deutschen Presse-Agentur vorlag“
                    return self._entity_of(mention)  # also in an interview's quoted turns
            if (title := self._quoted_title(sent)) is not None:
                return title
        return None

    def _document_issuer(self, span: Span, head: int) -> Entity | None:
        """Who issued the document a speaker phrase names („dem Rundschreiben zufolge“, „heißt
        es in dem Schreiben“, „im Rundschreiben“): the owner of its genitive or „von“ phrase;
        for a definite one the person or organisation named first in the nearest sentence
        before that brings in a document or report („In einem Rundschreiben macht das
        Bildungsministerium … aufmerksam“, „aus einem Bericht der EU-Kommission“), else the last
        organisation named outside quotation marks in its sentence or the two before; None for
        an indefinite one or where no one is named — never a person the role of the noun would
        take („Young Enterprises“ named before)."""
        if (owner := self._source_owner(span, head)) is not None:
            return owner
        doc = span.doc
        if introduced(doc[head]):
            return None  # „in einem Schreiben“: not one brought in before
        sent = doc[head].sent
        for _ in range(STUDY_SENTENCES):
            if sent.start == 0:
                break
            sent = doc[sent.start - 1].sent
            brought = [
                t for t in sent
                if (document_noun(t.text) or study_noun(t.text)) and t.tag_ == "NN"
                and introduced(t)
            ]  # fmt: skip
            if not brought:
                continue
            owner = self._source_owner(doc[brought[0].i : brought[0].i + 1], brought[0].i)
            if owner is not None:
                return owner  # „aus einem Bericht der EU-Kommission … hervor“
            issuers = self._named_between(sent.start_char, sent.end_char, recipients=False)
            if issuers:
                return min(issuers, key=lambda f: f[0])[1]
            break
        begin = self._window_start(span.start_char)
        named = self._named_between(begin, span.start_char, kinds=("ORG",), recipients=False)
        return max(named, key=lambda f: f[0])[1] if named else None

    def _named_between(
        self,
        begin: int,
        end: int,
        kinds: tuple[str, ...] = ("PER", "ORG"),
        recipients: bool = True,
    ) -> list[tuple[int, Entity]]:
        """The entities of ``kinds`` named from character ``begin`` to ``end`` outside
        quotation marks, with where; without ``recipients`` no mention of one a document was
        handed to (``recipient``: „…, der der Deutschen Presse-Agentur vorlag“)."""
        return [
            (start, entity) for entity in self.entities if entity.kind in kinds
            for start, stop in entity.mentions
            if begin <= start < end and start not in self.direct
            and (recipients or not self._handed(start, stop))
        ]  # fmt: skip

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

    def _source(self, span: Span, head: int, source: str) -> Entity | None:
        """The source a compound source noun names in its first part: an entity named so
        before or after, or whose name that part abbreviates („US“ -> „USA“); else a new
        organisation, or group for a plural („spanischen Medienberichten“ -> „spanische
        Medien“); None for media no adjective tells which („Medienberichten zufolge“)."""
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
        if not adjectives and low in UNSPECIFIED_SOURCES:
            return None  # „Medienberichten zufolge“: some media, no one named
        return self._new(" ".join([*adjectives, source]), kind)
