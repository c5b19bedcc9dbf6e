"""Disputes stage, detection: one quotation of an analysed article -> whether it denies,
contradicts or confirms another statement, and the words of its sentence that tell what.

Input: the spaCy ``Doc`` of the article and a quotation record with character spans (after
speaker resolution). Output: a ``Dispute`` (relation type, the sentences' tokens, the claim nouns
it names) or ``None``. A statement is a dispute when

- its cue (or, for a cue-less Reported quotation, its own sentence) holds a verb of the lexicon
  („weist … zurück“, „dementierte“, „entgegnete“, „räumte ein“) or a dispute noun („Dementi“);
- its sentence judges a claim („nannte die Vorwürfe haltlos“, „Das sei falsch“, „eine glatte
  Lüge“, „frei erfunden“): a judgement word, not negated, beside a pointer to the claim (a claim
  noun, „das“/„dies“/„Beides“) or the name of another party.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .lexicon import ANAPHORA, DisputeLexicon

CALLING = frozenset({"nennen", "bezeichnen", "sprechen", "halten"})
NEGATIONS = frozenset({"nicht", "kein", "keine", "keinesfalls", "nie"})


@dataclass(frozen=True)
class Dispute:
    """A detected dispute: its relation ``type``, the token ids of its sentences, the claim nouns
    it names („Bericht“, „Vorwürfe“) and whether it points back with an anaphor („diese
    Darstellung“, „Beides“)."""

    type: str
    tokens: tuple[int, ...]
    claim_nouns: tuple[str, ...]
    anaphoric: bool


def quote_tokens(doc: Doc, spans) -> list[Token]:
    """The tokens of the character ``spans`` of ``doc``."""
    out: list[Token] = []
    for a, b in spans or []:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is not None:
            out.extend(span)
    return out


def sentence_tokens(doc: Doc, quote: dict) -> list[Token]:
    """The tokens of every sentence a quotation's words or cue touch, in order. Each sentence is
    looked up once, not once per token in it (quadratic in a long sentence: 11 s for a
    100k-character text without a full stop)."""
    sentences: dict[int, Span] = {}
    current: Span | None = None
    parts = list(quote.get("spans") or []) + list((quote.get("cue") or {}).get("spans") or [])
    for token in quote_tokens(doc, parts):
        if current is not None and current.start <= token.i < current.end:
            continue
        current = token.sent
        sentences.setdefault(current.start, current)
    return [token for start in sorted(sentences) for token in sentences[start]]


def detect(doc: Doc, quote: dict, lexicon: DisputeLexicon) -> Dispute | None:
    """The dispute ``quote`` voices, or ``None`` (see the module docstring)."""
    sentence = sentence_tokens(doc, quote)
    if not sentence:
        return None
    cue = quote.get("cue")
    if cue:
        scope = quote_tokens(doc, cue["spans"])
    elif quote.get("type") == "Reported":
        scope = sentence
    else:
        scope = []
    kind = _verb(scope, lexicon) or _noun(scope, lexicon)
    if kind is None and quote.get("type") == "Reported":
        kind = _noun(sentence, lexicon)
    if kind is None:
        kind = _judgement(_judged(doc, quote, sentence), lexicon)
    if kind is None:
        return None
    nouns = tuple(
        t.lower_
        for t in sentence
        if t.lower_ in lexicon.claim_nouns or t.lemma_.lower() in lexicon.claim_nouns
    )
    # it points back („diese Darstellung“, „Beides“), or names no claim at all („widersprach:“)
    anaphoric = not nouns or any(
        t.lower_ in ANAPHORA and t.pos_ in ("DET", "PRON") for t in sentence[:6]
    )
    return Dispute(kind, tuple(t.i for t in sentence), nouns, anaphoric)


def _verb(tokens: list[Token], lexicon: DisputeLexicon) -> str | None:
    """The relation of the first lexicon verb among ``tokens`` (a finite verb with its separated
    particle, „räumte … ein“; a participle or infinitive by its lemma)."""
    for verb in tokens:
        if not verb.tag_.startswith("V"):
            continue
        lemma = verb.lemma_.lower()
        if verb.tag_ in ("VVFIN", "VVIMP"):
            particle = [t for t in verb.sent if t.tag_ == "PTKVZ" and t.i > verb.i][:1]
            if particle and (key := f"{lemma}+{particle[0].lower_}") in lexicon.verbs:
                return lexicon.verbs[key]
        if lemma in lexicon.verbs and not _negated(verb):
            return lexicon.verbs[lemma]
    return None


def _noun(tokens: list[Token], lexicon: DisputeLexicon) -> str | None:
    for token in tokens:
        if token.pos_ == "NOUN" and (kind := lexicon.nouns.get(token.lemma_.lower())):
            return kind
        if token.pos_ == "NOUN" and (kind := lexicon.nouns.get(token.lower_)):
            return kind
    return None


def _judged(doc: Doc, quote: dict, sentence: list[Token]) -> list[Token]:
    """Where a judgement counts: the quotation's own words; the whole sentence of a Reported
    statement or of one whose verb names or calls („nannte die Vorwürfe haltlos“, „sprach von
    einer Lüge“) — never the narrator's words around another's statement („verbreitete Trumps
    Falschbehauptung“)."""
    if quote.get("type") == "Reported" or any(t.lemma_.lower() in CALLING for t in sentence):
        return sentence
    return quote_tokens(doc, quote.get("spans"))


def _judgement(sentence: list[Token], lexicon: DisputeLexicon) -> str | None:
    """``denies`` when a judgement word („falsch“, „Lüge“) is said of a claim in ``sentence``."""
    words = [t.lower_ for t in sentence]
    for n, token in enumerate(sentence):
        word, lemma = words[n], token.lemma_.lower()
        if word not in lexicon.judgements and lemma not in lexicon.judgements:
            continue
        if token.pos_ == "PROPN" or token.ent_type_:
            continue  # part of a name („Center for … Propaganda and Security“)
        if word == "erfunden" and n and words[n - 1] != "frei" and token.tag_ != "ADJD":
            continue  # „erfunden“ as a participle of invention („das Label … erfunden“)
        if any(w in NEGATIONS for w in words[max(0, n - 3) : n]):
            continue
        pointer = any(
            w in ANAPHORA or w in lexicon.claim_nouns or t.ent_type_ in ("PER", "ORG")
            for w, t in zip(words, sentence, strict=True)
        )
        if pointer:
            return "denies"
    return None


def _negated(token: Token) -> bool:
    return any(c.lower_ in NEGATIONS for c in token.children)
