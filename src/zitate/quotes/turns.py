"""Interview and transcript turns: every paragraph of a labelled turn as a Direct quotation.

Stage: quotation attribution, the ``zitate_turns`` component, run before ``zitate_quotes``.
Input: a ``Doc`` of an article's text (paragraphs and headings on lines of their own; named
entities used when present). Output: ``doc.spans["zitate_turns"]`` (the words of each turn
paragraph, without its label, labelled with the speaker's key) and ``doc._.zitate_turns``, one
record per turn paragraph (token offsets: ``text`` [start, end), ``speaker`` [start, end) of the
speaker mention or ``None``, ``cue`` the label's colon or ``None``; ``kind`` ``turn`` /
``continuation`` / ``pullquote``; ``key``, ``label`` and ``name``, the most complete name of the
speaker in the article: „Drosten:“ → „Christian Drosten“). ``merge_turns`` is how ``zitate_quotes``
puts them among its own quotations: the turns go in, the quotations that conflict with them go out.

A text is an interview only where its paragraphs show the structure: paragraph-initial labels
(„Korinna Hennig:“, „Drosten:“, „Frage:“, „DLF:“; a name-like phrase of at most five words and a
colon) of at least two speakers who each speak at least twice, that alternate, that make up
most of the labelled paragraphs and whose turns end like sentences — so a lone „Das Ergebnis:“, a
dateline, a ticker of „Update:“ paragraphs, headlines („Nordkorea: Kim ist zurück“) or a list of
places never fires. An unlabelled paragraph inside the interview continues the current turn
unless it names that speaker in the third person („…, sagt Precht“: a report; a label that only
such prose follows is a link teaser, no turn); a short heading does not (a heading that is a
quotation repeating a turn's words is that speaker's); after the last label a paragraph
continues the turn only while it sounds like speech (first or second person) and does not talk
about the interview. The words come from ``data/interview_turns.json``.
"""

# No ``from __future__ import annotations`` here: spaCy 3.8.7 validates the factory's signature
# and cannot resolve annotations given as strings.

import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from ..nlp.tokenizer import doc_text
from .candidates import Found
from .pipes import FindingPipe, register_extension

EXTENSION = "zitate_turns"
SPANS_KEY = "zitate_turns"
DATA = "interview_turns.json"
MAX_LABEL_WORDS = 5
MAX_HEADING_WORDS = 10
MAX_PULLQUOTE_WORDS = 30
MIN_PULLQUOTE_SHARE = 0.6
NESTED_SHARE = 0.6  # a quotation covering more of a turn than this repeats the turn itself
CONFIDENCE = 0.9
OPENING = '„»«“"‚›'
CLOSING = '“”«»"‘‹›'
_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"\w{3,}")


@dataclass(frozen=True)
class Words:
    """The word lists of ``data/interview_turns.json`` (lower case unless said otherwise)."""

    interviewer: frozenset[str]
    interviewee: frozenset[str]
    particles: frozenset[str]
    not_labels: frozenset[str]
    first_person: frozenset[str]
    addressed: frozenset[str]  # case-sensitive: „Sie“, „Ihnen“
    editorial: frozenset[str]
    outlets: frozenset[str]  # outlets written in lower case („taz“)
    domains: tuple[str, ...]  # endings of an outlet's domain as its label („tagesschau.de“)


@lru_cache(maxsize=1)
def words() -> Words:
    data = json.loads(resources.files("zitate").joinpath("data", DATA).read_text("utf-8"))

    def low(name: str) -> frozenset[str]:
        return frozenset(w.lower() for w in data[name])

    return Words(
        interviewer=low("interviewer_roles"),
        interviewee=low("interviewee_roles"),
        particles=low("name_particles"),
        not_labels=low("not_labels"),
        first_person=low("first_person"),
        addressed=frozenset(data["addressed_person"]),
        editorial=low("editorial_words"),
        outlets=low("outlet_labels"),
        domains=tuple(data["outlet_suffixes"]),
    )


@dataclass(frozen=True)
class Label:
    """A paragraph-initial speaker label: its tokens [start, end), its colon, key and role."""

    start: int
    end: int
    colon: int
    key: str
    role: str  # "name", "interviewer" or "interviewee"
    text: str
    sentence: bool  # the paragraph ends like a sentence, not a headline („Land: Kim ist zurück“)


@dataclass
class Turn:
    """One paragraph of a turn (token offsets into the ``Doc``)."""

    start: int
    end: int
    kind: str  # "turn", "continuation" or "pullquote"
    key: str
    speaker: tuple[int, int] | None
    cue: int | None
    label: str | None
    name: str | None

    def record(self) -> dict:
        return {
            "kind": self.kind,
            "text": [self.start, self.end],
            "speaker": list(self.speaker) if self.speaker else None,
            "cue": self.cue,
            "key": self.key,
            "label": self.label,
            "name": self.name,
        }


def paragraphs(doc: Doc) -> list[Span]:
    """The paragraphs (non-blank lines) of ``doc`` as token spans."""
    out = []
    for line in _LINE.finditer(doc_text(doc)):
        span = doc.char_span(line.start(), line.end(), alignment_mode="contract")
        if span is not None and any(not t.is_space for t in span):
            out.append(span)
    return out


def read_label(para: Span, lex: Words | None = None) -> Label | None:
    """The speaker label that ``para`` starts with („Christian Drosten:“, „Frage:“, „DLF:“,
    „taz:“, „tagesschau.de:“), if any."""
    lex = lex or words()
    head = [t for t in para[: MAX_LABEL_WORDS + 1]]
    colon = next((k for k, t in enumerate(head) if t.text == ":"), None)
    if not colon or colon + 1 >= len(para) or head[colon - 1].whitespace_:
        return None
    tokens = head[:colon]
    texts = [t.text for t in tokens]
    low = " ".join(texts).lower()
    if low in lex.not_labels or texts[0].lower() in lex.not_labels:
        return None
    if len(tokens) == 1 and low in lex.interviewer | lex.interviewee:
        role = "interviewer" if low in lex.interviewer else "interviewee"
        return Label(para.start, para.start + 1, para.start + 1, low, role, texts[0], _ends(para))
    outlet = len(texts) == 1 and (low in lex.outlets or low.endswith(lex.domains))
    if not outlet and (not all(_name_word(w, lex) for w in texts) or not texts[0][:1].isupper()):
        return None
    if any(t.ent_type_ == "LOC" for t in tokens):
        return None  # „Berlin:“, a dateline
    key = texts[-1].strip(".").lower()
    start = para.start
    return Label(start, start + colon, start + colon, key, "name", " ".join(texts), _ends(para))


def _ends(para: Span) -> bool:
    """Does ``para`` end like a sentence (a stop, perhaps inside a closing quotation mark)?"""
    text = para.text.rstrip().rstrip(CLOSING).rstrip()
    return text[-1:] in (".", "?", "!", "…")


def _name_word(word: str, lex: Words) -> bool:
    """A word of a name or an outlet („Korinna“, „B.“, „Müller-Lüdenscheidt“, „DLF“, „von“)."""
    if word.lower() in lex.particles:
        return True
    core = word.replace("-", "").replace("'", "").replace("’", "").rstrip(".")
    return bool(core) and core.isalpha() and word[:1].isupper()


def interview_keys(labels: Sequence[Label | None], min_turns: int, min_change: float) -> set[str]:
    """The keys of the speakers of an interview, or nothing where ``labels`` (one per paragraph)
    show no interview: at least two speakers with two turns each, at most four, who make up at
    least 80 % of the labelled paragraphs, change in at least ``min_change`` of the steps and
    whose turns end like sentences (a headline „Nordkorea: Kim ist zurück“ does not)."""
    labelled = [lab for lab in labels if lab is not None]
    counts = Counter(lab.key for lab in labelled)
    keys = {k for k, n in counts.items() if n >= 2}
    turns = [lab for lab in labelled if lab.key in keys]
    if not 2 <= len(keys) <= 4 or len(turns) < min_turns or len(turns) < 0.8 * len(labelled):
        return set()
    if sum(lab.sentence for lab in turns) < max(min_turns, 0.7 * len(turns)):
        return set()
    if all(lab.role != "name" for lab in turns) and not keys & words().interviewee:
        return set()  # „Frage:“ alone, no one who answers
    changes = sum(a.key != b.key for a, b in zip(turns, turns[1:], strict=False))
    return keys if changes >= min_change * (len(turns) - 1) else set()


def find_turns(doc: Doc, min_turns: int = 4, min_change: float = 0.5) -> list[Turn]:
    """The turn paragraphs of ``doc`` in document order (empty when it is no interview)."""
    text = doc_text(doc)
    if text.count(":") < min_turns or text.count("\n") < min_turns:
        return []  # the common case (any normal article, a benchmark sentence): nothing to do
    paras = paragraphs(doc)
    lex = words()
    labels = [read_label(p, lex) for p in paras]
    keys = interview_keys(labels, min_turns, min_change)
    if not keys:
        return []
    speakers = {k: _speaker(doc, labels, k, keys) for k in keys}
    last = max(i for i, lab in enumerate(labels) if lab is not None and lab.key in keys)
    first = min(i for i, lab in enumerate(labels) if lab is not None and lab.key in keys)
    turns: list[Turn] = []
    pulls: list[Span] = []
    current: Turn | None = None
    for i in range(first, len(paras)):
        para, lab = paras[i], labels[i]
        if lab is not None and lab.key in keys:
            mention, name = speakers[lab.key]
            mention = (lab.start, lab.end) if lab.role == "name" else mention
            current = Turn(
                lab.colon + 1, para.end, "turn", lab.key, mention, lab.colon, lab.text, name
            )
            turns.append(current)
            continue
        if _heading(para):
            if _quoted(para):
                pulls.append(para)
            if i > last:
                break
            continue
        if i > last and (not _speech(para, lex) or _editorial(para, lex)):
            break
        if current is not None and _names(para, current.key, lex):
            # reported speech about the speaker („…, sagt Precht“): no longer the turn; a
            # label that nothing but such prose follows was no turn either (a link teaser)
            if all(t is current or t.kind == "continuation" for t in turns):
                turns.clear()
            current = None
        if current is not None:
            turns.append(
                Turn(
                    para.start,
                    para.end,
                    "continuation",
                    current.key,
                    current.speaker,
                    current.cue,
                    current.label,
                    current.name,
                )
            )
    turns += [t for t in (_pullquote(p, turns) for p in pulls) if t is not None]
    return sorted(turns, key=lambda t: t.start)


def _speaker(
    doc: Doc, labels: Sequence[Label | None], key: str, keys: set[str]
) -> tuple[tuple[int, int] | None, str | None]:
    """(mention, most complete name) of the speaker of ``key``: a name label's longest spelling
    in the article („Drosten“ → „Christian Drosten“, from an entity or another label); for
    „Antwort:“ the person the article names most who holds no label; none for „Frage:“."""
    role = next(lab.role for lab in labels if lab is not None and lab.key == key)
    if role == "interviewer":
        return None, None
    people = [e for e in doc.ents if e.label_ == "PER"]
    if role == "interviewee":
        others = [e for e in people if e[-1].lower_.strip(".") not in keys]
        if not others:
            return None, None
        top, _ = Counter(e[-1].lower_ for e in others).most_common(1)[0]
        chosen = [e for e in others if e[-1].lower_ == top]
        return (chosen[0].start, chosen[0].end), max((e.text for e in chosen), key=len)
    names = [lab.text for lab in labels if lab is not None and lab.key == key]
    names += [e.text for e in people if e[-1].lower_.strip(".") == key]
    return None, max(names, key=lambda n: (len(n.split()), -names.index(n)))


def _heading(para: Span) -> bool:
    """A short line without a final stop: a subheading, not a turn's words."""
    real = [t for t in para if not t.is_space and not t.is_punct]
    return (
        len(real) <= MAX_HEADING_WORDS
        and para.text.rstrip()[-1:] not in ".:;,…"
        or (_quoted(para) and len(real) <= MAX_PULLQUOTE_WORDS)
    )


def _quoted(para: Span) -> bool:
    text = para.text.strip()
    return len(text) > 2 and text[0] in OPENING and text[-1] in CLOSING


def _names(para: Span, key: str, lex: Words) -> bool:
    """Does ``para`` name the speaker of ``key`` („Precht“, „Prechts“)? Never for the role
    labels („Frage“ is a word of speech too)."""
    if key in lex.interviewer or key in lex.interviewee:
        return False
    return any(t.text[:1].isupper() and t.lower_ in (key, key + "s") for t in para)


def _speech(para: Span, lex: Words) -> bool:
    return any(t.lower_ in lex.first_person or t.text in lex.addressed for t in para)


def _editorial(para: Span, lex: Words) -> bool:
    return any(t.lower_ in lex.editorial for t in para)


def _pullquote(para: Span, turns: Sequence[Turn]) -> Turn | None:
    """A quoted heading as the words of the turn it repeats (most of its words in that turn)."""
    said = set(_WORD.findall(para.text.lower()))
    if not said:
        return None
    doc = para.doc
    best, share = None, 0.0
    for turn in turns:
        if turn.kind == "pullquote" or turn.speaker is None:
            continue
        got = len(said & set(_WORD.findall(doc[turn.start : turn.end].text.lower()))) / len(said)
        if got > share:
            best, share = turn, got
    if best is None or share < MIN_PULLQUOTE_SHARE:
        return None
    inner = [t.i for t in para if not (t.is_quote or t.is_space)]
    return Turn(
        inner[0], inner[-1] + 1, "pullquote", best.key, best.speaker, None, best.label, best.name
    )


def merge_turns(doc: Doc, found: Sequence[Found]) -> list[Found]:
    """``found`` with the turns of ``doc._.zitate_turns`` in it, in document order: a quotation
    that overlaps a turn stays only as speech reported inside it (within the turn's words, with
    its own cue there, covering less than ``NESTED_SHARE`` of it, not said by „ich“/„wir“/„Sie“,
    the interlocutors themselves); the others conflict with the turn and go."""
    records = doc._.get(EXTENSION) if Doc.has_extension(EXTENSION) else None
    if not records:
        return list(found)
    turns = [(set(range(*r["text"])), r) for r in records]
    covered = set().union(*(ids for ids, _ in turns))
    labels = {i for r in records if r["cue"] is not None for i in range(r["cue"] - 1, r["cue"] + 1)}
    kept: list[Found] = []
    for item in found:
        quote = set(item.quote)
        if not quote & (covered | labels) or _nested(doc, item, quote, turns, labels):
            kept.append(item)
        elif kept and _nested_continuation(doc, item, kept[-1], turns):
            kept.append(_joined(doc, item, kept[-1]))
    kept += [_found(doc, r) for r in records]
    return sorted(kept, key=lambda f: (min(f.quote, default=0), -len(f.quote)))


def _nested(doc: Doc, item: Found, quote: set[int], turns, labels: set[int]) -> bool:
    if quote & labels:
        return False
    cues = set(item.cue_ids) | ({item.cue.i} if item.cue is not None else set())
    for ids, _record in turns:
        if quote <= ids:
            if not cues or not cues <= ids or len(quote) > NESTED_SHARE * len(ids):
                return False
            speaker = [doc[i] for i in item.speaker]
            lex = words()
            return not any(t.lower_ in lex.first_person or t.text in lex.addressed for t in speaker)
    return False


CONTINUING = frozenset({"IndirectFreeIndirect", "FreeIndirect"})


def _nested_continuation(doc: Doc, item: Found, last: Found, turns) -> bool:
    """Whether ``item``, a continuation without cue that the turn would swallow, goes on with
    the speech ``last`` reports inside the same turn paragraph, in the same speaker's words
    („Sinngemäß sagt Wodarg: Da freuen sich die Virologen … . Coronaviren … gab es doch schon
    immer … . Und die Todesfälle wären … verborgen geblieben“, a question of an interview):
    the words of the reported speaker, not of the interviewer who reports them."""
    if item.type not in CONTINUING or item.cue is not None or not item.speaker:
        return False
    if sorted(item.speaker) != sorted(last.speaker) or last.cue is None or not last.quote:
        return False
    quote = set(item.quote)
    start, end = max(last.quote), min(item.quote)
    if start >= end or any("\n" in doc[i].text_with_ws for i in range(start, end)):
        return False  # a paragraph break: the turn's speaker speaks again
    return any(quote <= ids and set(last.quote) <= ids for ids, _ in turns)


def _joined(doc: Doc, item: Found, last: Found) -> Found:
    """``item`` with the whole sentences between ``last`` and it: the same speaker's words."""
    gap = range(doc[max(last.quote)].sent.end, min(item.quote))
    item.quote = sorted({*item.quote, *(i for i in gap if not doc[i].is_space)})
    return item


def _found(doc: Doc, record: dict) -> Found:
    """The ``Found`` of one turn record: a Direct quotation in speech."""
    speaker = list(range(*record["speaker"])) if record["speaker"] else []
    cue = doc[record["cue"]] if record["cue"] is not None else None
    frame = speaker + ([cue.i] if cue is not None and record["kind"] == "turn" else [])
    return Found(
        quote=list(range(*record["text"])),
        cue=cue,
        speaker=speaker,
        frame=frame if record["kind"] == "turn" else [],
        type="Direct",
        medium="Speech",
        confidence=CONFIDENCE,
        kind="turn",
    )


def register_extensions() -> None:
    """Register ``Doc._.zitate_turns`` once."""
    register_extension(EXTENSION)


class TurnFinder(FindingPipe):
    """Finds interview turns (``find``) and writes them to the ``Doc`` (``set_annotations``)."""

    def __init__(self, name: str, spans_key: str, min_turns: int, min_change: float) -> None:
        self.name = name
        self.spans_key = spans_key
        self.min_turns = min_turns
        self.min_change = min_change
        register_extensions()

    def find(self, doc: Doc) -> list[Turn]:
        return find_turns(doc, self.min_turns, self.min_change)

    def set_annotations(self, doc: Doc, turns: Sequence[Turn]) -> None:
        spans = [Span(doc, t.start, t.end, label=t.key) for t in turns]
        doc.spans[self.spans_key] = SpanGroup(doc, name=self.spans_key, spans=spans)
        doc._.set(EXTENSION, [t.record() for t in turns])


@Language.factory(
    "zitate_turns",
    assigns=["doc.spans", f"doc._.{EXTENSION}"],
    requires=[],
    default_config={"spans_key": SPANS_KEY, "min_turns": 4, "min_change": 0.5},
)
def make_turns(
    nlp: Language, name: str, spans_key: str, min_turns: int, min_change: float
) -> "TurnFinder":
    """The interview-turn component; ``zitate_quotes`` merges its turns (``merge_turns``)."""
    return TurnFinder(name, spans_key, min_turns, min_change)
