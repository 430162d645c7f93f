"""Stemmed text for the full-text index, and queries stemmed the same way.

SQLite's FTS5 cannot stem German, so newsprism stores a stemmed copy of each title, body and
quote list in the index and stems queries identically. The Snowball German stemmer folds ß to
ss and removes umlauts, so "Verbündeten" finds "verbündete" and "Strasse" finds "Straße".
Spelled-out umlauts ("Verbuendete") are not folded. Each query word matches either its German
or its English stem, so a query needs no language flag.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

_WORD = re.compile(r"\w+")
_QUERY_PART = re.compile(r'"([^"]*)"|(\S+)')
_OPERATORS = frozenset({"AND", "OR", "NOT"})


@cache
def _stemmer(language: str) -> Any:
    import Stemmer

    return Stemmer.Stemmer("english" if language == "en" else "german")


def stem_text(text: str, language: str = "de") -> str:
    words = [w.lower() for w in _WORD.findall(text)]
    return " ".join(_stemmer(language).stemWords(words))


def fts_query(query: str) -> str:
    """An FTS5 MATCH expression: every word (or "quoted phrase") must occur, stemmed."""
    parts = []
    for phrase, word in _QUERY_PART.findall(query):
        if word in _OPERATORS:
            parts.append(word)
            continue
        text = phrase or word
        words = [w.lower() for w in _WORD.findall(text)]
        if not words:
            continue
        if phrase:
            parts.append('"' + " ".join(_stemmer("de").stemWords(words)) + '"')
            continue
        variants = {_stemmer("de").stemWord(words[0]), _stemmer("en").stemWord(words[0])}
        parts.append("(" + " OR ".join(f'"{v}"' for v in sorted(variants)) + ")")
    joined: list[str] = []
    for part in parts:  # FTS5 needs an explicit AND between bracketed groups
        if joined and part not in _OPERATORS and joined[-1] not in _OPERATORS:
            joined.append("AND")
        joined.append(part)
    return " ".join(joined)


def matching_sentence(text: str, query: str, language: str = "de", width: int = 220) -> str:
    """The first sentence-sized piece of ``text`` containing a query word, for result lists."""
    wanted = set(stem_text(query, language).split()) | set(stem_text(query, "en").split())
    stemmer = _stemmer(language)
    for match in _WORD.finditer(text):
        if stemmer.stemWord(match.group().lower()) in wanted:
            begin = max(text.rfind(". ", 0, match.start()) + 2, match.start() - width // 2, 0)
            snippet = text[begin : begin + width].replace("\n", " ")
            return ("…" if begin else "") + snippet + ("…" if begin + width < len(text) else "")
    return text[:width].replace("\n", " ")
