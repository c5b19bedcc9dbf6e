"""The learned addressee ranker: to whom a quotation was said („sagte der Zeitung“, „warf der
Opposition vor“, „forderte die SPD auf“, „gegenüber Journalisten“), or to nobody.

Stage: quotation attribution, after the speaker ranker (``ranker``) and the rules' addressee
(``roles.addressee_of``, ``cuespan.object_addressee``); ``model`` calls it on every quotation it
has composed. Input: a tagged ``Doc`` (STTS ``tag_``, ``lemma_``, ``ents`` when present) and a
quotation (``Found``: quote, cue phrase, speaker, type and the rules' addressee). Output: the
addressee token ids the ranker prefers — a noun phrase or pronoun of the cue's sentence, or none.

Candidates are the noun phrases (``roles.noun_phrase``) and personal pronouns of the cue's
sentence outside the quote, the speaker and the cue (a phrase after „gegenüber“ or „an“ without
the preposition) and the rules' addressee; each is described by string features (the
German case signals: the determiner or pronoun form and the preposition before it, and whether
``ranker.is_oblique`` calls the phrase no subject; the cue verb with its particle, the position
to the cue and the quote, a clause boundary between, a passive cue, head tag, lemma and entity
label, whether the rules chose it) and scored by the averaged ranking perceptron of ``ranker``.
The pseudo-candidate ``NONE`` (most quotations have no addressee) wins ties.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from .candidates import Found, quoted_spans
from .cuespan import PASSIVE_DATIVE, object_addressee, verb_key
from .ranker import NONE, Candidate, SpeakerRanker, head_of, is_oblique, train_ranker
from .reported import speech_act
from .roles import CLAUSE_END, addressee_of, finite_of, noun_phrase
from .speakers import HEAD_TAGS, NP_TAGS, feminine_oblique

FORMAT = "zitate.addressee_ranker.v1"
MAX_CANDIDATES = 30
CASE_WORDS = frozenset({"ART", "PPOSAT", "PDAT", "PIAT", "PPER", "PRF"})
GOVERNOR_TAGS = frozenset({"APPR", "APPRART", "APPO"})

RankExample = tuple[list[Candidate], set[tuple[int, ...]], float]


def _bucket(n: int) -> str:
    for limit in (0, 1, 2, 3, 5, 8, 12):
        if n <= limit:
            return str(limit)
    return "far"


def _sentence(doc: Doc, found: Found) -> Span:
    return found.cue.sent if found.cue is not None else doc[min(found.quote)].sent


def candidate_spans(doc: Doc, sent: Span, blocked: set[int]) -> list[list[int]]:
    """Noun phrases and personal pronouns of ``sent`` outside ``blocked``, each cut to its
    first run of consecutive tokens."""
    spans: list[list[int]] = []
    previous_np = False
    for token in sent:
        i = token.i
        if i in blocked or token.is_space:
            previous_np = False
            continue
        tag = token.tag_
        starts = tag in NP_TAGS and (not previous_np or tag in {"ART", "PPOSAT", "PDAT"})
        if tag == "PPER":
            spans.append([i])
        elif starts:
            ids = [j for j in noun_phrase(doc, i, sent.end) if j not in blocked]
            if ids and ids[0] == i and any(doc[j].tag_ in HEAD_TAGS for j in ids):
                spans.append(_contiguous(ids))
        previous_np = tag in NP_TAGS
    return spans[:MAX_CANDIDATES]


def _contiguous(ids: list[int]) -> list[int]:
    run = [ids[0]]
    for j in ids[1:]:
        if j != run[-1] + 1:
            break
        run.append(j)
    return run


def candidate_features(
    doc: Doc, ids: list[int], found: Found, key: str, passive: bool, rule: set[int]
) -> list[str]:
    """The features of the addressee candidate ``ids`` of ``found`` (``key``: the cue verb with
    its particle; ``rule``: the rules' addressee)."""
    head = doc[head_of(doc, ids)]
    first = doc[ids[0]]
    before = doc[ids[0] - 1] if ids[0] > 0 else None
    prev_tag = before.tag_ if before is not None else "BOS"
    prev = before.lower_ if before is not None and prev_tag in GOVERNOR_TAGS else prev_tag
    form = first.lower_ if first.tag_ in CASE_WORDS else first.tag_
    rflag = "exact" if set(ids) == rule else "overlap" if set(ids) & rule else "no"
    rflag = rflag if rule else "norule"
    oblique = is_oblique(doc, ids) or feminine_oblique(doc, list(ids))
    qstart, qend = min(found.quote), max(found.quote)
    qpos = "before" if ids[-1] < qstart else "after" if ids[0] > qend else "in"
    feats = [
        "bias",
        f"form={form}",
        f"prev={prev}",
        f"prev|form={prev}|{form}",
        f"oblique={oblique}",
        f"oblique|passive={oblique}|{passive}",
        f"headtag={head.tag_}",
        f"ent={head.ent_type_ or '-'}",
        f"qpos={qpos}",
        f"type={found.type}",
        f"len={_bucket(len(ids))}",
        f"key={key}",
        f"key|form={key}|{form}",
        f"key|prev={key}|{prev}",
        f"key|passive={key}|{passive}",
    ]
    if head.tag_ == "PPER":
        feats.append(f"pron={head.lower_}|{passive}")
    cue = found.cue
    if cue is not None:
        side = "before" if ids[-1] < cue.i else "after"
        dist = cue.i - ids[-1] if side == "before" else ids[0] - cue.i
        between = range(min(ids[-1], cue.i), max(ids[0], cue.i))
        clause = any(doc[j].text in CLAUSE_END for j in between)
        feats += [
            f"cue={side}|{_bucket(dist)}",
            f"cue|form={side}|{form}",
            f"cue|clause={side}|{clause}",
            f"key|side={key}|{side}",
            f"passive|side|form={passive}|{side}|{form}",
        ]
    return feats


def none_features(found: Found, key: str, passive: bool, rule: set[int]) -> list[str]:
    """The features of the pseudo-candidate ``NONE`` (no addressee)."""
    return [
        NONE,
        f"{NONE}|type={found.type}",
        f"{NONE}|key={key}",
        f"{NONE}|passive={passive}",
        f"{NONE}|cue={found.cue is not None}",
    ]


def candidates(doc: Doc, found: Found) -> list[Candidate]:
    """``NONE`` and every addressee candidate of ``found`` with its features."""
    sent = _sentence(doc, found)
    blocked = set(found.speaker) | set(found.cue_ids)
    if found.type == "Reported":  # „Die Behörden werfen Luna Menschenhandel vor.“: the whole
        blocked |= {t.i for t in sent if t.is_quote}  # sentence is the quote, its object too
        blocked |= {
            i
            for s in quoted_spans(doc)
            if s.start >= sent.start
            for i in range(s.start, s.end)
            if s.end <= sent.end
        }
    else:
        blocked |= set(found.quote)
    rule = set(found.addressee)
    key = verb_key(doc, found.cue_ids) if found.cue is not None else ""
    key = key or (found.cue.lemma_.lower() if found.cue is not None else "-")
    passive = False
    if found.cue is not None and found.cue.tag_ == "VVPP":
        finite = finite_of(doc, found.cue.i, sent)
        passive = finite != found.cue.i and doc[finite].lemma_ == "werden"
    spans = candidate_spans(doc, sent, blocked)
    if found.addressee:
        spans.insert(0, sorted(found.addressee))
    out = [Candidate([], none_features(found, key, passive, rule))]
    seen: set[tuple[int, ...]] = set()
    for ids in spans:
        if tuple(ids) in seen:
            continue
        seen.add(tuple(ids))
        out.append(Candidate(ids, candidate_features(doc, ids, found, key, passive, rule)))
    return out


class AddresseeRanker:
    """A linear scorer of addressee candidates (the weights of a ``ranker.SpeakerRanker``);
    a candidate must beat ``NONE`` by ``margin``, and the rules' addressee, where they found
    one, is kept unless ``replace``."""

    def __init__(
        self, weights: dict[str, float] | None = None, margin: float = 0.0, replace: bool = False
    ) -> None:
        self.scorer = SpeakerRanker(weights)
        self.margin = margin
        self.replace = replace

    def addressee(self, doc: Doc, found: Found) -> list[int]:
        """The addressee token ids the ranker chooses for ``found`` (``[]``: none)."""
        if not found.quote or (found.addressee and not self.replace):
            return list(found.addressee)
        options = candidates(doc, found)
        best = self.scorer.best(options)
        if best.ids and self.scorer.score(best) - self.scorer.score(options[0]) < self.margin:
            return []
        return list(best.ids)

    def to_json(self) -> dict:
        weights = self.scorer.to_json()["weights"]
        return {
            "format": FORMAT,
            "margin": self.margin,
            "replace": self.replace,
            "weights": weights,
        }

    @classmethod
    def from_json(cls, data: dict) -> AddresseeRanker:
        return cls(dict(data["weights"]), data.get("margin", 0.0), data.get("replace", False))


def rank_examples(
    doc: Doc, found: Sequence[Found], gold: Sequence[Sequence[int] | None], weight: float = 1.0
) -> list[RankExample]:
    """Training examples: every quotation ``found`` with its candidates and the keys of the
    right ones — those whose head is in its gold addressee ``gold[k]``, or ``NONE`` for an empty
    gold addressee and for a quotation no gold quotation pairs with (``None``: the benchmark
    counts its roles as wrong); a gold addressee no candidate reaches gives no example."""
    examples: list[RankExample] = []
    for item, addressee in zip(found, gold, strict=True):
        if not item.quote:
            continue
        options = candidates(doc, item)
        wanted = set(addressee or ())
        if not wanted:
            right = {()}
        else:
            right = {c.key for c in options if c.ids and head_of(doc, c.ids) in wanted}
        if right:
            examples.append((options, right, weight))
    return examples


def train_addressees(
    examples: Sequence[RankExample], epochs: int = 5, margin: float = 0.0, replace: bool = False
) -> AddresseeRanker:
    """The addressee ranker learned from ``examples`` (seeded: the same file every run)."""
    return AddresseeRanker(train_ranker(examples, epochs=epochs).weights, margin, replace)


def reported_addressee(doc: Doc, found: Found) -> list[int]:
    """The addressee of a Reported statement (the whole sentence is its quote, so the rules'
    frame is empty): the object of its speech-act verb („Die SPD fordert die Tarifvertragsparteien
    auf“, „warf der Regierung Wortbruch vor“) or the dative of an accusation in the passive („Ihr
    wird Spionage vorgeworfen“), found by ``roles.addressee_of`` and ``cuespan.object_addressee``
    in the sentence outside quotation marks; ``[]`` if none."""
    sent = doc[min(found.quote)].sent
    act = (
        speech_act(sent)
        or [t.i for t in sent if t.tag_ == "VVPP" and t.lemma_.lower() in PASSIVE_DATIVE][:1]
    )
    if not act:
        return []
    marked = {i for s in quoted_spans(doc) for i in range(s.start, s.end)}
    frame = [t.i for t in sent if t.i not in marked and t.i not in act]
    verb = next((i for i in act if doc[i].tag_.startswith("VV")), act[0])
    return addressee_of(doc, frame, verb, found.speaker) or object_addressee(
        doc, frame, act, found.speaker
    )


def cut_object(doc: Doc, ids: Sequence[int]) -> list[int]:
    """``ids`` cut before a second common noun that follows a common noun directly: the
    accusative object after a dative addressee („warf der Regierung | Wortbruch vor“, „wirft dem
    Künstler | Betriebsblindheit vor“); names after a noun stay („der Zeitung Hürriyet“)."""
    out = list(ids)
    for k in range(1, len(out)):
        if doc[out[k]].tag_ == "NN" and doc[out[k - 1]].tag_ == "NN" and out[k] == out[k - 1] + 1:
            return out[:k]
    return out
