"""Marked words that name something rather than quote someone: „Washington Post“, a film title
after "der Film", a motto."""

from __future__ import annotations

import re

from newsprism.quotes.chunks import MARKS, Words

_DOMAIN = re.compile(r"[\w-]+(\.[\w-]+)*\.[a-z]{2,}")  # "tagesschau.de"

# nouns that announce a title or a motto in marks ("der Film „…“", "Motto: „…“")
_TITLE_NOUNS = (
    "motto",
    "titel",
    "slogan",
    "film",
    "buch",
    "roman",
    "album",
    "lied",
    "song",
    "single",
    "dokumentation",
    "sendung",
    "serie",
    "zeitung",
    "zeitschrift",
    "magazin",
    "preis",
    "kampagne",
    "ausstellung",
    "homepage",
    "überschrift",
    "aufschrift",
    "werk",
    "enzyklika",
    "rubrik",
    "auszeichnung",
    "lp",
    "oper",
    "gedicht",
    "festival",
    "operation",
    "firma",
    "organisation",
    "partei",
    "initiative",
    "bündnis",
    "kollektiv",
    "programm",
    "website",
    "webseite",
    "portal",
)


def titled(words: Words, start: int) -> bool:
    """Whether marked words follow a noun that announces a title or a motto ("zeigte seine
    Klima-Dokumentation „Eine unbequeme Wahrheit“", "(Motto: „…“)"), or name the source after
    "laut" ("laut „Welt“")."""
    before = start - 1
    if before >= 0 and words.lower[before] in {"laut", "gemäß"}:
        return True
    if before >= 0 and words.forms[before] == ":":
        before -= 1
    return (
        before >= 0
        and words.pos(before) in {"NOUN", "PROPN"}  # the lexicon may not know it: "Enzyklika"
        and words.lower[before].endswith(_TITLE_NOUNS)
    )


def is_name(words: Words, start: int, end: int) -> bool:
    """A marked stretch that names something („Washington Post“, „Biennale für Kunst“,
    „Championnat du Monde“, „news.bbc.co.uk“): no verb, capitalised first and last words, and
    in between only capitalised words or short linking words (für, de, of)."""
    inner = [i for i in range(start, end) if words.forms[i] not in MARKS]
    if not inner or any(words.tokens[i].pos in {"VERB", "AUX"} for i in inner):
        return False
    if len(inner) == 1 and _DOMAIN.fullmatch(words.forms[inner[0]]):
        return True
    alphabetic = [i for i in inner if words.forms[i][:1].isalpha()]
    if not alphabetic:
        return False
    if not (words.forms[alphabetic[0]][:1].isupper() and words.forms[alphabetic[-1]][:1].isupper()):
        return False
    linking = {"ADP", "DET", "CCONJ", "X"}
    if not all(
        words.forms[i][:1].isupper() or words.tokens[i].pos in linking or len(words.forms[i]) <= 3
        for i in alphabetic
    ):
        return False
    # one common noun in marks is a word someone used („Papiertiger“), not a name
    return len(alphabetic) > 1 or words.tokens[alphabetic[0]].pos in {"PROPN", "X"}
