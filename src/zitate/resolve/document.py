"""Speaker resolution inside one article: who each quotation's speaker is, as a document entity.

Stage: resolve, after ``zitate_quotes``; this module is the entry point, the rules live in
``.phrases`` (words of a speaker phrase), ``.context`` (the article's mentions), ``.roles`` (role
nouns), ``.unnamed`` (sources the NER misses), ``.source_nouns`` („nach Angaben …“) and
``.resolver`` (names, pronouns, continuations). Input: the analysed ``Doc`` of ``article.text``
(STTS tags, lemmas, verb ``Number``, NER) and its quotation records (``doc._.zitate_quotes``,
character offsets into ``doc.text``). Output: ``(quotes, entities)`` in the form of
``shared/OUTPUT.md``: copies of the quotation records with ``speaker.entity`` set, and the
document entities.

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
- One institution of one state named by adjective, genitive or prefix („Israels Armee“, „das
  israelische Militär“) is one entity, named „israelische Armee“ (``.states``).
- Quotations without a speaker take the speaker of the quotation they continue: FreeIndirect
  and IndirectFreeIndirect the preceding one, Direct the neighbouring one in the same paragraph;
  a Direct or Indirect quotation that still has none (or only the expletive „es“ of „heißt es“)
  takes the last person, else organisation, named before it in its sentence; so does one whose
  speaker phrase is headed by a noun that names no speaker („Eine solche Vita mag …“). A
  reported one whose cue is „demnach“ takes the speaker of the quotation right before it, in the
  sentence before („Der Nachrichtenagentur Anadolu zufolge … . Das Verfahren wurde demnach …“).
  One whose speaker phrase is the polite „Sie“ inside a sentence (the one addressed) answers
  them: it takes the speaker of the last quotation before it, as first-person words do.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from ..nlp.tokenizer import doc_text
from .agreement import formal_address, neuter_body
from .chains import reattach
from .context import copy_record
from .grouping import group_mentions
from .lexicons import (
    has_person_form,
    is_person_noun,
    is_person_plural,
    is_speaker_noun,
    singular_forms,
)
from .mentions import ENTITY_KINDS, ORG_ENDINGS, Entity, proper_mentions
from .phrases import (
    NOT_ENTITIES,
    SOURCE_NOUNS,
    compound_source,
    source_noun,
    speaker_head,
)
from .predicates import predicated_roles
from .resolver import Resolver
from .spokespersons import names_no_one
from .states import join_state_bodies


def resolve_speakers(doc: Doc, quotes: Sequence[dict]) -> tuple[list[dict], list[dict]]:
    """``(quotes, entities)``: copies of ``quotes`` with ``speaker.entity`` set, and the
    document entities of ``doc`` (OUTPUT.md records, ids ``e1``… in order of first mention)."""
    text = doc_text(doc)
    quotes = copy_record(list(quotes))
    addressed = {n for n, quote in enumerate(quotes) if _polite(doc, quote)}
    for quote in quotes:
        said = (quote.get("speaker") or {}).get("text", "").lower()
        if said == "es" and not _body_es(doc, quote):
            quote["speaker"] = None  # „heißt es“: no speaker; found below from the sentence
        elif names_no_one(said.replace(",", " ").split()):
            quote["speaker"] = None  # „wie jemand anderer … sagt“: no one; the running speaker
        elif said in SENTENCE_ANAPHORS or _polite(doc, quote):
            quote["speaker"] = None  # „Demnach geriet …“: the source before, found below
        elif _own_statement(doc, quote):
            quote["speaker"] = _subject(doc, text, quote)
    entities = group_mentions(doc, proper_mentions(doc, _speaker_spans(doc, quotes)))
    predicated_roles(doc, entities)  # „Heute ist er EU-Kommissar“: later „der Kommissar“
    resolver = Resolver(doc, text, quotes, entities)
    dropped: dict[int, dict] = {}
    for n, quote in enumerate(quotes):
        resolver.resolve(quote)
        if not (quote.get("speaker") or {}).get("entity") and _no_speaker(doc, quote):
            dropped[n] = quote["speaker"]  # „Oft seien Fragen …“: found below as if none given
            quote["speaker"] = None
    for n in range(len(quotes)):
        reattach(doc, quotes, n)  # a continuation after the narrator's words: the next speaker
    for n, quote in enumerate(quotes):
        if not quote.get("speaker") and n and sentence_anaphor(quote):
            _source_before(doc, quote, quotes[n - 1])
        if not quote.get("speaker") and (
            n in addressed or n in dropped and _first_person(doc, dropped[n])
        ):
            quote["speaker"] = _speaker_before(resolver, quotes, n)
        if not quote.get("speaker"):
            resolver.inherit(quotes, n)
        if n in dropped and not (quote.get("speaker") or {}).get("entity"):
            quote["speaker"] = dropped[n]  # no one found instead: the phrase as the text gives it
    return quotes, _records(join_state_bodies(resolver.entities, quotes), quotes)


# Adverbs that point back to the source of the sentence before („Der Nachrichtenagentur
# Anadolu zufolge wird … ermittelt. Das Verfahren wurde demnach am Donnerstag eingeleitet.“).
SENTENCE_ANAPHORS = frozenset({"demnach", "demzufolge"})


def sentence_anaphor(quote: dict) -> bool:
    """Whether the cue of a reported quotation without speaker is „demnach“ alone (quoted words
    are no report of the source before)."""
    cue = quote.get("cue") or {}
    return (
        quote.get("type") != "Direct"
        and len(cue.get("spans") or ()) == 1
        and cue.get("text", "").lower() in SENTENCE_ANAPHORS
    )


def _source_before(doc: Doc, quote: dict, previous: dict) -> None:
    """„demnach“ names the speaker of the quotation right before it, when that one has a
    speaker entity and ends in the sentence before or in the same sentence."""
    speaker = previous.get("speaker") or {}
    start, _ = quote["cue"]["spans"][0]
    cue = doc.char_span(start, start + 1, alignment_mode="expand")
    if not speaker.get("entity") or cue is None:
        return
    sent = cue[0].sent
    before = doc[sent.start - 1].sent if sent.start else sent
    if previous["spans"][-1][1] >= before.start_char:
        quote["speaker"] = copy_record(speaker)


def _own_statement(doc: Doc, quote: dict) -> bool:
    """Whether the speaker phrase is „eigenen Angaben“ / „eigener Aussage“: the source is the
    subject of the sentence („Die Firma hat nach eigenen Angaben keine Daten verloren“)."""
    span = _speaker_span(doc, quote)
    if span is None:
        return False
    own = any(t.lemma_.lower() == "eigen" or t.lower_.startswith("eigene") for t in span)
    return own and any(t.lemma_ in SOURCE_NOUNS or t.text in SOURCE_NOUNS for t in span)


# A first-person pronoun as speaker phrase outside quotation marks stands in the speaker's own
# words, which the text reports without marks („Ich beharre darauf.“): it names whoever speaks.
FIRST_PERSON = frozenset({"ich", "wir"})


def _no_speaker(doc: Doc, quote: dict) -> bool:
    """Whether a speaker phrase that names no entity is headed by a common noun that can head
    no speaker phrase: no speaker or person noun, no group of persons, no organisation and no
    source („gemäß der bestehenden Richtlinie“, „Eine solche Vita mag …“, „Oft seien Fragen
    …“), or a first-person pronoun the resolver found no one for („Ich“, „Wir“). Such a phrase
    is a word of the sentence the attribution took for its speaker; the quotation is then
    resolved as one without speaker (it continues the one before it, or takes the person of its
    paragraph), and keeps the phrase where that finds no one."""
    span = _speaker_span(doc, quote)
    if span is not None and len(span) == 1 and _speaking(span[0]):
        return True  # „Ich beharre darauf.“ in reported text: the words of the speaker before
    head = speaker_head(span) if span is not None else None
    if head is None or doc[head].tag_ != "NN" or any(t.tag_ == "KON" for t in span):
        return False  # also „Caritas, Rotes Kreuz und Volkshilfe“: a list names several
    token = doc[head]
    words = {token.text, token.lemma_ or token.text, token.text.rsplit("-", 1)[-1]}
    if any(is_speaker_noun(w) or is_person_noun(w) or is_person_plural(w) for w in words):
        return False
    forms = {f.lower() for w in words for f in (w, *singular_forms(w))}
    if any(has_person_form(f) for f in forms):
        return False  # „Der Kaufmann“, „Pädagogen“, „den Autoren“, „Ökonomen“, „Rebellen“
    if source_noun(token) or compound_source(token.text) is not None or token.text in NOT_ENTITIES:
        return False
    return not any(w.lower().endswith(ORG_ENDINGS) for w in words)


def _body_es(doc: Doc, quote: dict) -> bool:
    """Whether the speaker „es“ takes up a neuter organisation („Das Institut … rechnet … Es
    geht davon aus, dass …“; ``agreement.neuter_body``), not the „es“ of „heißt es“."""
    span = _speaker_span(doc, quote)
    cue = (quote.get("cue") or {}).get("text", "").lower()
    if span is None or len(span) != 1 or cue.startswith(("heiß", "hieß")):
        return False
    return neuter_body(span[0]) is not None


def _first_person(doc: Doc, speaker: dict | None) -> bool:
    """Whether the speaker phrase is a first-person pronoun alone („Ich“, „Wir“) or the polite
    „Sie“ of address („da fragen Sie besser einen Politiker“): the speaker's own words."""
    span = _speaker_span(doc, {"speaker": speaker})
    return span is not None and len(span) == 1 and _speaking(span[0])


def _speaking(token) -> bool:
    """A first-person pronoun or the polite „Sie“: words of the one who speaks, naming no one."""
    return token.lower_ in FIRST_PERSON or formal_address(token)


def _speaker_before(resolver: Resolver, quotes: Sequence[dict], n: int) -> dict | None:
    """The speaker of the last quotation before quotation ``n`` that has a speaker entity,
    unless another person is named between the two: whose words a first-person pronoun
    outside quotation marks goes on with („Wir brauchen …, sagte der Landeschef. Ich beharre
    darauf. Es könne nicht sein, …“)."""
    start = quotes[n]["spans"][0][0]
    for previous in reversed(quotes[:n]):
        if (previous.get("speaker") or {}).get("entity"):
            if resolver._other_person(previous, start):
                return None
            return copy_record(previous["speaker"])
    return None


def _polite(doc: Doc, quote: dict) -> bool:
    """Whether the speaker phrase is the polite address „Sie“ inside a sentence („… – da fragen
    Sie besser einen Politiker.“, ``agreement.formal_address``): it names the one spoken to,
    never a third party who speaks; the words are the answer of the speaker before."""
    span = _speaker_span(doc, quote)
    return span is not None and len(span) == 1 and formal_address(span[0])


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
