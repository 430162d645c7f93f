import tomllib
from pathlib import Path

from newsprism.cli import main
from newsprism.entities.germeval import read_bioes, read_original, score, train
from newsprism.entities.ner import LABELS, NerModel, build_gazetteer, decode, shape, spans
from tests.conftest import FIXTURES, SHARED, needs_shared

FLOORS = tomllib.loads((Path(__file__).parents[1] / "quality_floors.toml").read_text("utf-8"))


def test_reading_both_formats_as_bio_over_four_classes():
    train = list(read_bioes(FIXTURES / "ner_train.bioes.tsv"))
    assert train[0] == (
        ["Karla", "Weiß", "reiste", "nach", "Genf", "."],
        ["B-PER", "I-PER", "O", "O", "B-LOC", "O"],
    )
    assert train[2][1][7:9] == ["B-MISC", "I-MISC"]  # GermEval's OTH is MISC
    assert train[3][1][1] == "O"  # deriv and part labels are O
    gold = list(read_original(FIXTURES / "ner_gold.tsv"))
    assert gold[1] == (
        ["Die", "Nordische", "Küstenallianz", "warnte", "."],
        ["O", "B-ORG", "I-ORG", "O", "O"],
    )


def test_spans_and_strict_score():
    assert spans(["B-PER", "I-PER", "O", "B-LOC", "I-ORG"]) == [
        (0, 2, "PER"),
        (3, 4, "LOC"),
        (4, 5, "ORG"),
    ]
    gold = ["B-PER", "I-PER", "O", "B-LOC"]
    result = score([(gold, ["B-PER", "O", "O", "B-LOC"])])  # a partial PER is wrong
    assert result["LOC"] == (1.0, 1.0, 1.0) and result["PER"][2] == 0.0
    assert result["ALL"] == (0.5, 0.5, 0.5)


def test_gazetteer_keeps_forms_that_are_mostly_one_class():
    sentences = [
        (["Genf", "ist", "schön"], ["B-LOC", "O", "O"]),
        (["In", "Genf", "."], ["O", "B-LOC", "O"]),
        (["Weiß", "kam"], ["B-PER", "O"]),
        (["Das", "Weiß", "und", "Weiß"], ["O", "O", "O", "O"]),
    ]
    assert build_gazetteer(sentences) == {"Genf": "LOC"}


def test_shape():
    assert [shape(w) for w in ("Berlin", "NATO", "2024", "Nato-Chef")] == ["Xx", "X", "d", "Xx-Xx"]


def test_training_and_tagging_on_a_small_sample(tmp_path):
    assert "4 sentences" in train(FIXTURES / "ner_train.bioes.tsv", tmp_path, epochs=8)
    model = NerModel.load((tmp_path / "ner_de.json.gz").read_bytes())
    assert model.weights.labels == LABELS and "CC BY 4.0" in (tmp_path / "README.md").read_text(
        "utf-8"
    )
    assert decode(model, ["Karla", "Weiß", "reiste", "nach", "Genf", "."])[:2] == ["B-PER", "I-PER"]


def test_eval_ner_cli(tmp_path, capsys):
    out = tmp_path / "predictions.tsv"
    assert (
        main(
            [
                "eval",
                "ner",
                "--gold",
                str(FIXTURES / "ner_gold.tsv"),
                "--write-predictions",
                str(out),
            ]
        )
        == 0
    )
    printed = capsys.readouterr().out
    assert "ALL" in printed and "tokens/s" in printed
    lines = out.read_text(encoding="utf-8").split("\n")
    assert lines[0].split("\t")[:2] == ["Karla", "B-PER"] and lines[6] == ""


def test_ner_quality_on_germeval_dev():
    gold = needs_shared(SHARED / "data" / "germeval2014" / "NER-de-dev.tsv")
    from newsprism.entities.ner import packaged_model

    model = packaged_model()
    assert model is not None
    sentences = list(read_original(gold))
    result = score([(labels, decode(model, words)) for words, labels in sentences])
    assert result["ALL"][2] >= FLOORS["ner"]["germeval_dev_f1"], result
