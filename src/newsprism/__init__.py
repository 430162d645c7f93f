"""newsprism: who said what, which articles tell the same story, and how each outlet frames it.

The public API in a few lines::

    import newsprism

    article = newsprism.analyze("Titel\\nDer Minister sagte, die Lage sei ernst.")
    for item in newsprism.analyze_files(["articles/"]):   # Article or Problem records
        ...
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from newsprism.errors import NewsprismError, Problem
from newsprism.ingest import read, read_string
from newsprism.model import Article, Paragraph, Sentence, Token
from newsprism.pipeline import Pipeline, default_pipeline
from newsprism.runner import run
from newsprism.serialize import dumps, from_dict, loads, to_dict
from newsprism.settings import Settings

__version__ = "0.1.0"
__all__ = [
    "Article",
    "NewsprismError",
    "Paragraph",
    "Pipeline",
    "Problem",
    "Sentence",
    "Settings",
    "Token",
    "analyze",
    "analyze_files",
    "default_pipeline",
    "dumps",
    "from_dict",
    "loads",
    "read",
    "read_string",
    "to_dict",
]


def analyze(text: str | Article, settings: Settings | None = None) -> Article:
    """Analyse one article given as plain text (headline on the first line) or as a record."""
    settings = settings or Settings()
    article = read_string(text, settings=settings) if isinstance(text, str) else text
    return default_pipeline(settings)(article)


def analyze_files(
    paths: Iterable[str | Path], *, format: str | None = None, settings: Settings | None = None
) -> Iterator[Article | Problem]:
    """Read and analyse files; unreadable records come out as Problem records, in order."""
    settings = settings or Settings()
    items = read(paths, format=format, settings=settings)
    return run(default_pipeline(settings), items, settings.jobs, settings.chunk_size)
