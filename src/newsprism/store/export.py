"""Exporting the store: JSONL (full records), CSV and Parquet (one flat row per article)."""

from __future__ import annotations

import contextlib
import csv
import sys
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import IO

from newsprism.errors import NewsprismError
from newsprism.serialize import dumps
from newsprism.store.sqlite import Store

FORMATS = ("jsonl", "csv", "parquet")
COLUMNS = (
    "id",
    "source",
    "url",
    "title",
    "published",
    "language",
    "author",
    "origin",
    "content_hash",
    "text",
)


def export(store: Store, fmt: str, output: str | Path | None) -> int:
    """Write every article in ``fmt`` to ``output`` (stdout for None or "-"); returns the count."""
    if fmt not in FORMATS:
        raise NewsprismError("E201", f"export format {fmt!r}; choose {', '.join(FORMATS)}")
    if fmt == "parquet":
        if output in (None, "-"):
            raise NewsprismError("E201", "parquet needs an output file (-o FILE)")
        return _parquet(store, Path(str(output)))
    with text_output(output) as stream:
        if fmt == "jsonl":
            count = 0
            for article in store.articles():
                stream.write(dumps(article) + "\n")
                count += 1
            return count
        writer = csv.DictWriter(stream, fieldnames=COLUMNS)
        writer.writeheader()
        count = 0
        for row in store.rows():
            writer.writerow(row)
            count += 1
        return count


def text_output(output: str | Path | None) -> contextlib.AbstractContextManager[IO[str]]:
    if output in (None, "-"):
        return contextlib.nullcontext(sys.stdout)
    return open(str(output), "w", encoding="utf-8", newline="")


def _parquet(store: Store, path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(name, pa.string()) for name in COLUMNS])
    count = 0
    rows: Iterator[dict[str, str]] = store.rows()
    with pq.ParquetWriter(path, schema) as writer:
        while batch := list(islice(rows, 2000)):
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count
