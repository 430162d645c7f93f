"""What a change does to the entities and numbers of real articles, for reading through.

    python benchmarks/diff_entities.py dump OUT.json              # the Wikinews documents
    python benchmarks/diff_entities.py dump OUT.json --gold DIR   # any folder in that format
    python benchmarks/diff_entities.py diff BEFORE.json AFTER.json

``dump`` runs the default pipeline over the annotated Wikinews documents (train and dev of
``../shared/data/wikinews-quotes-de``), each with the publication date in its file name, and
writes every entity (canonical name, class, mentions as ``text|kind|class``) and every number
(``text|kind|value|unit|counted``) per document. ``diff`` prints what one dump has that the
other lacks, per document, and the totals. Run ``dump`` before and after a change (a git stash
between), then ``diff``: there is no gold annotation of entities for these documents, so the
changes are judged by reading them.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

from newsprism.ingest.normalize import verbatim
from newsprism.model import Article
from newsprism.pipeline import default_pipeline
from newsprism.quotes.evaluate import gold_documents
from newsprism.settings import Settings

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "wikinews-quotes-de"
_DATE = re.compile(r"\((\d{4}-\d\d-\d\d)\)")


def dump(folders: list[Path], out: Path) -> None:
    pipeline = default_pipeline(Settings())
    found: dict[str, dict[str, list[str]]] = {}
    for folder in folders:
        articles = []
        for path, document in gold_documents(folder):
            article = verbatim(document["originalText"], path.stem, str(path))
            date = _DATE.search(path.stem)
            articles.append(replace(article, published=date.group(1) if date else ""))
        for first in range(0, len(articles), 32):
            for article in pipeline.run_batch(articles[first : first + 32]):
                found[f"{folder.name}/{article.id}"] = _described(article)
        print(f"{folder}: {len(articles)} documents", file=sys.stderr)
    out.write_text(json.dumps(found, ensure_ascii=False, indent=0), encoding="utf-8")


def _described(article: Article) -> dict[str, list[str]]:
    text = article.text
    entities = [
        f"{entity.name} ({entity.label}): "
        + ", ".join(f"{text[m.start : m.end]}|{m.kind}|{m.label}" for m in entity.mentions)
        for entity in article.entities
    ]
    numbers = [
        f"{text[n.start : n.end]}|{n.kind}|{n.value}|{n.unit}|"
        + "/".join(text[s.start : s.end] for s in n.counted)
        for n in article.numbers
    ]
    mentions = [
        f"{text[m.start : m.end]}|{m.kind}|{m.label}"
        for entity in article.entities
        for m in entity.mentions
    ]
    return {"entities": sorted(entities), "mentions": sorted(mentions), "numbers": sorted(numbers)}


def diff(before: Path, after: Path) -> None:
    old = json.loads(before.read_text("utf-8"))
    new = json.loads(after.read_text("utf-8"))
    totals: Counter[str] = Counter()
    for document in sorted(set(old) | set(new)):
        for part in ("mentions", "numbers"):
            was = Counter(old.get(document, {}).get(part, []))
            now = Counter(new.get(document, {}).get(part, []))
            gained, lost = now - was, was - now
            totals[f"{part} gained"] += sum(gained.values())
            totals[f"{part} lost"] += sum(lost.values())
            for item in sorted(gained):
                print(f"{document[:60]}  + {item}")
            for item in sorted(lost):
                print(f"{document[:60]}  - {item}")
    print(", ".join(f"{key} {value}" for key, value in sorted(totals.items())))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump")
    dumping.add_argument("out", type=Path)
    dumping.add_argument("--gold", type=Path, nargs="+", help="folders of annotated documents")
    comparing = commands.add_parser("diff")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        folders = args.gold or [SHARED / "train", SHARED / "dev"]
        if not all(folder.is_dir() for folder in folders):
            parser.error(f"no such folder: {', '.join(map(str, folders))}")
        dump(folders, args.out)
    else:
        diff(args.before, args.after)


if __name__ == "__main__":
    main()
