"""A rule predictor of quotations: quotation marks, a cue lexicon learned from train, and patterns.

Stage: quotation attribution without a trained model (the baseline the model must beat).
Input: a spaCy ``Doc`` with sentence boundaries (no tagger or parser needed). Output: a list of
``Quotation`` records (token ids are ``Doc`` indices).

Rules, per sentence:
- Direct: a span in quotation marks that is not a quoted name or title (``is_name``); its cue
  is the nearest lexicon cue word of the sentence outside the quote, its speaker the noun
  phrase next to the cue.
- Indirect, cue verb: "X sagte, (dass) …" (quote = the clause after the comma up to the sentence
  end) and "…, sagte X." (quote = the sentence up to the comma).
- Indirect, source phrase: "laut X", "X zufolge", "nach Angaben X", "X-s Meinung nach", "…, so X."
  (quote = the rest of the sentence).
- IndirectFreeIndirect: following sentences in Konjunktiv without a cue continue the speaker's
  last indirect quotation (merged into one quotation).
Frames are the cue's sentence minus the quote and the final punctuation. Type and medium come
from the cue's most frequent label in the lexicon.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .dataset import Quotation
from .lexicon import CueLexicon
from .predictors import quoted_spans


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ARTICLES = _words(
    "der die das des dem den ein eine einer eines einem einen sein seine seiner seinem seinen "
    "ihr ihre ihrer ihrem ihren dessen deren diese dieser dieses diesem diesen"
)
PRONOUNS = _words("er sie es man ich wir ihr du")
NP_LINKS = _words("von vom und")
ADVERBS = _words(
    "gestern heute morgen dann später zudem außerdem damals weiter auch ebenso jetzt nun bereits "
    "zuvor anschließend allerdings dabei daraufhin deshalb so doch aber inzwischen"
)
PARTICLES = _words("hin davon darauf darüber fest bekannt hervor aus an mit vor zu ab ein auf bei")
SOURCE_NOUNS = _words(
    "angaben ansicht meinung auffassung worten aussagen informationen berichten "
    "einschätzung schätzungen erkenntnissen darstellung"
)
PREPOSITIONS = _words("laut zufolge nach gemäß so")
NO_CUE_WORDS = PARTICLES | PREPOSITIONS
KONJUNKTIV = _words(
    "sei seien seiest habe werde könne müsse solle dürfe wolle möge gebe liege stehe komme gehe "
    "handele handle wäre wären hätte hätten würde würden bestehe fehle gelte lasse wisse "
    "stamme brauche"
)
STRONG_CUE = 0.5
MIN_DIRECT_TOKENS = 3
MIN_CLAUSE_TOKENS = 3
MAX_NP = 10


@dataclass
class Found:
    """A quotation under construction (token id lists; ``cue`` may be ``None``)."""

    quote: list[int]
    cue: Token | None
    speaker: list[int]
    frame: list[int]
    type: str
    medium: str
    confidence: float = 0.5
    cue_ids: list[int] = field(default_factory=list)
    kind: str = ""
    addressee: list[int] = field(default_factory=list)

    def to_quotation(self) -> Quotation:
        cue = (self.cue.i,) if self.cue is not None else ()
        cue = tuple(sorted(set(self.cue_ids))) or cue
        return Quotation(
            quote=tuple(sorted(set(self.quote))),
            speaker=tuple(sorted(set(self.speaker))),
            cue=cue,
            frame=tuple(sorted(set(self.frame) - set(self.quote))),
            addressee=tuple(sorted(set(self.addressee))),
            type=self.type,
            medium=self.medium,
        )


def is_punct(token: Token) -> bool:
    """Punctuation or a quotation mark."""
    return token.is_punct or token.is_quote or not any(c.isalnum() for c in token.text)


def np_token(token: Token) -> bool:
    """Could ``token`` be part of a German noun phrase (article, capitalised word, adjective)?"""
    low = token.lower_
    if token.tag_.startswith(("V", "$")):  # tagged: a verb ends the phrase („laut X wurden …“)
        return False
    if low in ARTICLES or token.text[:1].isupper() or token.like_num:
        return True
    return low.endswith(("e", "en", "er", "es", "em")) and low not in KONJUNKTIV


def np_after(doc: Doc, start: int, end: int) -> list[int]:
    """The noun phrase (or pronoun) starting at ``start``, before ``end``: token ids."""
    if start >= end or is_punct(doc[start]):
        return []
    if doc[start].lower_ in PRONOUNS:
        return [start]
    ids: list[int] = []
    i = start
    while i < end and len(ids) < MAX_NP:
        token = doc[i]
        linked = token.lower_ in NP_LINKS and ids and i + 1 < end and doc[i + 1].text[:1].isupper()
        if linked or (not is_punct(token) and np_token(token)):
            ids.append(i)
        else:
            break
        i += 1
    while ids and (
        doc[ids[-1]].lower_ in NP_LINKS | ARTICLES or not doc[ids[-1]].text[:1].isupper()
    ):
        ids.pop()
    return ids


def np_before(doc: Doc, end: int, start: int) -> list[int]:
    """The noun phrase ending right before ``end``, not before ``start``: token ids."""
    ids: list[int] = []
    i = end - 1
    while i >= start and len(ids) < MAX_NP:
        token = doc[i]
        if is_punct(token) or not (np_token(token) or token.lower_ in NP_LINKS):
            break
        ids.append(i)
        i -= 1
    ids.reverse()
    while ids and doc[ids[0]].lower_ in NP_LINKS | ADVERBS:
        ids.pop(0)
    return ids


def clause_start(doc: Doc, i: int, sent: Span) -> int:
    """The first token of the clause ``i`` is in (after the last punctuation mark)."""
    j = i
    while j > sent.start and not is_punct(doc[j - 1]):
        j -= 1
    return j


def find_speaker(doc: Doc, cue: Token, sent: Span, exclude: set[int]) -> list[int]:
    """The speaker of a cue verb: the subject before it when the clause starts with a noun
    phrase, else the noun phrase (or pronoun) after it."""
    start = clause_start(doc, cue.i, sent)
    before = [i for i in range(start, cue.i)]
    first = doc[start].lower_ if before else ""
    if before and first not in ADVERBS and all(np_token(doc[i]) for i in before):
        return [i for i in before if i not in exclude]
    after = np_after(doc, cue.i + 1, sent.end)
    return [i for i in after if i not in exclude]


def frame_of(sent: Span, quote: list[int]) -> list[int]:
    """The sentence minus the quote and a final punctuation mark outside the quote."""
    quoted = set(quote)
    ids = [i for i in range(sent.start, sent.end) if i not in quoted]
    if ids and ids[-1] == sent.end - 1 and is_punct(sent[-1]):
        ids.pop()
    return ids


NAME_FUNCTION_TAGS = frozenset({"ART", "APPR", "APPRART", "KON", "FM", "CARD", "TRUNC"})


def is_name(span: Span) -> bool:
    """A quoted name or title rather than a quotation (tagged ``Doc`` only): no verb inside
    and every word capitalised, foreign or a function word („„Sacharow-Preis für geistige
    Freiheit““, „„This Is It““)."""
    inner = [t for t in span if not is_punct(t)]
    if not inner or not inner[0].text[:1].isupper():
        return False
    return all(
        t.tag_
        and not t.tag_.startswith("V")
        and (t.text[:1].isupper() or t.tag_ in NAME_FUNCTION_TAGS)
        for t in inner
    )


class RulePredictor:
    """The rule predictor; ``RulePredictor.load()`` uses the lexicon shipped with zitate."""

    name = "rules"

    def __init__(self, lexicon: CueLexicon) -> None:
        self.lexicon = lexicon

    @classmethod
    def load(cls, path: str | None = None) -> RulePredictor:
        return cls(CueLexicon.from_disk(path))

    def __call__(self, doc: Doc) -> list[Quotation]:
        found: list[Found] = []
        quoted = quoted_spans(doc)
        last: Found | None = None
        for sent in doc.sents:
            in_sent = [s for s in quoted if sent.start <= s.start < sent.end]
            cues = self.cue_words(sent, {i for s in in_sent for i in range(s.start, s.end)})
            here = self.direct(doc, sent, in_sent, cues=cues)
            here += self.indirect(doc, sent, in_sent, cues=cues)
            if here:
                last = here[-1]
            elif last is not None and self.continues(sent, quoted):
                here = [self.free_indirect(sent, last, found)]
                last = here[0]
            else:
                last = None
            found += [f for f in here if not any(f is g for g in found)]
        return [f.to_quotation() for f in found]

    # --- cues -----------------------------------------------------------------------------------

    def cue_words(self, sent: Span, inside: set[int]) -> list[Token]:
        """Lexicon cue words of ``sent`` outside quoted text (particles and prepositions apart)."""
        return [
            t
            for t in sent
            if t.i not in inside
            and t.lower_ not in NO_CUE_WORDS
            and not t.text[:1].isupper()
            and self.lexicon.is_cue(t.text)
        ]

    def strong(self, cue: Token) -> bool:
        """A cue word that is a cue in most of its train occurrences („sagte“, not „liefen“)."""
        entry = self.lexicon.get(cue.text)
        return entry is not None and entry.precision >= STRONG_CUE

    def labels(self, cue: Token | None, default_type: str) -> tuple[str, str]:
        """(type, medium) of a cue's most frequent use in train."""
        entry = self.lexicon.get(cue.text) if cue is not None else None
        if entry is None:
            return default_type, "Speech"
        return default_type, entry.top("media", "Speech")

    # --- Direct ---------------------------------------------------------------------------------

    def direct(
        self,
        doc: Doc,
        sent: Span,
        quoted: list[Span],
        min_words: int = MIN_DIRECT_TOKENS,
        cues: list[Token] | None = None,
    ) -> list[Found]:
        """Quoted spans of ``min_words`` or more words with the nearest cue and its speaker
        (``cues``: the sentence's ``cue_words`` when the caller has them already)."""
        inside = {i for s in quoted for i in range(s.start, s.end)}
        if cues is None:
            cues = self.cue_words(sent, inside)
        found = []
        for span in quoted:
            if len(span) < min_words + 2 or is_name(span):
                continue
            quote = list(range(span.start, span.end))
            cue = min(cues, key=lambda t: _distance(t.i, span), default=None)
            speaker = find_speaker(doc, cue, sent, inside) if cue is not None else []
            _, medium = self.labels(cue, "Direct")
            frame = frame_of(sent, sorted(inside)) if cue is not None else []
            found.append(Found(quote, cue, speaker, frame, "Direct", medium))
        return found

    # --- Indirect -------------------------------------------------------------------------------

    def indirect(
        self, doc: Doc, sent: Span, quoted: list[Span], cues: list[Token] | None = None
    ) -> list[Found]:
        """Indirect quotations after or before a cue verb, or around a source phrase
        (``cues``: the sentence's ``cue_words`` when the caller has them already)."""
        inside = {i for s in quoted for i in range(s.start, s.end)}
        source = self.source_phrase(doc, sent, inside)
        if cues is None:
            cues = self.cue_words(sent, inside)
        if source is not None and not any(self.strong(cue) for cue in cues):
            return [source]  # „Laut „BBC News“ liefen hunderte Mönche …“: a weak cue verb
        for cue in cues:
            found = self.cue_then_clause(doc, sent, cue, inside) or self.clause_then_cue(
                doc, sent, cue, inside
            )
            if found:
                return [found]
        return [source] if source else []

    def cue_then_clause(self, doc: Doc, sent: Span, cue: Token, inside: set[int]) -> Found | None:
        """ "X sagte (…), (dass) …": the quote runs from after the comma to the sentence end."""
        for i in range(cue.i + 1, sent.end):
            if doc[i].text in {",", ":"}:
                quote = [j for j in range(i + 1, sent.end)]
                if len(quote) < MIN_CLAUSE_TOKENS or set(quote) <= inside:
                    return None
                return self._make(doc, sent, cue, quote, inside)
            if i in inside:
                return None
        return None

    def clause_then_cue(self, doc: Doc, sent: Span, cue: Token, inside: set[int]) -> Found | None:
        """ "…, sagte X.": the quote is the sentence up to the comma before the cue."""
        comma = cue.i - 1
        if comma <= sent.start or doc[comma].text != ",":
            return None
        quote = [j for j in range(sent.start, comma)]
        if len(quote) < MIN_CLAUSE_TOKENS or set(quote) <= inside:
            return None
        return self._make(doc, sent, cue, quote, inside)

    def _make(self, doc: Doc, sent: Span, cue: Token, quote: list[int], inside: set[int]) -> Found:
        speaker = find_speaker(doc, cue, sent, set(quote) | inside)
        _, medium = self.labels(cue, "Indirect")
        return Found(quote, cue, speaker, frame_of(sent, quote), "Indirect", medium)

    def source_phrase(self, doc: Doc, sent: Span, inside: set[int]) -> Found | None:
        """ "laut X", "X zufolge", "nach Angaben X", "X Meinung nach", "…, so X."."""
        for token in sent:
            if token.i in inside or token.lower_ not in PREPOSITIONS:
                continue
            speaker = self._source(doc, sent, token)
            if not speaker:
                continue
            frame = sorted({token.i, *speaker} | self._commas(doc, sent, token, speaker))
            quote = [t.i for t in sent if t.i not in set(frame)]
            if token.lower_ == "so":
                quote = [i for i in quote if i < token.i]
            if len(quote) >= MIN_CLAUSE_TOKENS:
                _, medium = self.labels(token, "Indirect")
                return Found(quote, token, speaker, frame, "Indirect", medium)
        return None

    def _source(self, doc: Doc, sent: Span, token: Token) -> list[int]:
        low, i = token.lower_, token.i
        if low in {"laut", "gemäß"}:
            return np_after(doc, i + 1, sent.end)
        if low == "zufolge":
            return np_before(doc, i, sent.start)
        if low == "nach":
            if i + 1 < sent.end and doc[i + 1].lower_ in SOURCE_NOUNS:
                return np_after(doc, i + 1, sent.end)
            if i > sent.start and doc[i - 1].lower_ in SOURCE_NOUNS:
                return np_before(doc, i, sent.start)
            return []
        if low == "so" and i > sent.start and doc[i - 1].text == ",":
            return np_after(doc, i + 1, sent.end)
        return []

    @staticmethod
    def _commas(doc: Doc, sent: Span, token: Token, speaker: list[int]) -> set[int]:
        first, last = min(token.i, *speaker), max(token.i, *speaker)
        commas = {first - 1} if first > sent.start and doc[first - 1].text == "," else set()
        if last + 1 < sent.end - 1 and doc[last + 1].text == ",":
            commas.add(last + 1)
        return commas

    # --- IndirectFreeIndirect -------------------------------------------------------------------

    def continues(self, sent: Span, quoted: list[Span]) -> bool:
        """A sentence in Konjunktiv, without quotation marks or cue words, continues a quote."""
        if any(sent.start <= s.start < sent.end for s in quoted):
            return False
        if self.cue_words(sent, set()):
            return False
        return any(t.lower_ in KONJUNKTIV for t in sent)

    @staticmethod
    def free_indirect(sent: Span, last: Found, found: list[Found]) -> Found:
        """Extend the running IndirectFreeIndirect quotation or start one (``last``'s speaker)."""
        ids = [t.i for t in sent]
        if last.type == "IndirectFreeIndirect" and any(last is f for f in found):
            last.quote.extend(ids)
            return last
        return Found(ids, None, list(last.speaker), [], "IndirectFreeIndirect", last.medium)


def _distance(i: int, span: Span) -> int:
    return span.start - i if i < span.start else i - span.end + 1
