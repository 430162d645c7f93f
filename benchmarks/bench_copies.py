"""Syndicated-copy detection: MinHash signatures per second, and the LSH pass over them.

python benchmarks/bench_copies.py                   # 5,000 generated German articles
python benchmarks/bench_copies.py --corpus PATH     # any files newsprism reads
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_text import run_on_corpus_or_generated
from newsprism import Article, read
from newsprism.stories.copies import find_copies, signature


def measure(paths: list[str]) -> None:
    texts = [(a.id, a.text) for a in read(paths) if isinstance(a, Article)]
    started = time.perf_counter()
    signatures = [(article_id, signature(text)) for article_id, text in texts]
    signing = time.perf_counter() - started
    started = time.perf_counter()
    pairs = find_copies(signatures)
    indexing = time.perf_counter() - started
    print(f"articles: {len(texts):,}, copy pairs: {len(pairs):,}")
    print(f"signatures: {len(texts) / signing:,.0f} articles/s per core (target >= 500)")
    print(f"LSH index and pairs: {indexing:.2f} s")


def main() -> None:
    run_on_corpus_or_generated(measure, __doc__, articles=5000)


if __name__ == "__main__":
    main()
