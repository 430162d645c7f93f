"""Exporting the store as JSONL, CSV or Parquet.

``articles``: JSONL holds the full records, CSV and Parquet one flat row per article.
``stories``: one row per story member, with its story's label and dates.
``comparisons``: one row per saved comparison, its result as JSON text in CSV and Parquet.
"""

from __future__ import annotations

import contextlib
import csv
import json
import sys
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import IO

from newsprism.errors import NewsprismError
from newsprism.serialize import dumps
from newsprism.store.sqlite import Store

FORMATS = ("jsonl", "csv", "parquet")
TABLES = ("articles", "stories", "comparisons")
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


def export(store: Store, fmt: str, output: str | Path | None, table: str = "articles") -> int:
    """Write a table in ``fmt`` to ``output`` (stdout for None or "-"); returns the row count."""
    if fmt not in FORMATS:
        raise NewsprismError("E201", f"export format {fmt!r}; choose {', '.join(FORMATS)}")
    if table not in TABLES:
        raise NewsprismError("E201", f"export table {table!r}; choose {', '.join(TABLES)}")
    columns, rows = _table(store, table)
    if fmt == "parquet":
        if output in (None, "-"):
            raise NewsprismError("E201", "parquet needs an output file (-o FILE)")
        return _parquet(columns, rows, Path(str(output)))
    with text_output(output) as stream:
        count = 0
        if fmt == "jsonl" and table == "articles":
            for article in store.articles():
                stream.write(dumps(article) + "\n")
                count += 1
        elif fmt == "jsonl":
            for row in rows:
                record = dict(row)
                if table == "comparisons":
                    record["articles"] = json.loads(str(row["articles"]))
                    record["result"] = json.loads(str(row["result"]))
                stream.write(json.dumps(record, ensure_ascii=False) + "\n")
                count += 1
        else:
            writer = csv.DictWriter(stream, fieldnames=columns)
            writer.writeheader()
            for row in rows:
                writer.writerow(row)
                count += 1
        return count


def _table(store: Store, table: str) -> tuple[tuple[str, ...], Iterator[dict[str, object]]]:
    if table == "stories":
        return store.member_columns, store.member_rows()
    if table == "comparisons":
        return store.comparison_columns, store.comparison_rows()
    return COLUMNS, (dict[str, object](row) for row in store.rows())


def text_output(output: str | Path | None) -> contextlib.AbstractContextManager[IO[str]]:
    if output in (None, "-"):
        return contextlib.nullcontext(sys.stdout)
    return open(str(output), "w", encoding="utf-8", newline="")


_NUMERIC = {"story_id": "int64", "id": "int64", "score": "float64"}  # outside articles


def _parquet(columns: tuple[str, ...], rows: Iterator[dict[str, object]], path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    numeric = columns != COLUMNS
    schema = pa.schema(
        [
            (c, pa.type_for_alias(_NUMERIC.get(c, "string") if numeric else "string"))
            for c in columns
        ]
    )
    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        while batch := list(islice(rows, 2000)):
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count
