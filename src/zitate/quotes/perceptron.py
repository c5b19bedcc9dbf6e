"""A small averaged multiclass perceptron over string features, for the learned parts of
quotation attribution (sentence type, medium).

Stage: learning inside ``zitate.quotes``. Input: examples as (feature strings, gold label).
Output: a model that maps a feature list to a label and a confidence in [0, 1]; state as a
JSON-ready dict (``to_json``/``from_json``), so components can save it with ``to_disk``.

No third-party dependency: weights are dicts, training is a few epochs over shuffled examples.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Iterable, Sequence

Example = tuple[Sequence[str], str]


class Perceptron:
    """Averaged multiclass perceptron: ``weights[feature][label]``."""

    def __init__(
        self,
        labels: Iterable[str] = (),
        weights: dict | None = None,
        offsets: dict[str, float] | None = None,
    ) -> None:
        self.labels = sorted(set(labels))
        self.weights: dict[str, dict[str, float]] = weights or {}
        self.offsets: dict[str, float] = offsets or {}

    def scores(self, features: Iterable[str]) -> dict[str, float]:
        """The score of every label for ``features`` (plus the label's tuned offset)."""
        totals = {label: self.offsets.get(label, 0.0) for label in self.labels}
        for feature in features:
            for label, weight in self.weights.get(feature, {}).items():
                totals[label] += weight
        return totals

    def predict(self, features: Iterable[str]) -> tuple[str, float]:
        """The best label and a softmax confidence of it (ties: the label sorted first)."""
        totals = self.scores(features)
        best = max(self.labels, key=lambda label: (totals[label], label == "O"))
        top = totals[best]
        norm = sum(math.exp(max(s - top, -50.0)) for s in totals.values())
        return best, 1.0 / norm

    def to_json(self) -> dict:
        """Rounded weights and labels, for JSON."""
        weights = {
            f: {lab: round(w, 3) for lab, w in row.items() if abs(w) >= 1e-3}
            for f, row in self.weights.items()
        }
        return {
            "labels": self.labels,
            "offsets": self.offsets,
            "weights": {f: r for f, r in weights.items() if r},
        }

    @classmethod
    def from_json(cls, data: dict) -> Perceptron:
        """The model of ``to_json``."""
        return cls(data["labels"], data["weights"], data.get("offsets"))


def train(examples: Sequence[Example], epochs: int = 10, seed: int = 0) -> Perceptron:
    """An averaged perceptron trained on ``examples`` (shuffled with ``seed`` each epoch)."""
    labels = sorted({label for _, label in examples})
    model = Perceptron(labels)
    totals: dict[tuple[str, str], float] = defaultdict(float)
    stamps: dict[tuple[str, str], int] = defaultdict(int)
    order = list(range(len(examples)))
    rng = random.Random(seed)
    step = 0
    for _ in range(epochs):
        rng.shuffle(order)
        for index in order:
            step += 1
            features, gold = examples[index]
            guess, _ = model.predict(features)
            if guess != gold:
                for feature in features:
                    for label, delta in ((gold, 1.0), (guess, -1.0)):
                        _update(model.weights, totals, stamps, feature, label, delta, step)
    _average(model.weights, totals, stamps, step)
    return model


def _update(weights, totals, stamps, feature, label, delta, step) -> None:
    row = weights.setdefault(feature, {})
    key = (feature, label)
    current = row.get(label, 0.0)
    totals[key] += (step - stamps[key]) * current
    stamps[key] = step
    row[label] = current + delta


def _average(weights, totals, stamps, step) -> None:
    for feature, row in weights.items():
        for label, current in row.items():
            key = (feature, label)
            total = totals[key] + (step - stamps[key]) * current
            row[label] = total / step if step else current
