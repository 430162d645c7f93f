"""Shared helpers. Third-party data in ../shared is optional: tests that want it skip without it."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism import Article, Problem, analyze_files, read
from newsprism.ingest import format_of
from newsprism.settings import Settings

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
EXAMPLES = SHARED / "examples" / "de"
# the article fixtures: files newsprism reads as articles, not expected results or NER data
INPUTS = sorted(
    p for p in FIXTURES.iterdir() if format_of(p) and not p.name.endswith(".expected.json")
)


def needs_shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path


def read_all(
    *paths: Path | str, settings: Settings | None = None, **kwargs: object
) -> tuple[list[Article], list[Problem]]:
    items = list(read(list(paths), settings=settings, **kwargs))  # type: ignore[arg-type]
    return (
        [i for i in items if isinstance(i, Article)],
        [i for i in items if isinstance(i, Problem)],
    )


def analyze_all(
    *paths: Path | str, settings: Settings | None = None
) -> tuple[list[Article], list[Problem]]:
    items = list(analyze_files(list(paths), settings=settings))
    return (
        [i for i in items if isinstance(i, Article)],
        [i for i in items if isinstance(i, Problem)],
    )


def sentence_texts(article: Article) -> list[str]:
    return [article.text[s.start : s.end] for s in article.sentences]
