"""The direct quotations of an article as token ranges, and which of them make up what a frame
attributes: one quotation, several joined by "und", or the parts a frame splits."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import pairwise

from newsprism.model import Article
from newsprism.quotes.chunks import Words
from newsprism.quotes.marks import quoted_spans


def direct_ranges(article: Article) -> list[tuple[int, int]]:
    """Token ranges of the outer quotation-mark spans."""
    starts = [t.start for t in article.tokens]
    paragraphs = [(p.start, p.end) for p in article.paragraphs] or [(0, len(article.text))]
    ranges = []
    ends = [t.end for t in article.tokens]
    for marked in quoted_spans(article.text, paragraphs, single=article.language == "en"):
        if marked.depth:
            continue
        first = bisect_left(starts, marked.start)
        last = bisect_right(ends, marked.end)
        if last - first >= 1:
            ranges.append((first, last))
    return ranges


def enclosing_direct(
    direct: list[tuple[int, int]], region: list[tuple[int, int]], used: set[int], side: str
) -> int | None:
    """The marked quotation that makes up the region, if any (allowing a mark left outside).

    A quotation may run on over several sentences: after a frame it may end beyond the region
    ("Er sagte: „A. B.“"), before one it may start before it ("„A. B“, sagte er").
    """
    start, end = region[0][0], region[-1][1]
    for index, (a, b) in enumerate(direct):
        if index in used:
            continue
        starts_here = start - 1 <= a <= start + 1
        ends_here = end - 1 <= b <= end + 2
        if side == "after" and starts_here and b >= end - 1:
            return index
        if side != "after" and ends_here and a <= start + 1 and (b - a) >= (end - start) * 0.6:
            return index
    return None


def joined_direct(
    words: Words, direct: list[tuple[int, int]], region: list[tuple[int, int]], used: set[int]
) -> list[int]:
    """The marked quotations that make up a region one after another, joined by "und" or a
    comma ("erklärte: „Ich rechne damit.“ und „Wenn wir es nicht schaffen, …“"), if there are
    several."""
    if len(region) != 1:
        return []
    start, end = region[0]
    parts = [
        index
        for index, (a, b) in enumerate(direct)
        if index not in used and start - 1 <= a and b <= end + 2
    ]
    if len(parts) < 2 or not direct[parts[0]][0] <= start + 1 or direct[parts[-1]][1] < end - 1:
        return []
    for before, after in pairwise(parts):
        between = words.lower[direct[before][1] : direct[after][0]]
        if not between or any(form not in {"und", ",", ";", "sowie"} for form in between):
            return []
    return parts


def split_direct(
    direct: list[tuple[int, int]], region: list[tuple[int, int]], used: set[int]
) -> list[int]:
    """The marked quotations that make up each part of a region a frame splits, if every part
    is one ("„Dies ist ein kritischer Moment“, sagte er, „und wir müssen handeln.“")."""
    parts = []
    for start, end in region:
        part = next(
            (
                index
                for index, (a, b) in enumerate(direct)
                if index not in used and start - 1 <= a <= start and end - 1 <= b <= end + 2
            ),
            None,
        )
        if part is None:
            return []
        parts.append(part)
    return parts if len(parts) > 1 else []
