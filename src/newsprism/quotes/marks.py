"""Pairing quotation marks into direct-quote spans.

German text uses „…“ and »…« (Swiss «…»), single ‚…‘ inside them, and, in agency and web
copy, straight "…"; British English uses straight '…'. Machine-translated text mixes in English
“…” and closes „ with ”; sloppy copy closes "…“, “…“ and »…» with the wrong mark.
The pairing is tolerant: any closing mark that fits an open quotation closes it, a quotation
left open at the end of a paragraph continues when the next paragraph opens with a mark (the
typographic convention for quotes over several paragraphs) and ends with the paragraph
otherwise, and a closing mark with nothing open is ignored.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_CLOSERS = {
    "„": '“”"',
    "»": "«»",  # »…» and «…«: a mark repeated where its mirror belongs closes too
    "«": "»«",
    "“": '”"“',
    "‚": "‘’",
    '"': '"“”',
    "'": "'",  # straight single marks, in English articles only: 'We are ready,'
}
OPENING_DOUBLE = frozenset('„»«“"')  # the double marks that may open a quotation
# every character that may open or close a quotation: the pairing looks only at these
_ANY_MARK = re.compile(
    "[" + re.escape("".join(sorted(set(_CLOSERS).union(*_CLOSERS.values())))) + "]"
)


@dataclass(frozen=True)
class Marked:
    start: int  # at the opening mark
    end: int  # after the closing mark (or the end of the paragraph for an unclosed quote)
    depth: int  # 0 for outer quotations, 1 for ‚…‘ inside them
    closed: bool


def quoted_spans(
    text: str, paragraphs: Sequence[tuple[int, int]], single: bool = False
) -> list[Marked]:
    """The quotation-mark spans of the text, paragraph by paragraph. ``single``: straight
    single marks quote too, as in British English ('We are ready,' he said); in German text
    they mostly mark single words ('Straftäter'), so they are left alone there."""
    spans: list[Marked] = []
    carried: tuple[str, int] | None = (
        None  # an outer quotation still open from the paragraph before
    )
    for number, (start, end) in enumerate(paragraphs):
        stack: list[tuple[str, int]] = []
        if carried is not None:
            if text[start : start + 1] in OPENING_DOUBLE:
                stack.append((carried[0], carried[1]))
                start += 1  # the repeated opening mark belongs to the carried quotation
            carried = None
        for found in _ANY_MARK.finditer(text, start, end):
            index, char = found.start(), found.group()
            if stack and char in _CLOSERS[stack[-1][0]] and _closes(text, index, stack[-1][0]):
                opener, begin = stack.pop()
                spans.append(Marked(begin, index + 1, len(stack), True))
            elif (
                char in _CLOSERS
                and (single or char != "'")
                and _opens(text, index, char, stack, end)
            ):
                stack.append((char, index))
        if stack:
            opener, begin = stack[0]
            following = paragraphs[number + 1][0] if number + 1 < len(paragraphs) else None
            if (
                following is not None
                and text[following : following + 1] in OPENING_DOUBLE
                and opener != "‚"
            ):
                carried = (opener, begin)
            else:
                spans.append(Marked(begin, end, 0, False))
    return sorted(spans, key=lambda m: (m.start, -m.end))


def _opens(text: str, index: int, char: str, stack: list[tuple[str, int]], end: int) -> bool:
    if char == "'":
        # outside a quotation, before a word and after a space, with its closing mark later in
        # the paragraph; else an apostrophe ("geht's", "the allies' weapons")
        before, after = text[index - 1 : index], text[index + 1 : index + 2]
        return (
            not stack
            and (not before or before.isspace())
            and after.isalpha()  # not "the '90s"
            and any(_straight_single_closes(text, i) for i in range(index + 2, end))
        )
    if char == "‚":
        # a single low mark opens inside a quotation; outside one, only before a word and with
        # its closing mark later in the paragraph (‚Wir kommen‘, sagte sie), else it is a
        # comma-like glyph
        after = text[index + 1 : index + 2]
        return bool(stack) or (
            after.isalnum() and any(_single_closes(text, i) for i in range(index + 2, end))
        )
    if char in '“"':  # ambiguous: opens only before a word, not after one
        after = text[index + 1 : index + 2]
        return bool(after) and not after.isspace() and after not in ",.;:!?"
    if char == "«" and stack:
        return False
    return len(stack) < 2


def _single_closes(text: str, index: int) -> bool:
    """A closing single mark: "‘", or "’" that is no apostrophe inside a word (geht’s)."""
    return text[index] == "‘" or (text[index] == "’" and not text[index + 1 : index + 2].isalpha())


def _straight_single_closes(text: str, index: int) -> bool:
    """A straight single mark after a word and before no letter: not "geht's"."""
    before, after = text[index - 1 : index], text[index + 1 : index + 2]
    return text[index] == "'" and not before.isspace() and not after.isalpha()


def _closes(text: str, index: int, opener: str) -> bool:
    if opener == "‚":
        return _single_closes(text, index)
    if opener == "'":
        return _straight_single_closes(text, index)
    if text[index] == opener or (opener in '"“' and text[index] in '"”“'):
        before = text[index - 1 : index]
        return bool(before) and not before.isspace()  # a closing mark follows a word
    return True
