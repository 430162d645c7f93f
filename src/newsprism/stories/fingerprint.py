"""An article's fingerprint: what story grouping needs, computed per article in the map step.

The grouping over the whole collection (copies, stories) then reads fingerprints only, never the
texts, so it stays fast and can run after a distributed map. Three parts:

- ``minhash``: MinHash of the five-word shingles (:mod:`newsprism.stories.copies`);
- ``terms``: content lemmas (nouns, names, adjectives, full verbs) with their counts, so that
  TF-IDF weights can be computed once the collection's document frequencies are known. Proper
  nouns and the words of entity names carry the prefix "@" ("@passau"): names say which event
  it is, common words what kind.
  Word trigrams of direct quotations follow, prefixed '"': shared quotations are evidence too;
- ``vector``: the multilingual sentence vector of the headline and lead, so that German and
  English reports of one event can meet. Scaled so that its largest component is ±127 and
  rounded to integers (cosine similarity ignores the scale), it stays small in JSON and in
  the store.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable

import numpy as np

from newsprism.model import Article, Fingerprint, Token
from newsprism.stories.copies import signature
from newsprism.text.vectors import encode

CONTENT_POS = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})
NAME_PREFIX = "@"
QUOTE_PREFIX = '"'  # a word trigram from a direct quotation: '"jeder_tag_der'
MAX_TERMS = 60
MAX_QUOTE_TERMS = 20
LEAD_CHARS = 240  # encoding cost grows with length: headline and lead say what the story is
_WORD = re.compile(r"\w+")


def fingerprint(article: Article, vector: bool = True) -> Fingerprint:
    named = _named_positions(article)
    counts = Counter(
        NAME_PREFIX + lemma
        if token.pos == "PROPN" or token.proper or token.start in named
        else lemma
        for token in article.tokens
        if token.pos in CONTENT_POS and len(lemma := _lemma(article, token)) > 2
    )
    terms = tuple(f"{lemma}:{count}" for lemma, count in counts.most_common(MAX_TERMS))
    terms += tuple(f"{gram}:{count}" for gram, count in quoted_trigrams(article).items())
    values = tuple(int(v) for v in signature(article.text))
    scaled: tuple[int, ...] = ()
    if vector and article.text.strip():
        row = encode([lead(article)])[0]
        peak = float(np.max(np.abs(row))) or 1.0
        scaled = tuple(int(v) for v in np.rint(row * (127 / peak)).astype(np.int8))
    return Fingerprint(values, terms, scaled)


def quoted_trigrams(article: Article) -> dict[str, int]:
    """Word trigrams of the direct quotations: outlets that quote the same words share them,
    however differently they write around them."""
    found: Counter[str] = Counter()
    for quote in article.quotes:
        if quote.type != "direct" or quote.nested_in >= 0:
            continue
        text = " ".join(article.text[s.start : s.end] for s in quote.quote)
        words = _WORD.findall(text.lower())
        for i in range(len(words) - 2):
            if len(found) >= MAX_QUOTE_TERMS:
                return dict(found)
            found[QUOTE_PREFIX + "_".join(words[i : i + 3])] += 1
    return dict(found)


def lead(article: Article) -> str:
    """Headline and the start of the body, cut at a word boundary."""
    text = " ".join(article.text[: LEAD_CHARS + 40].split())
    if len(text) <= LEAD_CHARS:
        return text
    cut = text.rfind(" ", 0, LEAD_CHARS)
    return text[: cut if cut > 0 else LEAD_CHARS]


def term_counts(terms: Iterable[str]) -> dict[str, int]:
    """{"lemma": count} from the fingerprint's "lemma:count" terms."""
    counts = {}
    for term in terms:
        lemma, _, count = term.rpartition(":")
        counts[lemma] = int(count)
    return counts


def _named_positions(article: Article) -> set[int]:
    """Start offsets of the tokens inside name mentions of people, organisations and places:
    the tagger calls "Sandhafen" a common noun, the entity layer knows it is a place."""
    starts = [t.start for t in article.tokens]  # in text order
    named: set[int] = set()
    for entity in article.entities:
        if entity.label not in ("PER", "ORG", "LOC"):
            continue
        for mention in entity.mentions:
            if mention.kind == "name":
                first = bisect_left(starts, mention.start)
                named.update(starts[first : bisect_left(starts, mention.end)])
    return named


def _lemma(article: Article, token: Token) -> str:
    return (token.lemma or article.text[token.start : token.end]).lower()
