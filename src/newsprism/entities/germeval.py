"""GermEval 2014 files, and the strict entity metric of its README.

Training reads the outer-level BIOES file (``train.bioes.tsv``: "token label" per line, blank
lines between sentences); evaluation reads the original tab-separated format (``NER-de-dev.tsv``:
``#`` lines, then index, token, outer label, nested label). Only the four outer classes count;
``deriv`` and ``part`` labels are O, and OTH is newsprism's MISC.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from newsprism.entities.ner import CLASSES, spans
from newsprism.errors import NewsprismError

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
    """Sentences of a "token label" file, blank lines between them."""
    return _sentences(path, _bioes_row)


def read_original(path: Path) -> Iterator[Sentence]:
    """Sentences of a file in GermEval's original format, ``#`` lines skipped."""
    return _sentences(path, _original_row)


def read_gold(path: Path) -> Iterator[Sentence]:
    """Sentences of either format, told apart by the first token line: tab-separated with an
    index first is the original format, else "token label" lines."""
    for _, line in _lines(path):
        if line.strip() and not line.startswith("#"):
            first = line.split("\t")
            original = len(first) >= 3 and first[0].strip().isdigit()
            return read_original(path) if original else read_bioes(path)
    raise NewsprismError("E102", f"{path} has no tokens")


def _bioes_row(line: str) -> tuple[str, str] | str:
    token, _, label = line.rpartition(" ")
    return (token, label) if token else '"token label", separated by a space'


def _original_row(line: str) -> tuple[str, str] | str | None:
    if line.startswith("#"):
        return None
    columns = line.split("\t")
    if len(columns) < 3 or not columns[0].strip().isdigit():
        return "index, token, outer label and nested label, separated by tabs"
    return columns[1], columns[2]


def _sentences(
    path: Path, row: Callable[[str], tuple[str, str] | str | None]
) -> Iterator[Sentence]:
    """Each sentence's tokens and BIO labels, read with ``row`` (token and label, None for a
    line to skip, or what a malformed line should have been: an E106 error with its number)."""
    words: list[str] = []
    labels: list[str] = []
    for number, line in _lines(path):
        if not line.strip():
            if words:
                yield words, labels
            words, labels = [], []
            continue
        found = row(line)
        if isinstance(found, str):
            raise NewsprismError("E106", f"{path}, line {number}: {line[:60]!r}; expected {found}")
        if found is not None:
            words.append(found[0])
            labels.append(_bio(found[1]))
    if words:
        yield words, labels


def _lines(path: Path) -> list[tuple[int, str]]:
    """The file's lines and their numbers, read as UTF-8 (a byte-order mark allowed)."""
    try:
        return list(enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1))
    except (OSError, UnicodeDecodeError) as error:
        raise NewsprismError("E101", f"{path}: {error}") from error


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
