"""The ``newsprism`` command: arguments -> settings -> the same public functions as the library."""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import TextIO

from newsprism import __version__, analyze_files
from newsprism import cli_models as model_commands
from newsprism import cli_stories as story_commands
from newsprism.errors import CATALOGUE, NewsprismError, Problem
from newsprism.ingest import FORMATS
from newsprism.model import Article
from newsprism.serialize import dumps
from newsprism.settings import Settings, documentation, from_arguments
from newsprism.store import Store
from newsprism.store.export import FORMATS as EXPORT_FORMATS
from newsprism.store.export import TABLES as EXPORT_TABLES
from newsprism.store.export import export, text_output
from newsprism.views import Progress, article_line, plural, render_article


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        code: int = args.command(args)
    except NewsprismError as error:
        print(f"newsprism: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `newsprism … | head`
        return 0
    except KeyboardInterrupt:  # what was stored before is committed on the way out
        print("newsprism: interrupted", file=sys.stderr)
        return 130
    return code


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsprism",
        description="Who said what, which articles tell the same story, and how each outlet "
        "frames it: offline analysis of German and English news. Start with `newsprism demo`.",
    )
    parser.add_argument("--version", action="version", version=f"newsprism {__version__}")
    parser.add_argument(
        "--config", metavar="FILE", help="TOML settings file (see `newsprism settings`)"
    )
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    analyze = commands.add_parser("analyze", help="ingest and analyse articles")
    analyze.add_argument("paths", nargs="+", metavar="PATH", help="files or directories")
    analyze.add_argument("--db", metavar="FILE", help="SQLite store (default: newsprism.db)")
    analyze.add_argument("--no-db", action="store_true", help="do not store, only write -o")
    analyze.add_argument(
        "-o", "--output", metavar="FILE", help="write analysed articles as JSONL (- for stdout)"
    )
    analyze.add_argument("--jobs", type=int, metavar="N", help="worker processes")
    analyze.add_argument(
        "--format", choices=sorted(FORMATS), help="input format (default: by extension)"
    )
    analyze.add_argument(
        "--field",
        action="append",
        default=[],
        metavar="NAME=FIELD",
        help="map a JSONL field to an article field, e.g. content=text",
    )
    analyze.add_argument(
        "--source", metavar="NAME", help="outlet name for articles that carry none"
    )
    analyze.add_argument("--morphology", choices=["fast", "hanta"], help="morphology backend")
    analyze.add_argument(
        "--strict", action="store_true", help="exit with status 1 if any input was skipped"
    )
    analyze.set_defaults(command=_analyze)

    show = commands.add_parser("show", help="a readable view of one analysed article")
    show.add_argument("target", metavar="ARTICLE_ID|FILE")
    show.add_argument("--db", metavar="FILE")
    show.add_argument("--json", action="store_true", help="print the article JSON instead")
    show.set_defaults(command=_show)

    search = commands.add_parser("search", help="full-text search (German-aware stemming)")
    search.add_argument("query", nargs="+")
    search.add_argument("--db", metavar="FILE")
    search.add_argument("--limit", type=int, default=20)
    search.set_defaults(command=_search)

    exporter = commands.add_parser("export", help="export the store")
    exporter.add_argument("--format", choices=EXPORT_FORMATS, default="jsonl")
    exporter.add_argument(
        "--table",
        choices=EXPORT_TABLES,
        default="articles",
        help="articles (default), stories (one row per member) or saved comparisons",
    )
    exporter.add_argument(
        "-o", "--output", metavar="FILE", help="default: stdout (not for parquet)"
    )
    exporter.add_argument("--db", metavar="FILE")
    exporter.set_defaults(command=_export)

    demo = commands.add_parser(
        "demo", help="analyse the bundled example articles and show the results"
    )
    demo.set_defaults(command=_demo)

    quotes = commands.add_parser("quotes", help="stored quotations, e.g. of one speaker")
    quotes.add_argument(
        "--speaker",
        default="",
        help='part of the speaker\'s name in any spelling the store merged, e.g. "Stoltenberg"',
    )
    quotes.add_argument("--text", default="", help="only quotations containing this text")
    quotes.add_argument(
        "--cue",
        default="",
        metavar="LEMMA",
        help='only quotations with this cue lemma, e.g. "warnen" or "fordern"',
    )
    quotes.add_argument("--db", metavar="FILE")
    quotes.add_argument("--limit", type=int, default=100)
    quotes.set_defaults(command=_quotes)

    entities = commands.add_parser("entities", help="the most mentioned entities, per outlet")
    entities.add_argument("--label", choices=["PER", "ORG", "LOC", "MISC"], default="")
    entities.add_argument("--limit", type=int, default=20)
    entities.add_argument("--db", metavar="FILE")
    entities.set_defaults(command=_entities)

    copies = commands.add_parser(
        "copies", help="syndicated copies: stored articles whose texts are near-duplicates"
    )
    copies.add_argument(
        "--threshold",
        type=float,
        default=0.5,
        help="estimated Jaccard similarity of five-word shingles (default 0.5)",
    )
    copies.add_argument("--json", action="store_true", help="one JSON object per pair")
    copies.add_argument("--db", metavar="FILE")
    copies.set_defaults(command=story_commands.copies)

    stories = commands.add_parser(
        "stories",
        help="group stored articles into stories (new articles join existing ones) and list them",
    )
    stories.add_argument("--min-size", type=int, default=1, help="only stories this large")
    stories.add_argument("--limit", type=int, default=50)
    stories.add_argument("--members", action="store_true", help="list each story's articles")
    stories.add_argument("--json", action="store_true", help="one JSON object per story")
    stories.add_argument(
        "--window", type=int, metavar="DAYS", help="time window (default: story_window_days)"
    )
    stories.add_argument("--db", metavar="FILE")
    stories.set_defaults(command=story_commands.stories)

    compare = commands.add_parser(
        "compare",
        help="what articles of one story share, add, drop or alter: quotes, facts, passages",
    )
    compare.add_argument(
        "articles", nargs="*", metavar="ARTICLE", help="stored article ids or files (two or more)"
    )
    compare.add_argument(
        "--story", type=int, metavar="ID", help="compare the members of a stored story instead"
    )
    compare.add_argument("--json", action="store_true", help="print the comparison as JSON")
    compare.add_argument("--html", metavar="FILE", help="write a side-by-side HTML report")
    compare.add_argument(
        "--save", action="store_true", help="keep the result in the store's comparisons table"
    )
    compare.add_argument("--db", metavar="FILE")
    compare.set_defaults(command=story_commands.compare)

    framing = commands.add_parser(
        "framing", help="each outlet's framing: own wording, quoted wording, translation artefacts"
    )
    framing.add_argument(
        "--by", choices=["source"], default="source", help="group by outlet (the only grouping yet)"
    )
    framing.add_argument("--format", choices=["table", "jsonl", "csv"], default="table")
    framing.add_argument("-o", "--output", metavar="FILE", help="default: stdout")
    framing.add_argument("--db", metavar="FILE")
    framing.set_defaults(command=_framing)

    evaluation = commands.add_parser("eval", help="score newsprism against annotated data")
    targets = evaluation.add_subparsers(required=True, metavar="TARGET")
    eval_quotes = targets.add_parser("quotes", help="quotation detection and attribution")
    eval_quotes.add_argument(
        "--gold",
        required=True,
        type=Path,
        metavar="DIR",
        help="folder of annotated *.json files (WIKINEWS-de format)",
    )
    eval_quotes.add_argument(
        "--write-predictions",
        type=Path,
        metavar="OUT",
        help="also write one JSON file per document in the dataset's schema",
    )
    eval_quotes.set_defaults(command=model_commands.eval_quotes)
    eval_ner = targets.add_parser("ner", help="named entities, strict entity-level P/R/F1")
    eval_ner.add_argument(
        "--gold",
        required=True,
        type=Path,
        metavar="FILE",
        help="GermEval 2014 file in the original tab-separated format (NER-de-dev.tsv), or "
        '"token label" lines (dev.bioes.tsv)',
    )
    eval_ner.add_argument(
        "--write-predictions",
        type=Path,
        metavar="OUT",
        help="also write token<TAB>gold<TAB>predicted lines (BIO, outer level)",
    )
    eval_ner.set_defaults(command=model_commands.eval_ner)

    training = commands.add_parser("train", help="train newsprism's models from annotated data")
    train_targets = training.add_subparsers(required=True, metavar="TARGET")
    train_quotes = train_targets.add_parser("quotes", help="the quotation sentence model")
    train_quotes.add_argument(
        "--data",
        required=True,
        type=Path,
        metavar="DIR",
        help="folder of annotated *.json files (the train split)",
    )
    train_quotes.add_argument(
        "--out",
        type=Path,
        metavar="DIR",
        help="where to write the model (default: the installed package)",
    )
    train_quotes.add_argument("--epochs", type=int, default=12)
    train_quotes.set_defaults(command=model_commands.train_quotes)
    train_ner = train_targets.add_parser("ner", help="the German named-entity tagger")
    train_ner.add_argument(
        "--data",
        type=Path,
        metavar="FILE",
        help="GermEval 2014 train.bioes.tsv (or the original format)",
    )
    train_ner.add_argument(
        "--out",
        type=Path,
        metavar="DIR",
        help="where to write the model (default: the installed package)",
    )
    train_ner.add_argument("--epochs", type=int, default=14)
    train_ner.add_argument(
        "--seed",
        type=int,
        action="append",
        help="train one member per --seed; the model averages them (default: 7 and 1, as shipped)",
    )
    train_ner.add_argument(
        "--join",
        type=Path,
        nargs="+",
        metavar="MODEL",
        help="instead of training, join models trained separately on the same data into one",
    )
    train_ner.add_argument(
        "--device", default="cpu", help="where PyTorch trains: cpu (default) or cuda"
    )
    train_ner.add_argument(
        "--dev",
        type=Path,
        metavar="FILE",
        help="GermEval file in either format; its F1 is printed after each epoch",
    )
    train_ner.set_defaults(command=model_commands.train_ner)

    settings = commands.add_parser("settings", help="list every setting with its default")
    settings.set_defaults(command=_settings)

    errors = commands.add_parser("errors", help="list the error codes")
    errors.set_defaults(command=lambda args: _errors())
    return parser


def _analyze(args: argparse.Namespace) -> int:
    mapping = {}
    for item in args.field:
        name, sep, target = item.partition("=")
        if not sep or not name or not target:
            raise NewsprismError(
                "E202", f"{item!r}: write RECORD_FIELD=ARTICLE_FIELD, e.g. content=text"
            )
        mapping[name] = target
    settings = from_arguments(args, jobs=args.jobs, morphology=args.morphology)
    if mapping:
        settings = settings.updated(jsonl_fields={**settings.jsonl_fields, **mapping})
    store = None if args.no_db else Store(settings.db, settings)
    progress = Progress()
    statuses: Counter[str] = Counter()
    listed: list[Article] = []
    output = _open_output(args.output)
    try:
        for item in analyze_files(args.paths, format=args.format, settings=settings):
            if isinstance(item, Problem):
                progress.problem(item)
                continue
            if args.source and not item.source:
                item = replace(item, source=args.source)
            if store is not None:
                statuses[store.add(item)] += 1
            if output is not None:
                output.write(dumps(item) + "\n")
            if len(listed) < 20:
                listed.append(item)
            progress.article()
    finally:
        progress.finish()
        if store is not None:
            store.close()
        if output is not None and output is not sys.stdout:
            output.close()
    _print_summary(progress, statuses, listed, settings if store else None, args.output)
    return 1 if args.strict and progress.problems else 0


def _open_output(path: str | None) -> TextIO | None:
    if path is None:
        return None
    if path == "-":
        return sys.stdout
    return open(path, "w", encoding="utf-8")


def rate(count: int, seconds: float) -> str:
    """Articles per second, with a decimal below ten: "0.3/s" for two articles in six seconds."""
    per_second = count / max(seconds, 1e-9)
    return f"{per_second:,.0f}/s" if per_second >= 10 else f"{per_second:.1f}/s"


def _print_summary(
    progress: Progress,
    statuses: Counter[str],
    listed: list[Article],
    settings: Settings | None,
    output: str | None,
) -> None:
    out = sys.stderr if output == "-" else sys.stdout
    for article in listed:
        print(article_line(article), file=out)
    if progress.articles > len(listed):
        print(f"… and {progress.articles - len(listed):,} more", file=out)
    parts = [
        f"analysed {plural(progress.articles, 'article')} in {progress.elapsed:.1f} s "
        f"({rate(progress.articles, progress.elapsed)})"
    ]
    if settings is not None:
        parts.append(
            ", ".join(f"{n:,} {s}" for s, n in sorted(statuses.items())) + f" in {settings.db}"
        )
    skipped = sum(progress.problems.values())
    if skipped:
        by_code = ", ".join(f"{code} ×{n}" for code, n in sorted(progress.problems.items()))
        parts.append(f"{skipped:,} skipped ({by_code}; `newsprism errors` explains the codes)")
    else:
        parts.append("nothing skipped")
    print("; ".join(parts), file=out)


def _show(args: argparse.Namespace) -> int:
    target = Path(args.target)
    settings = from_arguments(args)
    if target.exists():
        found = [item for item in analyze_files([target], settings=settings)]
        for problem in (i for i in found if isinstance(i, Problem)):
            print(f"skipped {problem}", file=sys.stderr)
        articles = [i for i in found if isinstance(i, Article)]
    else:
        with Store(settings.db, settings) as store:
            articles = [store.get(args.target)]
    for article in articles:
        print(dumps(article) if args.json else render_article(article, color=sys.stdout.isatty()))
    return 0 if articles else 1


def _search(args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    with Store(from_arguments(args).db) as store:
        hits = store.search(query, args.limit)
    for hit in hits:
        meta = " · ".join(x for x in (hit.source, hit.published) if x)
        print(f"{hit.id}  {hit.title}" + (f"  ({meta})" if meta else ""))
        print(f"    {hit.snippet}")
    print(f"{len(hits)} result{'s' if len(hits) != 1 else ''} for {query!r}")
    return 0


def _export(args: argparse.Namespace) -> int:
    with Store(from_arguments(args).db) as store:
        count = export(store, args.format, args.output, args.table)
    noun = {"articles": "article", "stories": "story member", "comparisons": "comparison"}
    print(f"exported {plural(count, noun[args.table])} as {args.format}", file=sys.stderr)
    return 0


def _demo(args: argparse.Namespace) -> int:
    folder = resources.files("newsprism.demo")
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.name.endswith(".jsonl"):
                path = Path(tmp) / entry.name
                path.write_bytes(entry.read_bytes())
                paths.append(path)
        settings = from_arguments(args).updated(db=str(Path(tmp) / "demo.db"))
        print(
            "newsprism demo: three invented reports of one invented event "
            "by three invented outlets\n"
        )
        articles: list[Article] = []
        with Store(settings.db) as store:
            for item in analyze_files(paths, settings=settings):
                if isinstance(item, Problem):
                    print(f"skipped {item}", file=sys.stderr)
                    continue
                store.add(item)
                articles.append(item)
            for article in articles:
                print(f"━━ {article.source} · {article.published} ━━")
                print(render_article(article, color=sys.stdout.isatty()))
                print()
            query = "Verbündete"
            hits = store.search(query)
            print(
                f"Search {query!r} (finds inflected forms): "
                + ", ".join(f"{h.source}: {h.title}" for h in hits)
            )
            store.group_stories()
            for row in store.stories():
                outlets = ", ".join(name for name, _ in row.outlets)
                print(f"\nStory {row.id}: {plural(row.size, 'article')} ({outlets}): {row.label}")
        if len(articles) > 1:
            from newsprism.stories.compare import compare
            from newsprism.stories.report import render_text

            print("\n━━ What each outlet shares, adds, drops or alters (newsprism compare) ━━")
            print(render_text(compare(articles)), end="")
    return 0


def _quotes(args: argparse.Namespace) -> int:
    with Store(from_arguments(args).db) as store:
        rows = store.quotes(args.speaker, args.text, args.limit, args.cue)
    for row in rows:
        who = row.speaker_name or row.speaker_text or "?"
        local = f" ({row.speaker_text})" if row.speaker_text and row.speaker_text != who else ""
        meta = " · ".join(x for x in (row.source, row.published, row.article_id) if x)
        print(f"{who}{local} [{row.type}{', ' + row.cue_lemma if row.cue_lemma else ''}] {meta}")
        print(f"    {row.text}")
    print(f"{plural(len(rows), 'quotation')}" + (f" of {args.speaker!r}" if args.speaker else ""))
    return 0


def _entities(args: argparse.Namespace) -> int:
    with Store(from_arguments(args).db) as store:
        rows = store.top_entities(args.label, args.limit)
    for row in rows:
        outlets = ", ".join(f"{outlet} {count}" for outlet, count in row.outlets)
        counts = f"{plural(row.articles, 'article'):>13} {plural(row.mentions, 'mention'):>13}"
        print(f"{row.name:<32} {row.label:<4} {counts}   {outlets}")
    print(plural(len(rows), "entity", "entities"))
    return 0


def _framing(args: argparse.Namespace) -> int:
    from newsprism.framing.profile import WRITERS, profiles

    with Store(from_arguments(args).db) as store:
        found = profiles(store)
    with text_output(args.output) as stream:
        WRITERS[args.format](found, stream)
    print(plural(len(found), "outlet"), file=sys.stderr)
    return 0


def _settings(args: argparse.Namespace) -> int:
    for name, default, doc in documentation():
        print(f"{name} = {default}\n    {doc}")
    return 0


def _errors() -> int:
    for code, text in CATALOGUE.items():
        print(f"{code}  {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
