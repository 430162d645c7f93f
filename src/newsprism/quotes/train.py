"""``newsprism train quotes``: train the sentence model of :mod:`newsprism.quotes.learned`.

For each training document, the text layer runs on the raw text and quotation detection runs
with the rules, recording every sentence it meets without a frame (the points where the model
will decide). Each such sentence is labelled with the type of the gold quotation that covers
most of it (free indirect, reported, "soll" hearsay) or "none". The perceptron learns from those
examples; the weights and the licence notice go to the model folder.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from newsprism.ingest.normalize import verbatim
from newsprism.model import Article, Span
from newsprism.perceptron import Perceptron
from newsprism.pipeline import Pipeline, default_pipeline
from newsprism.quotes.chunks import Words
from newsprism.quotes.detect import find_quotes
from newsprism.quotes.evaluate import TokenMap, gold_documents
from newsprism.quotes.learned import LABELS, Context, features
from newsprism.settings import Settings

_GOLD_TYPES = {
    "IndirectFreeIndirect": "indirect_free_indirect",
    "Reported": "reported",
    "FreeIndirect": "free_indirect",
}
_COVER = 0.6  # share of a sentence's tokens a gold quotation must cover to label it
_OVERSAMPLE = 3
_NOTICE = """# Quotation sentence model: licence and credit

`unframed.json` holds the weights of the averaged perceptron in `newsprism/quotes/learned.py`
that decides what a sentence without a reporting frame is (free indirect speech, reported
speech, "soll" hearsay, or none). Use it with the setting `quote_model = "<path to unframed.json>"`.

It was trained with `newsprism train quotes --data {data}` on the German news quotation
attribution dataset by Fynn Petersen-Frey and Chris Biemann (Universität Hamburg), "Dataset of
Quotation Attribution in German News Articles", LREC-COLING 2024 (uhh-lt/german-news-quotation-
attribution-2024), whose articles are WIKINEWS texts (CC BY 2.5).

Licence: CC BY-NC-SA 4.0 (https://creativecommons.org/licenses/by-nc-sa/4.0/). A model derived
from that data carries its terms: attribution, non-commercial use only, share alike.
"""


def examples(folder: Path) -> list[tuple[list[str], str]]:
    settings = Settings()
    full = default_pipeline(settings)
    text_layer = Pipeline(
        tuple(s for s in full.stages if s.name in ("language", "tokens")), settings
    )
    found: list[tuple[list[str], str]] = []
    for _, document in gold_documents(folder):
        article = text_layer(verbatim(document["originalText"]))
        token_map = TokenMap(document["tokens"])
        quotes = [
            (_GOLD_TYPES[a["type"]], frozenset(a["quote"].get("tokenIds", [])))
            for a in document["annotations"]
            if a["type"] in _GOLD_TYPES
        ]

        find_quotes(article, decider=_Recorder(article, token_map, quotes, found))
    return found


class _Recorder:
    """Records each decision point with its gold label, and lets the rules decide."""

    def __init__(
        self,
        article: Article,
        token_map: TokenMap,
        quotes: list[tuple[str, frozenset[int]]],
        found: list[tuple[list[str], str]],
    ) -> None:
        self.article, self.token_map, self.quotes, self.found = article, token_map, quotes, found

    def __call__(self, words: Words, first: int, end: int, context: Context, rule: str) -> str:
        tokens = self.article.tokens
        sentence = self.token_map.ids_for((Span(tokens[first].start, tokens[end - 1].end),))
        label = "none"
        if sentence and self.quotes:
            kind, ids = max(self.quotes, key=lambda q: len(q[1] & sentence))
            if len(ids & sentence) >= _COVER * len(sentence):
                label = kind
        self.found.append((features(words, first, end, context, rule), label))
        return rule


def train(folder: Path, out: Path, epochs: int = 12) -> str:
    """Train on ``folder``, write ``out/unframed.json`` and its licence notice; returns a report.

    Sentences that hold a quotation are one in ten; they are shown to the perceptron three
    times as often, which measured best on the dev split (benchmarks/README.md).
    """
    data = examples(folder)
    balanced = [item for item in data for _ in range(_OVERSAMPLE if item[1] != "none" else 1)]
    model = Perceptron.train(LABELS, balanced, epochs)
    out.mkdir(parents=True, exist_ok=True)
    model.save(out / "unframed.json")
    (out / "README.md").write_text(_NOTICE.format(data=folder), encoding="utf-8")
    counts = Counter(label for _, label in data)
    accuracy = sum(model.predict(f) == label for f, label in data) / max(len(data), 1)
    return (
        f"{len(data):,} sentences without a frame ("
        + ", ".join(f"{label} {counts[label]}" for label in LABELS)
        + f"); training accuracy {accuracy:.3f}; {len(model.weights):,} features"
        + f" -> {out / 'unframed.json'} (CC BY-NC-SA 4.0, see {out / 'README.md'})"
    )
