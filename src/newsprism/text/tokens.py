"""Tokens with offsets: one compiled regular expression and a pass for abbreviations.

Abbreviations keep their period ("z.B.", "Dr."), numbers keep their separators ("300.000",
"2,5", "2023-12"), compounds keep their hyphens ("Nato-Chef"), and a truncated compound keeps its
trailing hyphen ("Rüstungs- und"). Every other non-space character is a token of its own.

Speed matters here (every character of every article passes through), so the pattern has no
alternation of known abbreviations: a word followed by a period is extended afterwards when
word + "." is listed. URL and e-mail alternatives are only compiled in when the text has them.
"""

from __future__ import annotations

import re
from functools import cache

from newsprism.text.lexicon import abbreviations

_URL = r"(?:https?://|www\.)[^\s<>\"“”„«»]*[^\s<>\"“”„«».,;:!?)\]]"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_DOTTED = r"(?<!\w)(?:[^\W\d_]\.){2,}"  # "U.S.", "z.B.", "i.d.R."
_INITIAL = r"(?<![\w.])[A-ZÄÖÜ]\.(?=\s+[A-ZÄÖÜ][a-zäöüß])"  # "J. Stoltenberg"
_NUMBER = r"\d+(?:[.,:/]\d+)*(?:-[^\W_]+)*"  # 300.000, 2,5, 12:30, 2023-12, 17-jährige
_WORD = r"[^\W_]+(?:[-‐'’][^\W_]+)*(?:-(?=\s))?"  # Nato-Chef, geht's, Rüstungs-
_ELLIPSIS = r"\.{2,}|…"
_PLAIN = [_DOTTED, _INITIAL, _NUMBER, _WORD, _ELLIPSIS, r"\S"]


@cache
def _pattern(with_links: bool) -> re.Pattern[str]:
    return re.compile("|".join(([_URL, _EMAIL] if with_links else []) + _PLAIN))


def tokenize(text: str, language: str = "de") -> list[tuple[int, int]]:
    """(start, end) of every token in ``text``."""
    with_links = "@" in text or "://" in text or "www." in text
    spans = [match.span() for match in _pattern(with_links).finditer(text)]
    known = abbreviations(language)
    merged: list[tuple[int, int]] = []
    skip = False
    for index, (start, end) in enumerate(spans):
        if skip:
            skip = False
            continue
        if (
            end < len(text)
            and text[end] == "."
            and index + 1 < len(spans)
            and spans[index + 1] == (end, end + 1)
            and text[start : end + 1] in known
        ):
            merged.append((start, end + 1))
            skip = True
        else:
            merged.append((start, end))
    return merged
