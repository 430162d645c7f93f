"""A multi-class averaged perceptron over string features, for newsprism's small learned parts.

Weights live in a dict ``feature -> [weight per label]``; averaging uses the usual timestamp
trick so that training costs no more than plain perceptron updates. Models save as JSON.
"""

from __future__ import annotations

import gzip
import json
import random
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path


class Perceptron:
    def __init__(
        self, labels: Sequence[str], weights: dict[str, list[float]] | None = None
    ) -> None:
        self.labels = tuple(labels)
        self.weights: dict[str, list[float]] = weights if weights is not None else {}

    def scores(self, features: Iterable[str]) -> list[float]:
        totals = [0.0] * len(self.labels)
        get = self.weights.get
        for feature in features:
            row = get(feature)
            if row:
                for index, value in enumerate(row):
                    totals[index] += value
        return totals

    def predict(self, features: Iterable[str]) -> str:
        totals = self.scores(features)
        return self.labels[max(range(len(totals)), key=totals.__getitem__)]

    @classmethod
    def train(
        cls,
        labels: Sequence[str],
        examples: Sequence[tuple[list[str], str]] | None = None,
        epochs: int = 10,
        seed: int = 7,
        sequences: Sequence[object] | None = None,
        decode: Callable[[Perceptron, object], Iterable[tuple[list[str], str, str]]] | None = None,
    ) -> Perceptron:
        """Train on independent ``examples``, or on ``sequences`` whose features depend on
        earlier predictions: ``decode(model, sequence)`` then yields (features, gold, guess)."""
        size = len(labels)
        weights: dict[str, list[float]] = defaultdict(lambda: [0.0] * size)
        totals: dict[str, list[float]] = defaultdict(lambda: [0.0] * size)
        stamps: dict[str, list[int]] = defaultdict(lambda: [0] * size)
        model = cls(labels, weights)
        index_of = {label: i for i, label in enumerate(labels)}
        step = 0
        rng = random.Random(seed)

        def update(features: list[str], gold: str, guess: str) -> None:
            for label, change in ((index_of[gold], 1.0), (index_of[guess], -1.0)):
                for feature in features:
                    totals[feature][label] += (step - stamps[feature][label]) * weights[feature][
                        label
                    ]
                    stamps[feature][label] = step
                    weights[feature][label] += change

        items: list[object] = list(sequences) if sequences is not None else list(examples or [])
        for _ in range(epochs):
            rng.shuffle(items)
            for item in items:
                step += 1
                if decode is not None:
                    for features, gold, guess in decode(model, item):
                        if guess != gold:
                            update(features, gold, guess)
                else:
                    features, gold = item  # type: ignore[misc]
                    guess = model.predict(features)
                    if guess != gold:
                        update(features, gold, guess)
        averaged = {}
        for feature, row in weights.items():
            values = [
                (totals[feature][i] + (step - stamps[feature][i]) * row[i]) / max(step, 1)
                for i in range(size)
            ]
            if any(abs(v) > 1e-4 for v in values):
                averaged[feature] = [round(v, 4) for v in values]
        return cls(labels, averaged)

    def save(self, path: Path) -> None:
        data = json.dumps(
            {"labels": self.labels, "weights": self.weights}, ensure_ascii=False, sort_keys=True
        )
        if path.name.endswith(".gz"):
            path.write_bytes(gzip.compress(data.encode("utf-8"), mtime=0))
        else:
            path.write_text(data, encoding="utf-8")

    @classmethod
    def load(cls, data: bytes | str) -> Perceptron:
        if isinstance(data, bytes) and data[:2] == b"\x1f\x8b":
            data = gzip.decompress(data)
        parsed = json.loads(data)
        return cls(parsed["labels"], parsed["weights"])
