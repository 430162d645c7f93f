"""Story grouping and copy detection quality on labelled articles.

    python benchmarks/eval_stories.py                       # tests/fixtures/stories/events.jsonl
    python benchmarks/eval_stories.py --data FILE.jsonl     # your own labelled articles
    python benchmarks/eval_stories.py --distractors wikinews.jsonl

``--distractors`` groups a second collection of unlabelled articles that each report a
different event, without dates (so the time window cannot help), and counts the pairs that
were put into one story anyway, with the largest such groups.

The input is JSONL that newsprism reads as articles, each with a gold ``story`` label and, for
agency copies, ``copy_of`` (the id of the original). Prints pairwise precision, recall and F1 of
the grouping and of the copy links, and each gold story that was split or merged.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

from newsprism import Article, analyze_files
from newsprism.stories.cluster import group_articles
from newsprism.stories.score import links, pairwise

FIXTURE = Path(__file__).parents[1] / "tests" / "fixtures" / "stories" / "events.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=FIXTURE)
    parser.add_argument("--window", type=int, default=3, help="time window in days")
    parser.add_argument("--distractors", type=Path, help="unlabelled articles, one event each")
    args = parser.parse_args()
    if args.distractors:
        count_merges(args.distractors)
    gold = [json.loads(line) for line in args.data.read_text("utf-8").splitlines() if line.strip()]
    articles = [a for a in analyze_files([args.data]) if isinstance(a, Article)]
    found = group_articles(articles, window_days=args.window)
    story = {m.article_id: m.story_id for m in found}
    grouping = pairwise({g["id"]: g["story"] for g in gold}, story)
    copies = links(
        {(g["id"], g["copy_of"]) for g in gold if g.get("copy_of")},
        {(m.article_id, m.copy_of) for m in found if m.copy_of},
    )
    print(
        f"articles: {len(articles)}, gold stories: {len({g['story'] for g in gold})}, "
        f"found: {len(set(story.values()))}"
    )
    print(
        f"stories pairwise: P {grouping.precision:.3f} R {grouping.recall:.3f} F1 {grouping.f1:.3f}"
    )
    print(f"copies: P {copies.precision:.3f} R {copies.recall:.3f} F1 {copies.f1:.3f}")
    by_gold: dict[str, set[int]] = defaultdict(set)
    for g in gold:
        by_gold[g["story"]].add(story.get(g["id"], -1))
    for label, stories in sorted(by_gold.items()):
        if len(stories) > 1:
            print(f"  split: {label} -> stories {sorted(stories)}")


def count_merges(path: Path) -> None:
    articles = [a for a in analyze_files([path]) if isinstance(a, Article)]
    groups: dict[int, list[str]] = defaultdict(list)
    for membership in group_articles([replace(a, published="") for a in articles]):
        groups[membership.story_id].append(membership.article_id)
    merged = sorted((g for g in groups.values() if len(g) > 1), key=len, reverse=True)
    pairs = sum(len(g) * (len(g) - 1) // 2 for g in merged)
    print(f"distractors: {len(articles)} articles, {len(groups)} stories, {pairs} pairs merged")
    for members in merged[:10]:
        print("  merged: " + " | ".join(m[:40] for m in members))


if __name__ == "__main__":
    main()
