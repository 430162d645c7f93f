import json

import pytest

from newsprism.cli import main
from newsprism.errors import NewsprismError
from newsprism.quotes.score import Annotation, Scores, pair
from newsprism.settings import Settings
from tests.quotes.gold import write


def quote(
    type_: str, ids: set[int], speaker: set[int] = frozenset(), medium: str = "Speech"
) -> Annotation:
    return Annotation(type_, medium, {"quote": frozenset(ids), "speaker": frozenset(speaker)})


def test_perfect_prediction_scores_one():
    gold = [quote("Direct", {1, 2, 3}, {0}), quote("Indirect", {7, 8}, {5})]
    scores = Scores()
    scores.add_document(gold, list(reversed(gold)))
    summary = scores.summary()
    assert summary["messages_f1"] == summary["roles_f1"] == summary["joint_f1"] == 1.0
    assert summary["type_f1"] == summary["found"] == summary["speaker_right"] == 1.0


def test_missed_and_spurious_quotations():
    scores = Scores()
    scores.add_document(
        [quote("Direct", {1, 2, 3, 4})], [quote("Indirect", {3, 4}), quote("Direct", {9})]
    )
    p, r, _ = scores.prf(["quote"])
    assert (p, r) == (pytest.approx(0.5), pytest.approx(0.5))  # precisions 1 and 0; recall 0.5
    assert scores.micro_f1(scores.type_counts) == 0.0
    assert scores.summary()["found"] == 1.0  # quote-token F1 2/3 >= 0.5


def test_pairing_prefers_the_bigger_overlap_and_ignores_no_overlap():
    gold = [quote("Direct", {1, 2, 3}), quote("Direct", {10, 11})]
    predicted = [quote("Direct", {10, 11, 12}), quote("Direct", {2, 3}), quote("Direct", {20})]
    assert sorted(pair(gold, predicted)) == [(0, 1), (1, 0)]


def test_eval_quotes_cli_writes_predictions_in_the_dataset_schema(tmp_path, capsys):
    gold = write(tmp_path / "gold")
    assert (
        main(["eval", "quotes", "--gold", str(gold), "--write-predictions", str(tmp_path / "out")])
        == 0
    )
    out = capsys.readouterr().out
    assert "Messages" in out and "Joint" in out and "Speaker right" in out
    written = json.loads((tmp_path / "out" / "eins.pretty.json").read_text(encoding="utf-8"))
    assert written["documentName"] == "eins"
    first = written["annotations"][0]
    assert first["type"] == "Indirect" and set(first) >= {
        "medium",
        "quote",
        "speaker",
        "cue",
        "frame",
        "addressee",
    }
    assert first["quote"]["tokenIds"] and all(
        isinstance(i, int) for i in first["quote"]["tokenIds"]
    )


def test_train_quotes_writes_a_usable_model_with_its_licence(tmp_path, capsys):
    gold = write(tmp_path / "gold")
    assert (
        main(
            [
                "train",
                "quotes",
                "--data",
                str(gold),
                "--out",
                str(tmp_path / "model"),
                "--epochs",
                "3",
            ]
        )
        == 0
    )
    assert "sentences without a frame" in capsys.readouterr().out
    notice = (tmp_path / "model" / "README.md").read_text(encoding="utf-8")
    assert "CC BY-NC-SA 4.0" in notice and "Petersen-Frey" in notice
    from newsprism.quotes.evaluate import evaluate

    settings = Settings(quote_model=str(tmp_path / "model" / "unframed.json"))
    assert evaluate(gold, settings=settings).summary()["messages_f1"] > 0
    with pytest.raises(NewsprismError, match="E201"):
        evaluate(gold, settings=Settings(quote_model=str(tmp_path / "missing.json")))
