"""The story commands of the CLI: ``copies``, ``stories`` and ``compare``.

Like the rest of :mod:`newsprism.cli`, each turns its arguments into settings and calls the
same functions the library offers (:mod:`newsprism.stories`, :class:`newsprism.store.Store`).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path

from newsprism import analyze_files
from newsprism.errors import NewsprismError, Problem
from newsprism.model import Article
from newsprism.settings import from_arguments
from newsprism.store import Store
from newsprism.views import plural


def copies(args: argparse.Namespace) -> int:
    import json

    from newsprism.stories.copies import find_copies

    if not 0.0 < args.threshold < 1.0:
        raise NewsprismError("E201", f"--threshold {args.threshold} must lie between 0 and 1")
    with Store(from_arguments(args).db) as store:
        rows = list(store.signatures())
    sources = {article_id: source or "(unknown)" for article_id, source, _ in rows}
    pairs = find_copies(((article_id, values) for article_id, _, values in rows), args.threshold)
    for pair in pairs:
        if args.json:
            print(
                json.dumps(
                    {"first": pair.first, "second": pair.second, "similarity": pair.similarity}
                )
            )
        else:
            first, second = (f"{i} ({sources[i]})" for i in (pair.first, pair.second))
            print(f"{pair.similarity:.2f}  {first}  ~  {second}")
    print(
        f"{plural(len(pairs), 'copy pair')} among {plural(len(rows), 'article')}", file=sys.stderr
    )
    return 0


def stories(args: argparse.Namespace) -> int:
    import json

    settings = from_arguments(args)
    with Store(settings.db, settings) as store:
        added = store.group_stories(args.window)
        rows = store.stories(args.min_size, args.limit)
        members = (
            {row.id: list(store.story_members(row.id)) for row in rows} if args.members else {}
        )
        total = store.count("stories")
    for row in rows:
        if args.json:
            record = {**asdict(row), "outlets": dict(row.outlets)}
            if args.members:
                record["members"] = [asdict(m) for m in members[row.id]]
            print(json.dumps(record, ensure_ascii=False))
            continue
        dates = (
            row.first_published
            if row.first_published == row.last_published
            else (f"{row.first_published}..{row.last_published}")
        )
        outlets = ", ".join(f"{name} {count}" for name, count in row.outlets)
        copies = f", {plural(row.copies, 'copy', 'copies')}" if row.copies else ""
        print(
            f"story {row.id:<5} {plural(row.size, 'article'):>12}{copies}  {dates or '-'}  "
            f"{'/'.join(row.languages)}  {row.label}"
        )
        print(f"    {outlets}")
        for member in members.get(row.id, []):
            copy = f"  copy of {member.copy_of}" if member.copy_of else ""
            print(
                f"      {member.article_id}  {member.source or '-'}  {member.published or '-'}"
                f"  {member.title}{copy}"
            )
    print(
        f"{plural(len(added), 'article')} newly grouped; {plural(total, 'story', 'stories')}"
        f" in the store, {len(rows)} shown",
        file=sys.stderr,
    )
    return 0


def compare(args: argparse.Namespace) -> int:
    import json

    from newsprism.stories.compare import compare
    from newsprism.stories.report import render_html, render_text, to_json

    settings = from_arguments(args)
    articles: list[Article] = []
    store = None
    try:
        if args.story is not None:
            store = Store(settings.db, settings)
            members = [m for m in store.story_members(args.story) if not m.copy_of]
            if not members:
                raise NewsprismError("E206", f"there is no story {args.story} in {settings.db}")
            articles.extend(store.get(m.article_id) for m in members)
        for target in args.articles:
            if Path(target).is_file():
                for item in analyze_files([target], settings=settings):
                    if isinstance(item, Problem):
                        raise NewsprismError("E206", f"cannot compare {target}: {item}")
                    articles.append(item)
                continue
            store = store or Store(settings.db, settings)
            articles.append(store.get(target))
        if len(articles) < 2:
            raise NewsprismError(
                "E206", "compare needs at least two articles (copies in a story do not count)"
            )
        if len({a.id for a in articles}) < len(articles):
            raise NewsprismError("E206", "the same article is given twice")
        comparison = compare(articles)
        result = to_json(comparison)
        if args.save:
            store = store or Store(settings.db, settings)
            store.save_comparison([a.id for a in articles], json.dumps(result, ensure_ascii=False))
    finally:
        if store is not None:
            store.close()
    if args.html:
        Path(args.html).write_text(render_html(comparison, articles), encoding="utf-8")
        print(f"wrote {args.html}", file=sys.stderr)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print(render_text(comparison), end="")
    return 0
