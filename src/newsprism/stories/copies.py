"""Syndicated copies: near-duplicate texts, found with MinHash over word shingles and LSH.

An agency text reprinted with small edits (a new headline, a dropped paragraph, an added
teaser) keeps most of its five-word shingles; two articles written independently about the
same event share almost none, even when they quote the same sentences. ``signature`` hashes an
article's shingles into 128 MinHash values (datasketch), about 0.5 ms per article; the LSH index
proposes pairs whose estimated Jaccard similarity may reach ``threshold``, and each proposed
pair is kept only when its estimate does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

SHINGLE_WORDS = 5
PERMUTATIONS = 128
COPY_THRESHOLD = 0.5  # estimated Jaccard similarity of the shingle sets
SCHEME = "affine32"  # datasketch's hashing scheme; stored signatures depend on it
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class CopyPair:
    first: str  # article ids, in the order they were added
    second: str
    similarity: float  # estimated Jaccard similarity of the two texts' shingles


def signature(text: str) -> np.ndarray:
    """The MinHash values of the text's five-word shingles (case and punctuation ignored)."""
    words = _WORD.findall(text.lower())
    shingles = {
        " ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8")
        for i in range(max(1, len(words) - SHINGLE_WORDS + 1))
    }
    minhash = MinHash(num_perm=PERMUTATIONS, scheme=SCHEME)
    minhash.update_batch(list(shingles))
    return minhash.hashvalues


def similarity(first: np.ndarray, second: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(first == second)) / len(first)


def find_copies(
    signatures: Iterable[tuple[str, np.ndarray]], threshold: float = COPY_THRESHOLD
) -> list[CopyPair]:
    """Every pair of articles whose texts are near-duplicates, most similar first."""
    if not 0.0 < threshold < 1.0:
        raise ValueError(f"copy threshold {threshold} must lie between 0 and 1")
    index = MinHashLSH(threshold=threshold, num_perm=PERMUTATIONS)
    kept: dict[str, np.ndarray] = {}
    pairs = []
    for article_id, values in signatures:
        minhash = MinHash(num_perm=PERMUTATIONS, hashvalues=values, scheme=SCHEME)
        for other in index.query(minhash):
            estimate = similarity(kept[other], values)
            if estimate >= threshold:
                pairs.append(CopyPair(other, article_id, round(estimate, 3)))
        if article_id not in kept:
            index.insert(article_id, minhash)
            kept[article_id] = values
    return sorted(pairs, key=lambda p: (-p.similarity, p.first, p.second))
