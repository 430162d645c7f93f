"""The cue lexicon (``data/cues_de.tsv``, ``data/cues_en.tsv``): words that introduce speech."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from newsprism.text.lexicon import data_table


@dataclass(frozen=True)
class Cue:
    lemma: str
    kind: str  # verb | noun | preposition | postposition | adverb
    medium: str  # speech | writing | thought, or two joined by "+"
    particle: str  # separable particle that completes a verb cue, "" if none
    frames: frozenset[str]

    @property
    def alone(self) -> bool:
        """Whether the word by itself marks speech: not so for a verb completed by a word of its
        own ("zeigen" reports only in "zeigte sich besorgt")."""
        return "word" not in self.frames


def spelled(entry: Cue, language: str) -> str:
    """A cue's lemma as a dictionary writes it: with its separable particle ("hinzufügen",
    "bekanntgeben"), a completing word apart ("besorgt zeigen", "verlauten lassen"), an English
    particle after the verb ("call on")."""
    if not entry.particle:
        return entry.lemma
    if language == "en":
        return f"{entry.lemma} {entry.particle}"
    return entry.particle + entry.lemma if entry.alone else f"{entry.particle} {entry.lemma}"


def is_cue(lexicon: dict[str, tuple[Cue, ...]], lemma: str) -> bool:
    """Whether ``lemma`` marks speech by itself (with its separable particle, if it has one)."""
    return any(entry.alone for entry in lexicon.get(lemma, ()))


@cache
def cues(language: str) -> dict[str, tuple[Cue, ...]]:
    """Cues by lemma (verbs lower-case, nouns capitalised)."""
    found: dict[str, list[Cue]] = {}
    for lemma, kind, medium, particle, frames in data_table(
        f"cues_{'en' if language == 'en' else 'de'}.tsv"
    ):
        cue = Cue(
            lemma, kind, medium, "" if particle == "-" else particle, frozenset(frames.split(","))
        )
        found.setdefault(lemma, []).append(cue)
    return {lemma: tuple(entries) for lemma, entries in found.items()}
