"""Running a pipeline over a stream of articles, in this process or in a process pool.

The stream may hold :class:`~newsprism.errors.Problem` records from ingest; they pass through
in order. An article on which a stage fails becomes a Problem (E401) too, so one bad article never
stops a batch. With ``jobs > 1`` the articles go to worker processes in chunks and come back in
input order; memory stays bounded because the pool reads the stream lazily.
"""

from __future__ import annotations

import multiprocessing
import sys
import traceback
from collections.abc import Iterable, Iterator
from itertools import islice

from threadpoolctl import threadpool_limits

from newsprism.errors import Problem
from newsprism.model import Article
from newsprism.pipeline import Pipeline

Item = Article | Problem

_worker_pipeline: Pipeline | None = None


def run(
    pipeline: Pipeline, items: Iterable[Item], jobs: int = 1, chunk_size: int = 32
) -> Iterator[Item]:
    if jobs <= 1:
        for item in items:
            yield apply(pipeline, item)
        return
    # fork shares the loaded lexicons with the workers; elsewhere spawn is the safe choice.
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    with context.Pool(jobs, initializer=_start_worker, initargs=(pipeline,)) as pool:
        # imap reads ahead without limit; feed it a window at a time to keep memory flat.
        iterator = iter(items)
        window = jobs * chunk_size * 4
        while batch := list(islice(iterator, window)):
            yield from pool.imap(_work, batch, chunksize=chunk_size)


def apply(pipeline: Pipeline, item: Item) -> Item:
    if isinstance(item, Problem):
        return item
    try:
        return pipeline(item)
    except Exception as error:  # a bug or pathological input must not end the batch
        where = item.origin or item.id
        last = traceback.extract_tb(error.__traceback__)[-1]
        detail = (
            f"{type(error).__name__}: {error} (at {last.filename.rsplit('/', 1)[-1]}:{last.lineno})"
        )
        return Problem("E401", where, "", detail)


def _start_worker(pipeline: Pipeline) -> None:
    global _worker_pipeline
    _worker_pipeline = pipeline
    threadpool_limits(1)  # for the rest of the worker's life, forked or spawned


def _work(item: Item) -> Item:
    assert _worker_pipeline is not None
    return apply(_worker_pipeline, item)
