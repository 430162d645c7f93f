"""Phrase lists compiled for fast search: a plain substring test before the regular expression.

Most articles contain none of a lexicon's phrases. Every match of a phrase contains each of its
words in lower case, so a text that lacks the rarest-looking (longest) word of every phrase
cannot match, and ``str.__contains__`` finds that out far faster than the regular expression.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_ENDINGS = r"(?:e|en|n|s|es|er|em)?"


@dataclass(frozen=True)
class Phrases:
    pattern: re.Pattern[str]
    anchors: tuple[str, ...]  # lower case; a match contains one of them

    # ``lowered`` is ``text.lower()`` where the caller has it already: it searches one text
    # with many phrase lists

    def possible(self, text: str, lowered: str | None = None) -> bool:
        lowered = text.lower() if lowered is None else lowered
        return any(anchor in lowered for anchor in self.anchors)

    def search(self, text: str, lowered: str | None = None) -> re.Match[str] | None:
        return self.pattern.search(text) if self.possible(text, lowered) else None

    def finditer(self, text: str, lowered: str | None = None) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.possible(text, lowered) else iter(())


def phrases(patterns: list[str], inflected: bool = True) -> Phrases:
    """Whole phrases, ignoring case; the last word may carry a German inflection ending."""
    ending = _ENDINGS if inflected else ""
    alternatives = sorted(
        (r"\s+".join(re.escape(word) for word in pattern.split()) + ending for pattern in patterns),
        key=len,
        reverse=True,
    )
    return Phrases(
        re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.IGNORECASE),
        _anchors(patterns),
    )


def stems(beginnings: list[str]) -> Phrases:
    """Words that begin with one of ``beginnings``, ignoring case."""
    return Phrases(
        re.compile(r"\b(?:" + "|".join(map(re.escape, beginnings)) + ")", re.IGNORECASE),
        _anchors(beginnings),
    )


def _anchors(patterns: list[str]) -> tuple[str, ...]:
    return tuple(sorted({max(p.lower().split(), key=len) for p in patterns}))
