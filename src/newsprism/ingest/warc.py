"""WARC archives (for example CC-NEWS), streamed record by record through warcio.

Only HTTP responses with an HTML body become articles; request, metadata and other records are
passed over. Records carrying a digest are verified, so a cut-off record is reported (E141)
rather than analysed as a shorter article; a truncated archive yields every complete record
before the break. Without a publication date in the page, the crawl date (WARC-Date) is used.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import IO

from newsprism.errors import NewsprismError, Problem
from newsprism.ingest.decode import decode
from newsprism.ingest.html import read_html
from newsprism.ingest.normalize import Draft


def read_warc(stream: IO[bytes], origin: str, max_record_bytes: int) -> Iterator[Draft | Problem]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    records = ArchiveIterator(stream, check_digests=True)
    offset = 0
    try:
        for record in records:
            if record.rec_type != "response" or not _is_html(record):
                continue
            payload = record.content_stream().read(max_record_bytes + 1)
            offset = records.get_record_offset()  # only valid once the payload has been read
            where = f"offset {offset}"
            if len(payload) > max_record_bytes:
                yield Problem(
                    "E105", origin, where, f"record over max_record_bytes {max_record_bytes:,}"
                )
                continue
            if not _complete(record):
                yield Problem(
                    "E141", origin, where, f"record cut off after {len(payload):,} payload bytes"
                )
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or ""
            record_id = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")
            try:
                draft = read_html(
                    decode(payload),
                    f"{origin}@{offset}",
                    url=url,
                    article_id=record_id.removeprefix("urn:uuid:"),
                )
            except NewsprismError as error:
                yield Problem.from_error(error, origin, where)
                continue
            if not draft.published:
                draft.published = record.rec_headers.get_header("WARC-Date") or ""
            yield draft
    except (ArchiveLoadFailed, zlib.error, EOFError, OSError, ValueError) as error:
        yield Problem("E141", origin, f"after offset {offset}", f"{type(error).__name__}: {error}")


def _complete(record: object) -> bool:
    """False when a record that declares a digest was not read to its end or does not match."""
    checker = getattr(record, "digest_checker", None)
    headers = getattr(record, "rec_headers", None)
    declared = headers is not None and (
        headers.get_header("WARC-Payload-Digest") or headers.get_header("WARC-Block-Digest")
    )
    if checker is None or not declared:
        return True
    return checker.passed is True


def _is_html(record: object) -> bool:
    headers = getattr(record, "http_headers", None)
    if headers is None:
        return False
    if headers.get_statuscode() not in ("200", None):
        return False
    content_type = (headers.get_header("Content-Type") or "").lower()
    return "html" in content_type
