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
    """The analysed articles in input order. They are analysed ``chunk_size`` at a time, so
    that stages with a batch form (the NER tagger) work on many articles at once."""
    iterator = iter(items)
    chunks = iter(lambda: list(islice(iterator, chunk_size)), [])  # until the stream is empty
    if jobs <= 1:
        for chunk in chunks:
            yield from apply_all(pipeline, chunk)
        return
    # fork shares the loaded lexicons with the workers; elsewhere spawn is the safe choice.
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    with context.Pool(jobs, initializer=_start_worker, initargs=(pipeline,)) as pool:
        # imap reads ahead without limit; feed it a window of chunks at a time to keep memory
        # flat.
        while window := list(islice(chunks, jobs * 4)):
            for done in pool.imap(_work, window):
                yield from done


def apply(pipeline: Pipeline, item: Item) -> Item:
    (done,) = apply_all(pipeline, [item])
    return done


def apply_all(pipeline: Pipeline, items: list[Item]) -> list[Item]:
    """Each item analysed; Problems pass through, and an article on which a stage fails becomes
    a Problem (E401): a bug or pathological input must not end the batch."""
    articles = [item for item in items if isinstance(item, Article)]
    results = iter(pipeline.run_batch(articles) if articles else [])
    done: list[Item] = []
    for item in items:
        if isinstance(item, Problem):
            done.append(item)
            continue
        result = next(results)
        done.append(_problem(item, result) if isinstance(result, Exception) else result)
    return done


def _problem(article: Article, error: Exception) -> Problem:
    where = article.origin or article.id
    last = traceback.extract_tb(error.__traceback__)[-1]
    detail = (
        f"{type(error).__name__}: {error} (at {last.filename.rsplit('/', 1)[-1]}:{last.lineno})"
    )
    return Problem("E401", where, "", detail)


def _start_worker(pipeline: Pipeline) -> None:
    global _worker_pipeline
    _worker_pipeline = pipeline
    threadpool_limits(1)  # for the rest of the worker's life, forked or spawned


def _work(items: list[Item]) -> list[Item]:
    assert _worker_pipeline is not None
    return apply_all(_worker_pipeline, items)
