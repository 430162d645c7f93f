"""Scoring sentence boundaries against annotated text, for benchmarks and quality floors."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class BoundaryScore:
    true_positive: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true_positive / max(self.predicted, 1)

    @property
    def recall(self) -> float:
        return self.true_positive / max(self.gold, 1)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / max(p + r, 1e-9)


def nonspace_counts(text: str) -> list[int]:
    """For each position in ``text``, how many non-space characters precede it.

    Whitespace normalisation never changes these counts, so they align boundaries found in a
    normalised text with boundaries annotated on the raw text.
    """
    counts = [0] * (len(text) + 1)
    seen = 0
    for index, char in enumerate(text):
        counts[index] = seen
        if not char.isspace():
            seen += 1
    counts[len(text)] = seen
    return counts


def boundaries(text: str, sentence_ends: Sequence[int]) -> set[int]:
    """Sentence ends as non-space counts, without the end of the text (which is no decision)."""
    counts = nonspace_counts(text)
    last = counts[len(text)]
    return {counts[end] for end in sentence_ends if counts[end] != last}


def score(pairs: Iterable[tuple[set[int], set[int]]]) -> BoundaryScore:
    """Micro-averaged score over (gold, predicted) boundary sets."""
    true_positive = predicted = gold = 0
    for gold_set, predicted_set in pairs:
        true_positive += len(gold_set & predicted_set)
        predicted += len(predicted_set)
        gold += len(gold_set)
    return BoundaryScore(true_positive, predicted, gold)
