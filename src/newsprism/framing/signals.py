"""Framing signals with evidence: the lexicon's wording and techniques, and translation artefacts.

German entries come from ``data/framing_de.toml``, English from ``data/framing_en.toml``.
Every signal has a character span, a ``kind`` (``wording``, ``technique`` or
``translation_artefact``; narratives are in ``narratives.py``), the
lexicon entry it matched, a human-readable ``reason``, and a ``voice``: ``authorial`` when the
outlet uses the term itself, ``quoted`` (with the speaker) when it is someone else's: a name
inside quotation marks, or a claim inside any reported speech. Only authorial wording speaks for
the outlet's framing.

Translation artefacts are signs that German text was machine-translated from English: closing
marks of the English kind after German opening marks („…”), English word order after a verb
of saying ("wie Putin zuletzt sagte Monat" for "as Putin said last month"), calques from
the lexicon ("tief graben" for "dig deep"), and untranslated English outside quotation marks
(three English function words within a few words). ``Article.translation_score`` adds the weight of
each kind of artefact found, once per kind, and maps the sum to 0..1. A lone English closing
mark is weak evidence (people type „…” too: three of 850 Wikinews articles do), so it weighs
least; English word order is the strongest sign.
"""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from newsprism.framing.phrases import Phrases, phrases, stems
from newsprism.model import Article, Signal

_SAID_WHEN = re.compile(
    r"\b(?:sagte|erklärte|betonte|schrieb|meinte)\s+(?:Monat|Woche|Jahr|Montag|Dienstag|Mittwoch"
    r"|Donnerstag|Freitag|Samstag|Sonntag)\b"
)
# the weight of each kind of artefact; all three together give 1 - e^-2.1 = 0.88
_FUNCTION_WORD = (
    r"\b(?:the|of|and|to|is|that|for|with|was|said|has|have|are|be|by|this|it|will|would|from"
    r"|which|their|they|we|our|not|but)\b"
)
# three English function words within a few words: left-over English, outside quotation marks
_ENGLISH_RUN = re.compile(
    rf"{_FUNCTION_WORD}(?:\W+\w+){{0,2}}?\W+{_FUNCTION_WORD}"
    rf"(?:\W+\w+){{0,2}}?\W+{_FUNCTION_WORD}"
)
_ARTEFACT_WEIGHTS = {
    "english-closing-mark": 0.4,
    "calque": 0.7,
    "untranslated-fragment": 0.7,
    "english-word-order": 1.0,
}


@dataclass(frozen=True)
class Entry:
    id: str
    category: str
    pattern: Phrases
    neutral: tuple[str, ...]
    note: str
    context: Phrases | None  # the entry applies only to articles that match this
    kind: str  # wording | technique
    unless: Phrases | None  # not flagged when this stands in the 40 characters before the match


LANGUAGES = ("de", "en")


@cache
def _lexicon(language: str) -> tuple[tuple[Entry, ...], Phrases | None]:
    name = f"framing_{language}.toml"
    text = resources.files("newsprism.data").joinpath(name).read_text("utf-8")
    data: dict[str, Any] = tomllib.loads(text)
    entries = tuple(
        Entry(
            e["id"],
            e["category"],
            phrases(_expanded(e)),
            tuple(e.get("neutral", ())),
            e["note"],
            stems(e["context"]) if "context" in e else None,
            e.get("kind", "wording"),
            stems(e["unless_before"]) if "unless_before" in e else None,
        )
        for e in data["entry"]
    )
    listed = data.get("artefacts", {}).get("calques", [])
    calques = phrases(listed, inflected=False) if listed else None
    return entries, calques


def _expanded(entry: dict[str, Any]) -> list[str]:
    """The entry's patterns, each after each of its ``prefixes`` where it has them."""
    patterns: list[str] = entry["patterns"]
    prefixes: list[str] = entry.get("prefixes", [])
    return [f"{p} {w}" for p in prefixes for w in patterns] if prefixes else patterns


def find_signals(article: Article) -> tuple[tuple[Signal, ...], float]:
    """The article's framing signals and its translation-artefact score."""
    if article.language not in LANGUAGES:
        return (), 0.0
    entries, calques = _lexicon(article.language)
    lowered = article.text.lower()
    signals = [
        voiced(
            article,
            Signal(entry.kind, m.start(), m.end(), entry.id, _reason(entry, m.group())),
            words_only=entry.category.startswith("naming"),
        )
        for entry in entries
        if entry.context is None or entry.context.search(article.text, lowered)
        for m in entry.pattern.finditer(article.text, lowered)
        if entry.unless is None
        or not entry.unless.search(article.text[max(0, m.start() - 40) : m.start()])
    ]
    artefacts = _artefacts(article, calques, lowered) if article.language == "de" else []
    score = 1 - math.exp(-sum(_ARTEFACT_WEIGHTS[kind] for kind in {a.entry for a in artefacts}))
    signals += artefacts
    return tuple(sorted(signals, key=lambda s: (s.start, s.kind))), round(score, 3)


def _reason(entry: Entry, found: str) -> str:
    neutral = " / ".join(entry.neutral) or "to leave it out"
    return f"„{found}“ ({entry.category}): neutral would be {neutral}. {entry.note}"


def voiced(article: Article, signal: Signal, words_only: bool) -> Signal:
    """The signal's voice: the speaker's inside a quotation, else the outlet's.

    A name for something ("Militäroperation") is the speaker's choice only inside quotation
    marks: in indirect or reported speech the outlet chose the word. A claim ("the expansion of
    NATO caused the war") is attributed to whoever is reported as making it.
    """
    for quote in article.quotes:
        if words_only and quote.type != "direct":
            continue
        if any(span.start <= signal.start and signal.end <= span.end for span in quote.quote):
            speaker = quote.speaker_name or " ".join(
                article.text[s.start : s.end] for s in quote.speaker
            )
            return Signal(
                signal.kind,
                signal.start,
                signal.end,
                signal.entry,
                signal.reason,
                "quoted",
                speaker,
            )
    return signal


def _artefacts(article: Article, calques: Phrases | None, lowered: str) -> list[Signal]:
    text = article.text
    found = []
    if "„" in text:  # German quotation marks are in use, so an English closing mark is a slip
        for match in re.finditer("”", text):
            found.append(
                Signal(
                    "translation_artefact",
                    match.start(),
                    match.end(),
                    "english-closing-mark",
                    "English closing quotation mark ” in German text that opens with „",
                )
            )
    english = any(word in lowered for word in (" the ", " of ", " and ", " to ", " that "))
    for match in _ENGLISH_RUN.finditer(text) if english else ():
        fragment = Signal(
            "translation_artefact",
            match.start(),
            match.end(),
            "untranslated-fragment",
            f"„{match.group()}“: English left in German text",
        )
        if voiced(article, fragment, words_only=True).voice == "authorial":  # not an English quote
            found.append(fragment)
    for match in _SAID_WHEN.finditer(text):
        found.append(
            Signal(
                "translation_artefact",
                match.start(),
                match.end(),
                "english-word-order",
                f"„{match.group()}“: English word order (said last month), not German",
            )
        )
    for match in calques.finditer(text, lowered) if calques else ():
        found.append(
            Signal(
                "translation_artefact",
                match.start(),
                match.end(),
                "calque",
                f"„{match.group()}“ renders an English idiom word by word",
            )
        )
    return found
