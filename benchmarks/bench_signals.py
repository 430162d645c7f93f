"""Cost of the framing-signals stage alone (wording, narratives, artefacts), per article.

    python benchmarks/bench_signals.py                   # 2,000 generated German articles
    python benchmarks/bench_signals.py --corpus PATH     # any files newsprism reads

The earlier stages run first (named entities off) and are not timed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_text import run_on_corpus_or_generated
from newsprism import Article, read
from newsprism.framing.stages import signals
from newsprism.pipeline import default_pipeline
from newsprism.settings import Settings


def measure(paths: list[str]) -> None:
    settings = Settings(entities=False)
    pipeline = default_pipeline(settings)
    articles = [
        pipeline(item) for item in read(paths, settings=settings) if isinstance(item, Article)
    ]
    signals(articles[0], settings)  # load the lexicon, the catalogue and the sentence encoder
    started = time.perf_counter()
    found = sum(len(signals(article, settings).signals) for article in articles)
    seconds = time.perf_counter() - started
    print(f"articles: {len(articles):,}, signals found: {found:,}")
    print(
        f"signals stage: {len(articles) / seconds:,.0f} articles/s per core "
        f"({seconds / len(articles) * 1000:.3f} ms per article; target <= 2 ms)"
    )


def main() -> None:
    run_on_corpus_or_generated(measure, __doc__, articles=2000)


if __name__ == "__main__":
    main()
