"""JSON Lines: one article object per line, read with bounded memory.

Common field names work without configuration (see :data:`FIELD_NAMES`); other names are mapped
with the ``jsonl_fields`` setting or ``--field record_field=article_field``. A line longer than
``max_record_bytes`` is skipped without being held in memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import IO, Any

from newsprism.errors import NewsprismError, Problem
from newsprism.ingest.html import fragment_blocks, looks_like_html
from newsprism.ingest.normalize import Draft
from newsprism.ingest.plaintext import parse_plain_text

# article field -> record fields tried in order
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "id": ("id", "_id", "article_id", "uuid", "doc_id"),
    "source": ("source", "outlet", "sitename", "site_name", "site", "publisher", "domain"),
    "url": ("url", "link", "uri", "source_url"),
    "title": ("title", "header", "headline", "heading"),
    "published": (
        "published",
        "date",
        "published_at",
        "publish_date",
        "pubdate",
        "date_publish",
        "datetime",
        "timestamp",
    ),
    "text": ("text", "body", "article", "content", "maintext", "fulltext"),
    "author": ("author", "authors", "byline"),
}
ARTICLE_FIELDS = frozenset(FIELD_NAMES)


def read_jsonl(
    stream: IO[bytes], origin: str, mapping: Mapping[str, str], max_record_bytes: int
) -> Iterator[Draft | Problem]:
    for line_number, line in _bounded_lines(stream, max_record_bytes):
        record = str(line_number)
        if line is None:
            yield Problem(
                "E105", origin, record, f"line longer than max_record_bytes {max_record_bytes:,}"
            )
            continue
        if not line.strip():
            continue
        try:
            yield draft_from_record(_parse(line), f"{origin}:{record}", mapping)
        except NewsprismError as error:
            yield Problem.from_error(error, origin, record)


def _parse(line: bytes) -> dict[str, Any]:
    try:
        value = json.loads(line.decode("utf-8", errors="replace"))
    except json.JSONDecodeError as error:
        raise NewsprismError("E111", error.msg + f" at column {error.colno}") from error
    if not isinstance(value, dict):
        raise NewsprismError("E112", f"found {type(value).__name__}")
    return value


def draft_from_record(record: Mapping[str, Any], origin: str, mapping: Mapping[str, str]) -> Draft:
    values: dict[str, Any] = {}
    for record_field, article_field in mapping.items():
        if record_field in record:
            values[article_field] = record[record_field]
    for article_field, names in FIELD_NAMES.items():
        if article_field not in values:
            values[article_field] = next((record[n] for n in names if record.get(n)), "")
    body = values["text"]
    if isinstance(body, list):
        body = "\n\n".join(str(part) for part in body)
    if not isinstance(body, str) or not body.strip():
        raise NewsprismError("E113", "no text/body/article field (map one with --field NAME=text)")
    if looks_like_html(body):
        draft = Draft(origin=origin, blocks=fragment_blocks(body))
    else:
        draft = parse_plain_text(body, origin)
    draft.title = _as_text(values["title"]) or draft.title
    draft.id = _as_text(values["id"])
    draft.source = _as_text(values["source"])
    draft.url = _as_text(values["url"])
    draft.published = _as_text(values["published"]) or draft.published
    draft.author = _as_text(values["author"])
    return draft


def _as_text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(_as_text(v) for v in value)
    if isinstance(value, dict):
        return _as_text(value.get("name", ""))
    return "" if value is None else str(value)


def _bounded_lines(stream: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) pairs; None for a line over the limit, which is skipped unread."""
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # discard the rest of the oversized line in bounded chunks
                chunk = stream.readline(1 << 20)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield number, None
            continue
        yield number, line
