"""The entity layer's pipeline stages."""

from __future__ import annotations

from dataclasses import replace

from newsprism.entities.numbers import find_numbers
from newsprism.entities.resolve import find_entities
from newsprism.model import Article
from newsprism.settings import Settings


def numbers(article: Article, settings: Settings) -> Article:
    return replace(article, numbers=find_numbers(article))


def entities(article: Article, settings: Settings) -> Article:
    if not settings.entities:
        return article
    return replace(article, entities=find_entities(article))
