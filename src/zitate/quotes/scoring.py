"""The scoring rule of the quotation benchmark (``shared/data/README.md``, last paragraph).

Stage: evaluation. Input: gold and system quotations per document name (``Quotation`` records of
``zitate.quotes.dataset``). Output: ``Scores`` — messages, roles and joint P/R/F1 (means of per-pair
ratios), type and medium label P/R/F1 (micro), per-label figures, the same mean-of-ratios P/R/F1
of each part on its own (``per_part``: quote, speaker, cue, frame, addressee) and counts.

The rule, as the published SpkAtt-2023 / Wikinews scorer (``eval_quotes.py`` of
uhh-lt/seq2seq-quotation-attribution) applies it:

1. Every part is a set of token ids (sorted, duplicates dropped).
2. Pairing, per document: the score of (gold g, system s) is the token-overlap F1 of their quote
   spans, plus 0.01 for the same type and 0.001 for the same medium when that F1 is above 0 (pairs
   without overlap score 0). ``scipy.optimize.linear_sum_assignment(maximize=True)`` on the
   gold × system matrix picks the one-to-one assignment with the largest sum. As in the published
   scorer, *every* pair the assignment returns is a pair, a zero-score one included: with n gold and
   m system quotations there are min(n, m) pairs, and only the rest are unpaired.
3. A pair, and an unpaired quotation against an empty one, gives token TP/FP/FN per part
   (quote, speaker, cue, frame, addressee).
4. Messages P = mean over pairs of the quote's TP/(TP+FP), skipping pairs without system quote
   tokens; R likewise with TP/(TP+FN), skipping pairs without gold quote tokens. Roles: the same
   mean taken over all (pair, role) ratios of speaker, cue, frame and addressee (a role empty on
   both sides gives no value). Joint: over all (pair, part) ratios of the five parts. F1 is the
   harmonic mean of mean P and mean R (0 when both are 0).
5. Type and medium (micro): a pair with the same label is a true positive; otherwise the system
   label is a false positive and the gold label a false negative. An unpaired system quotation is
   a false positive, an unpaired gold quotation a false negative (its partner is empty), so
   P = TP / system quotations and R = TP / gold quotations. A missing label (``None``) counts on
   neither side.

Documents are those of the gold side; a system document without gold is ignored, a gold document
without system output has no system quotations.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import linear_sum_assignment

from .dataset import PARTS, ROLES, Quotation, TokenIds

TYPE_BONUS = 0.01
MEDIUM_BONUS = 0.001
EMPTY = Quotation(quote=())


@dataclass(frozen=True)
class PartCounts:
    """Token true positives, false positives and false negatives of one part of one pair."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float | None:
        """TP / (TP + FP); ``None`` when the system side has no tokens."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """TP / (TP + FN); ``None`` when the gold side has no tokens."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


@dataclass(frozen=True)
class Pair:
    """One gold quotation and one system quotation; ``None`` on the side left unpaired."""

    gold: Quotation | None
    system: Quotation | None
    counts: Mapping[str, PartCounts]


@dataclass(frozen=True)
class PRF:
    """Precision, recall and their harmonic mean."""

    p: float
    r: float
    f1: float

    @classmethod
    def of(cls, p: float, r: float) -> PRF:
        """``PRF`` with F1 = harmonic mean of ``p`` and ``r`` (0 when both are 0)."""
        return cls(p, r, 2 * p * r / (p + r) if p + r else 0.0)

    @classmethod
    def from_counts(cls, tp: int, fp: int, fn: int) -> PRF:
        """Micro ``PRF`` from label counts (a ratio with a zero denominator is 0)."""
        return cls.of(tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0)


@dataclass(frozen=True)
class Scores:
    """Corpus scores: the five headline figures, per-label figures and counts."""

    messages: PRF
    roles: PRF
    joint: PRF
    type: PRF
    medium: PRF
    per_type: dict[str, dict[str, float]] = field(default_factory=dict)
    per_medium: dict[str, dict[str, float]] = field(default_factory=dict)
    per_part: dict[str, PRF] = field(default_factory=dict)
    documents: int = 0
    gold: int = 0
    system: int = 0
    pairs: int = 0

    def summary(self) -> dict[str, float]:
        """The headline F1 figures: ``msg_f1``, ``roles_f1``, ``joint_f1``, ``type_f1``, …"""
        return {
            "msg_f1": self.messages.f1,
            "roles_f1": self.roles.f1,
            "joint_f1": self.joint.f1,
            "type_f1": self.type.f1,
            "medium_f1": self.medium.f1,
        }


def overlap_f1(gold: TokenIds, system: TokenIds) -> float:
    """Token-overlap F1 of two token id sets (0 when they share no token)."""
    both = len(set(gold) & set(system))
    return 2 * both / (len(gold) + len(system)) if both else 0.0


def pair_score(gold: Quotation, system: Quotation) -> float:
    """The pairing score: quote overlap F1, plus the type and medium tie-breakers if it is > 0."""
    f1 = overlap_f1(gold.quote, system.quote)
    if f1 == 0.0:
        return 0.0
    bonus = TYPE_BONUS * (gold.type == system.type) + MEDIUM_BONUS * (gold.medium == system.medium)
    return f1 + bonus


def assign(gold: Sequence[Quotation], system: Sequence[Quotation]) -> list[tuple[int, int]]:
    """(gold index, system index) pairs of the one-to-one assignment with the largest score sum."""
    if not gold or not system:
        return []
    matrix = np.array([[pair_score(g, s) for s in system] for g in gold], dtype=float)
    rows, cols = linear_sum_assignment(matrix, maximize=True)
    return [(int(r), int(c)) for r, c in zip(rows, cols, strict=True)]


def part_counts(gold: TokenIds, system: TokenIds) -> PartCounts:
    """Token TP/FP/FN of one part."""
    g, s = set(gold), set(system)
    return PartCounts(len(g & s), len(s - g), len(g - s))


def make_pair(gold: Quotation | None, system: Quotation | None) -> Pair:
    """A scored pair; the missing side counts as an empty quotation."""
    g, s = gold or EMPTY, system or EMPTY
    counts = {name: part_counts(g.part(name), s.part(name)) for name in PARTS}
    return Pair(gold, system, counts)


def pair_document(gold: Sequence[Quotation], system: Sequence[Quotation]) -> list[Pair]:
    """The pairs of one document: assigned pairs, then unpaired system, then unpaired gold."""
    assigned = assign(gold, system)
    pairs = [make_pair(gold[g], system[s]) for g, s in assigned]
    paired_gold = {g for g, _ in assigned}
    paired_system = {s for _, s in assigned}
    pairs += [make_pair(None, q) for i, q in enumerate(system) if i not in paired_system]
    pairs += [make_pair(q, None) for i, q in enumerate(gold) if i not in paired_gold]
    return pairs


def mean_prf(pairs: Iterable[Pair], parts: Sequence[str]) -> PRF:
    """Mean of per-pair, per-part precision and recall values (``None`` values skipped)."""
    precisions: list[float] = []
    recalls: list[float] = []
    for pair in pairs:
        for name in parts:
            counts = pair.counts[name]
            if counts.precision is not None:
                precisions.append(counts.precision)
            if counts.recall is not None:
                recalls.append(counts.recall)
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    return PRF.of(p, r)


def label_counts(pairs: Iterable[Pair], attribute: str) -> dict[str, Counter]:
    """Per label: ``tp``, ``fp``, ``fn`` of exact-label matching over pairs (see rule 5)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for pair in pairs:
        gold = getattr(pair.gold, attribute) if pair.gold else None
        system = getattr(pair.system, attribute) if pair.system else None
        if gold is not None and gold == system:
            counts[gold]["tp"] += 1
            continue
        if system is not None:
            counts[system]["fp"] += 1
        if gold is not None:
            counts[gold]["fn"] += 1
    return counts


def micro_prf(counts: Mapping[str, Counter]) -> PRF:
    """Micro P/R/F1 summed over all labels."""
    total = sum(counts.values(), Counter())
    return PRF.from_counts(total["tp"], total["fp"], total["fn"])


def per_label(pairs: Sequence[Pair], attribute: str) -> dict[str, dict[str, float]]:
    """Per label: gold and system counts, messages P/R/F1 and label P/R/F1.

    Messages P for label L is the mean quote precision over pairs whose *system* quotation has L;
    messages R the mean quote recall over pairs whose *gold* quotation has L.
    """
    counts = label_counts(pairs, attribute)
    table: dict[str, dict[str, float]] = {}
    for label in sorted(counts):
        by_system = [p for p in pairs if p.system and getattr(p.system, attribute) == label]
        by_gold = [p for p in pairs if p.gold and getattr(p.gold, attribute) == label]
        p = mean_prf(by_system, ("quote",)).p
        r = mean_prf(by_gold, ("quote",)).r
        c = counts[label]
        msg, lab = PRF.of(p, r), PRF.from_counts(c["tp"], c["fp"], c["fn"])
        table[label] = {
            "gold": len(by_gold),
            "system": len(by_system),
            "msg_p": msg.p,
            "msg_r": msg.r,
            "msg_f1": msg.f1,
            "label_p": lab.p,
            "label_r": lab.r,
            "label_f1": lab.f1,
        }
    return table


def score_pairs(pairs: Sequence[Pair], documents: int = 0) -> Scores:
    """Corpus ``Scores`` from the pairs of all documents."""
    type_counts = label_counts(pairs, "type")
    medium_counts = label_counts(pairs, "medium")
    return Scores(
        messages=mean_prf(pairs, ("quote",)),
        roles=mean_prf(pairs, ROLES),
        joint=mean_prf(pairs, PARTS),
        type=micro_prf(type_counts),
        medium=micro_prf(medium_counts),
        per_type=per_label(pairs, "type"),
        per_medium=per_label(pairs, "medium"),
        per_part={name: mean_prf(pairs, (name,)) for name in PARTS},
        documents=documents,
        gold=sum(p.gold is not None for p in pairs),
        system=sum(p.system is not None for p in pairs),
        pairs=sum(p.gold is not None and p.system is not None for p in pairs),
    )


def score(
    gold: Mapping[str, Sequence[Quotation]], system: Mapping[str, Sequence[Quotation]]
) -> Scores:
    """Score system quotations against gold, both keyed by document name (gold names only)."""
    pairs: list[Pair] = []
    for name in sorted(gold):
        pairs += pair_document(list(gold[name]), list(system.get(name, ())))
    return score_pairs(pairs, documents=len(gold))
