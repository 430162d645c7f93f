import json

import pytest

from newsprism.ingest import read_string
from tests.conftest import FIXTURES, analyze_all, read_all, sentence_texts


def test_seed_layout_matches_expected_json():
    (article,), problems = analyze_all(FIXTURES / "seed_layout.txt")
    expected = json.loads((FIXTURES / "seed_layout.expected.json").read_text(encoding="utf-8"))
    assert not problems
    assert article.id == "seed_layout"
    assert article.title == expected["title"]
    assert article.published == expected["published"]
    assert [p.kind for p in article.paragraphs] == expected["paragraph_kinds"]
    assert [(b.rule, b.text) for b in article.boilerplate] == [
        tuple(b) for b in expected["boilerplate"]
    ]
    assert sentence_texts(article) == expected["sentences"]
    assert "Im Video" not in article.text


def test_headline_then_one_long_body_line():
    (article,), _ = analyze_all(FIXTURES / "headline_one_line.txt")
    assert article.title.startswith("Ministerin Weiß warnt")
    assert [p.kind for p in article.paragraphs] == ["title", "body"]
    assert article.text.startswith(article.title + "\n\n")
    assert article.body_start == len(article.title) + 2
    texts = sentence_texts(article)
    assert texts[2] == "„Die nächsten Wochen entscheiden alles."
    assert texts[3].startswith("Und ein Stillstand") and texts[3].endswith("in Genf.")


@pytest.mark.parametrize(
    ("raw", "title", "published", "first_paragraph"),
    [
        (
            "Kurzer Titel\nErster Satz. Zweiter Satz.",
            "Kurzer Titel",
            "",
            "Erster Satz. Zweiter Satz.",
        ),
        ("Ein Lead, der mit Punkt endet.\n\nDer Rest.", "", "", "Ein Lead, der mit Punkt endet."),
        (
            "date 2023-12 Lead auf der Datumszeile.\n\nRest.",
            "",
            "2023-12",
            "Lead auf der Datumszeile.",
        ),
        ("date 2023-12-05\nTitel ohne Punkt\nText.", "Titel ohne Punkt", "2023-12-05", "Text."),
        ("Nur eine Zeile ohne Punkt", "", "", "Nur eine Zeile ohne Punkt"),
        ("Titel\r\nText mit\r\nWindows-Zeilen.", "Titel", "", "Text mit"),
        ("Zeile eins\nzeile zwei\n\nAbsatz zwei.", "", "", "Zeile eins zeile zwei"),
    ],
)
def test_plain_text_layout(raw, title, published, first_paragraph):
    article = read_string(raw)
    assert article.title == title
    assert article.published == published
    body = [p for p in article.paragraphs if p.kind != "title"]
    assert article.text[body[0].start : body[0].end] == first_paragraph


def test_normalisation_keeps_quotes_and_removes_invisibles():
    article = read_string("Titel\nEr sagte: „gut”\u00ad und\u00a0dann  ging\u200b er.")
    assert "„gut”" in article.text  # mismatched marks are evidence, kept as written
    assert (
        "\u00ad" not in article.text and "\u200b" not in article.text and "  " not in article.text
    )


def test_directory_input_reads_known_extensions_only(tmp_path):
    (tmp_path / "a.txt").write_text("Titel\nText eins.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Titel\nText zwei.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("# not an article", encoding="utf-8")
    articles, problems = read_all(tmp_path)
    assert sorted(a.id for a in articles) == ["a", "b"] and not problems
