"""GermEval 2014 files, and the strict entity metric of its README.

Training reads the outer-level BIOES file (``train.bioes.tsv``: "token label" per line, blank
lines between sentences); evaluation reads the original tab-separated format (``NER-de-dev.tsv``:
``#`` lines, then index, token, outer label, nested label). Only the four outer classes count;
``deriv`` and ``part`` labels are O, and OTH is newsprism's MISC.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

from newsprism.entities.ner import CLASSES, spans

Sentence = tuple[list[str], list[str]]  # tokens, BIO labels


def _bio(label: str) -> str:
    """GermEval's label as BIO over PER/ORG/LOC/MISC; deriv and part become O."""
    if label == "O" or "deriv" in label.lower() or "part" in label.lower():
        return "O"
    prefix, _, kind = label.partition("-")
    kind = "MISC" if kind.upper() == "OTH" else kind.upper()
    if kind not in CLASSES:
        return "O"
    return f"{'B' if prefix in ('B', 'S') else 'I'}-{kind}"


def read_bioes(path: Path) -> Iterator[Sentence]:
    words: list[str] = []
    labels: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if words:
                yield words, labels
            words, labels = [], []
            continue
        token, _, label = line.rpartition(" ")
        words.append(token)
        labels.append(_bio(label))
    if words:
        yield words, labels


def read_original(path: Path) -> Iterator[Sentence]:
    words: list[str] = []
    labels: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if words:
                yield words, labels
            words, labels = [], []
            continue
        columns = line.split("\t")
        words.append(columns[1])
        labels.append(_bio(columns[2]))
    if words:
        yield words, labels


def score(
    pairs: Sequence[tuple[Sequence[str], Sequence[str]]],
) -> dict[str, tuple[float, float, float]]:
    """Strict entity-level P/R/F1 per class and micro-averaged ("ALL") over gold/predicted BIO."""
    counts: Counter[tuple[str, str]] = Counter()
    for gold, predicted in pairs:
        gold_spans, predicted_spans = set(spans(gold)), set(spans(predicted))
        for span in gold_spans & predicted_spans:
            counts[("tp", span[2])] += 1
        for span in predicted_spans - gold_spans:
            counts[("fp", span[2])] += 1
        for span in gold_spans - predicted_spans:
            counts[("fn", span[2])] += 1
    result = {}
    for kind in (*CLASSES, "ALL"):
        pick = CLASSES if kind == "ALL" else (kind,)
        tp = sum(counts[("tp", k)] for k in pick)
        fp = sum(counts[("fp", k)] for k in pick)
        fn = sum(counts[("fn", k)] for k in pick)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        result[kind] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return result
