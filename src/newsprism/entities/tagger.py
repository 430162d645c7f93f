"""The German NER tagger: a bidirectional LSTM over word vectors, run with numpy.

Each word is described by the projected mean of its multilingual encoder piece vectors (see
:mod:`newsprism.entities.pieces`: this is what lets the tagger know that an unseen "Gerassimow"
looks like a name), a learned vector of its lower-cased form, its shape ("Xx", "X-Xx"), the
text layer's lexicon tag (proper or common noun, verb, …), the entity
class a gazetteer from the training data gives it, and a small character CNN. A bidirectional
LSTM reads the sentence and scores each token's BIOES labels; a linear-chain CRF adds scores for
label pairs, and Viterbi finds the best well-formed sequence (every entity opened by ``B-`` or
``S-`` and closed), which :meth:`Tagger.tag` returns as BIO.

A model may hold several such networks (members) trained with different seeds on the same
data: their token scores and transition scores are averaged before Viterbi, which makes fewer
errors than any one of them. The members share the word segmentation, vocabularies and gazetteer,
and step through their recurrences together.

Word descriptions are cached per word form, so a corpus pays the per-word cost once per
vocabulary entry. Sentences are tagged in batches: the recurrence steps over positions for all
sentences of a batch at once. Trained by :mod:`newsprism.entities.train_tagger`.
"""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import numpy as np
from threadpoolctl import ThreadpoolController

from newsprism.entities.ner import (
    LABELS,
    Gazetteer,
    lexicon_tag,
    shape,
    through_truncations,
    to_bio,
)
from newsprism.entities.pieces import PieceSegmenter

MODEL_FILE = "ner_de.npz"
CHARS_PER_WORD = 20
GAZETTEER_CLASSES = ("PER", "ORG", "LOC", "MISC")
_CACHE_BYTES = 200_000_000  # per tagger: 50,000 word forms for one member, 25,000 for two
# A piece vector's values are stored as whole multiples of a per-piece step, from -7 to 7 (4 bits;
# the file's compression packs them into about 3.5 bits each). Dev F1 is the same as with 8 bits.
_TABLE_LEVELS = 7
# Matrices the file keeps in 8 bits, a step per row (the rest in 16): the largest. Dev F1 0.8089
# with all in 16 bits, 0.8093 with these in 8 (2 of 41,653 tokens changed); 7.3 MB against 9.5
# with the piece table's 4-bit values also packed two to a byte.
_EIGHT_BITS = ("words", "forward_input", "forward_hidden", "backward_input", "backward_hidden")


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
def _blas() -> ThreadpoolController:
    """The process's BLAS libraries. The recurrence multiplies small matrices, for which a second
    BLAS thread costs more than it gives: with two threads on two cores, tagging took twice the
    processor time and ran slower by the clock than with one."""
    return ThreadpoolController()


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
    into = np.ascontiguousarray(moves.T)  # (label, previous label): reductions run along rows
    order = np.argsort(lengths, kind="stable")  # shortest first: the live ones are a suffix
    scores, lengths = scores[order], lengths[order]
    count, width, size = scores.shape
    best = scores[:, 0] + firsts
    back = np.empty((width, count, size), dtype=np.int64)
    back[:] = np.arange(size)  # an ended sentence points back to the same label
    ended = np.searchsorted(lengths, np.arange(width), side="right")  # per step, how many
    for step in range(1, width):
        live = ended[step]
        candidates = best[live:, None, :] + into
        pointers = candidates.argmax(axis=2)
        best[live:] = np.take_along_axis(candidates, pointers[:, :, None], axis=2)[:, :, 0]
        best[live:] += scores[live:, step]
        back[step, live:] = pointers
    path = np.empty((count, width), dtype=np.int64)
    path[:, -1] = (best + lasts).argmax(axis=1)
    rows = np.arange(count)
    for step in range(width - 1, 0, -1):
        path[:, step - 1] = back[step, rows, path[:, step]]
    found = np.empty_like(path)
    found[order] = path
    return found


def _gate_scale(hidden: int) -> np.ndarray:
    """Input, forget and output gates are sigmoids, 0.5 * (1 + tanh(x / 2)); the cell gate is a
    tanh. Halving the sigmoid gates' pre-activations lets one tanh serve all four."""
    scale = np.full(4 * hidden, 0.5, dtype=np.float32)
    scale[2 * hidden : 3 * hidden] = 1.0
    return scale


@dataclass(eq=False)
class Member:
    """One trained network: its weights and its projected piece table."""

    weights: dict[str, np.ndarray]
    table: np.ndarray  # int8 (pieces x projected size), from -_TABLE_LEVELS to _TABLE_LEVELS
    table_scale: np.ndarray  # float32 per piece: the step

    @classmethod
    def from_projected(cls, weights: dict[str, np.ndarray], projected: np.ndarray) -> Member:
        scale = (np.abs(projected).max(axis=1) / _TABLE_LEVELS).astype(np.float16)
        scale[scale == 0] = 1.0
        table = np.round(projected / scale[:, None].astype(np.float32))
        table = np.clip(table, -_TABLE_LEVELS, _TABLE_LEVELS).astype(np.int8)
        return cls(weights, table, scale.astype(np.float32))


def _nibbles(table: np.ndarray) -> np.ndarray:
    """The table's values (-8 to 7), two to a byte: the file holds half as many bytes, and its
    compression comes within 4% of what the values' entropy allows (3.5 bits)."""
    if table.shape[1] % 2 or table.min() < -8 or table.max() > 7:
        raise ValueError("a piece table is packed from an even number of 4-bit columns")
    values = (table.astype(np.int16) + 8).astype(np.uint8)
    return (values[:, ::2] << 4) | values[:, 1::2]


def _from_nibbles(packed: np.ndarray) -> np.ndarray:
    table = np.empty((len(packed), 2 * packed.shape[1]), dtype=np.int8)
    table[:, ::2] = packed >> 4
    table[:, 1::2] = packed & 15
    table -= 8
    return table


def _prefix(member: int) -> str:
    """Array names of a member in the model file: the first member's are unprefixed, so a file
    with one network reads as before."""
    return f"member{member}_" if member else ""


@dataclass(eq=False)
class Tagger:
    """The members' weights, the vocabularies and the gazetteer; :meth:`tag` labels sentences.
    Load the shipped one with ``ner.packaged_model()``."""

    members: tuple[Member, ...]
    segmenter: PieceSegmenter
    vocabulary: Index
    gazetteer: Gazetteer
    sizes: Sizes = Sizes()
    labels: tuple[str, ...] = LABELS  # BIO, or BIOES (turned into BIO by :meth:`tag`)
    _rows: dict[str, int] = field(default_factory=dict, repr=False)  # see :meth:`_gate_rows`
    _table: np.ndarray = field(default_factory=lambda: np.zeros((0, 0, 0)), repr=False)
    # the table and its rows change while a batch is tagged: one batch at a time per tagger
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

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
        return cls(
            (Member.from_projected(weights, projected),),
            PieceSegmenter(pieces, scores),
            indexed(vocabulary),
            gazetteer,
            labels=labels,
        )

    @classmethod
    def joined(cls, taggers: Sequence[Tagger]) -> Tagger:
        """One tagger whose members are those of ``taggers``, which must have been trained on the
        same data (same pieces, vocabularies, gazetteer and labels)."""
        first = taggers[0]
        for other in taggers[1:]:
            same = (
                other.segmenter.pieces == first.segmenter.pieces
                and other.vocabulary == first.vocabulary
                and other.gazetteer == first.gazetteer
                and (other.sizes, other.labels) == (first.sizes, first.labels)
            )
            if not same:
                raise ValueError("taggers trained on different data cannot be joined")
        members = tuple(member for tagger in taggers for member in tagger.members)
        return cls(
            members, first.segmenter, first.vocabulary, first.gazetteer, first.sizes, first.labels
        )

    def save(self, folder: Path) -> Path:
        meta = {
            "pieces": self.segmenter.pieces,
            "vocabulary": {k: sorted(v, key=v.__getitem__) for k, v in self.vocabulary.items()},
            "gazetteer": self.gazetteer,
            "sizes": asdict(self.sizes),
            "labels": list(self.labels),
            "members": len(self.members),
        }
        arrays: dict[str, Any] = {
            "piece_scores": np.asarray(self.segmenter.scores, dtype=np.float32),
            "meta": np.frombuffer(
                json.dumps(meta, ensure_ascii=False, sort_keys=True).encode("utf-8"), np.uint8
            ),
        }
        for number, member in enumerate(self.members):
            prefix = _prefix(number)
            arrays[f"{prefix}table4"] = _nibbles(member.table)
            arrays[f"{prefix}table_scale"] = member.table_scale.astype(np.float16)
            for name, value in member.weights.items():
                if name in _EIGHT_BITS:
                    step = np.abs(value).max(axis=1, keepdims=True) / 127
                    step[step == 0] = 1.0
                    arrays[f"{prefix}q_{name}"] = np.round(value / step).astype(np.int8)
                    arrays[f"{prefix}s_{name}"] = step.astype(np.float16)
                else:
                    arrays[f"{prefix}w_{name}"] = value.astype(np.float16)
        buffer = io.BytesIO()
        np.savez_compressed(buffer, **arrays)
        path = folder / MODEL_FILE
        path.write_bytes(buffer.getvalue())
        return path

    @classmethod
    def load(cls, data: bytes) -> Tagger:
        with np.load(io.BytesIO(data), allow_pickle=False) as arrays:
            raw = arrays["meta"]  # UTF-8 bytes; a string in files before 2026-11-24
            meta = json.loads(raw.tobytes().decode("utf-8") if raw.dtype == np.uint8 else str(raw))
            members = []
            for number in range(meta.get("members", 1)):
                prefix = _prefix(number)
                weights = {}
                for name in arrays.files:
                    if name.startswith(f"{prefix}w_"):
                        weights[name[len(prefix) + 2 :]] = arrays[name].astype(np.float32)
                    elif name.startswith(f"{prefix}q_"):
                        step = arrays[f"{prefix}s_{name[len(prefix) + 2 :]}"].astype(np.float32)
                        weights[name[len(prefix) + 2 :]] = arrays[name] * step
                if f"{prefix}table4" in arrays.files:
                    table = _from_nibbles(arrays[f"{prefix}table4"])
                else:
                    table = arrays[f"{prefix}table"]  # one value a byte, before 2026-11-24
                scale = arrays[f"{prefix}table_scale"]
                members.append(Member(weights, table, scale.astype(np.float32)))
            scores = arrays["piece_scores"]
        return cls(
            tuple(members),
            PieceSegmenter(meta["pieces"], scores.tolist()),
            indexed(meta["vocabulary"]),
            meta["gazetteer"],
            Sizes(**meta["sizes"]),
            tuple(meta.get("labels", LABELS)),  # models before BIOES have no "labels"
        )

    # ----- word descriptions -----

    def _gate_rows(self, words: Sequence[str]) -> np.ndarray:
        """Each word's row in the table of gate inputs (runs x forms x 4 hidden): what its
        description contributes to the gates of every recurrence, the description times the
        input matrices plus the biases. That does not depend on the word's neighbours, so it is
        kept per word form and computed for the new forms at once. Row 0 stays zero, for
        padding."""
        rows = self._rows
        new = [w for w in dict.fromkeys(words) if w not in rows]
        if new:
            inputs_weights, bias, _ = self._recurrent_weights
            capacity = _CACHE_BYTES // (4 * bias.size)
            if len(rows) + len(new) > capacity:
                rows.clear()  # start over, with every form of these words
                new = list(dict.fromkeys(words))
            first = len(rows) + 1
            if self._table.shape[-2] < first + len(new):  # pages are taken as rows are written
                shape = (len(bias), max(capacity, len(new)) + 1, bias.shape[1])
                self._table = np.empty(shape, np.float32)  # numpy asks the system for huge pages
                self._table[:, 0] = 0.0
            size = self.sizes.inputs
            described = self._describe(new)
            for run, matrix in enumerate(inputs_weights):
                member = described[:, run // 2 * size : (run // 2 + 1) * size]
                self._table[run, first : first + len(new)] = member @ matrix + bias[run]
            rows.update(zip(new, range(first, first + len(new)), strict=True))
        return np.fromiter((rows[w] for w in words), dtype=np.int64, count=len(words))

    def _describe(self, words: list[str]) -> np.ndarray:
        """The input vector of each word, the members' side by side."""
        segments = [[p for p in self.segmenter.segment(word) if p >= 0] for word in words]
        counts = np.array([len(ids) for ids in segments])
        flat = np.fromiter((p for ids in segments for p in ids), dtype=np.int64, count=counts.sum())
        pieced = counts > 0  # a word of characters no piece covers has no piece vector
        starts = (np.cumsum(counts) - counts)[pieced]
        ids = np.array([word_ids(word, self.vocabulary, self.gazetteer) for word in words])
        described = []
        for member in self.members:
            w = member.weights
            rows = member.table[flat] * member.table_scale[flat, None]
            pieces = np.zeros((len(words), self.sizes.pieces), dtype=np.float32)
            if len(starts):
                pieces[pieced] = np.add.reduceat(rows, starts, axis=0)
            pieces /= np.maximum(counts, 1)[:, None]
            described += [
                np.tanh(pieces + w["project_bias"]),
                w["words"][ids[:, 0]],
                w["shapes"][ids[:, 1]],
                w["tags"][ids[:, 2]],
                w["gazetteer"][ids[:, 3]],
                self._char_features(w, ids[:, 4:]),
            ]
        return np.concatenate(described, axis=1)

    @staticmethod
    def _char_features(weights: dict[str, np.ndarray], chars: np.ndarray) -> np.ndarray:
        """The character CNN over (words x CHARS_PER_WORD) character ids, max-pooled.

        A window of three characters scores the sum of what each character contributes at its
        place in the window, so that contribution is computed once per character and place and
        the windows only add rows of it up. ReLU after the maximum is the maximum after ReLU,
        and the bias is the same for every window, so both come after the maximum.

        A window past a word's last character covers only padding and gives the same value for
        every word, so words are taken in groups of similar length and each group's windows stop
        after the one past its longest word; the padding value joins the maximum where windows
        were cut.
        """
        padded = np.pad(chars, ((0, 0), (1, 1)))  # the convolution's zero padding, one each side
        kernel = weights["convolution"]  # filters x char vector x 3
        # (place in the window, character, filter)
        places = np.einsum("cv,fvk->kcf", weights["chars"], kernel).astype(np.float32)
        blank = places[:, 0].sum(axis=0)  # a window of padding
        # windows needed per word: up to the one after its last character, in steps of four
        widths = np.minimum(((chars > 0).sum(axis=1) + 4) // 4 * 4, CHARS_PER_WORD)
        features = np.empty((len(chars), kernel.shape[0]), dtype=np.float32)
        for width in np.unique(widths).tolist():
            group = np.flatnonzero(widths == width)
            ids = padded[group, : width + 2]
            windows = places[0][ids[:, :width]]
            windows += places[1][ids[:, 1 : width + 1]]
            windows += places[2][ids[:, 2:]]
            found = windows.max(axis=1)
            features[group] = found if width == CHARS_PER_WORD else np.maximum(found, blank)
        features += weights["convolution_bias"]
        return np.maximum(features, 0, out=features)

    # ----- tagging -----

    @cached_property
    def _transitions(self) -> Transitions:
        names = ("transitions", "first_label", "last_label")
        means = [np.mean([m.weights[name] for m in self.members], axis=0) for name in names]
        return means[0], means[1], means[2]

    @cached_property
    def _recurrent_weights(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Input and recurrent matrices and biases of both directions of every member (forward
        and backward of the first, then of the second, …), transposed for row vectors and scaled
        so that one tanh computes every gate (see :func:`_gate_scale`)."""
        scale = _gate_scale(self.sizes.hidden)
        runs = [(m.weights, d) for m in self.members for d in ("forward", "backward")]
        return (
            np.stack([w[f"{d}_input"].T * scale for w, d in runs]),
            np.stack([w[f"{d}_bias"] * scale for w, d in runs]),
            np.stack([w[f"{d}_hidden"].T * scale for w, d in runs]),
        )

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO labels for each sentence (a list of its words)."""
        found: list[list[str]] = [[] for _ in sentences]
        order = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: len(sentences[i]))
        for first in range(0, len(order), 128):  # similar lengths together, little padding
            batch = order[first : first + 128]
            lengths = np.array([len(sentences[i]) for i in batch])
            with self._lock, _blas().limit(limits=1, user_api="blas"):
                scores = self._scores([sentences[i] for i in batch])
            paths = best_paths(scores, lengths, self._transitions, self.labels)
            for index, path, length in zip(batch, paths, lengths, strict=True):
                labels = to_bio([self.labels[label] for label in path[:length]])
                found[index] = through_truncations(sentences[index], labels)
        return found

    def _scores(self, sentences: list[Sequence[str]]) -> np.ndarray:
        """Each token's label scores (the members' mean), sentences x steps x labels (padding
        after the end)."""
        lengths = np.array([len(s) for s in sentences])
        words = [word for sentence in sentences for word in sentence]
        rows = self._gate_rows(words)
        width, hidden = int(lengths.max()), self.sizes.hidden
        # each (sentence, step)'s row in the gate table, forwards and backwards; padding is row 0
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        steps = np.arange(width)
        inside = steps[None, :] < lengths[:, None]
        forward_index = np.where(inside, starts[:, None] + steps[None, :], len(words))
        backward_index = np.where(
            inside, starts[:, None] + lengths[:, None] - 1 - steps[None, :], len(words)
        )
        index = (forward_index, backward_index)
        rows = np.append(rows, 0)
        forward_rows, backward_rows = rows[forward_index.T], rows[backward_index.T]  # steps x n
        # sentences come shortest first: at each step, those before ``live`` have ended
        live = (lengths[None, :] <= steps[:, None]).argmin(axis=1)
        # all directions of all members step together: one batched matrix product per position
        recurrent, table = self._recurrent_weights[2], self._table
        runs, count = len(recurrent), len(sentences)
        steps_out = np.empty((width, runs, count, hidden), dtype=np.float32)  # ended: unused
        g = np.empty((runs, count, 4 * hidden), dtype=np.float32)
        h = np.zeros((runs, count, hidden), dtype=np.float32)
        c = np.zeros_like(h)
        scale = _gate_scale(hidden)  # after the tanh, a sigmoid gate is 0.5 * (1 + tanh)
        shift = np.where(scale == 0.5, 0.5, 0.0).astype(np.float32)
        for step in range(width):
            first = live[step]
            for run in range(runs):
                ids = (backward_rows if run % 2 else forward_rows)[step, first:]
                # mode="clip": with the default "raise", numpy buffers ``out`` (ten times slower)
                np.take(table[run], ids, axis=0, out=g[run, first:], mode="clip")
            gates = g[:, first:]
            gates += h[:, first:] @ recurrent
            np.tanh(gates, out=gates)
            gates *= scale
            gates += shift
            cells = c[:, first:]
            cells *= gates[..., hidden : 2 * hidden]
            cells += gates[..., :hidden] * gates[..., 2 * hidden : 3 * hidden]
            h = steps_out[step]
            np.tanh(cells, out=h[:, first:])
            h[:, first:] *= gates[..., 3 * hidden :]
        # back from (run, step, sentence) to token order; padding lands on the extra row
        scores = np.zeros((len(words), len(self.labels)), dtype=np.float32)
        for number, member in enumerate(self.members):
            states = []
            for direction in (0, 1):
                out = np.empty((len(words) + 1, hidden), dtype=np.float32)
                out[index[direction].T] = steps_out[:, 2 * number + direction]
                states.append(out[: len(words)])
            w = member.weights
            scores += np.concatenate(states, axis=1) @ w["output"].T + w["output_bias"]
        scores /= len(self.members)
        padded = np.vstack([scores, np.zeros((1, len(self.labels)), dtype=np.float32)])
        return padded[forward_index]
