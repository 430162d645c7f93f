"""Speed of the German NER tagger on one core, given tokenised sentences.

    python benchmarks/bench_ner.py                        # ../shared GermEval dev, else generated
    python benchmarks/bench_ner.py --gold NER-de-dev.tsv  # any file in the original format

Prints the model's load time and tokens/s for three passes: cold (every word form new to the
process, as `newsprism eval ner` measures), warm (word descriptions cached, as in a long run) and
article-sized batches of 30 sentences (how the pipeline calls it).
"""

from __future__ import annotations

import os

for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[variable] = "1"  # one core, before numpy starts its thread pool

import argparse  # noqa: E402
import random  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from newsprism.entities.germeval import read_original  # noqa: E402
from newsprism.entities.ner import packaged_model  # noqa: E402

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "germeval2014" / "NER-de-dev.tsv"


def generated(count: int = 3000) -> list[list[str]]:
    rng = random.Random(5)
    names = ["Jens", "Stoltenberg", "Nato", "Kiew", "Moskau", "Ilse", "Brandvik", "Bundestag"]
    words = ["der", "die", "sagte", "am", "Donnerstag", "in", "und", "nicht", "Soldaten", "Krieg"]
    return [
        [
            rng.choice(names if rng.random() < 0.2 else words) + ("" if rng.random() < 0.7 else "s")
            for _ in range(rng.randint(5, 40))
        ]
        + ["."]
        for _ in range(count)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEV)
    args = parser.parse_args()
    started = time.perf_counter()
    model = packaged_model()
    assert model is not None, "no NER model installed"
    print(f"model loaded in {time.perf_counter() - started:.2f} s")
    if args.gold.is_file():
        sentences = [words for words, _ in read_original(args.gold)]
        print(f"{args.gold.name}: {len(sentences):,} sentences")
    else:
        sentences = generated()
        print(f"{len(sentences):,} generated sentences (no {args.gold})")
    tokens = sum(map(len, sentences))
    model.tag([["Start"]])  # the text layer's lexicon, which the pipeline has loaded anyway
    for name, batch in (("cold", len(sentences)), ("warm", len(sentences)), ("articles", 30)):
        started = time.perf_counter()
        for first in range(0, len(sentences), batch):
            model.tag(sentences[first : first + batch])
        seconds = time.perf_counter() - started
        print(f"{name:<9} {tokens / seconds:>9,.0f} tokens/s")


if __name__ == "__main__":
    main()
