"""Candidates of quotation attribution: quoted spans, noun phrases, frames, the record in work.

Stage: quotation attribution, first step. Input: a spaCy ``Doc`` with sentence boundaries (tags
where present). Output: token-id lists — spans between matching quotation marks
(``quoted_spans``), the noun phrase before or after a position (``np_before``, ``np_after``), a
cue's speaker phrase (``find_speaker``), a sentence's frame (``frame_of``) — and ``Found``, the
quotation under construction that the rules and the models fill and ``component`` turns into
records. Everything later in ``zitate.quotes`` builds on this module; it imports none of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..nlp.tokenizer import doc_text
from .dataset import Quotation

# Opening mark, then the shortest text up to the matching closing mark (no other opener between).
QUOTED = re.compile(
    r"„[^„“”]+[“”]"  # German low-high: „…“ (and the common „…” typo)
    r"|»[^»«]+«"  # German guillemets: »…«
    r"|«[^«»]+»"  # Swiss guillemets: «…»
    r'|"[^"]+"'  # straight double quotes
)
#: Opening marks and the marks that close them. „…“ (and „…”), »…«, «…», “…” and "…"; single
#: ‚…‘, ›…‹ and ‹…› only outside a double quotation (inside one they are nested quotes). The
#: straight apostrophe is no mark: in German news it is mostly an apostrophe, wiki markup ('')
#: or scare quotes of a term (adding it cost 0.0006 messages F1 on the Wikinews dev split).
DOUBLE = {"„": "“”", "»": "«", "«": "»", "“": "”", '"': '"'}
SINGLE = {"‚": "‘’", "›": "‹", "‹": "›"}
_PARAGRAPH = re.compile(r"[^\n]+")


def quoted_spans(doc: Doc, max_chars: int = 2000) -> list[Span]:
    """Token spans of the text between (and including) matching quotation marks.

    Marks pair within a paragraph (a line of the text; headings are lines of their own), so an
    unbalanced mark never swallows the rest of the article; a quotation runs on into the next
    paragraph only where the article re-opens it there („… end of paragraph / „… next“).
    No span is empty (it holds a letter or digit)."""
    spans = []
    for start, end in quote_char_spans(doc_text(doc)):
        if end - start > max_chars:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            spans.append(span)
    return spans


def quote_char_spans(text: str) -> list[tuple[int, int]]:
    """Half-open character ranges of the quotations in ``text``, marks included."""
    out: list[tuple[int, int]] = []
    carry = None  # (opener position, mark, where to pair again, paragraph start, end)
    for para in _PARAGRAPH.finditer(text):
        a, b = para.span()
        if carry is not None and text[a] == carry[1]:
            found, left = _pair(text, a + 1, b, DOUBLE, a, carried=carry[:2])
        else:
            if carry is not None:  # never closed and not continued: pair what followed it
                out += _settle(text, carry[2], carry[4], carry[3], DOUBLE)
            found, left = _pair(text, a, b, DOUBLE, a)
        out += found
        if left is None:
            carry = None
        else:
            again = left[0] + 1 if left[0] >= a else a + 1
            carry = (left[0], left[1], again, a, b)
    if carry is not None:
        out += _settle(text, carry[2], carry[4], carry[3], DOUBLE)
    singles: list[tuple[int, int]] = []
    for para in _PARAGRAPH.finditer(text):
        a, b = para.span()
        singles += [
            s for s in _settle(text, a, b, a, SINGLE) if not any(d0 <= s[0] < d1 for d0, d1 in out)
        ]
    spans = out + singles
    return sorted(s for s in spans if any(c.isalnum() for c in text[s[0] : s[1]]))


def _settle(text: str, start: int, end: int, para: int, marks: dict[str, str]) -> list:
    """The pairs of ``text[start:end]``; after an opener that is never closed, pair again."""
    found, left = _pair(text, start, end, marks, para)
    while left is not None:
        more, left = _pair(text, left[0] + 1, end, marks, para)
        found += more
    return found


def _pair(
    text: str,
    start: int,
    end: int,
    marks: dict[str, str],
    para: int,
    carried: tuple[int, str] | None = None,
) -> tuple[list[tuple[int, int]], tuple[int, str] | None]:
    """Pair the marks of ``text[start:end]`` (``para``: where the paragraph starts; ``carried``:
    an opener still open from the paragraph before); returns the spans and the opener left
    open at ``end`` (None when every opener closed)."""
    spans: list[tuple[int, int]] = []
    opened = carried
    for i in range(start, end):
        ch = text[i]
        if opened is not None:
            pos, mark = opened
            if ch in marks[mark] and _closes(text, i, para, end, mark):
                spans.append((pos, i + 1))
                opened = None
            elif ch == mark and _opens(text, i, para, end):
                opened = (i, ch)  # the same opener again: the first one was never closed
        elif ch in marks and _opens(text, i, para, end):
            opened = (i, ch)
    return spans, opened


def _opens(text: str, i: int, para: int, end: int) -> bool:
    """An opening mark: followed by a non-space; straight marks and “ also preceded by the
    paragraph start, a space or an opening bracket or dash. Two apostrophes ('') are wiki
    markup, no mark."""
    if i + 1 >= end or text[i + 1].isspace() or text[i] == text[i + 1] == "'":
        return False
    if text[i] in "\"'“":
        return i == para or text[i - 1].isspace() or text[i - 1] in "([{–—-/:"
    return True


def _closes(text: str, i: int, para: int, end: int, mark: str) -> bool:
    """A closing mark: straight marks preceded by a non-space and not followed by a letter."""
    if mark not in "\"'":
        return True
    if i == para or text[i - 1].isspace() or text[i - 1] == mark == "'":
        return False
    return i + 1 >= end or not text[i + 1].isalnum()


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
