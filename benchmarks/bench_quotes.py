"""Throughput of the quotation stage alone, given the text layer, in articles/s on one core.

    python benchmarks/bench_quotes.py                   # 2,000 generated German articles
    python benchmarks/bench_quotes.py --corpus PATH     # any files newsprism reads

The text layer runs first and is not timed; the figure is for ``find_quotes`` per article.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_text import run_on_corpus_or_generated, text_layer
from newsprism.quotes.detect import find_quotes


def measure(paths: list[str]) -> None:
    articles = text_layer(paths)
    find_quotes(articles[0])  # load the cue lexicon
    started = time.perf_counter()
    found = sum(len(find_quotes(article)) for article in articles)
    seconds = time.perf_counter() - started
    size = sum(len(a.tokens) for a in articles) / len(articles)
    print(f"articles: {len(articles):,}, tokens/article: {size:.0f}, quotations found: {found:,}")
    print(
        f"quotation stage: {len(articles) / seconds:,.0f} articles/s per core "
        f"({seconds / len(articles) * 1000:.2f} ms per article)"
    )


def main() -> None:
    run_on_corpus_or_generated(measure, __doc__, articles=2000)


if __name__ == "__main__":
    main()
