"""Hostile input: each case gets a clear coded problem, the run goes on, nothing is lost."""

import gzip
import io
import json
import os
import tracemalloc

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsprism.cli import main
from newsprism.settings import Settings
from newsprism.store import Store
from tests.conftest import FIXTURES, read_all

GOOD = "Titel\nDer Minister sagte, die Lage sei ernst. Er reise morgen ab."


def test_empty_file(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n\t ")
    articles, problems = read_all(tmp_path / "empty.txt", tmp_path / "blank.txt")
    assert not articles
    assert [p.code for p in problems] == ["E102", "E102"]
    assert "empty.txt: [E102] empty input" in str(problems[0])


def test_binary_junk(tmp_path):
    junk = bytes(range(256)) * 64
    for name in ("junk.txt", "junk.html", "junk.jsonl"):
        (tmp_path / name).write_bytes(junk)
    articles, problems = read_all(*sorted(tmp_path.iterdir()))
    assert not articles
    assert {p.code for p in problems} <= {"E103", "E111", "E121"} and len(problems) >= 3


def test_invalid_utf8_is_kept_as_utf8_with_replacement(tmp_path):
    data = GOOD.replace("Lage", "Läge").encode("utf-8") + b" Kaputt: \xff\xfe."
    (tmp_path / "broken.txt").write_bytes(data)
    (article,), problems = read_all(tmp_path / "broken.txt")
    assert not problems
    assert "Läge" in article.text and "\ufffd" in article.text


def test_latin1_file_is_detected(tmp_path):
    text = (
        "Überschrift zur Straße\n"
        "Die Bürger äußerten sich über die Maßnahmen der Behörde in München. " * 3
    )
    (tmp_path / "latin.txt").write_bytes(text.encode("latin-1"))
    (article,), _ = read_all(tmp_path / "latin.txt")
    assert "Bürger äußerten" in article.text


def test_truncated_html(tmp_path):
    page = (FIXTURES / "page.html").read_text(encoding="utf-8")
    (tmp_path / "cut.html").write_text(page[: page.index("<h2>")], encoding="utf-8")
    (tmp_path / "stub.html").write_text("<html><body><p>", encoding="utf-8")
    articles, problems = read_all(tmp_path / "cut.html", tmp_path / "stub.html")
    assert len(articles) == 1 and "Fortschritte" in articles[0].text
    assert [p.code for p in problems] == ["E121"]


def _warc(records: int) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    page = (FIXTURES / "page.html").read_bytes()
    for number in range(records):
        body = page.replace(b"Fortschritte", f"Fortschritte {number}".encode())
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            f"https://beispiel-post.example/a/{number}",
            "response",
            payload=io.BytesIO(body),
            http_headers=headers,
        )
        writer.write_record(record)
    return buffer.getvalue()


def test_warc_streams_records(tmp_path):
    (tmp_path / "news.warc.gz").write_bytes(_warc(3))
    articles, problems = read_all(tmp_path / "news.warc.gz")
    assert not problems
    assert [a.url for a in articles] == [f"https://beispiel-post.example/a/{n}" for n in range(3)]
    assert all(a.source == "Beispiel-Post" for a in articles)


def test_truncated_warc_keeps_complete_records(tmp_path):
    data = _warc(3)
    (tmp_path / "cut.warc.gz").write_bytes(data[: len(data) * 5 // 6])
    articles, problems = read_all(tmp_path / "cut.warc.gz")
    assert len(articles) == 2
    assert [p.code for p in problems] == ["E141"]


def test_jsonl_with_broken_line_in_the_middle(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": GOOD}),
        '{"id": "b", "text": "kaputt',
        "[1, 2]",
        json.dumps({"id": "c", "title": "Ohne Text"}),
        json.dumps({"id": "d", "body": GOOD}),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, problems = read_all(tmp_path / "feed.jsonl")
    assert [a.id for a in articles] == ["a", "d"]
    assert [(p.code, p.record) for p in problems] == [("E111", "2"), ("E112", "3"), ("E113", "4")]
    assert str(problems[0]).startswith(f"{tmp_path / 'feed.jsonl'}:2: [E111] malformed JSON")


def test_200_mb_single_line_is_skipped_with_bounded_memory(tmp_path):
    big = tmp_path / "big.jsonl"
    chunk = b"x" * (1 << 20)
    with big.open("wb") as out:
        out.write(json.dumps({"id": "before", "text": GOOD}).encode() + b"\n")
        out.write(b'{"id": "huge", "text": "')
        for _ in range(200):
            out.write(chunk)
        out.write(b'"}\n')
        out.write(json.dumps({"id": "after", "text": GOOD}).encode() + b"\n")
    text_file = tmp_path / "big.txt"
    os.symlink(big, text_file)  # the same 200 MB, read as a whole-file format
    tracemalloc.start()
    articles, problems = read_all(big, text_file, settings=Settings())
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [a.id for a in articles] == ["before", "after"]
    assert [(p.code, p.record) for p in problems] == [("E105", "2"), ("E105", "")]
    assert peak < 64 * (1 << 20)


def test_gzipped_jsonl(tmp_path):
    with gzip.open(tmp_path / "a.jsonl.gz", "wt", encoding="utf-8") as out:
        out.write(json.dumps({"id": "z", "text": GOOD}) + "\n")
    (article,), _ = read_all(tmp_path / "a.jsonl.gz")
    assert article.id == "z"


def test_malformed_url_and_odd_values_do_not_stop_the_run(tmp_path):
    lines = [
        json.dumps({"id": "a", "url": "http://[nicht-gueltig", "text": GOOD}),
        json.dumps({"id": 7, "title": 12, "date": "2024-02-30", "text": GOOD}),
    ]
    (tmp_path / "odd.jsonl").write_text("\n".join(lines), encoding="utf-8")
    articles, problems = read_all(tmp_path / "odd.jsonl")
    assert not problems and [a.id for a in articles] == ["a", "7"]
    assert articles[0].source == "" and articles[1].title == "12" and articles[1].published == ""


def test_a_reader_bug_costs_one_file_not_the_run(tmp_path, monkeypatch):
    import newsprism.ingest as ingest

    def broken(path, text):
        raise KeyError("bug")

    monkeypatch.setattr(ingest, "read_plain_text", broken)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "b", "text": GOOD}), encoding="utf-8")
    articles, problems = read_all(tmp_path / "a.txt", tmp_path / "b.jsonl")
    assert [a.id for a in articles] == ["b"]
    assert [p.code for p in problems] == ["E107"] and "KeyError" in str(problems[0])


def test_missing_file_and_unknown_extension(tmp_path):
    (tmp_path / "data.bin").write_bytes(b"abc")
    articles, problems = read_all(tmp_path / "nope.txt", tmp_path / "data.bin")
    assert not articles and [p.code for p in problems] == ["E101", "E106"]


def test_bad_input_never_loses_stored_articles(tmp_path, capsys):
    db = tmp_path / "s.db"
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    assert main(["analyze", str(tmp_path / "good.txt"), "--db", str(db)]) == 0
    (tmp_path / "bad.jsonl").write_text('{"id": "x", "text": "Gut."}\n{broken\n', encoding="utf-8")
    (tmp_path / "junk.txt").write_bytes(b"\x00\x01\x02" * 100)
    assert (
        main(
            [
                "analyze",
                str(tmp_path / "bad.jsonl"),
                str(tmp_path / "junk.txt"),
                "--db",
                str(db),
                "--strict",
            ]
        )
        == 1
    )
    output = capsys.readouterr()
    assert "bad.jsonl:2: [E111]" in output.err and "junk.txt: [E103]" in output.err
    assert "2 skipped" in output.out
    with Store(db) as store:
        assert store.count() == 2
        assert store.get("good").title == "Titel"
