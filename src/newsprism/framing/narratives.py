"""Known narratives at the passage level: cue phrases find candidates, sentence vectors decide.

A sentence is a candidate for a narrative when it contains one of the narrative's cues, or a
weak cue together with one of its ``also`` words ("Sanktionen" with "schaden"). It is
flagged when its multilingual sentence vector (Universal Sentence Encoder, bundled weights) is at
least the catalogue's ``threshold`` similar to one of the narrative's descriptions; the signal's
``score`` is that similarity and its span is the sentence. Only candidate sentences are encoded
(about 1 ms each), so articles without cues cost nothing. The voice follows the cue: a cue
inside a quotation makes the narrative the speaker's claim, listed apart from the outlet's own.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from newsprism.errors import NewsprismError
from newsprism.framing.phrases import Phrases, phrases, stems
from newsprism.framing.signals import LANGUAGES, voiced
from newsprism.model import Article, Signal
from newsprism.text.vectors import encode


@dataclass(frozen=True)
class Narrative:
    id: str
    title: str
    cues: dict[str, Phrases]  # by language: enough by themselves
    weak: dict[str, Phrases]  # by language: count only with one of the ``also`` words
    also: dict[str, Phrases]
    descriptions: tuple[str, ...]


@dataclass(frozen=True)
class Catalogue:
    narratives: tuple[Narrative, ...]
    threshold: float


@cache
def load_catalogue(path: str = "") -> Catalogue:
    """The narrative catalogue at ``path``, or the bundled one."""
    try:
        if path:
            text = Path(path).read_text(encoding="utf-8")
        else:
            text = resources.files("newsprism.data").joinpath("narratives.toml").read_text("utf-8")
        data: dict[str, Any] = tomllib.loads(text)
        narratives = tuple(
            Narrative(
                n["id"],
                n["title"],
                _by_language(n, "cues", phrases),
                _by_language(n, "weak", phrases),
                _by_language(n, "also", stems),
                tuple(n["descriptions"]),
            )
            for n in data["narrative"]
        )
        return Catalogue(narratives, float(data.get("threshold", 0.35)))
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as error:
        raise NewsprismError("E201", f"narrative catalogue {path or 'bundled'}: {error}") from error


def _by_language(
    narrative: dict[str, Any], key: str, compile_list: Callable[[list[str]], Phrases]
) -> dict[str, Phrases]:
    return {
        lang: compile_list(narrative[f"{key}_{lang}"])
        for lang in LANGUAGES
        if narrative.get(f"{key}_{lang}")
    }


def _cue(
    narrative: Narrative, language: str, text: str, lowered: str | None = None
) -> re.Match[str] | None:
    strong = narrative.cues.get(language)
    match = strong.search(text, lowered) if strong else None
    if match:
        return match
    weak, also = narrative.weak.get(language), narrative.also.get(language)
    if weak and also and also.search(text, lowered):
        return weak.search(text, lowered)
    return None


@cache
def _description_vectors(path: str) -> dict[str, np.ndarray]:
    catalogue = load_catalogue(path)
    return {n.id: encode(n.descriptions) for n in catalogue.narratives}


def find_narratives(article: Article, path: str = "") -> list[Signal]:
    """Narrative signals for the article's sentences."""
    catalogue = load_catalogue(path)
    candidates = []  # (sentence index, narrative, cue match)
    lowered = article.text.lower()
    present = [n for n in catalogue.narratives if _cue(n, article.language, article.text, lowered)]
    for index, sentence in enumerate(article.sentences if present else ()):
        text = article.text[sentence.start : sentence.end]
        for narrative in present:
            match = _cue(narrative, article.language, text)
            if match:
                candidates.append((index, narrative, match))
    if not candidates:
        return []
    indices = sorted({index for index, _, _ in candidates})
    sentences = [article.sentences[i] for i in indices]
    vectors = encode([article.text[s.start : s.end] for s in sentences])
    row = {index: vector for index, vector in zip(indices, vectors, strict=True)}
    described = _description_vectors(path)
    found = []
    for index, narrative, match in candidates:
        similarity = float(np.max(described[narrative.id] @ row[index]))
        if similarity < catalogue.threshold:
            continue
        sentence = article.sentences[index]
        cue_start = sentence.start + match.start()
        cue = Signal("narrative", cue_start, sentence.start + match.end(), narrative.id, "")
        voice = voiced(article, cue, words_only=False)
        found.append(
            Signal(
                "narrative",
                sentence.start,
                sentence.end,
                narrative.id,
                f"{narrative.title}: cue „{match.group()}“, similarity {similarity:.2f} "
                "to the narrative's description",
                voice.voice,
                voice.speaker,
                round(similarity, 3),
            )
        )
    return found
