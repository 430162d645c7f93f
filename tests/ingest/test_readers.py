import json

import pytest

from newsprism.errors import NewsprismError
from newsprism.ingest.normalize import normalize_date
from newsprism.settings import Settings
from tests.conftest import FIXTURES, read_all


def test_html_page_metadata_and_paragraphs():
    (article,), problems = read_all(FIXTURES / "page.html")
    assert not problems
    assert article.title == "Grenzgespräche: Weiß sieht Fortschritte"
    assert article.source == "Beispiel-Post"
    assert article.author == "Jonas Beispiel"
    assert article.published == "2024-02-16"
    kinds = [p.kind for p in article.paragraphs]
    assert kinds[0] == "title" and "heading" in kinds
    assert "Startseite" not in article.text and "Impressum" not in article.text


def test_rss_feed_entries_and_empty_entry():
    articles, problems = read_all(FIXTURES / "feed.rss")
    assert [a.id for a in articles] == ["bp-1001", "bp-1002"]
    assert articles[0].source == "Beispiel-Post Politik"
    assert articles[0].published == "2024-02-16"
    assert len([p for p in articles[0].paragraphs if p.kind == "body"]) == 2
    assert [(p.code, p.record) for p in problems] == [("E113", "3")]


def test_atom_feed():
    (article,), _ = read_all(FIXTURES / "feed.atom")
    assert article.title == "Minister sees progress at border talks"
    assert (
        article.author == "Sam Example"
        and article.url == "https://times.example/world/border-talks"
    )


@pytest.mark.parametrize(
    ("record", "field", "value"),
    [
        ({"header": "Kopf", "body": "Text."}, "title", "Kopf"),
        ({"headline": "Kopf", "article": "Text."}, "title", "Kopf"),
        ({"date": "2024-01-05T10:00:00Z", "text": "Text."}, "published", "2024-01-05"),
        ({"link": "https://www.zeitung.example/a", "text": "Text."}, "source", "zeitung.example"),
        ({"source": {"name": "Agentur"}, "text": "Text."}, "source", "Agentur"),
        ({"authors": ["A. Eins", "B. Zwei"], "text": "Text."}, "author", "A. Eins, B. Zwei"),
        ({"text": ["Absatz eins.", "Absatz zwei."]}, "text", "Absatz eins.\n\nAbsatz zwei."),
        ({"text": "<p>Erster.</p><p>Zweiter.</p>"}, "text", "Erster.\n\nZweiter."),
    ],
)
def test_jsonl_common_field_names(tmp_path, record, field, value):
    (tmp_path / "a.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (article,), problems = read_all(tmp_path / "a.jsonl")
    assert not problems and getattr(article, field) == value


def test_jsonl_configured_mapping(tmp_path):
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"inhalt": "Text.", "kopf": "K"}) + "\n", encoding="utf-8"
    )
    settings = Settings().updated(jsonl_fields={"inhalt": "text", "kopf": "title"})
    (article,), _ = read_all(tmp_path / "a.jsonl", settings=settings)
    assert article.title == "K" and article.text.endswith("Text.")


def test_mapping_to_an_unknown_article_field_is_refused(tmp_path):
    (tmp_path / "a.jsonl").write_text(json.dumps({"inhalt": "Text."}) + "\n", encoding="utf-8")
    with pytest.raises(NewsprismError, match=r"E202.*no article field txt"):
        read_all(tmp_path / "a.jsonl", settings=Settings().updated(jsonl_fields={"inhalt": "txt"}))


def test_json_array_file(tmp_path):
    (tmp_path / "a.json").write_text(
        json.dumps([{"id": "1", "text": "Eins."}, 5]), encoding="utf-8"
    )
    articles, problems = read_all(tmp_path / "a.json")
    assert [a.id for a in articles] == ["1"] and [p.code for p in problems] == ["E112"]


def test_explicit_format_overrides_extension(tmp_path):
    (tmp_path / "a.dat").write_text("Titel\nText.", encoding="utf-8")
    (article,), _ = read_all(tmp_path / "a.dat", format="text")
    assert article.title == "Titel"
    with pytest.raises(NewsprismError, match="E106"):
        read_all(tmp_path / "a.dat", format="pdf")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2023-12", "2023-12"),
        ("2023-12-05T10:00:00+01:00", "2023-12-05"),
        ("2023", "2023"),
        ("05.12.2023", "2023-12-05"),
        ("Tue, 05 Dec 2023 10:00:00 GMT", "2023-12-05"),
        ("2023-13-01", ""),
        ("gestern", ""),
        ("", ""),
    ],
)
def test_normalize_date(raw, expected):
    assert normalize_date(raw) == expected
