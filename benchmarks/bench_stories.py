"""Story grouping speed: fingerprints per article (the map step), then grouping a collection.

    python benchmarks/bench_stories.py                      # 2,000 generated articles, then
                                                            # grouping 100,000 synthetic ones
    python benchmarks/bench_stories.py --corpus PATH        # fingerprints of your own files
    python benchmarks/bench_stories.py --group 20000        # a smaller grouping run

Fingerprints are timed given the text layer, with and without the sentence vector. Grouping is
timed on synthetic fingerprints: events spread over 90 days, each reported by a few outlets in
words and names drawn from an event vocabulary plus a shared one, sentence vectors near an event
direction. They measure speed and memory, not quality (see eval_stories.py for that).
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))

from bench_text import run_on_corpus_or_generated, text_layer
from newsprism.stories.cluster import Features, document_frequencies, group_stream
from newsprism.stories.fingerprint import fingerprint
from newsprism.stories.score import pairwise


def measure_fingerprints(paths: list[str]) -> None:
    articles = text_layer(paths)
    fingerprint(articles[0])  # load the sentence encoder
    for vector in (False, True):
        started = time.perf_counter()
        for article in articles:
            fingerprint(article, vector=vector)
        seconds = time.perf_counter() - started
        label = "MinHash + terms + vector" if vector else "MinHash + terms"
        print(f"fingerprints ({label}): {len(articles) / seconds:,.0f} articles/s per core")


def synthetic(count: int, seed: int = 11) -> Iterator[tuple[Features, str]]:
    """``count`` articles with their gold event, in date order, generated as they are read."""
    rng = random.Random(seed)
    numbers = np.random.default_rng(seed)
    shared = [f"wort{i}" for i in range(5000)]
    common_names = [f"@name{i}" for i in range(300)]
    start = date(2024, 1, 1)
    # events spread evenly over 90 days; a few more than the reports (4.3 each on average) need
    events = count // 4 + 10
    days = sorted(rng.randrange(90) for _ in range(events))
    made = 0
    for event, first_day in enumerate(days, start=1):
        words = [f"e{event}w{i}" for i in range(25)]
        names = [f"@e{event}n{i}" for i in range(6)]
        direction = numbers.normal(size=512)
        day = start + timedelta(days=first_day)
        for report in range(rng.choice([1, 2, 3, 4, 6, 10])):
            if made == count:
                return
            terms: dict[str, int] = {}
            chosen = rng.sample(words, 12) + rng.sample(shared[: rng.choice([500, 5000])], 25)
            chosen += rng.sample(names, 4) + rng.sample(common_names, 2)
            for term in chosen:
                terms[term] = terms.get(term, 0) + rng.randint(1, 3)
            vector = direction + numbers.normal(scale=1.2, size=512)
            scaled = np.rint(vector * 127 / np.max(np.abs(vector))).astype(np.int8).tobytes()
            published = (day + timedelta(days=report % 2)).isoformat()
            article_id = f"a{made}"
            made += 1
            source = f"outlet{report}"
            yield Features(article_id, source, published, "de", b"", terms, scaled), str(event)


def measure_grouping(count: int) -> None:
    """Grouping as the store runs it: one pass for document frequencies, then the articles
    streamed in date order, so memory holds only what is recent."""
    size, frequency = document_frequencies(article for article, _ in synthetic(count))
    gold: dict[str, str] = {}

    def articles() -> Iterator[tuple[Features, None]]:
        for article, event in synthetic(count):
            if int(article.id[1:]) < 20_000:
                gold[article.id] = event
            yield article, None

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    found = {m.article_id: m.story_id for m in group_stream(articles(), size, frequency, 1)}
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    score = pairwise(gold, {a: found[a] for a in gold})
    print(
        f"grouping {count:,} articles: {seconds:.1f} s ({count / seconds:,.0f} articles/s), "
        f"{len(set(found.values())):,} stories, peak memory {peak:,.0f} MB "
        f"({before:,.0f} MB before grouping)"
    )
    print(f"synthetic pairwise P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--group", type=int, default=100_000)
    known, rest = parser.parse_known_args()
    sys.argv = [sys.argv[0], *rest]
    run_on_corpus_or_generated(measure_fingerprints, __doc__, articles=2000)
    measure_grouping(known.group)


if __name__ == "__main__":
    main()
