"""The ordered analysis stages.

A stage is a pure function ``(article, settings) -> article`` with a name and the article
fields it reads and assigns. :class:`Pipeline` checks the order when it is built: a stage that
reads a field nobody has assigned yet fails there with E203, not deep inside a run. This module
is the one place that builds the default pipeline; later capabilities add their stages here.

A pipeline is picklable (stages are module-level functions plus a settings dataclass), so the same
object runs on one article, in a process pool (:mod:`newsprism.runner`) or inside a Dask map.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import cast

from newsprism.errors import NewsprismError
from newsprism.model import Article
from newsprism.settings import Settings

# What ingest fills in before any stage runs.
INGEST_FIELDS = frozenset(
    {
        "id",
        "text",
        "title",
        "source",
        "url",
        "published",
        "author",
        "origin",
        "content_hash",
        "paragraphs",
        "boilerplate",
    }
)

StageFunction = Callable[[Article, Settings], Article]
# the same work for several articles at once, where that is cheaper than one by one
BatchFunction = Callable[[list[Article], Settings], list[Article]]


@dataclass(frozen=True)
class Stage:
    name: str
    reads: frozenset[str]
    assigns: frozenset[str]
    function: StageFunction
    batch: BatchFunction | None = None


def stage(
    name: str,
    reads: Sequence[str],
    assigns: Sequence[str],
    function: StageFunction,
    batch: BatchFunction | None = None,
) -> Stage:
    return Stage(name, frozenset(reads), frozenset(assigns), function, batch)


@dataclass(frozen=True)
class Pipeline:
    stages: tuple[Stage, ...]
    settings: Settings

    def __post_init__(self) -> None:
        available = set(INGEST_FIELDS)
        for step in self.stages:
            missing = step.reads - available
            if missing:
                raise NewsprismError(
                    "E203",
                    f"stage {step.name!r} reads {sorted(missing)}, which no earlier stage assigns",
                )
            available |= step.assigns

    def __call__(self, article: Article) -> Article:
        for step in self.stages:
            article = step.function(article, self.settings)
        return article

    def run_batch(self, articles: list[Article]) -> list[Article | Exception]:
        """Each article analysed, as :meth:`__call__` would, or the exception a stage raised on
        it. A stage with a batch function does its work for all articles at once (the NER
        tagger steps through the sentences of many articles together); if that raises, the
        stage runs on each article alone, so that one bad article fails alone."""
        results: list[Article | Exception] = list(articles)
        for step in self.stages:
            live = [i for i, item in enumerate(results) if isinstance(item, Article)]
            done = None
            if step.batch is not None and len(live) > 1:
                try:
                    done = step.batch([cast(Article, results[i]) for i in live], self.settings)
                except Exception:
                    done = None
            for position, index in enumerate(live):
                if done is not None:
                    results[index] = done[position]
                    continue
                try:
                    results[index] = step.function(cast(Article, results[index]), self.settings)
                except Exception as error:
                    results[index] = error
        return results

    @property
    def names(self) -> list[str]:
        return [step.name for step in self.stages]


def default_pipeline(settings: Settings | None = None) -> Pipeline:
    """The standard analysis: language; tokens with sentences and morphology; numbers and dates;
    named entities; quotations with their speakers linked to the entities; framing signals; the
    fingerprint that copy detection and story grouping read."""
    from newsprism.entities import stages as entities
    from newsprism.framing import stages as framing
    from newsprism.quotes import stages as quotes
    from newsprism.stories import stages as stories
    from newsprism.text import stages as text

    settings = settings or Settings()
    framing.check(settings)  # a broken narrative catalogue fails here, not on every article
    return Pipeline(
        (
            stage("language", ["text"], ["language", "language_score"], text.detect_language),
            stage(
                "tokens", ["text", "paragraphs", "language"], ["tokens", "sentences"], text.tokens
            ),
            stage(
                "numbers",
                ["tokens", "sentences", "published", "language"],
                ["numbers"],
                entities.numbers,
            ),
            stage(
                "entities",
                ["tokens", "sentences", "language"],
                ["entities"],
                entities.entities,
                entities.entities_of_many,
            ),
            stage(
                "quotes",
                ["tokens", "sentences", "paragraphs", "language", "entities"],
                ["quotes", "entities"],
                quotes.find,
            ),
            stage(
                "signals",
                ["text", "sentences", "quotes", "language"],
                ["signals", "translation_score"],
                framing.signals,
            ),
            stage("fingerprint", ["text", "tokens"], ["fingerprint"], stories.fingerprint),
        ),
        settings,
    )
