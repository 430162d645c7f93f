"""Quality of the text layer on annotated German news.

    python benchmarks/eval_text.py [--wikinews DIR]

Default DIR: ../shared/data/wikinews-quotes-de/dev (not part of the repository). Reports:

- sentence boundaries against the dataset's sentence annotations: precision, recall, F1. Both
  sides are aligned by counting non-space characters, so whitespace normalisation cannot shift
  a boundary. The dataset's sentences come from its authors' preprocessing, not from manual
  annotation, so disagreements are worth reading in both directions (``--show N``);
- agreement of the ``fast`` morphology with HanTa's sentence-level tagger (``hanta``) on STTS
  tags, Universal POS and verb mood, and the time each takes.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from newsprism import analyze, read_string
from newsprism.model import Article
from newsprism.settings import Settings
from newsprism.text.evaluate import boundaries, nonspace_counts, score

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "wikinews-quotes-de" / "dev"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--wikinews", type=Path, default=DEFAULT)
    parser.add_argument("--show", type=int, default=0, help="print this many disagreements")
    args = parser.parse_args()
    files = sorted(args.wikinews.glob("*.json"))
    if not files:
        raise SystemExit(f"no *.json in {args.wikinews}")
    pairs: list[tuple[set[int], set[int]]] = []
    after_colon = 0
    shown = 0
    fast_articles: list[Article] = []
    texts: list[str] = []
    started = time.perf_counter()
    for path in files:
        document = json.loads(path.read_text(encoding="utf-8"))
        text = document["originalText"]
        article = analyze(read_string(text))
        fast_articles.append(article)
        texts.append(text)
        gold = boundaries(text, [s["charEnd"] for s in document["sentences"]])
        predicted = boundaries(article.text, [s.end for s in article.sentences])
        pairs.append((gold, predicted))
        counts = nonspace_counts(article.text)
        where = {count: index for index, count in reversed(list(enumerate(counts)))}
        for point in gold - predicted:
            before = article.text[: where.get(point, 0)].rstrip()
            after_colon += before.endswith((":", ";"))
        if shown < args.show:
            for kind, points in (("missed", gold - predicted), ("extra", predicted - gold)):
                for point in sorted(points)[: args.show - shown]:
                    shown += 1
                    position = nonspace_counts(article.text).index(point)
                    before = article.text[max(0, position - 60) : position]
                    print(f"{kind:>6}: …{before}‖{article.text[position : position + 40]}…")
    fast_seconds = time.perf_counter() - started
    result = score(pairs)
    precision, recall, f1 = result.precision, result.recall, result.f1
    gold_total, true_positive = result.gold, result.true_positive
    print(f"{len(files)} documents from {args.wikinews}")
    print(
        f"sentence boundaries: P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}"
        f"  ({gold_total} gold boundaries)"
    )
    print(
        f"  {after_colon} of the {gold_total - true_positive} missed boundaries follow ':' or ';',"
        " where the dataset splits and German orthography does not"
    )

    started = time.perf_counter()
    context_articles = [analyze(read_string(text), Settings(morphology="hanta")) for text in texts]
    context_seconds = time.perf_counter() - started
    same_tag = same_pos = tokens = finite = same_mood = subj1_both = subj1_fast = subj1_context = 0
    for fast, context in zip(fast_articles, context_articles, strict=True):
        for a, b in zip(fast.tokens, context.tokens, strict=True):
            tokens += 1
            same_tag += a.tag == b.tag
            same_pos += a.pos == b.pos
            if a.mood or b.mood:
                finite += 1
                same_mood += a.mood == b.mood
            subj1_fast += a.mood == "subj1"
            subj1_context += b.mood == "subj1"
            subj1_both += a.mood == b.mood == "subj1"
    print(
        f"fast vs hanta on {tokens:,} tokens: STTS tag agreement {same_tag / tokens:.3f}, "
        f"UPOS {same_pos / tokens:.3f}, "
        f"mood {same_mood / max(finite, 1):.3f} of {finite:,} finite verbs"
    )
    print(f"Konjunktiv I: fast {subj1_fast}, hanta {subj1_context}, both {subj1_both}")
    print(
        f"time (incl. loading): fast {len(files) / fast_seconds:,.0f} articles/s, "
        f"hanta {len(files) / context_seconds:,.1f} articles/s"
    )


if __name__ == "__main__":
    main()
