"""German named entities (PER, ORG, LOC, MISC): labels, spans and the packaged tagger.

The tagger (:mod:`newsprism.entities.tagger`) labels tokens in BIOES and hands out BIO (what
:func:`spans` and the scorer read). It is trained on
GermEval 2014 (``newsprism train ner``); the shipped weights are in ``entities/model/`` with
the data's credit (CC BY 4.0). ``MISC`` is GermEval's ``OTH``.
"""

from __future__ import annotations

import gc
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib import resources
from itertools import groupby
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsprism.entities.tagger import Tagger
    from newsprism.text.morphology import Lexicon

CLASSES = ("PER", "ORG", "LOC", "MISC")
LABELS = ("O", *(f"{prefix}-{c}" for c in CLASSES for prefix in ("B", "I")))
# the tagger's own labels: an entity's last token is E-, a one-token entity S-
BIOES = ("O", *(f"{prefix}-{c}" for c in CLASSES for prefix in ("B", "I", "E", "S")))
# a word's shape maps capitals to X, small letters to x and digits to d
_SHAPE_CLASSES = str.maketrans(
    dict.fromkeys("ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ", "X")
    | dict.fromkeys("abcdefghijklmnopqrstuvwxyzäöüß", "x")
    | dict.fromkeys("0123456789", "d")
)
_DIGIT = re.compile(r"\d")  # digits of other scripts too


Gazetteer = dict[str, str]  # word form -> the entity class it usually belongs to


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


def lexicon_tag(word: str) -> str:
    """The text layer's context-free tag (STTS): HanTa's lexicon, or the rules for unlisted
    forms; "NE" for a proper noun it knows or guesses, "NN" for a common noun."""
    found = _TAGS.get(word)
    if found is None:
        if len(_TAGS) > 500_000:
            _TAGS.clear()  # bounded, like the lexicon's own cache
        found = _TAGS[word] = _lexicon().reading(word).tag
    return found


_TAGS: dict[str, str] = {}


def common_noun(word: str) -> bool:
    """Whether HanTa's lexicon lists the word as a common noun ("Diözese"), or it joins two
    that it lists ("Schlacht|feld"; not "Donau|delta", whose first part is a name)."""
    nouns = _lexicon().is_noun
    return nouns(word) or any(
        nouns(word[:cut]) and nouns(word[cut:]) for cut in range(3, len(word) - 2)
    )


@lru_cache(maxsize=100_000)
def analysed_as_noun(word: str) -> bool:
    """Whether HanTa's morphology reads the word as a common noun, listed or not ("Deponie")."""
    return _lexicon().analysed_as_noun(word)


@cache
def _lexicon() -> Lexicon:
    from newsprism.text.morphology import lexicon_for

    return lexicon_for("de", 400_000)


def shape(word: str) -> str:
    """A short word shape: "Xx" for "Berlin", "X" for "NATO", "d" for "2024", "Xx-Xx"."""
    mapped = word.translate(_SHAPE_CLASSES)
    if not word.isascii():
        mapped = _DIGIT.sub("d", mapped)
    return "".join(char for char, _ in groupby(mapped))[:6]


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


def to_bioes(labels: Sequence[str]) -> list[str]:
    """BIO labels as BIOES: the last token of each entity E- (S- when it is also the first)."""
    converted = []
    for index, label in enumerate(labels):
        following = labels[index + 1] if index + 1 < len(labels) else "O"
        ends = following != f"I-{label[2:]}"
        if label.startswith("B-") and ends:
            label = f"S-{label[2:]}"
        elif label.startswith("I-") and ends:
            label = f"E-{label[2:]}"
        converted.append(label)
    return converted


def to_bio(labels: Sequence[str]) -> list[str]:
    return [
        f"{'B' if label[0] in 'BS' else 'I'}{label[1:]}" if label != "O" else label
        for label in labels
    ]


_JOINING = frozenset({"und", "oder", "sowie", "bzw."})


def through_truncations(words: Sequence[str], labels: Sequence[str]) -> list[str]:
    """BIO labels with each entity that ends in a truncated word carried on through the
    conjunction and the word that completes it ("Gesellschaft für Luft- und Raumfahrt"): no
    name ends in "Luft-"."""
    fixed = list(labels)
    for _, end, kind in spans(labels):
        last = words[end - 1]
        if (
            len(last) > 1
            and last.endswith("-")
            and end + 1 < len(words)
            and words[end] in _JOINING
            and words[end + 1][:1].isupper()
            and fixed[end] == fixed[end + 1] == "O"
        ):
            fixed[end] = fixed[end + 1] = f"I-{kind}"
    return fixed


@cache
def packaged_model() -> Tagger | None:
    """The shipped tagger, loaded once per process; None when the package has no model.

    Loading ends with :func:`gc.freeze`: the segmenter's trie of pieces is some 120,000 dicts
    that live as long as the process, and the garbage collector's full passes walked them all
    again and again while tagging (a sixth of the time of a cold pass over the dev set). Frozen,
    they and what else the process held at that moment are left out of those passes; they are
    still freed by reference counting, but a cycle among them is no longer collected."""
    from newsprism.entities.tagger import MODEL_FILE, Tagger

    resource = resources.files("newsprism.entities").joinpath("model", MODEL_FILE)
    if not resource.is_file():
        return None
    model = Tagger.load(resource.read_bytes())
    gc.freeze()
    return model
