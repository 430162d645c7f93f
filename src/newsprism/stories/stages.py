"""The fingerprint stage: the per-article half of copy detection and story grouping."""

from __future__ import annotations

from dataclasses import replace

from newsprism.model import Article
from newsprism.settings import Settings
from newsprism.stories.fingerprint import fingerprint as compute


def fingerprint(article: Article, settings: Settings) -> Article:
    return replace(article, fingerprint=compute(article, vector=settings.story_vectors))
