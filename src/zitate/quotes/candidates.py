"""Candidates of quotation attribution: quoted spans, noun phrases, frames, the record in work.

Stage: quotation attribution, first step. Input: a spaCy ``Doc`` with sentence boundaries (tags
where present). Output: token-id lists — spans between matching quotation marks
(``quoted_spans``), the noun phrase before or after a position (``np_before``, ``np_after``), a
cue's speaker phrase (``find_speaker``), a sentence's frame (``frame_of``) — and ``Found``, the
quotation under construction that the rules and the models fill and ``component`` turns into
records. Everything later in ``zitate.quotes`` builds on this module; it imports none of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..nlp.tokenizer import doc_text
from .dataset import Quotation
from .marks import quote_char_spans
from .time_phrases import after_time_phrase
from .titles import titled


def quoted_spans(doc: Doc, max_chars: int = 2000) -> list[Span]:
    """Token spans of the text between (and including) matching quotation marks.

    Marks pair within a paragraph (a line of the text; headings are lines of their own), so an
    unbalanced mark never swallows the rest of the article; a quotation runs on into the next
    paragraph only where the article re-opens it there („… end of paragraph / „… next“).
    No span is empty (it holds a letter or digit). The token bounds are found once per ``Doc``
    and ``max_chars`` and kept in ``doc.user_data`` (the later steps ask again; tokens and
    their texts never change once tokenized)."""
    kept = doc.user_data.setdefault(QUOTED_KEY, {})
    bounds = kept.get(max_chars)
    if bounds is None:
        bounds = kept[max_chars] = _quoted_bounds(doc, max_chars)
    return [doc[start:end] for start, end in bounds]


QUOTED_KEY = "zitate.quoted_bounds"


def _quoted_bounds(doc: Doc, max_chars: int) -> list[tuple[int, int]]:
    """Token bounds of ``quoted_spans``."""
    bounds = []
    for start, end in quote_char_spans(doc_text(doc)):
        if end - start > max_chars:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            bounds.append((span.start, span.end))
    return bounds


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
NP_TRAIL = NP_LINKS | ARTICLES  # never the last word of a noun phrase
NP_LEAD = NP_LINKS | ADVERBS  # never the first
PARTICLES = _words("hin davon darauf darüber fest bekannt hervor aus an mit vor zu ab ein auf bei")
SOURCE_NOUNS = _words(
    "angaben ansicht meinung auffassung worten aussagen informationen berichten "
    "einschätzung schätzungen erkenntnissen darstellung überzeugung"
)
PREPOSITIONS = _words("laut zufolge nach gemäß so")
NO_CUE_WORDS = PARTICLES | PREPOSITIONS
KONJUNKTIV = _words(
    "sei seien seiest habe werde könne müsse solle dürfe wolle möge gebe liege stehe komme gehe "
    "handele handle wäre wären hätte hätten würde würden bestehe fehle gelte lasse wisse "
    "stamme brauche"
)
# the second part of a circumposition and its preposition: „aus der Schweiz heraus“
CIRCUMPOSITIONS = {"heraus": "aus", "hinaus": "über", "herum": "um", "hindurch": "durch"}
NP_TAGS_BETWEEN = frozenset({"ART", "NN", "NE", "ADJA", "CARD", "PPOSAT", "PDAT", "PIAT"})
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
    while ids and (doc[ids[-1]].lower_ in NP_TRAIL or not doc[ids[-1]].text[:1].isupper()):
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
    while ids and doc[ids[0]].lower_ in NP_LEAD:
        ids.pop(0)
    return ids


def is_blank(sent: Span) -> bool:
    """A sentence of whitespace only (the paragraph breaks of an article's text)."""
    return all(t.is_space for t in sent)


def reach_start(doc: Doc, sent: Span) -> int:
    """The first token of the sentence before ``sent`` (``previous_sentence``), or of ``sent``
    at the start: a statement that ends from there on ends in ``sent`` or the one before it."""
    prev = previous_sentence(doc, sent)
    return prev.start if prev is not None else sent.start


def previous_sentence(doc: Doc, sent: Span) -> Span | None:
    """The sentence before ``sent``, paragraph breaks skipped (``None`` at the start)."""
    start = sent.start
    while start > 0:
        prev = doc[start - 1].sent
        if not is_blank(prev):
            return prev
        start = prev.start
    return None


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
    if not after:  # „…, erklärte am späten Montagabend der Sprecher …“: past the time phrase
        after = np_after(doc, after_time_phrase(doc, cue.i + 1, sent.end), sent.end)
    return [i for i in after if i not in exclude]


def frame_of(sent: Span, quote: list[int]) -> list[int]:
    """The sentence minus the quote and a final punctuation mark outside the quote."""
    quoted = set(quote)
    ids = [i for i in range(sent.start, sent.end) if i not in quoted]
    if ids and ids[-1] == sent.end - 1 and is_punct(sent[-1]):
        ids.pop()
    return ids


# Quotation marks that open and close a quoted name („…“, »…«, "…").
NAME_OPENERS = {"„": "“", "»": "«", '"': '"', "“": "”"}
GENITIVE_ARTICLES = frozenset({"des", "eines"})
MAX_NAME_WORDS = 6  # the most words of a quoted name inside a noun phrase
NAME_OWNER_TAGS = frozenset({"ART", "NN"})  # the word before a quoted name of a noun phrase


def quoted_name_at(doc: Doc, i: int, end: int) -> list[int]:
    """The name or title in quotation marks that opens at ``i`` („„Spiegel““, „»Its going
    down«“), marks included, at most ``MAX_NAME_WORDS`` words before ``end`` (``[]`` if none)."""
    closer = NAME_OPENERS.get(doc[i].text) if i + 1 < end else None
    if closer is None or _genitive_term(doc, i):
        return []
    stop = min(end, i + 2 + MAX_NAME_WORDS)
    close = next((j for j in range(i + 2, stop) if doc[j].text == closer), None)
    if close is None or not is_name(doc[i : close + 1]):
        return []
    return list(range(i, close + 1))


def _genitive_term(doc: Doc, i: int) -> bool:
    """A quoted common noun in the genitive after „des“ / „eines“: a term, not a name („nach
    Auffassung eines Gerichtes des „Aufrufs zu Subversion““; a name stays uninflected: „des
    „Spiegel““)."""
    first = doc[i + 1]
    after_article = i > 0 and doc[i - 1].lower_ in GENITIVE_ARTICLES
    return after_article and first.tag_ == "NN" and first.text.endswith("s")


def outside(doc: Doc, ids: list[int], exclude: set[int]) -> list[int]:
    """``ids`` without the tokens of ``exclude`` (quotations, the quote in work), except a name
    or title in quotation marks that the noun phrase runs into after an article, a noun or
    „von“: it stays whole, closing mark included („Laut einem Bericht des „Spiegel““, „Wie die
    „Süddeutsche Zeitung“ berichtet“; Wikinews speaker spans hold such names)."""
    kept: set[int] = set()
    for i in ids:
        if i - 1 not in ids or i - 1 in exclude:
            continue
        if doc[i - 1].tag_ in NAME_OWNER_TAGS or doc[i - 1].lower_ in NP_LINKS:
            kept.update(quoted_name_at(doc, i, len(doc)))
    out = [i for i in ids if i not in exclude or i in kept]
    return sorted(set(out) | kept) if kept else out


NAME_FUNCTION_TAGS = frozenset({"ART", "APPR", "APPRART", "KON", "FM", "CARD", "TRUNC"})


def is_name(span: Span) -> bool:
    """A quoted name, title or term rather than a quotation: by its words (tagged ``Doc``
    only) no verb inside and every word capitalised, foreign or a function word („„Sacharow-Preis
    für geistige Freiheit““, „„This Is It““); or by the words around it a title, name or term
    whatever its words (``titles.titled``: „das Stück „Das letzte Kleinod““, „die sogenannte
    „Reform““)."""
    return name_words(span) or titled(span)


def name_words(span: Span) -> bool:
    """Whether the words of the quoted ``span`` are those of a name or title (see ``is_name``)."""
    inner = [t for t in span if not is_punct(t)]
    if not inner or not inner[0].text[:1].isupper():
        return False
    return all(
        t.tag_
        and not t.tag_.startswith("V")
        and (t.text[:1].isupper() or (t.tag_ in NAME_FUNCTION_TAGS and not foreign_word(t)))
        for t in inner
    )


#: Function words that stay lower case in a foreign name or title („Partij voor de Vrijheid“,
#: „Union pour un Mouvement Populaire“, „Lord of the Rings“): articles, prepositions and
#: conjunctions of English, French, Dutch, Spanish and Italian.
TITLE_FUNCTION_WORDS = _words(
    "a an the of for and or to in on at by with from de du des la le les l un une et pour sur "
    "en au aux van voor het een op te der y el los las del con por para al di il della e da"
)


def foreign_word(token: Token) -> bool:
    """A lower-case foreign word that no title keeps lower case („is“, „gravely“ in „„Kim
    Jong Un is gravely ill““): a foreign sentence, not a name or title."""
    return token.tag_ == "FM" and token.lower_ not in TITLE_FUNCTION_WORDS


def circumposition(token: Token) -> bool:
    """Whether ``token`` closes a circumposition („aus der Schweiz heraus“, „um den See
    herum“): no separated verb particle and so no cue („stellte heraus“), whatever its tag."""
    opening = CIRCUMPOSITIONS.get(token.lower_)
    if opening is None:
        return False
    doc = token.doc
    j = token.i - 1
    while j >= token.sent.start and token.i - j <= MAX_NP and doc[j].tag_ in NP_TAGS_BETWEEN:
        j -= 1
    return j >= token.sent.start and j < token.i - 1 and doc[j].lower_ == opening


def connective(token: Token) -> bool:
    """Whether ``token`` is the „heißt“ of the connective „das heißt“ (d. h., „that means“:
    „Das heißt, neue Ausländer verdrängen alte Ausländer, so Pudschedl.“): it explains, it
    reports nobody's words — unlike „heißt es“, „hieß es aus …“."""
    if token.lower_ != "heißt" or token.i == 0:
        return False
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return doc[token.i - 1].lower_ == "das" and (after is None or after.lower_ != "es")
