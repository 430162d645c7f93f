"""Resolving a quote's local speaker mention to a person or organisation in the article.

Until the entity layer lands, resolution works from proper-noun runs: a mention containing a
name resolves to the fullest name in the article that ends with the same word ("Stoltenberg"
-> "Jens Stoltenberg"); a pronoun or a description ("er", "der Nato-Chef", "der Norweger")
resolves to the speaker named most recently before it. The entity layer will replace this by
its in-article coreference (``Quote.speaker_entity``); the interface stays the same.
"""

from __future__ import annotations

from dataclasses import replace

from newsprism.model import Article, Quote

_TITLES = frozenset(
    {"Präsident", "Präsidentin", "Kanzler", "Kanzlerin", "Minister", "Ministerin", "Dr.", "Prof."}
)


def resolve_speakers(article: Article, quotes: list[Quote]) -> tuple[Quote, ...]:
    names = _name_runs(article)
    resolved: list[Quote] = []
    last_name = ""
    for quote in quotes:
        name = ""
        if quote.speaker:
            span = quote.speaker[0]
            inside = [run for run in names if span.start <= run[0] and run[1] <= span.end]
            if inside:
                longest = max(inside, key=lambda run: run[1] - run[0])
                name = _fullest(article.text[longest[0] : longest[1]], names, article.text)
            else:
                name = last_name or _name_before(names, span.start, article.text)
        if name:
            last_name = name
        resolved.append(replace(quote, speaker_name=name))
    return tuple(resolved)


def _name_runs(article: Article) -> list[tuple[int, int]]:
    """Character spans of maximal runs of proper-noun tokens."""
    runs: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    for token in article.tokens:
        if token.proper:
            if current and article.text[current[1] : token.start] == " ":
                current = (current[0], token.end)
            else:
                if current:
                    runs.append(current)
                current = (token.start, token.end)
        elif current:
            runs.append(current)
            current = None
    if current:
        runs.append(current)
    return runs


def _fullest(name: str, runs: list[tuple[int, int]], text: str) -> str:
    last = name.split()[-1]
    candidates = [text[a:b] for a, b in runs if text[a:b].split()[-1] == last]
    candidates = [c for c in candidates if c.split()[0] not in _TITLES] or candidates
    return max(candidates, key=lambda c: len(c.split()), default=name)


def _name_before(runs: list[tuple[int, int]], position: int, text: str) -> str:
    """The last multi-word name before a position: the likely referent of "er" or "der Minister"."""
    for a, b in reversed(runs):
        if b <= position and len(text[a:b].split()) >= 2:
            return _fullest(text[a:b], runs, text)
    return ""
