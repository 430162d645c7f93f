"""The entity layer's pipeline stages."""

from __future__ import annotations

from dataclasses import replace

from newsprism.entities.numbers import find_numbers
from newsprism.entities.resolve import find_entities, tag_german
from newsprism.model import Article
from newsprism.settings import Settings


def numbers(article: Article, settings: Settings) -> Article:
    return replace(article, numbers=find_numbers(article))


def entities(article: Article, settings: Settings) -> Article:
    if not settings.entities:
        return article
    return replace(article, entities=find_entities(article))


def entities_of_many(articles: list[Article], settings: Settings) -> list[Article]:
    """The entities of several articles, their German sentences tagged in one call."""
    if not settings.entities:
        return articles
    tagged = tag_german(articles)
    return [
        replace(article, entities=find_entities(article, labels))
        for article, labels in zip(articles, tagged, strict=True)
    ]
