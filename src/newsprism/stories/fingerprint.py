"""An article's fingerprint: what story grouping needs, computed per article in the map step.

The grouping over the whole collection (copies, stories) then reads fingerprints only, never the
texts, so it stays fast and can run after a distributed map. Three parts:

- ``minhash``: MinHash of the five-word shingles (:mod:`newsprism.stories.copies`);
- ``terms``: content lemmas (nouns, names, adjectives, full verbs) with their counts, so that
  TF-IDF weights can be computed once the collection's document frequencies are known. Proper
  nouns carry the prefix "@" ("@passau"): names say which event it is, common words what kind;
- ``vector``: the multilingual sentence vector of the headline and lead, so that German and
  English reports of one event can meet. Scaled so that its largest component is ±127 and
  rounded to integers (cosine similarity ignores the scale), it stays small in JSON and in
  the store.
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from newsprism.model import Article, Fingerprint, Token
from newsprism.stories.copies import signature
from newsprism.text.vectors import encode

CONTENT_POS = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})
NAME_PREFIX = "@"
MAX_TERMS = 60
LEAD_CHARS = 240  # encoding cost grows with length: headline and lead say what the story is


def fingerprint(article: Article, vector: bool = True) -> Fingerprint:
    counts = Counter(
        NAME_PREFIX + lemma if token.pos == "PROPN" or token.proper else lemma
        for token in article.tokens
        if token.pos in CONTENT_POS and len(lemma := _lemma(article, token)) > 2
    )
    terms = tuple(f"{lemma}:{count}" for lemma, count in counts.most_common(MAX_TERMS))
    values = tuple(int(v) for v in signature(article.text))
    scaled: tuple[int, ...] = ()
    if vector and article.text.strip():
        row = encode([lead(article)])[0]
        peak = float(np.max(np.abs(row))) or 1.0
        scaled = tuple(int(v) for v in np.rint(row * (127 / peak)).astype(np.int8))
    return Fingerprint(values, terms, scaled)


def lead(article: Article) -> str:
    """Headline and the start of the body, cut at a word boundary."""
    text = " ".join(article.text[: LEAD_CHARS + 40].split())
    if len(text) <= LEAD_CHARS:
        return text
    cut = text.rfind(" ", 0, LEAD_CHARS)
    return text[: cut if cut > 0 else LEAD_CHARS]


def term_counts(fingerprint: Fingerprint) -> dict[str, int]:
    counts = {}
    for term in fingerprint.terms:
        lemma, _, count = term.rpartition(":")
        counts[lemma] = int(count)
    return counts


def _lemma(article: Article, token: Token) -> str:
    return (token.lemma or article.text[token.start : token.end]).lower()
