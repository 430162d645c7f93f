"""Syndicated-copy detection: MinHash signatures per second, and the LSH pass over them.

python benchmarks/bench_copies.py                   # 5,000 generated German articles
python benchmarks/bench_copies.py --corpus PATH     # any files newsprism reads
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_text import generate
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
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", nargs="+")
    parser.add_argument("--articles", type=int, default=5000)
    args = parser.parse_args()
    if args.corpus:
        measure(args.corpus)
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "generated.jsonl"
        generate(args.articles, path)
        measure([str(path)])


if __name__ == "__main__":
    main()
