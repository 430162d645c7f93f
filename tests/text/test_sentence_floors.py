"""Pinned quality floors on shared annotated data (skipped when ../shared is absent)."""

import json
import tomllib
from pathlib import Path

from newsprism import analyze, read_string
from newsprism.text.evaluate import boundaries, score
from tests.conftest import SHARED, needs_shared

FLOORS = tomllib.loads((Path(__file__).parents[1] / "quality_floors.toml").read_text("utf-8"))


def test_sentence_boundaries_on_wikinews_dev():
    folder = needs_shared(SHARED / "data" / "wikinews-quotes-de" / "dev")
    pairs = []
    for path in sorted(folder.glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        text = document["originalText"]
        article = analyze(read_string(text))
        gold = boundaries(text, [s["charEnd"] for s in document["sentences"]])
        pairs.append((gold, boundaries(article.text, [s.end for s in article.sentences])))
    result = score(pairs)
    floors = FLOORS["sentences"]
    assert result.precision >= floors["wikinews_dev_precision"], result
    assert result.f1 >= floors["wikinews_dev_f1"], result
