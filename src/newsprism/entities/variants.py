"""Spelling variants of one name across transliterations and languages.

Russian and Ukrainian names reach German and English news in different transliterations
("Waleri Gerassimow", "Valery Gerasimov"; "Wladimir" and "Vladimir Putin"; "Kiew", "Kyjiw",
"Kyiv"). :func:`spelling_key` maps such variants to one key by undoing the usual differences
between the German and English systems: w/v, j/y/i, z/s, sch/sh, ch/kh/h, doubled letters,
"ie" for "i". Names whose translations are different words ("Moskau", "Moscow"; "Deutschland",
"Germany") are matched through CLDR's names in both languages, which the Babel package ships
(:func:`place_key`). Keys are compared only within one entity class, and short keys are not
trusted (see :data:`MIN_KEY`).
"""

from __future__ import annotations

import re
import unicodedata
import zoneinfo
from functools import cache

MIN_KEY = 3  # shorter keys merge unrelated names too easily ("kiv" for Kyiv is three)
_REWRITES = (
    ("ß", "ss"),
    ("tsch", "ch"),
    ("sch", "sh"),
    ("zh", "sh"),
    ("kh", "h"),
    ("ch", "h"),
    ("ph", "f"),
    ("th", "t"),
    ("ck", "k"),
    ("w", "v"),
    ("j", "i"),
    ("y", "i"),
    ("z", "s"),
    ("ie", "i"),
)
_REPEATED = re.compile(r"(.)\1+")
_NOT_LETTER = re.compile(r"[^a-z ]+")


def spelling_key(name: str) -> str:
    """The key transliteration variants of a name share: "Gerassimow" and "Gerasimov" ->
    "gerasimov"; "Kiew", "Kyjiw", "Kyiv" -> "kiv"."""
    text = unicodedata.normalize("NFKD", name.lower().replace("ß", "ss"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _NOT_LETTER.sub(" ", text)
    for old, new in _REWRITES:
        text = text.replace(old, new)
    return " ".join(_REPEATED.sub(r"\1", word) for word in text.split())


def place_key(name: str) -> str:
    """CLDR's code for a country or region, or the time zone of a city, named in English or
    German ("Moskau" and "Moscow" -> "Europe/Moscow"); empty if CLDR does not know it."""
    return _places().get(name, "")


def place_by_spelling(name: str) -> str:
    """:func:`place_key` of a place CLDR names in another transliteration ("Kyjiw" for
    "Kiew"), through :func:`spelling_key`; empty if none. A name that no transliteration rule
    changes is no other spelling of anything ("Cameron" is not "Cameroon")."""
    key = spelling_key(name)
    if len(key) < MIN_KEY or key == _REPEATED.sub(r"\1", name.lower()):
        return ""
    return _places_by_spelling().get(key, "")


@cache
def _places_by_spelling() -> dict[str, str]:
    found: dict[str, str] = {}
    for name, code in _places().items():
        found.setdefault(spelling_key(name), code)
    return found


@cache
def _places() -> dict[str, str]:
    from babel import Locale

    found: dict[str, str] = {}
    for language in ("en", "de"):
        locale = Locale(language)
        for code, name in locale.territories.items():
            # codes like "150" are regions ("Europe", "Südostasien"); "001" is the world
            # ("Welt", also a newspaper)
            if code != "001":
                found.setdefault(name, code)
        for zone, names in locale.time_zones.items():
            if "city" in names:
                found.setdefault(names["city"], zone)
    for zone in zoneinfo.available_timezones():
        area, _, city = zone.rpartition("/")
        if area and not area.startswith(("Etc", "SystemV", "US")):
            found.setdefault(city.replace("_", " "), zone)
    return found
