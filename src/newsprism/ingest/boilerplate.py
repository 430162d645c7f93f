"""Recognising scraped lines that are not part of an article ("Im Video: …").

The rules live in ``data/boilerplate.tsv``; a line is boilerplate when the whole line matches.
"""

from __future__ import annotations

import re
from functools import cache

from newsprism.text.lexicon import data_table


@cache
def _rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (rule, re.compile(pattern, re.IGNORECASE))
        for rule, pattern in data_table("boilerplate.tsv")
    )


def boilerplate_rule(line: str) -> str:
    """The id of the rule that marks this line as boilerplate, or ""."""
    if len(line) > 300:  # a real paragraph, whatever it starts with
        return ""
    for rule, pattern in _rules():
        if pattern.fullmatch(line):
            return rule
    return ""
