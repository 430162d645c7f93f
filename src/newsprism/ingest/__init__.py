"""Reading articles from files: one reader per format, chosen by extension or ``format=``.

:func:`read` yields normalised :class:`~newsprism.model.Article` records and, for every input
that cannot be read, a :class:`~newsprism.errors.Problem` saying which file, which record and
why. It never raises for bad input: the caller reports the problem and goes on.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, cast

from newsprism.errors import NewsprismError, Problem
from newsprism.ingest.decode import decode
from newsprism.ingest.feeds import read_feed
from newsprism.ingest.html import read_html
from newsprism.ingest.jsonl import ARTICLE_FIELDS, draft_from_record, read_jsonl
from newsprism.ingest.normalize import Draft, assemble
from newsprism.ingest.plaintext import read_plain_text
from newsprism.ingest.warc import read_warc
from newsprism.model import Article
from newsprism.settings import Settings

FORMATS: dict[str, tuple[str, ...]] = {
    "text": (".txt", ".text"),
    "html": (".html", ".htm", ".xhtml"),
    "jsonl": (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"),
    "json": (".json",),
    "feed": (".rss", ".atom", ".xml"),
    "warc": (".warc", ".warc.gz", ".arc", ".arc.gz"),
}


def format_of(path: Path) -> str | None:
    name = path.name.lower()
    for fmt, suffixes in FORMATS.items():
        if name.endswith(suffixes):
            return fmt
    return None


def expand(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named, and the files with a known extension inside directories named."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and format_of(p))
        else:
            yield path


def read(
    paths: Iterable[str | Path], *, format: str | None = None, settings: Settings | None = None
) -> Iterator[Article | Problem]:
    settings = settings or Settings()
    if format is not None and format not in FORMATS:
        raise NewsprismError("E106", f"{format!r}; known formats: {', '.join(FORMATS)}")
    unknown = sorted(set(settings.jsonl_fields.values()) - ARTICLE_FIELDS)
    if unknown:
        known = ", ".join(sorted(ARTICLE_FIELDS))
        raise NewsprismError("E202", f"no article field {', '.join(unknown)}; use one of {known}")
    for path in expand(paths):
        fmt = format or format_of(path)
        if fmt is None:
            yield Problem(
                "E106", str(path), "", f"unknown extension; use --format {'|'.join(FORMATS)}"
            )
            continue
        for item in _guarded(_drafts(path, fmt, settings), str(path)):
            if isinstance(item, Problem):
                yield item
                continue
            try:
                yield assemble(item, settings.max_article_chars)
            except NewsprismError as error:
                yield Problem.from_error(error, str(path), _record_of(item, path))
            except Exception as error:  # a bug must cost one record, not the run
                yield Problem("E107", str(path), _record_of(item, path), _describe(error))


def read_string(
    text: str, *, origin: str = "<string>", article_id: str = "", settings: Settings | None = None
) -> Article:
    """One article from plain text in memory (same layout rules as text files)."""
    from newsprism.ingest.plaintext import parse_plain_text

    settings = settings or Settings()
    return assemble(parse_plain_text(text, origin, article_id), settings.max_article_chars)


def _drafts(path: Path, fmt: str, settings: Settings) -> Iterator[Draft | Problem]:
    origin = str(path)
    try:
        if fmt in ("jsonl", "warc"):
            with _open(path) as stream:
                if fmt == "jsonl":
                    yield from read_jsonl(
                        stream, origin, settings.jsonl_fields, settings.max_record_bytes
                    )
                else:
                    yield from read_warc(stream, origin, settings.max_record_bytes)
            return
        size = path.stat().st_size
        if size > settings.max_file_bytes:
            yield Problem(
                "E105", origin, "", f"{size:,} bytes > max_file_bytes {settings.max_file_bytes:,}"
            )
            return
        data = path.read_bytes()
        if fmt == "feed":
            yield from read_feed(data, origin)
            return
        text = decode(data)
        if fmt == "text":
            yield read_plain_text(path, text)
        elif fmt == "html":
            yield read_html(text, origin, article_id=path.stem)
        else:
            yield from _json_document(text, origin, settings)
    except NewsprismError as error:
        yield Problem.from_error(error, origin)
    except OSError as error:
        yield Problem("E101", origin, "", error.strerror or str(error))


def _guarded(items: Iterator[Draft | Problem], path: str) -> Iterator[Draft | Problem]:
    """Pass a reader's output on; an unexpected exception ends this file with E107, not the run."""
    try:
        yield from items
    except Exception as error:
        yield Problem("E107", path, "", _describe(error))


def _describe(error: Exception) -> str:
    return f"{type(error).__name__}: {error}"


def _json_document(text: str, origin: str, settings: Settings) -> Iterator[Draft | Problem]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise NewsprismError("E111", f"{error.msg} at line {error.lineno}") from error
    records = value if isinstance(value, list) else [value]
    for number, record in enumerate(records, start=1):
        if not isinstance(record, dict):
            yield Problem("E112", origin, str(number), f"found {type(record).__name__}")
            continue
        try:
            yield draft_from_record(record, f"{origin}:{number}", settings.jsonl_fields)
        except NewsprismError as error:
            yield Problem.from_error(error, origin, str(number))


def _open(path: Path) -> IO[bytes]:
    if path.name.lower().endswith(".gz") and format_of(path) == "jsonl":
        return cast(IO[bytes], gzip.open(path, "rb"))
    return path.open("rb")


def _record_of(draft: Draft, path: Path) -> str:
    prefix = str(path)
    return draft.origin[len(prefix) + 1 :] if draft.origin.startswith(prefix) else ""
