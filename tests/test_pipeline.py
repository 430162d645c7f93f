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
