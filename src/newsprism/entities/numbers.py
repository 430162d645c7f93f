"""Numbers and dates with normalised values: the facts an outlet carries or leaves out.

Quantities ("300.000 Soldaten", "31 Mitgliedsstaaten", "drei Menschen", "Hunderte von
Flugzeugen"), percentages and shares ("ein Drittel der Soldaten" 33.3 %, "die Hälfte"), money
("1,9 Mrd. Euro") and dates ("17. März 2024", "Februar 2022",
"17.03.2024", "im Jahr 2022", "am Donnerstag"), each with its span in the text, a normalised
value, and for quantities the phrase they count. Values:

- exact numbers as plain decimals: "300000", "2.5", "1900000000" ("eine Million" 1000000,
  "minus 15 Grad" -15);
- vague counts as words: "dozens", "hundreds", "thousands", "millions";
- dates in ISO 8601, partial where the text is: "2024-03-17", "2022-02", "2022", "--03-17"
  ("am 17. März", "am 17.3."), "--03" ("im März"); the first day of a range takes the month and
  year of the last ("vom 9. bis 11. Juli 2024": 2024-07-09), and so does a month ("im April und
  Mai 2012": 2012-04);
- a weekday resolved against the article's full publication date ("am Donnerstag" → the last
  Thursday on or before it), else "weekday-4" (ISO weekday number); a year, month or day named
  relative to the publication ("im März dieses Jahres", "im vergangenen Jahr", "des Vorjahres",
  "im vergangenen Monat", "gestern", "heute") against its date, else not read.

Word lists are in ``data/numbers_de.toml``. English articles are read by
:mod:`newsprism.entities.numbers_en`.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import Any

from newsprism.entities.claims import claim
from newsprism.model import Article, NumberMention, Span, Token
from newsprism.text.lexicon import months

_DIGITS = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$|^\d+(?:,\d+)?$")
_NUMERIC_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_YEAR_BEFORE = frozenset(
    {
        "im",
        "jahr",
        "jahre",
        "jahres",
        "seit",
        "bis",
        "ab",
        "von",
        "um",
        "vor",
        "nach",
        "anfang",
        "ende",
        "mitte",
    }
)
_COUNTED = frozenset({"NOUN", "PROPN"})
_DAY_MONTH = re.compile(r"^(\d{1,2})\.(\d{1,2})$")  # "am 3.10." (the last dot a token of its own)
_DAY_BEFORE = frozenset({"am", "vom", "bis", "zum", "ab", "seit"})
_RANGE = frozenset({"bis", "und", "-", "–", "oder"})  # "vom 9. bis 11. Juli 2024"
_INDEFINITE = frozenset({"ein", "eine", "einer", "einem", "einen", "eines"})


@dataclass(frozen=True)
class _Words:
    numbers: dict[str, float]
    vague: dict[str, str]
    scales: dict[str, float]
    units: dict[str, tuple[str, str]]
    weekdays: dict[str, int]
    fractions: dict[str, float]


@cache
def _tables() -> _Words:
    text = resources.files("newsprism.data").joinpath("numbers_de.toml").read_text("utf-8")
    data: dict[str, Any] = tomllib.loads(text)
    return _Words(
        {k: float(v) for k, v in data["words"].items()},
        dict(data["vague"]),
        {k: float(v) for k, v in data["scales"].items()},
        {k: (v[0], v[1]) for k, v in data["units"].items()},
        dict(data["weekdays"]),
        {k: float(v) for k, v in data["fractions"].items()},
    )


def find_numbers(article: Article) -> tuple[NumberMention, ...]:
    if article.language == "en":
        from newsprism.entities.numbers_en import find_numbers_en  # it imports this module

        return find_numbers_en(article)
    if article.language not in ("de", ""):
        return ()
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
            mention = _date(forms, tokens, index, end, article.published, tables, used)
            mention = mention or _share(forms, tokens, index, first, end, tables, used)
            mention = mention or _quantity(forms, tokens, index, first, end, tables, used)
            if mention is not None:
                found.append(mention)
    return tuple(sorted(found, key=lambda m: m.start))


def _date(
    forms: list[str],
    tokens: tuple[Token, ...],
    index: int,
    end: int,
    published: str,
    tables: _Words,
    used: set[int],
) -> NumberMention | None:
    form = forms[index]
    numeric = _NUMERIC_DATE.match(form)
    if numeric:
        day, month, year = (int(x) for x in numeric.groups())
        value = iso_day(year, month, day)
        if value:
            used.add(index)
            return NumberMention(tokens[index].start, tokens[index].end, "date", value)
    day_month = _day_month(forms, index, end, published)
    if day_month is not None:
        value, stop = day_month
        used.update(range(index, stop))
        return NumberMention(tokens[index].start, tokens[stop - 1].end, "date", value)
    if (
        form in months()
        and form[0].isupper()
        and (named := _year_after(forms, index + 1, end, published)) is not None
    ):  # "Februar 2022", "März dieses Jahres"
        year_text, stop = named
        used.update(range(index, stop))
        value = f"{year_text}-{months()[form]:02d}"
        return NumberMention(tokens[index].start, tokens[stop - 1].end, "date", value)
    before = forms[index - 1].lower() if index > 0 else ""
    if (
        form.isdigit()
        and len(form) <= 2
        and token_at(forms, index + 1, end) == "."
        and token_at(forms, index + 2, end) in _RANGE
        and (later := _day_month(forms, index + 3, end, published)) is not None
    ):
        # the first day of a range takes the month and year of the last: "9." in "vom 9. bis
        # 11. Juli 2024" is 2024-07-09
        value = later[0][:-2] + f"{int(form):02d}"
        if _iso_day_valid(value):
            used.update((index, index + 1))
            return NumberMention(tokens[index].start, tokens[index + 1].end, "date", value)
    numeric_day = _DAY_MONTH.match(form)
    if numeric_day and token_at(forms, index + 1, end) == "." and before in _DAY_BEFORE:
        day, month = (int(x) for x in numeric_day.groups())
        if iso_day(2000, month, day):  # a leap year: "29.2." is a day
            used.update((index, index + 1))
            value = f"--{month:02d}-{day:02d}"
            return NumberMention(tokens[index].start, tokens[index + 1].end, "date", value)
    if _YEAR.match(form) and before in _YEAR_BEFORE:
        used.add(index)
        return NumberMention(tokens[index].start, tokens[index].end, "date", form)
    if form in months() and form[0].isupper() and before in _YEAR_BEFORE:
        # "im März", "Mitte Juli": a month of no year named; "von Mai bis Juli 2006" is May 2006
        joined = (
            token_at(forms, index + 1, end) in _RANGE
            and token_at(forms, index + 2, end) in months()
        )
        last = _year_after(forms, index + 3, end, published) if joined else None
        value = f"{last[0] if last else '-'}-{months()[form]:02d}"
        used.add(index)
        return NumberMention(tokens[index].start, tokens[index].end, "date", value)
    relative = (
        _relative_year(forms, index, end, published)
        or _relative_month(forms, index, end, published)
        or _relative_day(forms, index, end, published)
    )
    if relative is not None:  # "im vergangenen Jahr", "des Vorjahres", "letzten Monat", "gestern"
        used.update(range(index, relative[1]))
        return NumberMention(tokens[index].start, tokens[relative[1] - 1].end, "date", relative[0])
    if form in tables.weekdays:
        used.add(index)
        return NumberMention(
            tokens[index].start,
            tokens[index].end,
            "date",
            weekday(tables.weekdays[form], published),
        )
    return None


def _day_month(forms: list[str], index: int, end: int, published: str) -> tuple[str, int] | None:
    """A day, its month's name and maybe a year from ``index`` ("17. März 2024", "17. März",
    "17. März dieses Jahres"): the ISO value ("2024-03-17", "--03-17") and the index after it."""
    form = forms[index] if index < end else ""
    if not (
        form.isdigit()
        and len(form) <= 2
        and token_at(forms, index + 1, end) == "."
        and token_at(forms, index + 2, end) in months()
    ):
        return None
    month = months()[forms[index + 2]]
    year = _year_after(forms, index + 3, end, published)
    if year is not None:
        value = iso_day(int(year[0]), month, int(form))
        return (value, year[1]) if value else None
    if not iso_day(2000, month, int(form)):
        return None
    return f"--{month:02d}-{int(form):02d}", index + 3  # without a year, day and month alone


def _year_after(forms: list[str], index: int, end: int, published: str) -> tuple[str, int] | None:
    """The year written at ``index``, as a number or relative to the publication date ("2022",
    "dieses Jahres", "des Vorjahres"), and the index after it."""
    form = token_at(forms, index, end)
    if _YEAR.match(form):
        return form, index + 1
    if form == "des":  # "im Februar des vergangenen Jahres"
        index += 1
    return _relative_year(forms, index, end, published)


def _relative_year(
    forms: list[str], index: int, end: int, published: str
) -> tuple[str, int] | None:
    """A year named relative to the article's publication ("dieses Jahres", "im vergangenen
    Jahr", "des Vorjahres"; not "im letzten Jahr seiner Amtszeit") and the index after it."""
    year = published[:4]
    form = token_at(forms, index, end)
    if not _YEAR.match(year):
        return None
    if form in ("Vorjahr", "Vorjahres"):
        return str(int(year) - 1), index + 1
    offset = _YEAR_OFFSETS.get(form.lower())
    noun = token_at(forms, index + 1, end)
    if offset is None or noun not in ("Jahr", "Jahres"):
        return None
    if noun == "Jahr" and token_at(forms, index + 2, end) in _GENITIVE_AFTER:
        return None  # "im letzten Jahr seiner Amtszeit", "im ersten Jahr des Krieges"
    return str(int(year) + offset), index + 2


def _relative_month(
    forms: list[str], index: int, end: int, published: str
) -> tuple[str, int] | None:
    """A month named relative to the publication ("im vergangenen Monat", "diesen Monat", "im
    Vormonat"; not "im letzten Monat seiner Amtszeit") and the index after it."""
    form = token_at(forms, index, end)
    if form in ("Vormonat", "Vormonats"):
        offset, stop = -1, index + 1
    else:
        named = _YEAR_OFFSETS.get(form.lower())
        noun = token_at(forms, index + 1, end)
        if named is None or noun not in ("Monat", "Monats"):
            return None
        if noun == "Monat" and token_at(forms, index + 2, end) in _GENITIVE_AFTER:
            return None
        offset, stop = named, index + 2
    month = month_from(published, offset)
    return (month, stop) if month else None


def _relative_day(forms: list[str], index: int, end: int, published: str) -> tuple[str, int] | None:
    """A day named relative to a full publication date ("gestern", "heute"; not the "now" of
    "bis heute", "noch heute", "die Welt von heute") and the index after it."""
    offset = _DAY_OFFSETS.get(forms[index])
    if offset is None:
        return None
    before = forms[index - 1].lower() if index > 0 else ""
    if before in ("bis", "noch", "von") or token_at(forms, index + 1, end) == "noch":
        return None
    day = day_from(published, offset)
    return (day, index + 1) if day else None


def month_from(published: str, offset: int) -> str:
    """The month ``offset`` months from the publication's ("2024-03", -1 -> "2024-02"), or ""
    without a publication month."""
    if not _MONTH_PUBLISHED.match(published):
        return ""
    number = int(published[:4]) * 12 + int(published[5:7]) - 1 + offset
    return f"{number // 12}-{number % 12 + 1:02d}"


def day_from(published: str, offset: int) -> str:
    """The day ``offset`` days from a full publication date, or "" without one."""
    try:
        anchor = date.fromisoformat(published) if len(published) == 10 else None
    except ValueError:
        return ""
    return (anchor + timedelta(days=offset)).isoformat() if anchor else ""


_MONTH_PUBLISHED = re.compile(r"^\d{4}-\d{2}")
_DAY_OFFSETS = {"vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1, "übermorgen": 2}
_DAY_OFFSETS |= {
    word.capitalize(): offset for word, offset in _DAY_OFFSETS.items() if word != "morgen"
}
_YEAR_OFFSETS = {
    **dict.fromkeys(("dieses", "diesen", "diesem"), 0),
    **dict.fromkeys(("vergangenen", "vergangenes", "letzten", "letztes"), -1),
    **dict.fromkeys(("vorigen", "voriges"), -1),
    **dict.fromkeys(("nächsten", "nächstes", "kommenden", "kommendes"), 1),
}
_GENITIVE_AFTER = frozenset({"des", "der", "seiner", "seines", "ihrer", "ihres", "von"})


def _iso_day_valid(value: str) -> bool:
    """Whether an ISO day, with or without its year ("2024-07-09", "--02-29"), exists."""
    parts = value.removeprefix("--").split("-")
    year = int(parts[0]) if len(parts) == 3 else 2000  # a leap year
    return bool(iso_day(year, int(parts[-2]), int(parts[-1])))


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
    if _DIGITS.match(form):
        if (
            token_at(forms, index + 1, end) == "."
            and index + 2 < end
            and forms[index + 2][:1].isalpha()
        ):
            return None  # an ordinal ("der 2. Weltkrieg"), or a number ending the sentence
        if _YEAR.match(form) and not _unit_after(forms, index + 1, end, tables):
            return None  # a year without a preposition is not counted either
        number = float(form.replace(".", "").replace(",", "."))
        value_text = None
    elif (word := number_word(form, tables.numbers)) is not None:
        number = word
        value_text = None
    elif form.lower() in _INDEFINITE and token_at(forms, index + 1, end) in tables.scales:
        number = 1.0  # "eine Million Granaten", "ein Dutzend Panzer"
        value_text = None
    elif (
        form in tables.vague
        and index + 1 < end
        and (forms[index + 1] == "von" or tokens[index + 1].pos in _COUNTED)
    ):
        number = 0.0
        value_text = tables.vague[form]
    else:
        return None
    stop = index + 1
    scale = tables.scales.get(token_at(forms, stop, end))
    if scale and value_text is None:
        number *= scale
        stop += 1
    unit, kind = "", "quantity"
    found_unit = _unit_after(forms, stop, end, tables)
    if found_unit:
        unit, kind = found_unit
        stop += 1
    counted = _counted(forms, tokens, index, stop, first, end) if kind == "quantity" else ()
    if value_text is None and not unit and not counted and not scale:
        return None  # a bare number ("Platz 3", "Seite 12") says too little to compare
    begin = index
    if value_text is None and negative(forms, tokens, index, first):
        number, begin = -number, index - 1  # "minus 15 Grad", "-15 Grad"
    used.update(range(begin, stop))
    value = value_text or plain(number)
    return NumberMention(tokens[begin].start, tokens[stop - 1].end, kind, value, unit, counted)


def _share(
    forms: list[str],
    tokens: tuple[Token, ...],
    index: int,
    first: int,
    end: int,
    tables: _Words,
    used: set[int],
) -> NumberMention | None:
    """A fraction as a share in percent: "ein Drittel der Soldaten" 33.3, "zwei Drittel" 66.7,
    "die Hälfte" 50. Other than "Hälfte" the fraction must be followed by what it divides ("ein
    Viertel der Bevölkerung", not the quarter of a town: "in einem Viertel")."""
    fraction = tables.fractions.get(token_at(forms, index + 1, end))
    if fraction is None:
        return None
    form = forms[index].lower()
    half = forms[index + 1] == "Hälfte"
    if form == "ein" or (half and form in ("die", "der", "zur")):
        count = 1.0
    elif (word := number_word(form, tables.numbers)) is not None and word < 10:
        count = word
    else:
        return None
    stop = index + 2
    divided = token_at(forms, stop, end)
    if divided not in _DIVIDED and not half:
        return None
    begin = index + 1 if form in ("der", "zur") else index  # "in der Hälfte", not "in der"
    counted = _counted(forms, tokens, begin, stop + 1, first, end) if divided in _DIVIDED else ()
    used.update(range(begin, stop))
    value = plain(round(100 * count * fraction, 1))
    return NumberMention(tokens[begin].start, tokens[stop - 1].end, "percent", value, "%", counted)


_DIVIDED = frozenset({"der", "des", "aller", "von", "seiner", "ihrer", "unserer", "dieser"})


def negative(forms: list[str], tokens: tuple[Token, ...], index: int, first: int) -> bool:
    """Whether "minus", or a minus sign written onto the number and apart from the word before
    ("-15", not the range "2022-2024"), comes before the number at ``index``."""
    if index <= first:
        return False
    before = forms[index - 1]
    if before.lower() == "minus":
        return index - 2 < first or forms[index - 2] != "/"  # not "plus/minus 13,5 Meter"
    attached = tokens[index - 1].end == tokens[index].start
    apart = index - 1 == first or tokens[index - 2].end < tokens[index - 1].start
    return before in ("-", "−", "–") and attached and apart


def number_word(form: str, words: dict[str, float]) -> float | None:
    """The value of a German number word, compounds included ("zehntausend" 10000,
    "zweihundertfünfzig" 250, "einundzwanzig" 21), or None."""
    word = form.lower()
    if word in words:
        return words[word]
    if len(word) < 7 or not word.isalpha():
        return None
    thousands, _, rest = word.rpartition("tausend")
    if _:
        above = _below_thousand(thousands, words) if thousands else 1
        below = _below_thousand(rest, words) if rest else 0
        return None if above is None or below is None else above * 1000 + below
    return _below_thousand(word, words)


def _below_thousand(word: str, words: dict[str, float]) -> float | None:
    hundreds, _, rest = word.partition("hundert")
    if not _:
        return _below_hundred(word, words)
    above = _below_hundred(hundreds, words) if hundreds else 1
    below = _below_hundred(rest, words) if rest else 0
    return None if above is None or below is None or above >= 10 else above * 100 + below


def _below_hundred(word: str, words: dict[str, float]) -> float | None:
    if word in ("ein", "eins"):
        return 1
    if word in words and words[word] < 100:
        return words[word]
    ones, _, tens = word.partition("und")  # "einundzwanzig"
    if _ and tens in words and words[tens] % 10 == 0 and words[tens] < 100:
        one = _below_hundred(ones, words)
        return None if one is None or one >= 10 else one + words[tens]
    return None


def _unit_after(forms: list[str], index: int, end: int, tables: _Words) -> tuple[str, str] | None:
    return tables.units.get(token_at(forms, index, end))


def _counted(
    forms: list[str], tokens: tuple[Token, ...], number: int, index: int, first: int, end: int
) -> tuple[Span, ...]:
    """The phrase a quantity (from token ``number``, in the sentence of tokens ``first`` to
    ``end``) counts from ``index`` ("300.000 Soldaten",
    "Hunderte von Flugzeugen"), and what it claims of it where the clause says
    ("getötet oder verwundet"; :mod:`newsprism.entities.claims`)."""
    if token_at(forms, index, end) == "von":
        index += 1
    start = index
    while index < end and tokens[index].pos == "ADJ":
        index += 1
    if index < end and tokens[index].pos in _COUNTED and forms[index][:1].isupper():
        phrase = Span(tokens[start].start, tokens[index].end)
        said = claim(forms, tokens, number, index + 1, first, end)
        return (phrase, said) if said else (phrase,)
    return ()


def weekday(number: int, published: str) -> str:
    try:
        anchor = date.fromisoformat(published) if len(published) == 10 else None
    except ValueError:
        anchor = None
    if anchor is None:
        return f"weekday-{number}"
    back = (anchor.isoweekday() - number) % 7
    return (anchor - timedelta(days=back)).isoformat()


def iso_day(year: int, month: int, day: int) -> str:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return ""


def plain(number: float) -> str:
    return str(int(number)) if number == int(number) else f"{number:g}"


def token_at(forms: list[str], index: int, end: int) -> str:
    return forms[index] if index < end else ""
