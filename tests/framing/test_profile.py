"""Per-outlet framing profiles over a small store written for these tests."""

import csv
import io
import json

from newsprism.cli import main
from newsprism.framing.profile import build

ARTICLES = [
    {
        "id": "bote-1",
        "source": "Bote",
        "text": "Titel\nDie Blockstaaten liefern der Ukraine Waffen. Die Blockstaaten zahlen. "
        "„Wir müssen tief graben”, sagte er, wie er zuletzt sagte Woche.",
    },
    {
        "id": "bote-2",
        "source": "Bote",
        "text": "Titel\nDie Lage in der Ukraine bleibt ernst, sagte die Ministerin am Montag.",
    },
    {
        "id": "agentur-1",
        "source": "Agentur",
        "text": "Titel\n„Die Militäroperation in der Ukraine läuft nach Plan“, sagte Petrow. "
        "Die NATO-Staaten widersprachen.",
    },
]


def test_profiles_count_articles_and_keep_quoted_use_apart(tmp_path, capsys):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(json.dumps(a) for a in ARTICLES), encoding="utf-8")
    db = str(tmp_path / "n.db")
    assert main(["analyze", str(corpus), "--db", db]) == 0
    capsys.readouterr()

    assert main(["framing", "--by", "source", "--db", db, "--format", "jsonl"]) == 0
    found = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    bote, agentur = found
    assert bote["source"] == "Bote" and bote["articles"] == 2
    assert bote["wording"] == {"nato-members-as-bloc": 1}  # two uses, one article
    assert bote["artefacts"] == {"calque": 1, "english-closing-mark": 1, "english-word-order": 1}
    assert bote["artefact_rate"] == 0.5 and 0.4 < bote["mean_translation_score"] < 0.45
    assert agentur["wording"] == {} and agentur["quoted"] == {"war-as-operation": 1}

    assert main(["framing", "--db", db, "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert ("Agentur", "quoted", "war-as-operation", "1.000") in {
        (r["source"], r["voice"], r["entry"], r["share"]) for r in rows
    }

    assert main(["framing", "--db", db]) == 0
    table = capsys.readouterr().out
    assert "Bote: 2 articles" in table and "own wording: nato-members-as-bloc 1" in table


def test_an_article_without_signals_still_counts():
    (profile,) = build([("Agentur", "a1", 0.0, "", "", ""), ("Agentur", "a2", 0.5, "", "", "")])
    assert profile.articles == 2 and profile.artefact_rate == 0.5 and not profile.wording
