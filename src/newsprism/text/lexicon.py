"""Loading the small word lists in ``newsprism/data``: abbreviations, agencies, months, moods."""

from __future__ import annotations

from functools import cache
from importlib import resources


def data_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a packaged data file."""
    text = resources.files("newsprism.data").joinpath(name).read_text(encoding="utf-8")
    return [
        line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]


def data_table(name: str) -> list[list[str]]:
    """Rows of a packaged tab-separated data file."""
    return [line.split("\t") for line in data_lines(name)]


@cache
def abbreviations(language: str) -> frozenset[str]:
    """Abbreviation tokens for a language. Spaced forms ("z. B.") contribute each part."""
    name = "abbreviations_en.txt" if language == "en" else "abbreviations_de.txt"
    parts: set[str] = set()
    for entry in data_lines(name):
        parts.add(entry.replace(" ", ""))
        parts.update(entry.split())
    return frozenset(parts)


@cache
def agencies_named() -> frozenset[str]:
    """News agencies as datelines name them, lower-cased ("dpa", "reuters")."""
    return frozenset(data_lines("agencies.txt"))


@cache
def months() -> dict[str, int]:
    return {name: int(number) for name, number in data_table("months.tsv")}


@cache
def mood_table_de() -> dict[str, str]:
    return {form: mood for form, mood in data_table("mood_de.tsv")}
