"""The German NER tagger: a bidirectional LSTM over word vectors, run with numpy.

Each word is described by the projected mean of its multilingual encoder piece vectors (see
:mod:`newsprism.entities.pieces`: this is what lets the tagger know that an unseen "Gerassimow"
looks like a name), a learned vector of its lower-cased form, its shape ("Xx", "X-Xx"), the
text layer's lexicon tag (proper or common noun, verb, …), the entity
class a gazetteer from the training data gives it, and a small character CNN. A bidirectional
LSTM reads the sentence and scores each token's BIOES labels; a linear-chain CRF adds scores for
label pairs, and Viterbi finds the best well-formed sequence (every entity opened by ``B-`` or
``S-`` and closed), which :meth:`Tagger.tag` returns as BIO.

Word descriptions are cached per word form, so a corpus pays the per-word cost once per
vocabulary entry. Sentences are tagged in batches: the recurrence steps over positions for all
sentences of a batch at once. Trained by :mod:`newsprism.entities.train_tagger`.
"""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import numpy as np

from newsprism.entities.ner import LABELS, Gazetteer, lexicon_tag, shape, to_bio
from newsprism.entities.pieces import PieceSegmenter

MODEL_FILE = "ner_de.npz"
CHARS_PER_WORD = 20
GAZETTEER_CLASSES = ("PER", "ORG", "LOC", "MISC")
_CACHE_LIMIT = 100_000  # word forms; 100,000 descriptions take about 80 MB


@dataclass(frozen=True)
class Sizes:
    pieces: int = 64
    words: int = 32
    shapes: int = 16
    tags: int = 16
    gazetteer: int = 8
    char_vector: int = 32
    char_filters: int = 64
    hidden: int = 128

    @property
    def inputs(self) -> int:
        return (
            self.pieces + self.words + self.shapes + self.tags + self.gazetteer + self.char_filters
        )


Index = dict[str, dict[str, int]]  # vocabulary name -> entry -> id


def indexed(vocabulary: dict[str, list[str]]) -> Index:
    """Each vocabulary as entry -> id, from 1: id 0 stands for what the vocabulary lacks."""
    return {key: {v: i + 1 for i, v in enumerate(values)} for key, values in vocabulary.items()}


def word_ids(word: str, index: Index, gazetteer: Gazetteer) -> list[int]:
    """The ids the network looks a word up by, the same in training and tagging: its lower-cased
    form, shape, lexicon tag and gazetteer class, then one id per character (an unlisted
    character gets the id after the last, and 0 pads the word to ``CHARS_PER_WORD``)."""
    kind = gazetteer.get(word)
    unknown = len(index["chars"]) + 1
    chars = [index["chars"].get(char, unknown) for char in word[:CHARS_PER_WORD]]
    return [
        index["words"].get(word.lower(), 0),
        index["shapes"].get(shape(word), 0),
        index["tags"].get(lexicon_tag(word), 0),
        GAZETTEER_CLASSES.index(kind) + 1 if kind in GAZETTEER_CLASSES else 0,
        *chars,
        *[0] * (CHARS_PER_WORD - len(chars)),
    ]


@cache
def _allowed_transitions(labels: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Penalties for what a BIO or BIOES sequence cannot have: label pairs (I- or E- after
    anything but B- or I- of the same class; in BIOES, anything else after B- or I-), labels
    that cannot come first (I-, E-) and labels that cannot come last (B-, I- in BIOES)."""
    closed = any(label.startswith("E-") for label in labels)  # BIOES: B- and I- must go on

    def continues(label: str) -> bool:
        return label[:2] in ("I-", "E-")

    def opens(label: str) -> bool:
        return closed and label[:2] in ("B-", "I-")

    size = len(labels)
    moves = np.zeros((size, size), dtype=np.float32)
    for before, previous in enumerate(labels):
        for after, label in enumerate(labels):
            if continues(label):
                allowed = previous[:2] in ("B-", "I-") and previous[2:] == label[2:]
            else:
                allowed = not opens(previous)
            if not allowed:
                moves[before, after] = -1e9
    firsts = np.array([-1e9 if continues(label) else 0.0 for label in labels], np.float32)
    lasts = np.array([-1e9 if opens(label) else 0.0 for label in labels], np.float32)
    return moves, firsts, lasts


Transitions = tuple[np.ndarray, np.ndarray, np.ndarray]  # label pairs, first label, last label


def no_transitions(size: int = len(LABELS)) -> Transitions:
    return (
        np.zeros((size, size), np.float32),
        np.zeros(size, np.float32),
        np.zeros(size, np.float32),
    )


def best_paths(
    scores: np.ndarray,
    lengths: np.ndarray,
    transitions: Transitions,
    labels: tuple[str, ...] = LABELS,
) -> np.ndarray:
    """Viterbi for a batch: (sentences x steps x labels) scores -> label indices per step.

    The learned transition scores (the CRF's) are added to the per-token scores, and sequences
    that are not well-formed BIO or BIOES over ``labels`` are ruled out. Steps past a sentence's
    length keep its best scores and point back to the same label, so that every path can be
    followed back from the last step."""
    ruled_out = _allowed_transitions(labels)
    moves, firsts, lasts = (a + b for a, b in zip(transitions, ruled_out, strict=True))
    count, width, size = scores.shape
    best = scores[:, 0] + firsts
    back = np.empty((width, count, size), dtype=np.int64)
    same = np.arange(size)
    for step in range(1, width):
        candidates = best[:, :, None] + moves
        pointers = candidates.argmax(axis=1)
        reached = candidates.max(axis=1)
        live = (step < lengths)[:, None]
        best = np.where(live, reached + scores[:, step], best)
        back[step] = np.where(live, pointers, same)
    path = np.empty((count, width), dtype=np.int64)
    path[:, -1] = (best + lasts).argmax(axis=1)
    rows = np.arange(count)
    for step in range(width - 1, 0, -1):
        path[:, step - 1] = back[step, rows, path[:, step]]
    return path


def _gate_scale(hidden: int) -> np.ndarray:
    """Input, forget and output gates are sigmoids, 0.5 * (1 + tanh(x / 2)); the cell gate is a
    tanh. Halving the sigmoid gates' pre-activations lets one tanh serve all four."""
    scale = np.full(4 * hidden, 0.5, dtype=np.float32)
    scale[2 * hidden : 3 * hidden] = 1.0
    return scale


@dataclass(eq=False)
class Tagger:
    """The network's weights, the projected piece table, the vocabularies and the gazetteer;
    :meth:`tag` labels sentences. Load the shipped one with ``ner.packaged_model()``."""

    weights: dict[str, np.ndarray]
    table: np.ndarray  # int8 (pieces x projected size)
    table_scale: np.ndarray  # float32 per piece
    segmenter: PieceSegmenter
    vocabulary: Index
    gazetteer: Gazetteer
    sizes: Sizes = Sizes()
    labels: tuple[str, ...] = LABELS  # BIO, or BIOES (turned into BIO by :meth:`tag`)
    _described: dict[str, np.ndarray] = field(default_factory=dict, repr=False)

    @classmethod
    def from_parts(
        cls,
        weights: dict[str, np.ndarray],
        projected: np.ndarray,
        pieces: list[str],
        scores: list[float],
        vocabulary: dict[str, list[str]],
        gazetteer: Gazetteer,
        labels: tuple[str, ...] = LABELS,
    ) -> Tagger:
        scale = np.abs(projected).max(axis=1) / 127.0
        scale[scale == 0] = 1.0
        table = np.round(projected / scale[:, None]).astype(np.int8)
        return cls(
            weights,
            table,
            scale.astype(np.float32),
            PieceSegmenter(pieces, scores),
            indexed(vocabulary),
            gazetteer,
            labels=labels,
        )

    def save(self, folder: Path) -> Path:
        meta = {
            "pieces": self.segmenter.pieces,
            "vocabulary": {k: sorted(v, key=v.__getitem__) for k, v in self.vocabulary.items()},
            "gazetteer": self.gazetteer,
            "sizes": asdict(self.sizes),
            "labels": list(self.labels),
        }
        arrays: dict[str, Any] = {
            "table": self.table,
            "table_scale": self.table_scale,
            "piece_scores": np.asarray(self.segmenter.scores, dtype=np.float32),
            "meta": np.array(json.dumps(meta, ensure_ascii=False, sort_keys=True)),
        }
        arrays.update({f"w_{name}": v.astype(np.float16) for name, v in self.weights.items()})
        buffer = io.BytesIO()
        np.savez_compressed(buffer, **arrays)
        path = folder / MODEL_FILE
        path.write_bytes(buffer.getvalue())
        return path

    @classmethod
    def load(cls, data: bytes) -> Tagger:
        with np.load(io.BytesIO(data), allow_pickle=False) as arrays:
            meta = json.loads(str(arrays["meta"]))
            weights = {
                name[2:]: arrays[name].astype(np.float32)
                for name in arrays.files
                if name.startswith("w_")
            }
            table, scale, scores = arrays["table"], arrays["table_scale"], arrays["piece_scores"]
        return cls(
            weights,
            table,
            scale,
            PieceSegmenter(meta["pieces"], scores.tolist()),
            indexed(meta["vocabulary"]),
            meta["gazetteer"],
            Sizes(**meta["sizes"]),
            tuple(meta.get("labels", LABELS)),  # models before BIOES have no "labels"
        )

    # ----- word descriptions -----

    def _describe(self, words: Sequence[str]) -> np.ndarray:
        """The input vector of each word, from the cache or computed for the new forms at once."""
        cache = self._described
        new = [w for w in dict.fromkeys(words) if w not in cache]
        if new:
            if len(cache) + len(new) > _CACHE_LIMIT:
                cache.clear()
            for word, vector in zip(new, self._describe_new(new), strict=True):
                cache[word] = vector
        return np.stack([cache[w] for w in words])

    def _describe_new(self, words: list[str]) -> np.ndarray:
        w = self.weights
        segments = [[p for p in self.segmenter.segment(word) if p >= 0] for word in words]
        counts = np.array([len(ids) for ids in segments])
        flat = np.fromiter((p for ids in segments for p in ids), dtype=np.int64, count=counts.sum())
        rows = self.table[flat] * self.table_scale[flat, None]
        pieces = np.zeros((len(words), self.sizes.pieces), dtype=np.float32)
        owners = np.repeat(np.arange(len(words)), counts)
        np.add.at(pieces, owners, rows)
        pieces /= np.maximum(counts, 1)[:, None]
        pieces = np.tanh(pieces + w["project_bias"])
        ids = np.array([word_ids(word, self.vocabulary, self.gazetteer) for word in words])
        return np.concatenate(
            [
                pieces,
                w["words"][ids[:, 0]],
                w["shapes"][ids[:, 1]],
                w["tags"][ids[:, 2]],
                w["gazetteer"][ids[:, 3]],
                self._char_features(ids[:, 4:]),
            ],
            axis=1,
        )

    def _char_features(self, chars: np.ndarray) -> np.ndarray:
        """The character CNN over (words x CHARS_PER_WORD) character ids."""
        ids = np.pad(chars, ((0, 0), (1, 1)))  # the convolution's zero padding, one each side
        vectors = self.weights["chars"][ids]  # words x positions x char vector
        windows = np.concatenate([vectors[:, k : k + CHARS_PER_WORD] for k in range(3)], axis=2)
        kernel = self.weights["convolution"]  # filters x char vector x 3
        matrix = kernel.transpose(2, 1, 0).reshape(-1, kernel.shape[0])
        filtered = windows @ matrix + self.weights["convolution_bias"]
        return np.maximum(filtered, 0).max(axis=1)

    # ----- tagging -----

    @cached_property
    def _transitions(self) -> Transitions:
        w = self.weights
        return w["transitions"], w["first_label"], w["last_label"]

    @cached_property
    def _recurrent_weights(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Input and recurrent matrices and biases of both directions, transposed for row
        vectors and scaled so that one tanh computes every gate (see :func:`_gate_scale`)."""
        w, scale = self.weights, _gate_scale(self.sizes.hidden)
        directions = ("forward", "backward")
        return (
            np.stack([w[f"{d}_input"].T * scale for d in directions]),
            np.stack([w[f"{d}_bias"] * scale for d in directions]),
            np.stack([w[f"{d}_hidden"].T * scale for d in directions]),
        )

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO labels for each sentence (a list of its words)."""
        found: list[list[str]] = [[] for _ in sentences]
        order = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: len(sentences[i]))
        for first in range(0, len(order), 128):  # similar lengths together, little padding
            batch = order[first : first + 128]
            lengths = np.array([len(sentences[i]) for i in batch])
            scores = self._scores([sentences[i] for i in batch])
            paths = best_paths(scores, lengths, self._transitions, self.labels)
            for index, path, length in zip(batch, paths, lengths, strict=True):
                found[index] = to_bio([self.labels[label] for label in path[:length]])
        return found

    def _scores(self, sentences: list[Sequence[str]]) -> np.ndarray:
        """Each token's label scores, sentences x steps x labels (padding after the end)."""
        lengths = np.array([len(s) for s in sentences])
        words = [word for sentence in sentences for word in sentence]
        inputs = self._describe(words)
        w = self.weights
        width, hidden = int(lengths.max()), self.sizes.hidden
        # token positions in padded (sentence, step) layout; padding points at an extra zero row
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        steps = np.arange(width)
        inside = steps[None, :] < lengths[:, None]
        forward_index = np.where(inside, starts[:, None] + steps[None, :], len(words))
        backward_index = np.where(
            inside, starts[:, None] + lengths[:, None] - 1 - steps[None, :], len(words)
        )
        # both directions step together: one batched matrix product per position
        inputs_weights, bias, recurrent = self._recurrent_weights
        padded = np.vstack([inputs, np.zeros((1, inputs.shape[1]), dtype=np.float32)])
        gates = np.empty((width, 2, len(sentences), 4 * hidden), dtype=np.float32)
        index = (forward_index, backward_index)
        for direction in (0, 1):
            projected = padded @ inputs_weights[direction]
            projected += bias[direction]
            gates[:, direction] = projected[index[direction].T]
        steps_out = np.empty((width, 2, len(sentences), hidden), dtype=np.float32)
        h = np.zeros((2, len(sentences), hidden), dtype=np.float32)
        c = np.zeros_like(h)
        scale = _gate_scale(hidden)  # after the tanh, a sigmoid gate is 0.5 * (1 + tanh)
        shift = np.where(scale == 0.5, 0.5, 0.0).astype(np.float32)
        for step in range(width):
            g = gates[step]
            g += h @ recurrent
            np.tanh(g, out=g)
            g *= scale
            g += shift
            c *= g[..., hidden : 2 * hidden]
            c += g[..., :hidden] * g[..., 2 * hidden : 3 * hidden]
            h = steps_out[step]
            np.tanh(c, out=h)
            h *= g[..., 3 * hidden :]
        # back from (direction, step, sentence) to token order; padding lands on the extra row
        states = []
        for direction in (0, 1):
            out = np.empty((len(words) + 1, hidden), dtype=np.float32)
            out[index[direction].T] = steps_out[:, direction]
            states.append(out[: len(words)])
        scores = np.concatenate(states, axis=1) @ w["output"].T + w["output_bias"]
        padded = np.vstack([scores, np.zeros((1, len(self.labels)), dtype=np.float32)])
        return padded[forward_index]
