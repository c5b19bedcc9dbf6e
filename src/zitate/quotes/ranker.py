"""The learned speaker ranker: which noun phrase, name or pronoun said a quotation.

Stage: quotation attribution, after the rules (``rules``, ``roles``) and before ``model``, which
calls it on every quotation it has composed. Input: a tagged ``Doc`` (STTS ``tag_``, ``lemma_``,
``ents`` when present), a quotation under construction (``Found``: quote, cue, type and the
rules' speaker) and the quoted spans of the document. Output: the speaker token ids the ranker
prefers — a candidate of the quotation's sentence or the sentence before, or none.

Candidates are the noun phrases (``roles.noun_phrase``, cut where the noun phrase ends), personal
pronouns and the rules' own speaker; each is described by string features (position to the cue
and the quote, the finite verb, the determiner and a preposition before it — the German case
signals „der/den/dem/des“, „ihn/ihm“, „von …“ —, head tag, lemma and entity label, cue lemma,
quotation type) and scored by a linear model learned with an averaged ranking perceptron
(``train_ranker``). A pseudo-candidate ``NONE`` stands for "no speaker".
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from .candidates import Found, previous_sentence, reach_start
from .roles import CLAUSE_END, noun_phrase
from .speakers import FINITE, HEAD_TAGS, NP_TAGS, PRONOUN_TAGS, feminine_oblique

FORMAT = "zitate.speaker_ranker.v1"
SPEAKER_PRONOUNS = frozenset({"er", "sie", "ich", "wir", "es", "man"})
OBLIQUE_PRONOUNS = frozenset({"ihn", "ihm", "ihr", "ihnen", "mir", "mich", "uns"})
CANDIDATE_PRONOUNS = SPEAKER_PRONOUNS | OBLIQUE_PRONOUNS
MAX_CANDIDATES = 30
NONE = "NONE"
STOP_TAGS = frozenset({"$,", "$(", "APPR", "APPRART", "ART", "KON"})
HEAD_OR_PRONOUN = HEAD_TAGS | PRONOUN_TAGS


@dataclass
class Candidate:
    """One speaker candidate: its token ids and its features (``NONE``: no tokens)."""

    ids: list[int]
    features: list[str]

    @property
    def key(self) -> tuple[int, ...]:
        return tuple(self.ids)


def _bucket(n: int) -> str:
    for limit in (0, 1, 2, 3, 5, 8, 12, 20):
        if n <= limit:
            return str(limit)
    return "far"


def candidate_spans(
    doc: Doc,
    sents: Sequence[Span],
    blocked: set[int],
    phrases: dict[tuple[int, int], list[int]] | None = None,
) -> list[list[int]]:
    """Noun phrases and personal pronouns of ``sents`` outside ``blocked`` (quote tokens).
    ``phrases`` keeps each noun phrase (by start and sentence end) across the quotations of one
    document: the quotations of a long sentence look at the same phrases."""
    spans: list[list[int]] = []
    limit = MAX_CANDIDATES * 2  # only the first ``limit`` are kept: stop there (long sentences)
    for sent in sents:
        previous_np = False
        for token in sent:
            if len(spans) >= limit:
                return spans[:limit]
            i = token.i
            if i in blocked or token.is_space:
                previous_np = False
                continue
            tag = token.tag_
            if tag == "PPER" and token.lower_ in CANDIDATE_PRONOUNS:
                spans.append([i])
            starts = tag in NP_TAGS and (not previous_np or tag in {"ART", "PPOSAT", "PDAT"})
            if starts:
                phrase = phrases.get((i, sent.end)) if phrases is not None else None
                if phrase is None:
                    phrase = noun_phrase(doc, i, sent.end)
                    if phrases is not None:
                        phrases[(i, sent.end)] = phrase
                ids = [j for j in phrase if j not in blocked]
                if ids and any(doc[j].tag_ in HEAD_TAGS for j in ids):
                    ids = _contiguous(ids)
                    if not is_oblique(doc, ids):
                        spans.append(ids)
            previous_np = tag in NP_TAGS
    return spans[:limit]


# Words that govern a source phrase („laut dem Bericht“, „von der Polizei“, „dem Bericht zufolge“):
# a dative or accusative noun phrase after them, or before „zufolge“, can name the speaker.
SOURCE_GOVERNORS = frozenset({"laut", "nach", "gemäß", "von", "vom", "in", "im", "aus", "seitens"})
SOURCE_POSTPOSITIONS = frozenset({"zufolge", "nach"})
OBLIQUE_FIRST = frozenset({"dem", "den", "einem", "einen"})
# Prepositions whose object names no speaker („Bei einem Treffen mit dem Sicherheitsberater …“).
NO_SOURCE_PREPOSITIONS = frozenset(
    {"mit", "bei", "beim", "gegenüber", "an", "am", "auf", "über", "zu", "zum", "zur", "um",
     "gegen", "ohne", "unter", "wegen", "seit", "während", "vor", "hinter", "neben", "trotz"}
)  # fmt: skip


def is_oblique(doc: Doc, ids: Sequence[int]) -> bool:
    """Whether the noun phrase ``ids`` is no subject and no source phrase by its case: the
    object of a preposition that names no source („mit dem Minister“), or a dative or
    accusative noun phrase („dem Sender“, „den Vorwurf“) that no source word governs."""
    before = doc[ids[0] - 1].lower_ if ids[0] > 0 else ""
    after = doc[ids[-1] + 1].lower_ if ids[-1] + 1 < len(doc) else ""
    if before in NO_SOURCE_PREPOSITIONS:
        return True
    if doc[ids[0]].lower_ in OBLIQUE_FIRST or feminine_oblique(doc, list(ids)):
        return before not in SOURCE_GOVERNORS and after not in SOURCE_POSTPOSITIONS
    return False


def _contiguous(ids: list[int]) -> list[int]:
    """The first run of consecutive ids (a candidate never jumps over a quote)."""
    run = [ids[0]]
    for j in ids[1:]:
        if j != run[-1] + 1:
            break
        run.append(j)
    return run


def head_of(doc: Doc, ids: Sequence[int]) -> int:
    """The head token of a noun phrase: the last noun, name or pronoun of its first part."""
    head = ids[0]
    for j in ids:
        tag = doc[j].tag_
        if tag in HEAD_OR_PRONOUN:
            head = j
        elif tag in STOP_TAGS and doc[head].tag_ in HEAD_OR_PRONOUN:
            break
        elif doc[j].is_quote and doc[head].tag_ in HEAD_TAGS | PRONOUN_TAGS:
            break  # „Die Organisation „Reporter ohne Grenzen““: the noun before the name
    return head


def _finite(doc: Doc, sent: Span, *blocked: set[int]) -> int | None:
    """The first finite verb of ``sent`` in none of the ``blocked`` sets."""
    for t in sent:
        if t.tag_ in FINITE and not any(t.i in b for b in blocked):
            return t.i
    return None


@dataclass
class Context:
    """What every candidate of one quotation shares: the start of the sentence before the
    quotation's (``sent.start`` at the start of the text) and the sentence's first finite verb
    outside quotation marks — looked up once per quotation, not once per candidate."""

    prev_start: int
    verb: int | None

    @classmethod
    def of(cls, doc: Doc, found: Found, sent: Span, quoted: set[int]) -> Context:
        return cls(reach_start(doc, sent), _finite(doc, sent, quoted, set(found.quote)))


def candidate_features(
    doc: Doc,
    ids: list[int],
    found: Found,
    sent: Span,
    quoted: set[int],
    rule: set[int],
    context: Context | None = None,
) -> list[str]:
    """The features of the candidate ``ids`` for the quotation ``found`` (``sent``: the sentence
    the quotation starts in; ``quoted``: tokens inside quotation marks; ``rule``: the rules'
    speaker; ``context``: ``Context.of`` these, computed when not given)."""
    if context is None:
        context = Context.of(doc, found, sent, quoted)
    head = doc[head_of(doc, ids)]
    first = doc[ids[0]]
    before = doc[ids[0] - 1] if ids[0] > 0 else None
    qtype = found.type
    same = sent.start <= ids[0] < sent.end
    prev_start = context.prev_start
    where = "same" if same else "prev" if prev_start <= ids[0] < sent.start else "far"
    qstart, qend = min(found.quote), max(found.quote)
    qpos = "before" if ids[-1] < qstart else "after" if ids[0] > qend else "in"
    overlap = set(ids) & rule
    rflag = "exact" if set(ids) == rule else "overlap" if overlap else "no"
    if not rule:
        rflag = "norule"
    lemma = (head.lemma_ or head.text).lower()
    prev_word = before.lower_ if before is not None else "BOS"
    prev_tag = before.tag_ if before is not None else "BOS"
    oblique = prev_tag in {"APPR", "APPRART"} or first.lower_ in {"dem", "den", "des", "einem"}
    oblique = oblique or head.lower_ in OBLIQUE_PRONOUNS
    feats = [
        "bias",
        f"rule={rflag}",
        f"rule|type={rflag}|{qtype}",
        f"where={where}",
        f"where|type={where}|{qtype}",
        f"qpos={qpos}|{where}",
        f"headtag={head.tag_}",
        f"headtag|where={head.tag_}|{where}",
        f"lemma={lemma}",
        f"suffix={lemma[-5:]}",
        f"ent={head.ent_type_ or '-'}",
        f"ent|type={head.ent_type_ or '-'}|{qtype}",
        f"first={first.lower_ if first.tag_ in {'ART', 'PPER', 'PPOSAT', 'PDAT'} else first.tag_}",
        f"prevword={prev_word if prev_tag in {'APPR', 'APPRART', 'KOUS', 'PWAV'} else prev_tag}",
        f"oblique={oblique}",
        f"oblique|rule={oblique}|{rflag}",
        f"len={_bucket(len(ids))}",
    ]
    if head.tag_ == "PPER":
        feats += [f"pron={head.lower_}", f"pron|where={head.lower_}|{where}"]
    if head.i in quoted:
        feats.append("inquote")
    cue = found.cue
    if cue is not None:
        cue_lemma = (cue.lemma_ or cue.text).lower()
        side = "before" if ids[-1] < cue.i else "after"
        dist = cue.i - ids[-1] if side == "before" else ids[0] - cue.i
        feats += [
            f"cue={side}|{_bucket(dist)}",
            f"cue|where={side}|{where}",
            f"cuelemma={cue_lemma}|{side}",
            f"cuelemma|first={cue_lemma}|{side}|{first.lower_ if first.tag_ == 'ART' else '-'}",
            f"cuetag={cue.tag_}|{side}|{prev_tag}",
        ]
        between = range(min(ids[-1], cue.i), max(ids[0], cue.i))
        clause = any(doc[j].text in CLAUSE_END for j in between)
        feats.append(f"cue_clause={clause}|{side}")
    else:
        feats.append(f"nocue|{qpos}|{where}")
    if same:
        verb = context.verb
        if verb is not None:
            vpos = "pre" if ids[-1] < verb else "post1" if ids[0] == verb + 1 else "post"
            form = first.lower_ if first.tag_ == "ART" else first.tag_
            feats += [f"verb={vpos}", f"verb|first={vpos}|{form}"]
    dq = qstart - ids[-1] if qpos == "before" else ids[0] - qend if qpos == "after" else 0
    feats.append(f"qdist={_bucket(dq)}|{qpos}")
    return feats


def none_features(found: Found, rule: set[int]) -> list[str]:
    """The features of the pseudo-candidate ``NONE`` (no speaker)."""
    cue = "cue" if found.cue is not None else "nocue"
    conf = f"{NONE}|conf={round(found.confidence * 5)}|{found.type}"
    return [
        NONE,
        f"{NONE}|type={found.type}",
        f"{NONE}|{cue}",
        f"{NONE}|rule={bool(rule)}",
        f"{NONE}|kind={found.kind}",
        conf,
    ]


def candidates(
    doc: Doc, found: Found, quoted: set[int], phrases: dict | None = None
) -> list[Candidate]:
    """``NONE`` and every candidate of ``found`` with its features (the rules' speaker among
    them); ``phrases``: the noun phrases of the document so far (``candidate_spans``)."""
    sent = doc[min(found.quote)].sent
    prev = previous_sentence(doc, sent)
    sents = [sent] if prev is None else [prev, sent]
    blocked = set(found.quote)
    rule = set(found.speaker)
    spans = candidate_spans(doc, sents, blocked, phrases)
    if found.speaker:
        spans.insert(0, sorted(found.speaker))
    seen: set[tuple[int, ...]] = set()
    out = [Candidate([], none_features(found, rule))]
    prev_start = prev.start if prev is not None else sent.start
    context = Context(prev_start, _finite(doc, sent, quoted, blocked))
    for ids in spans:
        if tuple(ids) in seen:
            continue
        seen.add(tuple(ids))
        feats = candidate_features(doc, ids, found, sent, quoted, rule, context)
        out.append(Candidate(ids, feats))
    return out


class SpeakerRanker:
    """A linear scorer of speaker candidates: ``weights[feature]``."""

    def __init__(self, weights: dict[str, float] | None = None) -> None:
        self.weights = weights or {}

    def score(self, candidate: Candidate) -> float:
        return sum(self.weights.get(f, 0.0) for f in candidate.features)

    def best(self, options: Sequence[Candidate]) -> Candidate:
        """The best-scoring candidate (the first on ties: ``NONE``, then the rules' speaker)."""
        return max(options, key=self.score)

    def speaker(
        self, doc: Doc, found: Found, quoted: set[int], phrases: dict | None = None
    ) -> list[int]:
        """The speaker token ids the ranker chooses for ``found`` (``phrases``: see
        ``candidate_spans``)."""
        if not found.quote:
            return found.speaker
        return list(self.best(candidates(doc, found, quoted, phrases)).ids)

    def to_json(self) -> dict:
        weights = {f: round(w, 3) for f, w in self.weights.items() if abs(w) >= 1e-3}
        return {"format": FORMAT, "weights": weights}

    @classmethod
    def from_json(cls, data: dict) -> SpeakerRanker:
        return cls(dict(data["weights"]))


RankExample = tuple[list[Candidate], set[tuple[int, ...]], float]


def train_ranker(examples: Sequence[RankExample], epochs: int = 5, seed: int = 0) -> SpeakerRanker:
    """An averaged ranking perceptron over (candidates, keys of the right ones, weight)."""
    ranker = SpeakerRanker()
    weights = ranker.weights
    totals: dict[str, float] = defaultdict(float)
    stamps: dict[str, int] = defaultdict(int)
    order = list(range(len(examples)))
    rng = random.Random(seed)
    step = 0
    for _ in range(epochs):
        rng.shuffle(order)
        for index in order:
            step += 1
            options, right, weight = examples[index]
            guess = ranker.best(options)
            if guess.key in right:
                continue
            gold = max((c for c in options if c.key in right), key=ranker.score)
            for features, delta in ((gold.features, weight), (guess.features, -weight)):
                for f in features:
                    current = weights.get(f, 0.0)
                    totals[f] += (step - stamps[f]) * current
                    stamps[f] = step
                    weights[f] = current + delta
    for f, current in weights.items():
        weights[f] = (totals[f] + (step - stamps[f]) * current) / step if step else current
    return ranker
