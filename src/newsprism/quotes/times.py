"""Phrases that say when, not who: "Ende Januar 2006", "vom Sonntag", "Letzte Woche" (a
month may also be a name, "Mai"), which frames and summaries must not take for a speaker."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsprism.quotes.chunks import Words

# a phrase of these words names a time: "Ende Januar 2006", "Anfang Mai"
_MONTHS = "januar februar märz april mai juni juli august september oktober november dezember"
_DAYS = "montag dienstag mittwoch donnerstag freitag samstag sonntag"
_PERIODS = "woche wochen wochenende monat monate monats jahr jahre jahres tag tage tages nacht"
_TIME_WORDS = frozenset(f"anfang mitte ende {_MONTHS} {_DAYS} {_PERIODS}".split())


def names_a_time(words: Words, phrase: tuple[int, int]) -> bool:
    """Whether the phrase says when, not who: "Ende Januar 2006", "vom Sonntag", "Letzte
    Woche"."""
    indices = range(*phrase)
    return any(words.lower[i] in _TIME_WORDS for i in indices) and all(
        words.lower[i] in _TIME_WORDS or words.pos(i) in {"NUM", "DET", "ADP", "ADJ"}
        for i in indices
    )
