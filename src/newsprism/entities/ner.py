"""German named entities (PER, ORG, LOC, MISC) from an averaged perceptron over token features.

The tagger reads a sentence left to right and gives each token a BIO label, using the word,
its shape, affixes, its neighbours and the label it gave the previous token. It is trained on
GermEval 2014 (``newsprism train ner``); the shipped weights are in ``entities/model/`` with
the data's credit (CC BY 4.0). ``MISC`` is GermEval's ``OTH``.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import cast

from newsprism.perceptron import Perceptron
from newsprism.text.morphology import Lexicon

CLASSES = ("PER", "ORG", "LOC", "MISC")
LABELS = ("O", *(f"{prefix}-{c}" for c in CLASSES for prefix in ("B", "I")))
MODEL_FILE = "ner_de.json.gz"
_DIGIT = re.compile(r"\d")
_UPPER = re.compile(r"[A-ZÄÖÜ]")
_LOWER = re.compile(r"[a-zäöüß]")


Gazetteer = dict[str, str]  # word form -> the entity class it usually belongs to


@dataclass(frozen=True)
class NerModel:
    """The perceptron's weights and the gazetteer its features read."""

    weights: Perceptron
    gazetteer: Gazetteer

    def save(self, path: Path) -> None:
        data = {
            "labels": self.weights.labels,
            "weights": self.weights.weights,
            "gazetteer": self.gazetteer,
        }
        path.write_bytes(
            gzip.compress(json.dumps(data, ensure_ascii=False, sort_keys=True).encode(), mtime=0)
        )

    @classmethod
    def load(cls, data: bytes) -> NerModel:
        parsed = json.loads(gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data)
        return cls(Perceptron(parsed["labels"], parsed["weights"]), parsed.get("gazetteer", {}))


def build_gazetteer(sentences: Sequence[tuple[list[str], list[str]]]) -> Gazetteer:
    """Word forms that belong to entities of one class at least half the time, seen twice."""
    total: Counter[str] = Counter()
    by_class: Counter[tuple[str, str]] = Counter()
    for words, labels in sentences:
        for word, label in zip(words, labels, strict=True):
            total[word] += 1
            if label != "O":
                by_class[(word, label[2:])] += 1
    return {
        word: kind
        for (word, kind), count in by_class.items()
        if count >= 2 and count * 2 >= total[word] and word[:1].isupper()
    }


def shape(word: str) -> str:
    """A short word shape: "Xx" for "Berlin", "X" for "NATO", "d" for "2024", "Xx-Xx"."""
    mapped = _DIGIT.sub("d", _LOWER.sub("x", _UPPER.sub("X", word)))
    return re.sub(r"(.)\1+", r"\1", mapped)[:6]


def token_features(words: Sequence[str], index: int, gazetteer: Gazetteer) -> list[str]:
    """The features of a token that do not depend on earlier labels."""
    return word_features(words[index], gazetteer) + context_features(words, index)


def word_features(word: str, gazetteer: Gazetteer) -> list[str]:
    """Features of the word alone; their scores are cached per word form when tagging."""
    lower = word.lower()
    tag = _lexicon_tag(word)
    known = gazetteer.get(word)
    found = [
        "bias",
        f"w={lower}",
        f"s={shape(word)}",
        f"p3={lower[:3]}",
        f"s3={lower[-3:]}",
        f"s4={lower[-4:]}",
        f"s2={lower[-2:]}",
        f"t={tag}",
        f"t|s={tag}|{shape(word)}",
    ]
    if "-" in word:
        head, _, tail = lower.rpartition("-")
        found += [f"head={head}", f"tail={tail}"]
    if known:
        found += [f"g={known}", f"g|s={known}|{shape(word)}"]
    return found


def context_features(words: Sequence[str], index: int) -> list[str]:
    lower = words[index].lower()
    before = words[index - 1].lower() if index else "<s>"
    before2 = words[index - 2].lower() if index > 1 else "<s>"
    after = words[index + 1].lower() if index + 1 < len(words) else "</s>"
    after2 = words[index + 2].lower() if index + 2 < len(words) else "</s>"
    found = [
        f"w-1={before}",
        f"w+1={after}",
        f"w-2={before2}",
        f"w+2={after2}",
        f"s-1={shape(words[index - 1]) if index else '<s>'}",
        f"s+1={shape(words[index + 1]) if index + 1 < len(words) else '</s>'}",
        f"w-1|w={before}|{lower}",
        f"w|w+1={lower}|{after}",
        f"t-1={_lexicon_tag(words[index - 1]) if index else '<s>'}",
    ]
    if index == 0:
        found.append("first")
    return found


def _lexicon_tag(word: str) -> str:
    """The text layer's context-free tag: HanTa's lexicon, or the rules for unlisted forms."""
    found = _TAGS.get(word)
    if found is None:
        if len(_TAGS) > 500_000:
            _TAGS.clear()  # bounded, like the lexicon's own cache
        found = _TAGS[word] = _lexicon().reading(word).tag
    return found


_TAGS: dict[str, str] = {}


@cache
def _lexicon() -> Lexicon:
    from newsprism.text.morphology import lexicon_for

    return lexicon_for("de", 400_000)


def decode(model: NerModel, words: Sequence[str]) -> list[str]:
    """BIO labels for a sentence, left to right."""
    weights = model.weights
    cache = _word_scores.setdefault(id(model), {})
    labels: list[str] = []
    size = len(weights.labels)
    for index, word in enumerate(words):
        own = cache.get(word)
        if own is None:
            if len(cache) > 300_000:
                cache.clear()
            own = cache[word] = weights.scores(word_features(word, model.gazetteer))
        previous = labels[-1] if labels else "<s>"
        context = context_features(words, index)
        context += [f"y-1={previous}", f"y-1|s={previous}|{shape(word)}"]
        totals = weights.scores(context)
        best = max(range(size), key=lambda i: own[i] + totals[i])
        label = weights.labels[best]
        if label.startswith("I-") and previous[2:] != label[2:]:
            label = "B-" + label[2:]  # an entity starts with B
        labels.append(label)
    return labels


_word_scores: dict[int, dict[str, list[float]]] = {}


def training_steps(model: Perceptron, item: object) -> Iterator[tuple[list[str], str, str]]:
    """Decode one training sentence with the current weights, as the perceptron learns.

    Each sentence comes with the gazetteer built from the other half of the training data, so
    that the gazetteer feature is as reliable in training as on unseen text.
    """
    words, gold, gazetteer = cast(tuple[list[str], list[str], Gazetteer], item)
    previous = "<s>"
    for index in range(len(words)):
        features = token_features(words, index, gazetteer)
        features += [f"y-1={previous}", f"y-1|s={previous}|{shape(words[index])}"]
        guess = model.predict(features)
        yield features, gold[index], guess
        previous = gold[index]  # learn from the gold history: faster and stable


def spans(labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """(first token, one past the last, class) of each entity in a BIO sequence."""
    found: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for index, label in enumerate([*labels, "O"]):
        if label == "O" or label.startswith("B-") or (label.startswith("I-") and label[2:] != kind):
            if kind:
                found.append((start, index, kind))
            start, kind = (index, label[2:]) if label != "O" else (-1, "")
    return found


@cache
def packaged_model() -> NerModel | None:
    resource = resources.files("newsprism.entities").joinpath("model", MODEL_FILE)
    if not resource.is_file():
        return None
    return NerModel.load(resource.read_bytes())
