"""The framing stage."""

from __future__ import annotations

from dataclasses import replace

from newsprism.framing.signals import find_signals
from newsprism.model import Article
from newsprism.settings import Settings


def signals(article: Article, settings: Settings) -> Article:
    found, score = find_signals(article)
    return replace(article, signals=found, translation_score=score)
