"""Story grouping: articles about the same event, across outlets, days and languages.

Each article is compared with the stories it could join, and joins the most similar one if that
one is similar enough; otherwise it opens a new story. Similarity combines three kinds of
evidence, all computed from the article's fingerprint, with IDF from the whole collection (so
"Ukraine" in a corpus about the war counts little and "Gerassimow" much):

- shared words: cosine of TF-IDF weighted content lemmas (what kind of event);
- shared names: cosine of TF-IDF weighted proper nouns and entity-name words (which event:
  two plane crashes share words, not places);
- shared meaning: cosine of the multilingual sentence vectors of headline and lead, which is
  what lets a German and an English report of one event meet.

The similarity to a story is the mean over its members (average link), computed from the sums
of their vectors, so it costs the same however large the story is. Comparing with the
normalised centroid instead let stories drift: on 850 unrelated Wikinews articles, the centroid
of a few German politics stories attracted forty more. Candidates come from an inverted index
over each member's most distinctive terms and from the sentence vectors of stories opened
recently, so an article is compared with a few stories, not with all of them; and only with
stories active within the time window.

The grouping is incremental: stories already stored are rebuilt from their members'
fingerprints and new articles join them, so story ids stay stable across runs. A near-duplicate
of an article already grouped (MinHash, :mod:`newsprism.stories.copies`) joins that article's
story as its copy.
"""

from __future__ import annotations

import heapq
import itertools
import math
from bisect import bisect_left
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np
from datasketch import MinHash, MinHashLSH

from newsprism.model import Article
from newsprism.stories.copies import COPY_THRESHOLD, PERMUTATIONS, SCHEME, similarity
from newsprism.stories.fingerprint import NAME_PREFIX, term_counts
from newsprism.text.vectors import DIMENSIONS

JOIN_THRESHOLD = 0.30  # combined similarity an article needs to join a story
WORDS, NAMES, MEANING = 0.25, 0.3, 0.45  # weights of the three similarities
INDEX_TERMS = 10  # each member's most distinctive terms go into the candidate index
QUERY_TERMS = 40  # and an article looks up its own most distinctive ones
ARTICLE_TERMS = 40  # word weights kept per article
ARTICLE_NAMES = 15  # name weights kept per article
CENTROID_TERMS = 400  # weights kept per story
COMMON_SHARE = 0.02  # in collections of INDEX_COMMON_FROM or more articles, terms in more than
INDEX_COMMON_FROM = 2000  # this share of them are too common to propose candidates
VECTOR_CANDIDATE = 0.45  # sentence-vector similarity that makes a story a candidate
LOOKBACK_DAYS = 7  # vector candidates come from stories opened this long before the window
UNDATED_SCAN = 20_000  # an undated article is compared by vector with this many latest stories
UNDATED = 10**9  # sorts after every real day


@dataclass(frozen=True)
class Features:
    """One article as story grouping sees it."""

    id: str
    source: str = ""
    published: str = ""
    language: str = ""
    minhash: bytes = b""  # 128 little-endian uint32
    terms: Mapping[str, int] = field(default_factory=dict)
    vector: bytes = b""  # 512 int8, or empty
    names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Membership:
    article_id: str
    story_id: int
    score: float  # similarity to the story when the article joined; 1.0 opens a story
    copy_of: str = ""  # the earlier member it is a near-duplicate of


def features(article: Article) -> Features:
    return Features(
        article.id,
        article.source,
        article.published,
        article.language,
        np.asarray(article.fingerprint.minhash, dtype="<u4").tobytes(),
        term_counts(article.fingerprint.terms),
        np.asarray(article.fingerprint.vector, dtype=np.int8).tobytes(),
        entity_names(article),
    )


def entity_names(article: Article) -> tuple[str, ...]:
    return tuple(
        sorted({e.name for e in article.entities if e.label in ("PER", "ORG", "LOC") and e.name})
    )


def group(
    new: Sequence[Features],
    existing: Mapping[int, Sequence[Features]] | None = None,
    window_days: int = 3,
    threshold: float = JOIN_THRESHOLD,
) -> list[Membership]:
    """Assign each new article to an existing or a new story; returns one membership each.

    ``existing`` maps stored story ids to their members. New stories get ids above the
    largest existing one. Articles are taken in date order (undated last), so a story grows
    forward in time.
    """
    existing = existing or {}
    stream: list[tuple[Features, int | None]] = [
        (member, story_id) for story_id, members in existing.items() for member in members
    ]
    stream += [(article, None) for article in new]
    stream.sort(key=lambda item: _order(item[0]))
    size, frequency = document_frequencies(article for article, _ in stream)
    found = group_stream(
        stream, size, frequency, max(existing, default=0) + 1, window_days, threshold
    )
    return list(found)


def group_stream(
    articles: Iterable[tuple[Features, int | None]],
    size: int,
    frequency: Mapping[str, int],
    first_id: int,
    window_days: int = 3,
    threshold: float = JOIN_THRESHOLD,
) -> Iterator[Membership]:
    """Group articles that arrive in date order (undated last), stored members with their story
    id, new ones with None; yields a membership for each new one.

    Memory stays bounded by what is recent: a story that ended long enough before the article
    being placed (``window_days`` plus the vector look-back) can no longer be joined by a dated
    article, so its sums are released, and so are the signatures of articles that old. Undated
    articles, placed last, can join only the stories still held.
    """
    weights = _Weights(size, frequency)
    stories = _Stories(weights, window_days)
    copies = _CopyIndex()
    next_id = first_id
    for article, stored in articles:
        days = day_range(article.published)
        if days is not None:
            horizon = days[0] - window_days - LOOKBACK_DAYS
            stories.release_before(horizon)
            copies.release_before(horizon)
        if stored is not None:
            stories.join(stored, article)
            copies.add(article, days)
            continue
        original = copies.original(article)
        if original is not None and original[0] in stories.story_of:
            story_id, score, copy_of = stories.story_of[original[0]], original[1], original[0]
        else:
            story_id, score = stories.best(article, threshold)
            copy_of = ""
            if story_id < 0:
                story_id, score = next_id, 1.0
                next_id += 1
        stories.join(story_id, article)
        copies.add(article, days)
        yield Membership(article.id, story_id, round(score, 3), copy_of)


def document_frequencies(articles: Iterable[Features]) -> tuple[int, dict[str, int]]:
    """How many articles there are and how many use each term: the IDF that grouping needs,
    counted in one pass so that the articles themselves can be streamed afterwards."""
    frequency: dict[str, int] = defaultdict(int)
    size = 0
    for article in articles:
        size += 1
        for term in _raw_terms(article):
            frequency[term] += 1
    return size, dict(frequency)


def group_articles(
    articles: Iterable[Article], window_days: int = 3, threshold: float = JOIN_THRESHOLD
) -> list[Membership]:
    """Group analysed articles (with fingerprints) from scratch."""
    return group([features(a) for a in articles], None, window_days, threshold)


def day_range(published: str) -> tuple[int, int] | None:
    """The first and last day (ordinal) a partial ISO date can mean; None when undated."""
    parts = published[:10].split("-")
    try:
        numbers = [int(p) for p in parts if p]
        if len(numbers) == 3:
            day = date(*numbers).toordinal()
            return day, day
        if len(numbers) == 2:
            first = date(numbers[0], numbers[1], 1)
            following = date(numbers[0] + numbers[1] // 12, numbers[1] % 12 + 1, 1)
            return first.toordinal(), following.toordinal() - 1
        if len(numbers) == 1:
            return date(numbers[0], 1, 1).toordinal(), date(numbers[0], 12, 31).toordinal()
    except ValueError:
        return None
    return None


def _order(article: Features) -> tuple[int, int, str]:
    days = day_range(article.published)
    return (0, days[0], article.id) if days else (1, 0, article.id)


class _Weights:
    """TF-IDF weights with document frequencies from the whole collection."""

    def __init__(self, size: int, frequency: Mapping[str, int]) -> None:
        self.size = size
        self.frequency = frequency
        self.common = max(2, int(COMMON_SHARE * size)) if size >= INDEX_COMMON_FROM else size + 1

    def idf(self, term: str) -> float:
        return math.log((self.size + 1) / (self.frequency.get(term, 0) + 1)) + 1.0

    def vector(self, article: Features) -> dict[str, float]:
        """TF-IDF weights of the article's words and of its names, each part of unit length
        (a name term starts with NAME_PREFIX), so each part's dot product is a cosine."""
        weights = {t: (1.0 + math.log(n)) * self.idf(t) for t, n in _raw_terms(article).items()}
        result: dict[str, float] = {}
        for names, keep in ((False, ARTICLE_TERMS), (True, ARTICLE_NAMES)):
            part = [(t, w) for t, w in weights.items() if t.startswith(NAME_PREFIX) == names]
            top = sorted(part, key=lambda item: -item[1])[:keep]
            norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
            result.update((t, w / norm) for t, w in top)
        return result

    def distinctive(self, weights: dict[str, float], count: int = INDEX_TERMS) -> list[str]:
        """The terms that propose candidate stories: the heaviest that are not too common."""
        terms = [t for t in weights if self.frequency.get(t, 0) <= self.common]
        return sorted(terms, key=lambda t: -weights[t])[:count]


def _raw_terms(article: Features) -> dict[str, int]:
    """Term counts; the words of entity names count as names ("@stoltenberg") at least once."""
    raw = dict(article.terms)
    for name in article.names:
        for word in name.lower().split():
            if len(word) > 2:
                raw.setdefault(NAME_PREFIX + word, 1)
    return raw


@dataclass
class _Story:
    row: int  # its row in the centroid matrix
    terms: dict[str, float] = field(default_factory=dict)
    vector: np.ndarray | None = None
    first: int | None = None
    last: int | None = None
    size: int = 0
    vectors: int = 0  # members with a sentence vector


class _Stories:
    """The stories built so far, with two ways to find candidates for an article: shared
    distinctive terms (an inverted index), and similar sentence vectors among the stories
    opened recently (a matrix product over the last rows, as articles come in date order)."""

    def __init__(self, weights: _Weights, window_days: int) -> None:
        self.weights = weights
        self.window = window_days
        self.stories: dict[int, _Story] = {}
        self.index: dict[str, set[int]] = defaultdict(set)
        self.story_of: dict[str, int] = {}
        self.ids: list[int] = []  # story id per row, -1 once the story is forgotten
        # per row, the latest day any story up to it was opened (undated: UNDATED): never
        # decreasing, so the rows opened before a day are a prefix even if dates come a little
        # out of order
        self.opened: list[int] = []
        self.first_days: list[int] = []  # the day each row's story was opened
        self.released = 0  # rows of forgotten stories not yet compacted away
        self.placed: deque[tuple[int, str]] = deque()  # (first day, article id), see release
        self.centroids = np.zeros((64, DIMENSIONS), dtype=np.float32)  # unit rows
        self.endings: list[tuple[int, int]] = []  # heap of (last day, story id), see release
        self._cache: dict[str, tuple[dict[str, float], np.ndarray | None]] = {}

    def _prepared(self, article: Features) -> tuple[dict[str, float], np.ndarray | None]:
        if article.id not in self._cache:
            vector = None
            if len(article.vector) == DIMENSIONS:
                vector = np.frombuffer(article.vector, dtype=np.int8).astype(np.float32)
                vector /= float(np.linalg.norm(vector)) or 1.0
            self._cache.clear()  # only the article being placed is ever looked up twice
            self._cache[article.id] = (self.weights.vector(article), vector)
        return self._cache[article.id]

    def best(self, article: Features, threshold: float) -> tuple[int, float]:
        """The most similar story within the window, or (-1, 0.0) if none reaches threshold."""
        terms, vector = self._prepared(article)
        days = day_range(article.published)
        candidates: set[int] = set()
        for term in self.weights.distinctive(terms, QUERY_TERMS):
            candidates |= self._current(term, days)
        if vector is not None:
            candidates |= self._near(vector, days)
        found, best = -1, threshold
        for story_id in candidates:
            story = self.stories.get(story_id)
            if story is None or not self._in_window(story, days):
                continue
            score = self._similarity(terms, vector, story)
            if score >= best:
                found, best = story_id, score
        return found, (best if found >= 0 else 0.0)

    def _current(self, term: str, days: tuple[int, int] | None) -> set[int]:
        """The stories indexed under a term that are still within reach. New articles are placed
        in date order, so a story that ended before this article's window is out of reach for
        every later one too: it leaves the index (undated articles, placed last, search what
        is left)."""
        stories = self.index.get(term)
        if stories is None or days is None:
            return stories or set()
        ended = {
            s
            for s in stories
            if (story := self.stories.get(s)) is None
            or (story.last is not None and story.last + self.window < days[0])
        }
        stories -= ended
        if not stories:
            del self.index[term]
            return set()
        return stories

    def _near(self, vector: np.ndarray, days: tuple[int, int] | None) -> set[int]:
        """Stories opened in the last weeks whose sentence vector is close to this one."""
        if days is None:
            low = max(0, len(self.ids) - UNDATED_SCAN)
        else:
            low = bisect_left(self.opened, days[0] - self.window - LOOKBACK_DAYS)
        block = self.centroids[low : len(self.ids)]
        close = np.flatnonzero(block @ vector >= VECTOR_CANDIDATE)
        return {self.ids[low + int(i)] for i in close}

    def join(self, story_id: int, article: Features) -> None:
        terms, vector = self._prepared(article)
        days = day_range(article.published)
        story = self.stories.get(story_id)
        if story is None:
            story = self.stories[story_id] = _Story(self._open(story_id, days))
        for term, weight in terms.items():
            story.terms[term] = story.terms.get(term, 0.0) + weight
        if len(story.terms) > CENTROID_TERMS * 2:
            kept = sorted(story.terms.items(), key=lambda item: -item[1])[:CENTROID_TERMS]
            story.terms = dict(kept)
        if vector is not None:
            story.vector = vector.copy() if story.vector is None else story.vector + vector
            story.vectors += 1
            self.centroids[story.row] = story.vector / (float(np.linalg.norm(story.vector)) or 1)
        if days:
            story.first = days[0] if story.first is None else min(story.first, days[0])
            story.last = days[1] if story.last is None else max(story.last, days[1])
            heapq.heappush(self.endings, (story.last, story_id))
            self.placed.append((days[0], article.id))
        story.size += 1
        for term in self.weights.distinctive(terms):
            self.index[term].add(story_id)
        self.story_of[article.id] = story_id

    def release_before(self, horizon: int) -> None:
        """Forget stories whose last article is older than ``horizon``, and which story the
        articles from before it joined: no dated article still to come can reach them."""
        while self.endings and self.endings[0][0] < horizon:
            last, story_id = heapq.heappop(self.endings)
            story = self.stories.get(story_id)
            if story is None or story.last != last:
                continue  # it grew since, or is already gone
            del self.stories[story_id]
            self.ids[story.row] = -1
            self.centroids[story.row] = 0.0
            self.released += 1
        while self.placed and self.placed[0][0] < horizon:
            self.story_of.pop(self.placed.popleft()[1], None)
        if self.released > 1024 and self.released * 2 > len(self.ids):
            self._compact()

    def _compact(self) -> None:
        """Drop the rows of forgotten stories from the centroid matrix."""
        kept = [row for row, story_id in enumerate(self.ids) if story_id >= 0]
        self.centroids = np.concatenate(
            [self.centroids[kept], np.zeros((max(64, len(kept)), DIMENSIONS), np.float32)]
        )
        self.ids = [self.ids[row] for row in kept]
        self.first_days = [self.first_days[row] for row in kept]
        self.opened = list(itertools.accumulate(self.first_days, max))
        for row, story_id in enumerate(self.ids):
            self.stories[story_id].row = row
        self.released = 0

    def _open(self, story_id: int, days: tuple[int, int] | None) -> int:
        row = len(self.ids)
        if row == len(self.centroids):
            grown = np.zeros((2 * row, DIMENSIONS), dtype=np.float32)
            grown[:row] = self.centroids
            self.centroids = grown
        self.ids.append(story_id)
        opened = days[0] if days else UNDATED
        self.first_days.append(opened)
        self.opened.append(max(opened, self.opened[-1]) if self.opened else opened)
        return row

    def _in_window(self, story: _Story, days: tuple[int, int] | None) -> bool:
        if days is None or story.first is None or story.last is None:
            return True
        return days[0] <= story.last + self.window and days[1] >= story.first - self.window

    def _similarity(
        self, terms: dict[str, float], vector: np.ndarray | None, story: _Story
    ) -> float:
        """Average link: the mean similarity of the article to the story's members. (The
        cosine with the members' centroid would let a story drift into a topic: the centroid
        of many different floods is close to every flood.)"""
        words = names = 0.0
        for term in terms.keys() & story.terms.keys():
            if term.startswith(NAME_PREFIX):
                names += terms[term] * story.terms[term]
            else:
                words += terms[term] * story.terms[term]
        score = WORDS * words / story.size + NAMES * names / story.size
        if vector is None or story.vector is None:
            return score / (WORDS + NAMES)
        return score + MEANING * float(vector @ story.vector) / story.vectors


class _CopyIndex:
    """Near-duplicates among the articles grouped so far (LSH over MinHash signatures)."""

    def __init__(self) -> None:
        self.index = MinHashLSH(threshold=COPY_THRESHOLD, num_perm=PERMUTATIONS)
        self.values: dict[str, np.ndarray] = {}
        self.added: deque[tuple[int, str]] = deque()  # (first day, id) of dated articles

    def add(self, article: Features, days: tuple[int, int] | None) -> None:
        if len(article.minhash) != 4 * PERMUTATIONS or article.id in self.values:
            return
        values = np.frombuffer(article.minhash, dtype="<u4").astype(np.uint64)
        self.index.insert(
            article.id, MinHash(num_perm=PERMUTATIONS, hashvalues=values, scheme=SCHEME)
        )
        self.values[article.id] = values
        if days is not None:
            self.added.append((days[0], article.id))

    def release_before(self, horizon: int) -> None:
        """Forget articles from before ``horizon``: later copies of them open stories anew
        (`newsprism copies` still finds every pair)."""
        while self.added and self.added[0][0] < horizon:
            _, article_id = self.added.popleft()
            self.index.remove(article_id)
            del self.values[article_id]

    def original(self, article: Features) -> tuple[str, float] | None:
        """The most similar earlier article this one is a near-duplicate of, if any."""
        if len(article.minhash) != 4 * PERMUTATIONS:
            return None
        values = np.frombuffer(article.minhash, dtype="<u4").astype(np.uint64)
        minhash = MinHash(num_perm=PERMUTATIONS, hashvalues=values, scheme=SCHEME)
        best = None
        for other in self.index.query(minhash):
            estimate = similarity(self.values[other], values)
            if estimate >= COPY_THRESHOLD and (best is None or estimate > best[1]):
                best = (other, estimate)
        return best
