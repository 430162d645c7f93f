import pickle
from dataclasses import replace

import pytest

from newsprism import Article, Problem, analyze_files, default_pipeline
from newsprism.errors import NewsprismError
from newsprism.pipeline import Pipeline, stage
from newsprism.runner import run
from newsprism.settings import Settings
from tests.conftest import INPUTS


def shout(article: Article, settings: Settings) -> Article:
    return replace(article, title=article.title.upper())


def explode(article: Article, settings: Settings) -> Article:
    if "Bombe" in article.text:
        raise RuntimeError("kaputt")
    return article


def test_wrong_order_fails_when_built():
    with pytest.raises(
        NewsprismError, match=r"E203.*'morphology' reads \['language', 'sentences', 'tokens'\]"
    ):
        Pipeline(
            (stage("morphology", ["tokens", "sentences", "language"], ["tokens"], shout),),
            Settings(),
        )


def test_default_pipeline_is_picklable_and_ordered():
    pipeline = default_pipeline()
    assert pipeline.names == [
        "language",
        "tokens",
        "numbers",
        "entities",
        "quotes",
        "signals",
        "fingerprint",
    ]
    assert pickle.loads(pickle.dumps(pipeline)).names == pipeline.names


def test_process_pool_gives_the_same_results_in_order():
    paths = INPUTS
    one = list(analyze_files(paths, settings=Settings(jobs=1)))
    two = list(analyze_files(paths, settings=Settings(jobs=2, chunk_size=1)))
    assert one == two and len(one) > 4


def blas_threads(article: Article, settings: Settings) -> Article:
    from threadpoolctl import threadpool_info

    counts = {pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"}
    return replace(article, title=str(max(counts, default=1)))


def test_workers_keep_blas_to_one_thread():
    import numpy  # noqa: F401  # loaded before the workers start, as the pipeline's stages do

    pipeline = Pipeline((stage("blas", ["text"], ["title"], blas_threads),), Settings())
    items = [Article(id=str(i), text="gut") for i in range(4)]
    assert {a.title for a in run(pipeline, items, jobs=2, chunk_size=1)} == {"1"}


def test_a_failing_stage_becomes_a_problem_and_the_batch_goes_on():
    pipeline = Pipeline((stage("explode", ["text"], [], explode),), Settings())
    items = [
        Article(id="a", text="gut"),
        Article(id="b", text="Bombe", origin="x.txt"),
        Article(id="c", text="gut"),
    ]
    results = list(run(pipeline, items))
    assert [type(r).__name__ for r in results] == ["Article", "Problem", "Article"]
    problem = results[1]
    assert isinstance(problem, Problem) and problem.code == "E401" and "kaputt" in str(problem)


def explode_all(articles: list[Article], settings: Settings) -> list[Article]:
    if any("Bombe" in article.text for article in articles):
        raise RuntimeError("kaputt")
    return [shout(article, settings) for article in articles]


def test_a_failing_batch_stage_runs_on_each_article_alone_and_only_the_bad_one_fails():
    pipeline = Pipeline((stage("shout", ["text"], ["title"], explode, explode_all),), Settings())
    items = [Article(id="a", text="gut", title="a"), Article(id="b", text="Bombe", title="b")]
    results = list(run(pipeline, items))
    assert [type(r).__name__ for r in results] == ["Article", "Problem"]
    good = [Article(id="a", text="gut", title="a"), Article(id="c", text="gut", title="c")]
    assert [r.title for r in run(pipeline, good)] == ["A", "C"]  # the batch form ran


def test_articles_analysed_together_are_the_ones_analysed_alone():
    # German and English articles, a Problem from ingest in between: the NER tagger steps
    # through the German sentences of the chunk at once
    items = [
        Article(id="de1", text="Nato\n\nJens Stoltenberg sagte in Brüssel, die Lage sei ernst."),
        Problem("E101", "broken.html", "", "unreadable"),
        Article(id="en", text="Talks\n\nPutin said Russia was ready for talks in Geneva."),
        Article(id="de2", text="Kiew\n\nDer Kanzler reiste am Montag nach Kiew und Warschau."),
    ]
    pipeline = default_pipeline()
    alone = [item if isinstance(item, Problem) else pipeline(item) for item in items]
    together = list(run(pipeline, items, chunk_size=8))
    assert together == alone
    assert {e.name for e in together[0].entities} >= {"Jens Stoltenberg", "Brüssel"}
