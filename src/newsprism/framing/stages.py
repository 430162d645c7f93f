"""The framing stage."""

from __future__ import annotations

from dataclasses import replace

from newsprism.framing.narratives import find_narratives, load_catalogue
from newsprism.framing.signals import find_signals
from newsprism.model import Article
from newsprism.settings import Settings


def signals(article: Article, settings: Settings) -> Article:
    found, score = find_signals(article)
    narratives = find_narratives(article, settings.narratives)
    ordered = tuple(sorted((*found, *narratives), key=lambda s: (s.start, s.kind)))
    return replace(article, signals=ordered, translation_score=score)


def check(settings: Settings) -> None:
    """Raise E201 now if the configured narrative catalogue cannot be read."""
    load_catalogue(settings.narratives)
