"""Tokens with offsets: one compiled regular expression and a pass for abbreviations.

Abbreviations keep their period ("z.B.", "Dr."), numbers keep their separators ("300.000",
"2,5", "2023-12"), compounds keep their hyphens ("Nato-Chef"), and a truncated compound keeps its
trailing hyphen ("Rüstungs- und"). Every other non-space character is a token of its own.

Speed matters here: every character of every article passes through. Known abbreviations are
only tried where a word is directly followed by a period, and URL and e-mail alternatives are
only compiled in when the text contains them.
"""

from __future__ import annotations

import re
from functools import cache

from newsprism.text.lexicon import abbreviations

_URL = r"(?:https?://|www\.)[^\s<>\"“”„«»]*[^\s<>\"“”„«».,;:!?)\]]"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_DOTTED = r"(?<!\w)(?:[^\W\d_]\.){2,}"  # "U.S.", "z.B.", "i.d.R."
# "J. Stoltenberg"; not a one-letter name ending a sentence: "auf der Plattform X. Die …"
_SENTENCE_OPENERS = (
    "Der|Die|Das|Den|Dem|Des|Ein|Eine|Er|Sie|Es|Wir|Ich|Man|Auch|Doch|Aber|Dies|Diese|Dort|Dann"
    "|Danach|Dabei|Daher|Deshalb|Damit|Später|Zugleich|Nun|Jetzt|Inzwischen|Bisher|Außerdem"
    "|Allerdings|Zudem|Zuvor|So|Wie|Was|Als|Wenn|Mit|Bei|Für|Von|Vor|Seit|Nach|Am|Im|In|Laut"
    "|The|He|She|It|They|We|This|That|On|But"
)
_INITIAL = rf"(?<![\w.])[A-ZÄÖÜ]\.(?=\s+(?!(?:{_SENTENCE_OPENERS})\b)[A-ZÄÖÜ][a-zäöüß])"
_NUMBER = r"\d+(?:[.,:/]\d+)*(?:-[^\W_]+)*"  # 300.000, 2,5, 12:30, 2023-12, 17-jährige
# Nato-Chef, geht's, Rüstungs-, a domain name without "www." ("bildblog.de",
# "news.bbc.co.uk") and a name with a period inside ("ver.di"): the parts after a period are
# only tried where a period follows the word
_WORD = (
    r"[^\W_]+(?:[-‐'’][^\W_]+)*"
    r"(?:-(?=\s)|(?:(?:\.[a-z][\w-]*)*\.(?:de|at|ch|com|org|net|eu|info|uk|fr|it|es|ru|tv|io)"
    r"|(?<=[a-z])\.[a-z]{2,})(?![\w-]|\.\w))?"
)
_ELLIPSIS = r"\.{2,}|…"


@cache
def _pattern(language: str, with_links: bool) -> re.Pattern[str]:
    # Only a word directly followed by a period gets to try the list of abbreviations, so the
    # long alternation costs nothing for the other words.
    known = "|".join(re.escape(a) for a in sorted(abbreviations(language), key=len, reverse=True))
    listed = rf"(?<![\w.])(?=[^\W\d_]+\.)(?:{known})(?!\w)"
    links = [_URL, _EMAIL] if with_links else []
    return re.compile(
        "|".join([*links, listed, _DOTTED, _INITIAL, _NUMBER, _WORD, _ELLIPSIS, r"\S"])
    )


def tokenize(text: str, language: str = "de") -> list[tuple[int, int]]:
    """(start, end) of every token in ``text``."""
    with_links = "@" in text or "://" in text or "www." in text
    spans = [match.span() for match in _pattern(language, with_links).finditer(text)]
    return _one_letter_names(text, spans)


# before a one-letter name (the platform), not an initial: "wrote on X.", "via X.", "auf X."
_BEFORE_ONE_LETTER_NAME = frozenset({"on", "via", "auf"})


def _one_letter_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split "X." after a preposition into the letter and a period that may end the sentence:
    "Michel wrote on X. Zelenskiy thanked …" (a name's initial follows a first name); and "No."
    that no number follows into "No" and a period."""
    found: list[tuple[int, int]] = []
    for start, end in spans:
        letter = end - start == 2 and text[end - 1] == "." and text[start].isupper()
        if letter and found and text[found[-1][0] : found[-1][1]] in _BEFORE_ONE_LETTER_NAME:
            found += [(start, start + 1), (start + 1, end)]
        elif text[start:end] in _NUMBER_SIGNS and not text[end:].lstrip()[:1].isdigit():
            found += [(start, end - 1), (end - 1, end)]  # '"No. We are not …"': the word "No"
        else:
            found.append((start, end))
    return found


# abbreviations of "number" only before one ("No. 10"); else the word and a period
_NUMBER_SIGNS = frozenset({"No.", "Nr."})
