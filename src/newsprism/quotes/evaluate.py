"""``newsprism eval quotes``: the real pipeline on annotated documents, scored by the metric.

Each gold document's raw ``originalText`` becomes an article verbatim (offsets unchanged),
runs through the default pipeline, and the predicted character spans are mapped onto the gold
tokens: a token belongs to a predicted span when their characters overlap. So the score does
not depend on newsprism's own tokenisation.
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from newsprism.errors import NewsprismError
from newsprism.ingest.normalize import verbatim
from newsprism.model import Article, Quote, Span
from newsprism.pipeline import Pipeline, default_pipeline
from newsprism.quotes.score import ROLES, Annotation, Scores
from newsprism.settings import Settings

TYPES = {
    "direct": "Direct",
    "indirect": "Indirect",
    "indirect_free_indirect": "IndirectFreeIndirect",
    "reported": "Reported",
    "free_indirect": "FreeIndirect",
}
MEDIA = {
    "speech": "Speech",
    "writing": "Writing",
    "thought": "Thought",
    "speech+writing": "SW",
    "speech+thought": "ST",
    "thought+writing": "TW",
    "writing+thought": "TW",
}


def gold_documents(folder: Path) -> Iterator[tuple[Path, dict[str, Any]]]:
    files = sorted(folder.glob("*.json"))
    if not files:
        raise NewsprismError("E101", f"no *.json files in {folder}")
    for path in files:
        yield path, json.loads(path.read_text(encoding="utf-8"))


def gold_annotations(document: dict[str, Any]) -> list[Annotation]:
    return [
        Annotation(
            a["type"],
            a["medium"],
            {r: frozenset(a[r].get("tokenIds", [])) for r in ROLES if a.get(r)},
        )
        for a in document["annotations"]
    ]


class TokenMap:
    """Character spans to the ids of the gold tokens they overlap."""

    def __init__(self, tokens: list[dict[str, Any]]) -> None:
        ordered = sorted(tokens, key=lambda t: t["charBegin"])
        self.begins = [t["charBegin"] for t in ordered]
        self.ends = [t["charEnd"] for t in ordered]
        self.ids = [t["id"] for t in ordered]

    def ids_for(self, spans: tuple[Span, ...]) -> frozenset[int]:
        found: set[int] = set()
        for span in spans:
            first = bisect_right(self.ends, span.start)  # first token ending after the span starts
            last = bisect_left(self.begins, span.end)  # tokens starting before the span ends
            found.update(self.ids[first:last])
        return frozenset(found)


def predicted_annotations(quotes: tuple[Quote, ...], token_map: TokenMap) -> list[Annotation]:
    return [
        Annotation(
            TYPES[q.type],
            MEDIA.get(q.medium, "Speech"),
            {
                "quote": token_map.ids_for(q.quote),
                "speaker": token_map.ids_for(q.speaker),
                "cue": token_map.ids_for(q.cue),
                "frame": token_map.ids_for(q.frame),
                "addressee": token_map.ids_for(q.addressee),
            },
        )
        for q in quotes
    ]


def evaluate(
    folder: Path,
    predictions: Path | None = None,
    settings: Settings | None = None,
    pipeline: Pipeline | None = None,
) -> Scores:
    pipeline = pipeline or default_pipeline(settings or Settings())
    scores = Scores()
    if predictions is not None:
        predictions.mkdir(parents=True, exist_ok=True)
    for path, document, article in _analysed(pipeline, gold_documents(folder)):
        predicted = predicted_annotations(article.quotes, TokenMap(document["tokens"]))
        scores.add_document(gold_annotations(document), predicted)
        if predictions is not None:
            name = document.get("documentName", path.stem)
            output = {
                "documentName": name,
                "annotations": [
                    {
                        "type": p.type,
                        "medium": p.medium,
                        **{r: {"tokenIds": sorted(p.tokens(r))} for r in ROLES},
                    }
                    for p in predicted
                ],
            }
            (predictions / path.name).write_text(
                json.dumps(output, ensure_ascii=False, indent=1), encoding="utf-8"
            )
    return scores


def _analysed(
    pipeline: Pipeline, documents: Iterable[tuple[Path, dict[str, Any]]], chunk: int = 32
) -> Iterator[tuple[Path, dict[str, Any], Article]]:
    """Each gold document with the pipeline's analysis of its raw text, ``chunk`` documents at
    a time (the NER tagger tags a chunk's sentences together). A failure is raised: a score
    over fewer documents than the folder holds would mislead."""
    iterator = iter(documents)
    while batch := list(islice(iterator, chunk)):
        articles = pipeline.run_batch(
            [verbatim(document["originalText"], path.stem, str(path)) for path, document in batch]
        )
        for (path, document), article in zip(batch, articles, strict=True):
            if isinstance(article, Exception):
                raise article
            yield path, document, article
