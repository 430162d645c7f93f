"""The quotation stage."""

from __future__ import annotations

from dataclasses import replace

from newsprism.model import Article
from newsprism.quotes.detect import find_quotes
from newsprism.settings import Settings


def find(article: Article, settings: Settings) -> Article:
    return replace(article, quotes=find_quotes(article, model=settings.quote_model))
