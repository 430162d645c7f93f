"""Coverage comparison: what each article of a story shares with the others, adds, drops or alters.

Input is two or more analysed articles; output is a :class:`Comparison`, plain data that the
terminal and HTML reports render and that ``--json`` prints as it is.

- **Quotes.** Top-level quotations are compared across articles, and a headline's quotation with
  the body's. Two count as one statement when they share distinctive words (weighted by how rare
  each word is among all sentences compared, so "Ukraine" in a story about Ukraine counts little)
  and their sentence vectors agree. Same wording: shared. Altered wording: drift, with a
  word-level diff. A quotation matched nowhere else is unique to its article.
- **Facts and numbers.** Quantities and dates by their normalised value; those carried by only
  some of the articles.
- **Passages.** A sentence has a counterpart when another article has a sentence close to it in
  meaning, spoken by the same speaker if it reports one. Runs of sentences without one are
  passages that only this article has, such as an inserted background paragraph.
- **Entities.** People, organisations and places named in one article and in none of the others.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher

import numpy as np

from newsprism.entities.resolve import LOCATIVE
from newsprism.model import Article, NumberMention, Quote, Sentence, Span
from newsprism.text.vectors import encode

SAME_WORDING = 0.85  # share of words in the same order: the same quotation
STATEMENT_MEANING = 0.5  # sentence-vector similarity two wordings of one statement reach
STATEMENT_WORDS = 0.3  # share of distinctive word weight they have in common
COUNTERPART = 0.45  # sentence-vector similarity of a passage's counterpart
PASSAGE_WORDS = 8  # shorter runs without counterpart are not worth reporting
_WORD = re.compile(r"\w+")
_STEM = 5  # words compared by their first letters: "historischen" ~ "historischer"


@dataclass(frozen=True)
class ArticleRef:
    id: str
    source: str
    title: str
    published: str
    language: str


@dataclass(frozen=True)
class QuoteRef:
    article: str
    index: int  # position in Article.quotes
    type: str
    start: int
    end: int
    text: str
    speaker: str  # resolved name, else the local mention
    in_headline: bool


@dataclass(frozen=True)
class QuoteLink:
    first: QuoteRef
    second: QuoteRef
    wording: float  # share of words in the same order
    meaning: float  # sentence-vector similarity
    diff: tuple[tuple[str, str], ...]  # ("same" | "first" | "second", words)


@dataclass(frozen=True)
class Fact:
    article: str
    kind: str
    value: str
    unit: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Passage:
    article: str
    start: int
    end: int
    text: str
    counterpart: float  # best similarity to a sentence of another article
    speakers: tuple[str, ...]


@dataclass(frozen=True)
class EntityRef:
    article: str
    name: str
    label: str
    mentions: int


@dataclass(frozen=True)
class Comparison:
    articles: tuple[ArticleRef, ...]
    shared_quotes: tuple[QuoteLink, ...]
    drifted_quotes: tuple[QuoteLink, ...]
    unique_quotes: tuple[QuoteRef, ...]
    unique_facts: tuple[Fact, ...]
    unique_passages: tuple[Passage, ...]
    unique_entities: tuple[EntityRef, ...]


def compare(articles: Sequence[Article]) -> Comparison:
    if len(articles) < 2:
        raise ValueError("a comparison needs at least two articles")
    if len({a.id for a in articles}) != len(articles):
        raise ValueError("the same article is given twice")
    weights = _WordWeights(articles)
    shared, drifted, unique = _compare_quotes(articles, weights)
    return Comparison(
        tuple(ArticleRef(a.id, a.source, a.title, a.published, a.language) for a in articles),
        shared,
        drifted,
        unique,
        _unique_facts(articles),
        _unique_passages(articles),
        _unique_entities(articles),
    )


# -- quotes ------------------------------------------------------------------------------------


def quote_refs(article: Article) -> list[QuoteRef]:
    """The article's top-level quotations (nested partial quotes are part of their statement)."""
    body = article.body_start
    found = []
    for index, quote in enumerate(article.quotes):
        if quote.nested_in >= 0 or not quote.quote:
            continue
        start, end = quote.quote[0].start, quote.quote[-1].end
        found.append(
            QuoteRef(
                article.id,
                index,
                quote.type,
                start,
                end,
                " ".join(article.text[s.start : s.end] for s in quote.quote),
                _speaker(article, quote),
                start < body,
            )
        )
    return found


def _speaker(article: Article, quote: Quote) -> str:
    return quote.speaker_name or " ".join(article.text[s.start : s.end] for s in quote.speaker)


def _last_word(speaker: str) -> str:
    """The speaker's last word before the place a mention says they are in ("Ein Sprecher des
    Außenministeriums in Korvenstadt" is no voice of Korvenstadt's), lower-cased."""
    words = speaker.lower().split()
    place = next((i for i in range(len(words) - 1, 0, -1) if words[i] in LOCATIVE), len(words))
    return words[place - 1] if place else ""


def _voice(speaker: str) -> str:
    """A speaker as a key: that word without a genitive ending ("Außenministeriums",
    "Außenministerium"; "Bundestages"). Not its first letters: "Schmidt" is not "Schmitz"."""
    last = _last_word(speaker)
    if len(last) > 5 and last.endswith("es"):
        return last[:-2]
    return last[:-1] if len(last) > 4 and last.endswith("s") else last


class _WordWeights:
    """Inverse sentence frequency of word stems over all compared articles."""

    def __init__(self, articles: Sequence[Article]) -> None:
        frequency: Counter[str] = Counter()
        total = 0
        for article in articles:
            for sentence in article.sentences:
                frequency.update(set(stems(article.text[sentence.start : sentence.end])))
                total += 1
        self.frequency = frequency
        self.total = max(total, 1)

    def overlap(self, first: str, second: str) -> float:
        """Weight of the stems both texts use, over the weight of the shorter text's stems."""
        a, b = set(stems(first)), set(stems(second))
        if not a or not b:
            return 0.0
        weight = {s: math.log((self.total + 1) / (self.frequency[s] + 1)) + 0.1 for s in a | b}
        shared = sum(weight[s] for s in a & b)
        return shared / min(sum(weight[s] for s in a), sum(weight[s] for s in b))


def stems(text: str) -> list[str]:
    """Lower-case word beginnings of the words of four letters or more."""
    return [w[:_STEM] for w in _WORD.findall(text.lower()) if len(w) >= 4 and not w.isdigit()]


def _compare_quotes(
    articles: Sequence[Article], weights: _WordWeights
) -> tuple[tuple[QuoteLink, ...], tuple[QuoteLink, ...], tuple[QuoteRef, ...]]:
    refs = [ref for article in articles for ref in quote_refs(article)]
    vectors = encode([ref.text for ref in refs])
    links = []
    for i, first in enumerate(refs):
        for j in range(i + 1, len(refs)):
            second = refs[j]
            same_article = first.article == second.article
            if same_article and first.in_headline == second.in_headline:
                continue  # within one article, only the headline restates the body
            if first.speaker and second.speaker and not _same_speaker(first, second):
                continue
            meaning = float(vectors[i] @ vectors[j])
            if meaning < STATEMENT_MEANING:
                continue  # the same words always mean the same: no need to compare them
            link = _link(first, second, meaning, weights)
            if link is not None:
                links.append(link)
    kept = _one_to_one(links)
    matched = {(ref.article, ref.index) for link in kept for ref in (link.first, link.second)}
    shared = tuple(link for link in kept if link.wording >= SAME_WORDING)
    drifted = tuple(link for link in kept if link.wording < SAME_WORDING)
    unique = tuple(ref for ref in refs if (ref.article, ref.index) not in matched)
    return shared, drifted, unique


def _same_speaker(first: QuoteRef, second: QuoteRef) -> bool:
    same_voice = _voice(first.speaker) == _voice(second.speaker)
    return same_voice or first.speaker.lower() in second.speaker.lower()


def _link(
    first: QuoteRef, second: QuoteRef, meaning: float, weights: _WordWeights
) -> QuoteLink | None:
    words_a, words_b = _words(first.text), _words(second.text)
    wording = SequenceMatcher(None, words_a, words_b, autojunk=False).ratio()
    if wording < SAME_WORDING and weights.overlap(first.text, second.text) < STATEMENT_WORDS:
        return None
    return QuoteLink(
        first, second, round(wording, 3), round(meaning, 3), word_diff(first.text, second.text)
    )


def _one_to_one(links: list[QuoteLink]) -> list[QuoteLink]:
    """Each quotation in at most one link per other article, the closest first. A headline
    may restate several body quotations, so its links within the article are all kept."""
    taken: set[tuple[str, int, str]] = set()
    kept = []
    for link in sorted(links, key=lambda k: -(k.wording + k.meaning)):
        if link.first.article == link.second.article:
            kept.append(link)
            continue
        one = (link.first.article, link.first.index, link.second.article)
        two = (link.second.article, link.second.index, link.first.article)
        if one in taken or two in taken:
            continue
        taken |= {one, two}
        kept.append(link)
    return sorted(kept, key=lambda k: (k.first.article, k.first.start, k.second.start))


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def word_diff(first: str, second: str) -> tuple[tuple[str, str], ...]:
    """The two wordings as runs of words: ("same", …), ("first", …) only in the first,
    ("second", …) only in the second."""
    a, b = first.split(), second.split()
    key_a, key_b = [_key(w) for w in a], [_key(w) for w in b]
    runs: list[tuple[str, str]] = []
    matcher = SequenceMatcher(None, key_a, key_b, autojunk=False)
    for operation, i1, i2, j1, j2 in matcher.get_opcodes():
        if operation == "equal":
            runs.append(("same", " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            runs.append(("first", " ".join(a[i1:i2])))
        if j2 > j1:
            runs.append(("second", " ".join(b[j1:j2])))
    return tuple(runs)


def _key(word: str) -> str:
    return "".join(_WORD.findall(word.lower()))


# -- facts, passages, entities -------------------------------------------------------------


def _unique_facts(articles: Sequence[Article]) -> tuple[Fact, ...]:
    keys = [{key for n in a.numbers for key in _fact_keys(a, n)} for a in articles]
    found = []
    for index, article in enumerate(articles):
        others = set().union(*(k for i, k in enumerate(keys) if i != index))
        seen = set()
        for number in article.numbers:
            key = (number.kind, number.value)
            if key in seen or _fact_keys(article, number) & others:
                continue
            seen.add(key)
            found.append(
                Fact(
                    article.id,
                    number.kind,
                    number.value,
                    number.unit,
                    number.start,
                    number.end,
                    _fact_text(article, number.start, number.end, number.counted),
                )
            )
    return tuple(found)


def _fact_keys(article: Article, number: NumberMention) -> set[tuple[str, str]]:
    """The values under which another article may carry the same fact: a full date also
    matches the same day without a year ("--03-14"), and a weekday resolved against the
    publication date ("am Freitag" -> 2025-03-14) also matches that weekday unresolved
    ("weekday-5"), as an article without a full date normalises it."""
    kind, value = number.kind, number.value
    keys = {(kind, value)}
    if kind == "date" and len(value) == 10 and value[4] == "-":
        try:
            day = date.fromisoformat(value)
        except ValueError:
            return keys
        keys.add((kind, "--" + value[5:]))
        if not any(c.isdigit() for c in article.text[number.start : number.end]):
            keys.add((kind, f"weekday-{day.isoweekday()}"))
    return keys


def _fact_text(article: Article, start: int, end: int, counted: Sequence[Span]) -> str:
    """The number with the phrase it counts, when that follows closely."""
    spans = [(start, end)] + [(s.start, s.end) for s in counted]
    last = max(e for _, e in spans)
    if last - start > 120:
        last = end
    return " ".join(article.text[start:last].split())


def _unique_passages(articles: Sequence[Article]) -> tuple[Passage, ...]:
    sentences = []  # (article index, sentence start, end, speakers)
    for index, article in enumerate(articles):
        for sentence in article.sentences:
            if sentence.start < article.body_start:
                continue
            sentences.append((index, sentence.start, sentence.end, _voices(article, sentence)))
    texts = [articles[i].text[s:e] for i, s, e, _ in sentences]
    vectors = encode(texts)
    similarity = vectors @ vectors.T
    keys = [frozenset(map(_voice, speakers)) for _, _, _, speakers in sentences]
    best = []
    for row, (index, _, _, _) in enumerate(sentences):
        score = 0.0
        for column, (other, _, _, _) in enumerate(sentences):
            if other == index or (keys[row] and not keys[row] & keys[column]):
                continue
            score = max(score, float(similarity[row, column]))
        best.append(score)
    found = []
    run: list[int] = []
    for row in [*range(len(sentences)), -1]:
        if (
            row >= 0
            and best[row] < COUNTERPART
            and (not run or sentences[run[-1]][0] == sentences[row][0])
        ):
            run.append(row)
            continue
        if run:
            found.extend(_passage(articles, sentences, best, run))
        run = [row] if row >= 0 and best[row] < COUNTERPART else []
    return tuple(found)


def _passage(
    articles: Sequence[Article],
    sentences: list[tuple[int, int, int, frozenset[str]]],
    best: list[float],
    run: list[int],
) -> list[Passage]:
    article = articles[sentences[run[0]][0]]
    start, end = sentences[run[0]][1], sentences[run[-1]][2]
    text = article.text[start:end]
    if len(_words(text)) < PASSAGE_WORDS:
        return []
    speakers = sorted(set().union(*(sentences[r][3] for r in run)))
    score = round(float(np.mean([best[r] for r in run])), 3)
    return [Passage(article.id, start, end, text, score, tuple(speakers))]


def _voices(article: Article, sentence: Sentence) -> frozenset[str]:
    """Who speaks in the sentence: the last names of its quotations' speakers."""
    start, end = sentence.start, sentence.end
    return frozenset(
        _last_word(name)
        for q in article.quotes
        if q.quote
        and q.quote[0].start < end
        and q.quote[-1].end > start
        and (name := _speaker(article, q))
    )


def _unique_entities(articles: Sequence[Article]) -> tuple[EntityRef, ...]:
    keys = [{_entity_key(e.name) for e in a.entities} for a in articles]
    found = []
    for index, article in enumerate(articles):
        others = set().union(*(k for i, k in enumerate(keys) if i != index))
        for entity in article.entities:
            if _entity_key(entity.name) not in others:
                found.append(EntityRef(article.id, entity.name, entity.label, len(entity.mentions)))
    return tuple(found)


def _entity_key(name: str) -> str:
    """Names compared by their last word: "Wladimir Putin" and "Putin" are one person."""
    words = _words(name)
    return words[-1] if words else ""
