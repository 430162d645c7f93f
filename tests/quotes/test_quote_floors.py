"""Pinned quotation quality on the shared dev split (skipped when ../shared is absent)."""

import tomllib
from pathlib import Path

from newsprism.quotes.evaluate import evaluate
from tests.conftest import SHARED, needs_shared

FLOORS = tomllib.loads((Path(__file__).parents[1] / "quality_floors.toml").read_text("utf-8"))


def test_quotation_scores_on_wikinews_dev(tmp_path):
    folder = needs_shared(SHARED / "data" / "wikinews-quotes-de" / "dev")
    summary = evaluate(folder, predictions=tmp_path).summary()
    floors = FLOORS["quotes"]
    assert summary["messages_f1"] >= floors["wikinews_dev_messages_f1"], summary
    assert summary["roles_f1"] >= floors["wikinews_dev_roles_f1"], summary
    assert summary["joint_f1"] >= floors["wikinews_dev_joint_f1"], summary
    assert summary["speaker_right"] >= floors["wikinews_dev_speaker_right"], summary
    assert len(list(tmp_path.glob("*.json"))) == 150  # --write-predictions: one file per document
