"""Speed of the German NER tagger on one core, given tokenised sentences.

    python benchmarks/bench_ner.py                        # ../shared GermEval dev, else generated
    python benchmarks/bench_ner.py --gold NER-de-dev.tsv  # any file in the original format

Prints the model's load time and tokens/s for three passes: cold (every word form new to the
process, as `newsprism eval ner` measures), warm (word descriptions cached, as in a long run) and
article-sized batches of 30 sentences (how the pipeline calls it). Each figure is the best of
three runs (``--repeat``); a cold run starts from a freshly loaded model and empty word caches.
"""

from __future__ import annotations

import os

for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[variable] = "1"  # one core, before numpy starts its thread pool

import argparse  # noqa: E402
import random  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from newsprism.entities import ner  # noqa: E402
from newsprism.entities.germeval import read_original  # noqa: E402
from newsprism.entities.ner import packaged_model  # noqa: E402
from newsprism.entities.tagger import Tagger  # noqa: E402

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


def fresh() -> Tagger:
    """The packaged model loaded anew, with the lexicon tag's word caches emptied."""
    packaged_model.cache_clear()
    ner._TAGS.clear()
    ner._lexicon()._cache.clear()  # the text layer's readings
    model = packaged_model()
    assert model is not None, "no NER model installed"
    return model


def tokens_per_second(model: Tagger, sentences: list[list[str]], batch: int) -> float:
    started = time.perf_counter()
    for first in range(0, len(sentences), batch):
        model.tag(sentences[first : first + batch])
    return sum(map(len, sentences)) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEV)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    started = time.perf_counter()
    model = packaged_model()
    assert model is not None, "no NER model installed"
    print(f"model loaded in {time.perf_counter() - started:.2f} s, {len(model.members)} member(s)")
    if args.gold.is_file():
        sentences = [words for words, _ in read_original(args.gold)]
        print(f"{args.gold.name}: {len(sentences):,} sentences")
    else:
        sentences = generated()
        print(f"{len(sentences):,} generated sentences (no {args.gold})")
    cold = []
    for _ in range(args.repeat):
        model = fresh()
        model.tag([["Start"]])  # the text layer's lexicon, which the pipeline has loaded anyway
        cold.append(tokens_per_second(model, sentences, len(sentences)))
    print(f"{'cold':<9} {max(cold):>9,.0f} tokens/s")
    for name, batch in (("warm", len(sentences)), ("articles", 30)):
        best = max(tokens_per_second(model, sentences, batch) for _ in range(args.repeat))
        print(f"{name:<9} {best:>9,.0f} tokens/s")


if __name__ == "__main__":
    main()
