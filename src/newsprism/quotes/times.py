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
# English ("on Thursday", "last week"); not "may", which is mostly the verb
_ENGLISH = (
    "january february march april june july august september october november december monday "
    "tuesday wednesday thursday friday saturday sunday week weekend month year day night morning "
    "evening afternoon last"
)
_TIME_WORDS = frozenset(f"anfang mitte ende {_MONTHS} {_DAYS} {_PERIODS} {_ENGLISH}".split())


def names_a_time(words: Words, phrase: tuple[int, int]) -> bool:
    """Whether the phrase says when, not who: "Ende Januar 2006", "vom Sonntag", "Letzte
    Woche"."""
    indices = range(*phrase)
    return any(words.lower[i] in _TIME_WORDS for i in indices) and all(
        words.lower[i] in _TIME_WORDS or words.pos(i) in {"NUM", "DET", "ADP", "ADJ"}
        for i in indices
    )


def without_time(words: Words, phrase: tuple[int, int]) -> tuple[int, int]:
    """A subject without the time phrase after it: "Jens Stoltenberg on Thursday" said …"""
    for cut in range(phrase[0] + 1, phrase[1]):
        if words.pos(cut) == "ADP" and names_a_time(words, (cut, phrase[1])):
            return (phrase[0], cut)
    return phrase
