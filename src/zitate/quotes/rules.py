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

from spacy.tokens import Doc, Span, Token

from ..nlp.mood import FINITE_TAGS
from ..nlp.tokenizer import doc_lowers, doc_words
from .candidates import (
    ARTICLES,
    KONJUNKTIV,
    MIN_CLAUSE_TOKENS,
    MIN_DIRECT_TOKENS,
    NO_CUE_WORDS,
    PREPOSITIONS,
    SOURCE_NOUNS,
    STRONG_CUE,
    Found,
    circumposition,
    connective,
    find_speaker,
    frame_of,
    is_name,
    is_punct,
    np_after,
    np_before,
    quoted_spans,
)  # fmt: skip
from .dataset import Quotation
from .lexicon import CueLexicon
from .roles import adverbial_before_main
from .sources import relative_source_at, reports_an_act
from .speaker_nouns import is_speaker_noun
from .speakers import DASHES, is_tagged

SO_OPENERS = frozenset({",", *DASHES})  # the mark before the „so“ of a source frame


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
        doc = sent.doc
        words, lowers = doc_words(doc), doc_lowers(doc)
        is_cue = self.lexicon.is_cue
        return [
            doc[i]
            for i in range(sent.start, sent.end)
            if i not in inside
            and lowers[i] not in NO_CUE_WORDS
            and not words[i][:1].isupper()
            and is_cue(words[i])
            and not circumposition(doc[i])  # the costlier checks last, on lexicon cues only
            and not connective(doc[i])
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
        if source is not None and reports_an_act(sent, source.cue):
            return []  # „hat Hochegger das laut Klage … ausgesagt.“: his words follow
        if source is not None and not any(self.strong(cue) for cue in cues):
            return [source]  # „Laut „BBC News“ liefen hunderte Mönche …“: a weak cue verb
        # A strong cue first: „Gewalt gab es weiterhin, räumte Kopp ein“ is said by „räumte … ein“,
        # not by „gab“ (a cue in a minority of its train occurrences).
        # „Nach Berichten, wonach …, hatte der Berater gesagt, …“: a verb's statement comes first.
        for cue in sorted(cues, key=lambda c: (relative_source_at(doc, c.i), not self.strong(c))):
            if relative_source_at(doc, cue.i):
                found = self.relative_source(doc, sent, cue, inside)
            elif cue.lower_ == "wonach":
                continue  # „Die Ermittler wissen nicht, wonach sie suchen“: a question word
            else:
                first, second = self.cue_then_clause, self.clause_then_cue
                if postposed_cue(doc, sent, cue):
                    first, second = second, first
                found = first(doc, sent, cue, inside) or second(doc, sent, cue, inside)
            if found:
                return [found]
        return [source] if source else []

    def cue_then_clause(self, doc: Doc, sent: Span, cue: Token, inside: set[int]) -> Found | None:
        """ "X sagte (…), (dass) …": the quote runs from after the comma to the sentence end —
        not from a cue in an adverbial clause („Weil sie langfristig denken, ist …“; „Wie X
        erklärte, …“ is a frame)."""
        for i in range(cue.i + 1, sent.end):
            if doc[i].text in {",", ":"}:
                quote = [j for j in range(i + 1, sent.end)]
                if len(quote) < MIN_CLAUSE_TOKENS or set(quote) <= inside:
                    return None
                if adverbial_before_main(doc, sent, cue.i, i + 1):
                    return None
                if relative_source_at(doc, i + 1):
                    return None  # „hält die Studie, wonach …, für fragwürdig“: not its message
                if verbless(doc, sent, quote):
                    return None  # „sagte er vor den Abgeordneten, Regierungsmitgliedern und …“
                if not cue.tag_.endswith("FIN") and self.frame_after(doc, i + 1):
                    return None  # „…, ließe sich … nicht sagen, ergänzte Haimbuchner.“ (a
                    # finite cue's „…, berichtet X, fügt aber hinzu: …“ is its coordinate)
                return self._make(doc, sent, cue, quote, inside)
            if i in inside:
                return None
        return None

    def frame_after(self, doc: Doc, i: int) -> bool:
        """Whether token ``i`` opens a postposed speech frame: a finite verb of the lexicon
        right after the comma („…, ergänzte Haimbuchner.“) — the frame of the words before it,
        not the clause an earlier cue („nicht sagen“) introduces. A verb the train data saw as a
        cue once is enough here: the place after the comma makes it a frame."""
        if doc[i].tag_ != "VVFIN":
            return False
        entry = self.lexicon.get(doc[i].text)
        return entry is not None and entry.cue > 0

    def relative_source(self, doc: Doc, sent: Span, cue: Token, inside: set[int]) -> Found | None:
        """ "die Studie, wonach sich die Flüchtlinge … rentieren, …": the quote is the clause
        „wonach“ opens (to its finite verb before a comma, or the sentence end); „wonach“ is cue
        and speaker (the Wikinews convention), its antecedent names the source."""
        end = cue.i + 1
        while end < sent.end and not (
            doc[end].text in {",", ";", ":"} and doc[end - 1].tag_ in FINITE_TAGS
        ):
            end += 1
        quote = [i for i in range(cue.i + 1, end) if not (i == sent.end - 1 and is_punct(doc[i]))]
        if len(quote) < MIN_CLAUSE_TOKENS or set(quote) <= inside:
            return None
        _, medium = self.labels(cue, "Indirect")
        said = set(quote)
        frame = [i for i in range(sent.start, sent.end) if i not in said]
        if frame and is_punct(doc[frame[-1]]) and frame[-1] == sent.end - 1:
            frame.pop()
        return Found(quote, cue, [cue.i], frame, "Indirect", medium)

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
            if token.lower_ == "so" and doc[token.i - 1].text in DASHES:  # „– so X –“ inside
                frame = sorted({token.i - 1, *frame} | self._dash_after(doc, sent, speaker))
                quote = [t.i for t in sent if t.i not in set(frame)]
            elif token.lower_ == "so":
                quote = [i for i in quote if i < token.i]
            if len(quote) >= MIN_CLAUSE_TOKENS:
                _, medium = self.labels(token, "Indirect")
                return Found(quote, token, speaker, frame, "Indirect", medium)
        return None

    def _source(self, doc: Doc, sent: Span, token: Token) -> list[int]:
        low, i = token.lower_, token.i
        if low in {"laut", "gemäß"}:  # „Laut „Washington Post“ …“: the name inside the marks
            skip = 1 + (i + 1 < sent.end and doc[i + 1].is_quote)
            found = np_after(doc, i + skip, sent.end)
            return found if low == "laut" or names_source(doc, found) else []
        if low == "zufolge":
            return np_before(doc, i, sent.start)
        if low == "nach":
            if i + 1 < sent.end and doc[i + 1].lower_ in SOURCE_NOUNS:
                return np_after(doc, i + 1, sent.end)
            if i > sent.start and doc[i - 1].lower_ in SOURCE_NOUNS:
                return np_before(doc, i, sent.start)
            return []
        inserted = i > sent.start and doc[i - 1].text in SO_OPENERS  # „…, so X“, „– so X –“
        if low == "so" and inserted and i + 1 < sent.end:
            nxt = doc[i + 1]  # „…, so der Minister“, not „…, so wie Laschet es getan hat“
            opens = nxt.text[:1].isupper() or nxt.lower_ in ARTICLES
            return np_after(doc, i + 1, sent.end) if opens else []
        return []

    @staticmethod
    def _dash_after(doc: Doc, sent: Span, speaker: list[int]) -> set[int]:
        """The dash that closes an inserted „– so X –“ right after its speaker."""
        after = max(speaker) + 1
        return {after} if after < sent.end and doc[after].text in DASHES else set()

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


OPENERS = frozenset({"KOUS", "PWAV", "PWS", "PRELS", "PRELAT"})
SUBJECT_STARTS = frozenset({"ART", "NE", "NN", "PPER", "PPOSAT", "ADJA", "PIAT", "PIS", "FM"})


def names_source(doc: Doc, ids: list[int]) -> bool:
    """Whether a phrase after „gemäß“ names a source — a name, a possessive („gemäß seiner
    Aussage“) or a noun that heads speakers in the training data, by its form or its lemma
    („gemäß einem Sprecher“, „gemäß einem Augenzeugen“, „gemäß Medienberichten“) — and not the
    norm that something follows („alle EU-Staaten seien gemäß der bestehenden gemeinsamen
    Richtlinie … vorbereitet“: the statement is the commissioner's, not the directive's)."""
    return any(
        doc[i].tag_ in {"NE", "FM", "PPOSAT"}
        or (doc[i].tag_ == "NN" and any(map(is_speaker_noun, (doc[i].text, doc[i].lemma_))))
        for i in ids
    ) or not is_tagged(doc)


CLAUSE_OPENERS = frozenset({"KOUS", "PRELS", "PWS", "PWAV", "PWAT", "KOUI"})


def verbless(doc: Doc, sent: Span, quote: list[int]) -> bool:
    """Whether the words after a cue's comma hold no verb in a tagged sentence: the next item of
    a list the frame began („sagte er in seiner Rede vor den Abgeordneten,
    Regierungsmitgliedern und Bundespräsident Heinz Fischer“), no clause that could be said."""
    if not any(t.tag_ for t in sent) or doc[quote[0]].tag_ in CLAUSE_OPENERS:
        return False  # „…, dass er keine … Erfahrung … mitbringe/ADV“: a clause all the same
    return not any(doc[j].tag_.startswith("V") for j in quote)


def postposed_cue(doc: Doc, sent: Span, cue: Token) -> bool:
    """Whether the finite cue verb closes the main clause before it („Im Prinzip ist das eine
    Milchmädchenrechnung, sagt Doris Ritzberger-Grünwald, die Chefökonomin der Nationalbank.“):
    it follows a comma, its subject follows it, and the clause right before the comma is a main
    clause (its finite verb is not its last word) — then what follows the subject is an
    apposition, not the quote. Not „Wenn Kohl emotional wurde, erzählte er, wie …“ (a
    subordinate clause before) nor „Die Behörde, wo …, erklärte auf Anfrage, dass …“ (no
    subject after the verb). Tagged docs only."""
    i = cue.i
    if cue.tag_ != "VVFIN" or i <= sent.start or doc[i - 1].text != ",":
        return False
    if i + 1 >= sent.end or doc[i + 1].tag_ not in SUBJECT_STARTS:
        return False
    start = sent.start
    while start < i - 1 and (doc[start].is_punct or doc[start].is_quote):
        start += 1
    if doc[start].tag_ in OPENERS:
        return False
    clause = i - 1  # the clause right before the comma: its finite verb is not its last word
    while clause > start and doc[clause - 1].text not in {",", ";", ":"}:
        clause -= 1
    finite = [t.i for t in doc[clause : i - 1] if t.tag_ in FINITE_TAGS]
    if not finite or finite[0] >= i - 2:
        return False
    return not _clause_after(doc, sent, i)


COORDINATED_TAGS = FINITE_TAGS | {"VVPP"}


def _clause_after(doc: Doc, sent: Span, verb: int) -> bool:
    """Whether a clause of the verb ``verb`` follows its subject after a comma („…, berichtete
    er, sicher sei jedoch, dass …“): a finite verb after the next comma, unless the verb's own
    words up to that comma coordinate another verb („sagt Trummer und erklärt, was …“)."""
    comma = next((t.i for t in doc[verb + 1 : sent.end] if t.text == ","), None)
    if comma is None:
        return False
    own = doc[verb + 1 : comma]  # the tagger may read a coordinated „erklärt“ as a participle
    if any(t.tag_ == "KON" for t in own) and any(t.tag_ in COORDINATED_TAGS for t in own):
        return False
    return any(t.tag_ in FINITE_TAGS for t in doc[comma + 1 : sent.end])


def _distance(i: int, span: Span) -> int:
    return span.start - i if i < span.start else i - span.end + 1
