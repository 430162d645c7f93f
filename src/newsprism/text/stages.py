"""The text layer's pipeline stages."""

from __future__ import annotations

from dataclasses import replace

from newsprism.model import Article, Sentence, Token
from newsprism.settings import Settings
from newsprism.text.language import identify
from newsprism.text.morphology import analyze
from newsprism.text.sentences import split_sentences
from newsprism.text.tokens import tokenize


def detect_language(article: Article, settings: Settings) -> Article:
    # The body says more about the language than a short headline.
    body = article.text[article.body_start :] or article.text
    language, score = identify(body, settings.langid_chars)
    return replace(article, language=language, language_score=score)


def segment(article: Article, settings: Settings) -> Article:
    text = article.text
    spans = tokenize(text, "en" if article.language == "en" else "de")
    paragraphs = [(p.start, p.end) for p in article.paragraphs] or [(0, len(text))]
    ranges = split_sentences(text, spans, paragraphs)
    sentences = tuple(
        Sentence(spans[first][0], spans[last - 1][1], first, last) for first, last in ranges
    )
    return replace(article, tokens=tuple(Token(s, e) for s, e in spans), sentences=sentences)


def morphology(article: Article, settings: Settings) -> Article:
    spans = [(token.start, token.end) for token in article.tokens]
    ranges = [(s.token_start, s.token_end) for s in article.sentences]
    tokens = analyze(article.text, spans, ranges, article.language, settings.morphology,
                     settings.lexicon_cache_size)
    return replace(article, tokens=tokens)
