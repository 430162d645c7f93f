"""English numbers and dates, valued as the German ones are (:mod:`newsprism.entities.numbers`).

Quantities ("300,000 soldiers", "32 member states", "twenty-one countries", "hundreds of
drones", "tens of thousands of people"), percentages ("2.5 percent", "2.5 per cent") and shares
("a third of the soldiers", "half of"), money ("$1.9 billion", "5 million euros") and dates
("March 17, 2024", "17 March 2024", "February 2022", "in 2022", "in March", "on Thursday",
"last year", "last month", "yesterday"). English writes the thousands with commas and
the decimals with a point, the month before the day, and counts with "of" ("hundreds of
drones") and in two words ("two hundred").

Word lists are in ``data/numbers_en.toml``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from newsprism.entities.claims import claim_en
from newsprism.entities.numbers import (
    day_from,
    iso_day,
    month_from,
    negative,
    plain,
    token_at,
    weekday,
)
from newsprism.model import Article, NumberMention, Span, Token

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_DAY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?$")
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_YEAR_BEFORE = frozenset(
    {"in", "since", "until", "till", "by", "from", "before", "after", "early", "late", "mid"}
    | {"during", "through", "to", "of", "between", "and", "or"}
)
_RANGE = frozenset({"to", "and", "or", "through", "-", "–"})
_ONE = frozenset({"a", "an", "one"})
_COUNTED = frozenset({"NOUN", "PROPN"})


@dataclass(frozen=True)
class _Words:
    numbers: dict[str, float]
    vague: dict[str, str]
    scales: dict[str, float]
    units: dict[str, tuple[str, str]]
    currencies: dict[str, str]
    months: dict[str, int]
    weekdays: dict[str, int]
    fractions: dict[str, float]


@cache
def _tables() -> _Words:
    text = resources.files("newsprism.data").joinpath("numbers_en.toml").read_text("utf-8")
    data: dict[str, Any] = tomllib.loads(text)
    return _Words(
        {k: float(v) for k, v in data["words"].items()},
        dict(data["vague"]),
        {k: float(v) for k, v in data["scales"].items()},
        {k: (v[0], v[1]) for k, v in data["units"].items()},
        dict(data["currencies"]),
        dict(data["months"]),
        dict(data["weekdays"]),
        {k: float(v) for k, v in data["fractions"].items()},
    )


def find_numbers_en(article: Article) -> tuple[NumberMention, ...]:
    tables = _tables()
    text = article.text
    tokens = article.tokens
    forms = [text[t.start : t.end] for t in tokens]
    used: set[int] = set()
    found: list[NumberMention] = []
    for sentence in article.sentences:
        first, end = sentence.token_start, sentence.token_end
        for index in range(first, end):
            if index in used:
                continue
            mention = _date(forms, tokens, index, first, end, article.published, tables, used)
            mention = mention or _share(forms, tokens, index, first, end, tables, used)
            mention = mention or _quantity(forms, tokens, index, first, end, tables, used)
            if mention is not None:
                found.append(mention)
    return tuple(sorted(found, key=lambda m: m.start))


def _date(
    forms: list[str],
    tokens: tuple[Token, ...],
    index: int,
    first: int,
    end: int,
    published: str,
    tables: _Words,
    used: set[int],
) -> NumberMention | None:
    form = forms[index]
    before = forms[index - 1].lower() if index > first else ""

    def mention(stop: int, value: str) -> NumberMention:
        used.update(range(index, stop))
        return NumberMention(tokens[index].start, tokens[stop - 1].end, "date", value)

    month = tables.months.get(form)
    if month is not None:
        day = _DAY.match(token_at(forms, index + 1, end))
        if day and not _YEAR.match(forms[index + 1]):
            # "March 17", "March 17, 2024", "March 17th"
            comma = token_at(forms, index + 2, end) == ","
            year = token_at(forms, index + 3, end) if comma else ""
            if _YEAR.match(year):
                value = iso_day(int(year), month, int(day.group(1)))
                return mention(index + 4, value) if value else None
            if iso_day(2000, month, int(day.group(1))):
                return mention(index + 2, f"--{month:02d}-{int(day.group(1)):02d}")
        year = token_at(forms, index + 1, end)
        if _YEAR.match(year):
            return mention(index + 2, f"{year}-{month:02d}")  # "February 2022"
        if relative := _relative_year(forms, index + 1, end, published):
            return mention(relative[1], f"{relative[0]}-{month:02d}")  # "March last year"
        if before in _YEAR_BEFORE:
            # "in March"; "between April and June 2012" is April 2012
            last = token_at(forms, index + 3, end)
            joined = (
                token_at(forms, index + 1, end) in _RANGE
                and token_at(forms, index + 2, end) in tables.months
            )
            return mention(
                index + 1, f"{last if joined and _YEAR.match(last) else '-'}-{month:02d}"
            )
        return None
    day = _DAY.match(form)
    month = tables.months.get(token_at(forms, index + 1, end), 0)
    if day and month and not _YEAR.match(form):
        # "17 March 2024", "17 March"
        year = token_at(forms, index + 2, end)
        if _YEAR.match(year):
            value = iso_day(int(year), month, int(day.group(1)))
            return mention(index + 3, value) if value else None
        if iso_day(2000, month, int(day.group(1))):
            return mention(index + 2, f"--{month:02d}-{int(day.group(1)):02d}")
    if _YEAR.match(form) and before in _YEAR_BEFORE and not _unit(forms, index + 1, end, tables):
        return mention(index + 1, form)  # "in 2022"
    if before != "the" and (relative := _relative_year(forms, index, end, published)):
        return mention(relative[1], relative[0])  # "last year"; not "over the last year"
    if before != "the" and (relative := _relative_month(forms, index, end, published)):
        return mention(relative[1], relative[0])  # "last month"
    offset = _DAY_OFFSETS.get(form.lower())
    if offset is not None and (day_named := day_from(published, offset)):
        return mention(index + 1, day_named)  # "yesterday"
    if form in tables.weekdays:
        return mention(index + 1, weekday(tables.weekdays[form], published))
    return None


def _relative_year(
    forms: list[str], index: int, end: int, published: str
) -> tuple[str, int] | None:
    """A year named relative to the article's publication ("last year", "this year") and the
    index after it."""
    offset = _YEAR_OFFSETS.get(token_at(forms, index, end).lower())
    year = published[:4]
    if offset is None or token_at(forms, index + 1, end) != "year" or not _YEAR.match(year):
        return None
    return str(int(year) + offset), index + 2


def _relative_month(
    forms: list[str], index: int, end: int, published: str
) -> tuple[str, int] | None:
    """A month named relative to the publication ("last month") and the index after it."""
    offset = _YEAR_OFFSETS.get(token_at(forms, index, end).lower())
    if offset is None or token_at(forms, index + 1, end) != "month":
        return None
    month = month_from(published, offset)
    return (month, index + 2) if month else None


_YEAR_OFFSETS = {"this": 0, "last": -1, "next": 1}
_DAY_OFFSETS = {"yesterday": -1, "today": 0, "tomorrow": 1}


def _share(
    forms: list[str],
    tokens: tuple[Token, ...],
    index: int,
    first: int,
    end: int,
    tables: _Words,
    used: set[int],
) -> NumberMention | None:
    """A fraction before "of" as a share in percent: "a third of the soldiers" 33.3, "two
    thirds of" 66.7, "half of the population" 50."""
    form = forms[index].lower()
    if form == "half":
        count, fraction, stop = 1.0, 0.5, index + 1
    else:
        parts = form.split("-")  # "two-thirds"
        if len(parts) == 2:
            count_word, fraction_word, stop = parts[0], parts[1], index + 1
        else:
            count_word, fraction_word, stop = form, token_at(forms, index + 1, end), index + 2
        fraction = tables.fractions.get(fraction_word.lower(), 0.0)
        count = 1.0 if count_word in _ONE else number_word_en(count_word, tables.numbers) or 0.0
        if not fraction or not count or count >= 10 or fraction_word == "half":
            return None
    if token_at(forms, stop, end) != "of":
        return None
    after_of = stop + 1 + (token_at(forms, stop + 1, end) == "the")
    counted = _counted(forms, tokens, index, after_of, first, end)
    used.update(range(index, stop))
    value = plain(round(100 * count * fraction, 1))
    return NumberMention(tokens[index].start, tokens[stop - 1].end, "percent", value, "%", counted)


def _quantity(
    forms: list[str],
    tokens: tuple[Token, ...],
    index: int,
    first: int,
    end: int,
    tables: _Words,
    used: set[int],
) -> NumberMention | None:
    form = forms[index]
    lower = form.lower()
    stop = index + 1
    value_text = None
    number = 0.0
    if _DIGITS.match(form):
        if _YEAR.match(form) and not _unit(forms, index + 1, end, tables):
            return None  # a year without a preposition is not counted either
        number = float(form.replace(",", ""))
    elif (word := number_word_en(form, tables.numbers)) is not None:
        number = word
    elif lower in _ONE and token_at(forms, index + 1, end) in tables.scales:
        number = 1.0  # "a million people"
    elif (vague := _vague(forms, index, end, tables)) is not None:
        value_text, stop = vague
        if token_at(forms, stop, end) != "of":
            return None  # "hundreds of drones"; not "Thousands said …"
    else:
        return None
    scaled = False
    while value_text is None and (scale := tables.scales.get(token_at(forms, stop, end))):
        number *= scale  # "1.9 billion", "two hundred thousand"
        stop += 1
        scaled = True
    unit, kind = "", "quantity"
    begin = index
    currency = tables.currencies.get(forms[index - 1]) if index > first else None
    if currency and value_text is None and tokens[index - 1].end == tokens[index].start:
        unit, kind, begin = currency, "money", index - 1  # "$1.9 billion"
    elif found := _unit(forms, stop, end, tables):
        (unit, kind), width = found
        stop += width
    counted = _counted(forms, tokens, index, stop, first, end) if kind == "quantity" else ()
    if value_text is None and not unit and not counted and not scaled:
        return None  # a bare number ("No. 3", "page 12") says too little to compare
    if value_text is None and negative(forms, tokens, begin, first):
        number, begin = -number, begin - 1  # "minus 15 degrees"
    used.update(range(begin, stop))
    value = value_text or plain(number)
    return NumberMention(tokens[begin].start, tokens[stop - 1].end, kind, value, unit, counted)


def number_word_en(form: str, words: dict[str, float]) -> float | None:
    """The value of an English number word ("seven", "twenty-one"), or None."""
    word = form.lower()
    if word in words:
        return words[word]
    tens, _, ones = word.partition("-")
    if _ and tens in words and ones in words and words[tens] % 10 == 0 and words[ones] < 10:
        return words[tens] + words[ones]
    return None


def _vague(forms: list[str], index: int, end: int, tables: _Words) -> tuple[str, int] | None:
    """A vague count and the index after it: "hundreds", "tens of thousands"."""
    three = " ".join(forms[index : min(index + 3, end)]).lower()
    if three in tables.vague:
        return tables.vague[three], index + 3
    word = forms[index].lower()
    return (tables.vague[word], index + 1) if word in tables.vague else None


def _unit(
    forms: list[str], index: int, end: int, tables: _Words
) -> tuple[tuple[str, str], int] | None:
    """The unit at ``index`` and how many tokens it takes ("percent", "per cent")."""
    two = f"{token_at(forms, index, end)} {token_at(forms, index + 1, end)}".lower()
    if two in tables.units:
        return tables.units[two], 2
    one = token_at(forms, index, end).lower()
    return (tables.units[one], 1) if one in tables.units else None


def _counted(
    forms: list[str], tokens: tuple[Token, ...], number: int, index: int, first: int, end: int
) -> tuple[Span, ...]:
    """The phrase a quantity (from token ``number``, in the sentence of tokens ``first`` to
    ``end``) counts from ``index``, ending in a common noun ("300,000 soldiers", "32 member
    states", "500 A320 jets", "hundreds of drones", "dozens of small boats"), and what it claims
    of it ("were killed or wounded": :func:`newsprism.entities.claims.claim_en`)."""
    if token_at(forms, index, end) == "of":
        index += 1
    start = index
    while index < end and tokens[index].pos == "ADJ":
        index += 1
    last = index
    while last < end and tokens[last].pos in _COUNTED and forms[last][:1].isalpha():
        last += 1
    if last == index or tokens[last - 1].pos != "NOUN":
        return ()  # a name alone is no count: "the 737 MAX"
    phrase = Span(tokens[start].start, tokens[last - 1].end)
    said = claim_en(forms, tokens, number, last, first, end)
    return (phrase, said) if said else (phrase,)
