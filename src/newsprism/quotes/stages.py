"""The quotation stage."""

from __future__ import annotations

from dataclasses import replace

from newsprism.entities.speaker_links import link_speakers
from newsprism.model import Article
from newsprism.quotes.detect import find_quotes
from newsprism.settings import Settings


def find(article: Article, settings: Settings) -> Article:
    """Quotations, with speakers linked to the article's entities when there are any."""
    quotes, entities = link_speakers(article, find_quotes(article, model=settings.quote_model))
    return replace(article, quotes=quotes, entities=entities)
