"""The text layer's pipeline stages."""

from __future__ import annotations

from dataclasses import replace

from newsprism.model import Article, Sentence
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


def tokens(article: Article, settings: Settings) -> Article:
    """Tokens, sentences, and each token's lemma, POS, mood and proper-noun flag.

    One stage rather than two: sentence starts inform the morphology (a capitalised first word
    may be an ordinary word), and building every token record once keeps the stage fast.
    """
    text = article.text
    spans = tokenize(text, "en" if article.language == "en" else "de")
    paragraphs = [(p.start, p.end) for p in article.paragraphs] or [(0, len(text))]
    ranges = split_sentences(text, spans, paragraphs)
    analysed = analyze(
        text, spans, ranges, article.language, settings.morphology, settings.lexicon_cache_size
    )
    sentences = tuple(
        Sentence(spans[first][0], spans[last - 1][1], first, last) for first, last in ranges
    )
    return replace(article, tokens=analysed, sentences=sentences)
