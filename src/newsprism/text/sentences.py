"""Sentence boundaries for news text, decided over tokens.

A sentence ends at ``.``, ``!``, ``?`` or an ellipsis when the next token starts a sentence: an
upper-case word, a digit or an opening mark (not one before a lower-case word, which goes on
the sentence: "Benedikt XVI. „ist …“"). Closing quotation marks and brackets written right
after the punctuation („… Moment.“) stay with the sentence they close. A period after a
number is an ordinal, not an end, when a month follows ("am 17. März") or an article or
preposition precedes ("der 2. Weltkrieg"). Abbreviations never end a sentence, because the
tokenizer has already bound their period to them. Paragraph ends always end a sentence, so a
sentence never crosses a paragraph.

An agency dateline that opens a paragraph ("Berlin (dpa) -", "KIEW/MOSKAU, 5. März (dpa/AFP) –",
"LONDON (Reuters) -", "WASHINGTON —") is a sentence of its own, so that the report's first
sentence starts with its own subject rather than with the place of filing.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsprism.text.guess import camel_case_name
from newsprism.text.lexicon import agencies_named, months

_TERMINAL = frozenset({".", "!", "?", "…", "...", ".."})
_CLOSING = frozenset("\"“”»«’‘')]")
_NO_START = frozenset(",;:)]}%")
_DASHES = frozenset({"–", "—", "-"})
_SEPARATORS = _DASHES | {":"}
_OPENING = frozenset('„"»«‚‘“')
_DATELINE_WORDS = 12  # a dateline's place and date before the agency take at most this many
# Words after which "<number>." reads as an ordinal rather than a sentence end.
_ORDINAL_BEFORE = frozenset(
    [
        "der",
        "die",
        "das",
        "des",
        "dem",
        "den",
        "am",
        "im",
        "vom",
        "zum",
        "zur",
        "beim",
        "seit",
        "bis",
        "ab",
        "bei",
        "vor",
        "nach",
        "ihr",
        "ihre",
        "sein",
        "seine",
        "dieser",
        "diese",
        "dieses",
        "jeder",
        "jede",
        "jedes",
        "the",
        "on",
        "of",
    ]
)


def split_sentences(
    text: str, tokens: Sequence[tuple[int, int]], paragraphs: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Token index ranges ``(first, one_past_last)`` of the sentences, paragraph by paragraph."""
    sentences: list[tuple[int, int]] = []
    index = 0
    count = len(tokens)
    for _, paragraph_end in paragraphs:
        first = index
        while index < count and tokens[index][1] <= paragraph_end:
            index += 1
        sentences.extend(_split_block(text, tokens, first, index))
    if index < count:  # tokens outside any paragraph: treat the rest as one block
        sentences.extend(_split_block(text, tokens, index, count))
    return sentences


def _split_block(
    text: str, tokens: Sequence[tuple[int, int]], first: int, end: int
) -> list[tuple[int, int]]:
    result: list[tuple[int, int]] = []
    start = first
    opening = _dateline_end(text, tokens, first, end)
    if opening is not None:
        result.append((first, opening))
        start = opening
    i = start
    while i < end:
        if text[tokens[i][0] : tokens[i][1]] not in _TERMINAL:
            i += 1
            continue
        j = i + 1
        while j < end:  # absorb „…“), ?!, …“. and the like
            following = text[tokens[j][0] : tokens[j][1]]
            attached = tokens[j][0] == tokens[j - 1][1]
            if following in _TERMINAL or (following in _CLOSING and attached):
                j += 1
            else:
                break
        if j < end and _starts_sentence(text, tokens, i, j, end):
            result.append((start, j))
            start = j
        i = j
    if start < end:
        result.append((start, end))
    return result


def _dateline_end(text: str, tokens: Sequence[tuple[int, int]], first: int, end: int) -> int | None:
    """The index of the first token after a dateline that opens the block, if one does: a
    capitalised place (and date) then an agency in brackets and a dash or colon ("Berlin, 5.
    März (dpa) -"; the dash may be missing), a place in capitals and a dash ("KIEW/BERLIN –"),
    or one capitalised word and a dash ("Berlin - ").
    The report itself must go on with a capitalised word or an opening mark."""
    words = [text[a:b] for a, b in tokens[first : min(end, first + _DATELINE_WORDS + 6)]]
    if len(words) < 3 or not words[0][:1].isupper():
        return None
    if "(" in words[1 : _DATELINE_WORDS + 1]:
        bracket = words.index("(", 1)
        place = words[:bracket]
        close = words.index(")", bracket) if ")" in words[bracket:] else len(words)
        agencies = [w for w in words[bracket + 1 : close] if w != "/"]
        if not agencies or any(w.lower() not in agencies_named() for w in agencies):
            return None
        after = close + 1 + (close + 1 < len(words) and words[close + 1] in _SEPARATORS)
    elif words[1] in _DASHES and words[0][1:].islower() and words[0].isalpha():
        place, after = words[:1], 2  # "Berlin - Die Bahn erhöht …": one place, then a dash
    else:
        dash = next((i for i, w in enumerate(words) if not _capitals(w)), 0)
        place = words[:dash]
        if not place or words[dash] not in _SEPARATORS:
            return None
        after = dash + 1
    ordinal = {i + 1 for i, w in enumerate(place) if w.isdigit()}  # "5." in "Berlin, 5. März"
    if any(w in _DASHES or (w in _TERMINAL and i not in ordinal) for i, w in enumerate(place)):
        return None
    if after >= len(words) or not (words[after][0].isupper() or words[after] in _OPENING):
        return None
    return first + after


def _capitals(word: str) -> bool:
    """A word in capitals ("KIEW") or a separator inside a capitalised place ("KIEW/BERLIN")."""
    return word in ("/", ",") or (len(word) > 1 and word.isupper() and word.isalpha())


def _starts_sentence(
    text: str, tokens: Sequence[tuple[int, int]], stop: int, nxt: int, end: int
) -> bool:
    following = text[tokens[nxt][0] : tokens[nxt][1]]
    head = following[0]
    if head in _NO_START or (head.islower() and not camel_case_name(following)):
        return False  # a lower-case word continues the sentence, but "eBay" may open one
    if following in _DASHES and nxt + 1 < end and text[tokens[nxt + 1][0]].islower():
        return False  # „Wir kommen!“ – rief sie.
    if following in _OPENING and nxt + 1 < end:
        quoted = text[tokens[nxt + 1][0] : tokens[nxt + 1][1]]
        if quoted[0].islower() and not camel_case_name(quoted):
            return False  # "sagte, Benedikt XVI. „ist und bleibt …“": a quotation goes on
    if text[tokens[stop][0] : tokens[stop][1]] == "." and stop > 0 and nxt == stop + 1:
        number = text[tokens[stop - 1][0] : tokens[stop - 1][1]]
        if number.isdigit() and tokens[stop - 1][1] == tokens[stop][0] and len(number) <= 3:
            if following in months():
                return False
            if stop > 1:
                before = text[tokens[stop - 2][0] : tokens[stop - 2][1]].lower()
                if before in _ORDINAL_BEFORE:
                    return False
    return True
