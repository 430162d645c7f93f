"""RSS and Atom feeds saved as files, through feedparser. One article per entry."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from newsprism.errors import NewsprismError, Problem
from newsprism.ingest.html import fragment_blocks
from newsprism.ingest.normalize import Draft


def read_feed(data: bytes, origin: str) -> Iterator[Draft | Problem]:
    import feedparser

    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        reason = str(parsed.get("bozo_exception") or "no entries")
        yield Problem("E131", origin, "", reason)
        return
    feed_title = parsed.get("feed", {}).get("title", "")
    for number, entry in enumerate(entries, start=1):
        try:
            yield _draft(entry, f"{origin}:{number}", feed_title)
        except NewsprismError as error:
            yield Problem.from_error(error, origin, str(number))


def _draft(entry: Any, origin: str, feed_title: str) -> Draft:
    contents = entry.get("content") or []
    body = contents[0].get("value", "") if contents else entry.get("summary", "")
    if not body or not body.strip():
        raise NewsprismError("E113", "entry has neither content nor summary")
    published = entry.get("published_parsed") or entry.get("updated_parsed")
    authors = entry.get("author", "")
    return Draft(
        origin=origin,
        blocks=fragment_blocks(body),
        title=entry.get("title", ""),
        id=entry.get("id", "") or "",
        source=feed_title,
        url=entry.get("link", ""),
        published=time.strftime("%Y-%m-%d", published) if published else entry.get("published", ""),
        author=authors,
    )
