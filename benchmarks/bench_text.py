"""Throughput of ingest + text layer, in articles per second on one core.

    python benchmarks/bench_text.py                      # 3,000 generated German articles
    python benchmarks/bench_text.py --articles 100000 --memory   # memory over a long stream
    python benchmarks/bench_text.py --corpus PATH        # any files newsprism reads
    python benchmarks/bench_text.py --morphology hanta   # HanTa's sentence tagger, for comparison

Generated articles have about 450 tokens. Their words follow Zipf's law (exponent 1.05) over
200,000 forms: frequent news words at the top ranks, then German word forms drawn from
simplemma's table. So new word forms keep arriving as in a real stream, where a generator that
repeats a few sentences would flatter the per-form cache.
The run is single-process (``jobs=1``); the figure printed is per core.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from itertools import accumulate
from pathlib import Path

from newsprism import Article, Problem, read
from newsprism.pipeline import Pipeline, default_pipeline
from newsprism.runner import run
from newsprism.settings import Settings

TEXT_STAGES = ("language", "tokens")

FREQUENT = [
    "der",
    "die",
    "das",
    "und",
    "in",
    "den",
    "von",
    "zu",
    "mit",
    "sich",
    "des",
    "auf",
    "für",
    "ist",
    "im",
    "dem",
    "nicht",
    "ein",
    "eine",
    "als",
    "auch",
    "es",
    "an",
    "werden",
    "aus",
    "er",
    "hat",
    "dass",
    "sie",
    "nach",
    "wird",
    "bei",
    "einer",
    "um",
    "am",
    "sind",
    "noch",
    "wie",
    "einem",
    "über",
    "einen",
    "so",
    "zum",
    "war",
    "haben",
    "nur",
    "oder",
    "aber",
    "vor",
    "zur",
    "bis",
    "mehr",
    "durch",
    "man",
    "sein",
    "wurde",
    "sei",
    "habe",
    "seien",
    "könne",
    "müsse",
    "werde",
    "sagte",
    "betonte",
    "erklärte",
    "forderte",
    "warnte",
    "Regierung",
    "Minister",
    "Präsident",
    "Ukraine",
    "Russland",
    "Krieg",
    "Nato",
    "Berlin",
    "Brüssel",
    "Moskau",
    "Kiew",
    "Woche",
    "Jahr",
    "Prozent",
    "Millionen",
    "Menschen",
    "Land",
    "Stadt",
]
NAMES = ("Jens Brandvik", "Karla Weiß", "Olaf Beispiel", "Mira Halvorsen", "Tomasz Nowak")
CUES = ("sagte", "betonte", "erklärte", "warnte", "so")


def vocabulary(rng: random.Random, size: int = 200_000) -> list[str]:
    """Frequent news words first, then German word forms in random order, as ranks."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    forms = [
        w
        for w in DefaultDictionaryFactory().get_dictionary("de")
        if w.isalpha() and 2 < len(w) < 18
    ]
    rng.shuffle(forms)
    return FREQUENT + forms[: size - len(FREQUENT)]


def generate(count: int, path: Path, seed: int = 7) -> None:
    """Articles of ~450 tokens whose words follow Zipf's law (exponent 1.05) over 200k forms."""
    rng = random.Random(seed)
    words = vocabulary(rng)
    weights = list(accumulate(1 / rank**1.05 for rank in range(1, len(words) + 1)))
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            paragraphs = []
            tokens = 0
            while tokens < 440:
                sentence = rng.choices(words, cum_weights=weights, k=rng.randint(8, 22))
                sentence[0] = sentence[0].capitalize()
                text = " ".join(sentence)
                roll = rng.random()
                if roll < 0.3:
                    text = f"„{text}“, {rng.choice(CUES)} {rng.choice(NAMES)}."
                elif roll < 0.4:
                    text += f", am {rng.randint(1, 28)}. März {rng.randint(2019, 2025)}."
                else:
                    text += "."
                paragraphs.append(text)
                tokens += len(sentence) + 2
            body = "\n\n".join(
                " ".join(paragraphs[i : i + 3]) for i in range(0, len(paragraphs), 3)
            )
            record = {
                "id": f"gen-{number}",
                "title": f"Meldung {number}: {rng.choice(words[:3000]).capitalize()} im Fokus",
                "published": "2024-03",
                "source": "Generator",
                "text": body,
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def measure(
    paths: list[str], settings: Settings, report_memory: bool, stages: str = "text"
) -> None:
    pipeline = default_pipeline(settings)
    if stages == "text":
        pipeline = Pipeline(tuple(s for s in pipeline.stages if s.name in TEXT_STAGES), settings)
    started = time.perf_counter()
    articles = tokens = problems = 0
    first_done = None
    for item in run(pipeline, read(paths, settings=settings)):
        if isinstance(item, Problem):
            problems += 1
            continue
        assert isinstance(item, Article)
        articles += 1
        tokens += len(item.tokens)
        if first_done is None:
            first_done = time.perf_counter()  # includes loading the lexicons
        if report_memory and articles % 10_000 == 0:
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"  {articles:>7,} articles  max RSS {rss:,.0f} MB", flush=True)
    total = time.perf_counter() - started
    assert first_done is not None, "no article was analysed"
    steady = total - (first_done - started)
    print(f"articles: {articles:,} ({problems} skipped), tokens/article: {tokens / articles:.0f}")
    print(f"start-up (load + first article): {first_done - started:.2f} s")
    print(f"throughput incl. start-up: {articles / total:,.0f} articles/s")
    print(
        f"steady throughput: {(articles - 1) / max(steady, 1e-9):,.0f} articles/s per core "
        f"({(tokens / total):,.0f} tokens/s)  [{settings.morphology}: {', '.join(pipeline.names)}]"
    )


def text_layer(paths: list[str]) -> list[Article]:
    """The articles in ``paths`` with language, tokens and sentences: what the later stages'
    benchmarks take as given and do not time."""
    from newsprism.text.stages import detect_language, tokens

    settings = Settings()
    return [
        tokens(detect_language(item, settings), settings)
        for item in read(paths, settings=settings)
        if isinstance(item, Article)
    ]


def run_on_corpus_or_generated(
    measure_paths: Callable[[list[str]], None], description: str | None, articles: int
) -> None:
    """The command line of the single-stage benchmarks: ``--corpus PATH …`` measures those
    files, otherwise ``--articles N`` generated ones."""
    parser = argparse.ArgumentParser(
        description=description, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", nargs="+", help="read these files instead of generating")
    parser.add_argument("--articles", type=int, default=articles)
    args = parser.parse_args()
    if args.corpus:
        measure_paths(args.corpus)
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "generated.jsonl"
        generate(args.articles, path)
        measure_paths([str(path)])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", nargs="+", help="read these files instead of generating")
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--morphology", choices=["fast", "hanta"], default="fast")
    parser.add_argument(
        "--stages",
        choices=["text", "all"],
        default="text",
        help="text: ingest + text layer (default); all: the whole default pipeline",
    )
    parser.add_argument(
        "--memory", action="store_true", help="print peak memory every 10,000 articles"
    )
    args = parser.parse_args()
    settings = Settings(jobs=1, morphology=args.morphology)
    if args.corpus:
        measure(args.corpus, settings, args.memory, args.stages)
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "generated.jsonl"
        print(f"generating {args.articles:,} articles …", file=sys.stderr)
        generate(args.articles, path)
        measure([str(path)], settings, args.memory, args.stages)


if __name__ == "__main__":
    main()
