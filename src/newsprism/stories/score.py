"""Scores for story grouping against labelled data: pairwise precision, recall and F1.

Pairwise: every pair of articles counts once; a pair is right when both sides agree that the two
articles are in one story. Large stories weigh more than small ones, as they do for a reader.
Copy detection is scored on the (copy, original) links.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import combinations


@dataclass(frozen=True)
class PairScore:
    precision: float
    recall: float
    f1: float
    true_pairs: int
    predicted_pairs: int


def pairwise(gold: Mapping[str, str], predicted: Mapping[str, object]) -> PairScore:
    """Gold and predicted story label per article id; ids missing from either side are left out."""
    ids = sorted(set(gold) & set(predicted))
    same_gold = _pairs(ids, gold)
    same_predicted = _pairs(ids, predicted)
    return _score(len(same_gold & same_predicted), len(same_gold), len(same_predicted))


def links(gold: set[tuple[str, str]], predicted: set[tuple[str, str]]) -> PairScore:
    """Copy links (copy, original), compared without regard to direction."""
    gold_links = {frozenset(pair) for pair in gold}
    found = {frozenset(pair) for pair in predicted}
    return _score(len(gold_links & found), len(gold_links), len(found))


def _pairs(ids: list[str], labels: Mapping[str, object]) -> set[tuple[str, str]]:
    by_label: dict[object, list[str]] = {}
    for article_id in ids:
        by_label.setdefault(labels[article_id], []).append(article_id)
    sizes = Counter(len(members) for members in by_label.values())
    if sum(size * size * count for size, count in sizes.items()) > 50_000_000:
        raise ValueError("too many same-story pairs to list; score a sample")
    return {pair for members in by_label.values() for pair in combinations(members, 2)}


def _score(right: int, true: int, predicted: int) -> PairScore:
    precision = right / predicted if predicted else 1.0
    recall = right / true if true else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PairScore(round(precision, 4), round(recall, 4), round(f1, 4), true, predicted)
