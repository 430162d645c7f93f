"""Tokens with offsets: one compiled regular expression per language.

Abbreviations keep their period ("z.B.", "Dr."), numbers keep their separators ("300.000",
"2,5", "2023-12"), compounds keep their hyphens ("Nato-Chef"), and a truncated compound keeps its
trailing hyphen ("Rüstungs- und"). Every other non-space character is a token of its own.
"""

from __future__ import annotations

import re
from functools import cache

from newsprism.text.lexicon import abbreviations

_URL = r"(?:https?://|www\.)[^\s<>\"“”„«»]*[^\s<>\"“”„«».,;:!?)\]]"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_INITIAL = r"(?<!\w)[A-ZÄÖÜ]\.(?=\s+[A-ZÄÖÜ][a-zäöüß])"  # "J. Stoltenberg"
_DOTTED = r"(?<!\w)(?:[^\W\d_]\.){2,}"  # "U.S.", "z.B.", "i.d.R."
_NUMBER = r"\d+(?:[.,:/]\d+)*(?:-[^\W_]+)*"  # 300.000, 2,5, 12:30, 2023-12, 17-jährige
_WORD = r"[^\W_]+(?:[-‐'’][^\W_]+)*(?:-(?=\s))?"  # Nato-Chef, geht's, Rüstungs-
_ELLIPSIS = r"\.{2,}|…"


@cache
def token_pattern(language: str) -> re.Pattern[str]:
    words = sorted((a for a in abbreviations(language) if "." in a[:-1] or a[:-1].isalpha()),
                   key=len, reverse=True)
    known = "|".join(re.escape(a) for a in words)
    return re.compile(
        "|".join([_URL, _EMAIL, rf"(?<!\w)(?:{known})(?!\w)", _DOTTED, _INITIAL, _NUMBER,
                  _WORD, _ELLIPSIS, r"[^\w\s]"])
    )


def tokenize(text: str, language: str = "de") -> list[tuple[int, int]]:
    """(start, end) of every token in ``text``."""
    return [match.span() for match in token_pattern(language).finditer(text)]
