import csv
import io
import json

import pyarrow.parquet as pq

from newsprism.cli import main
from newsprism.errors import CATALOGUE
from newsprism.settings import documentation
from tests.conftest import FIXTURES, INPUTS

README = (FIXTURES.parent.parent / "README.md").read_text(encoding="utf-8")


def run(capsys, *args):
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_analyze_show_search_export(tmp_path, capsys):
    db = str(tmp_path / "n.db")
    code, out, _ = run(
        capsys, "analyze", *map(str, INPUTS), "--db", db, "-o", str(tmp_path / "out.jsonl")
    )
    assert code == 0
    assert "analysed 6 articles" in out and "6 inserted" in out and "1 skipped (E113 ×1" in out
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 6 and json.loads(lines[0])["schema"] == "newsprism/1"

    code, out, _ = run(capsys, "analyze", *map(str, INPUTS), "--db", db)
    assert "6 unchanged" in out

    code, out, _ = run(capsys, "show", "seed_layout", "--db", db)
    assert "removed boilerplate (video-teaser): Im Video" in out and "[subheading]" in out
    assert "Konjunktiv I (reported speech):" in out and "seien" in out

    code, out, _ = run(capsys, "search", "Lastwagen", "--db", db)
    assert code == 0 and "seed_layout" in out and "2 results" in out

    code, out, _ = run(capsys, "export", "--format", "csv", "--db", db)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 6 and {"id", "source", "title", "published", "text"} <= set(rows[0])

    code, _, err = run(
        capsys, "export", "--format", "parquet", "-o", str(tmp_path / "a.parquet"), "--db", db
    )
    assert pq.read_table(tmp_path / "a.parquet").num_rows == 6 and "exported 6" in err

    code, out, _ = run(capsys, "export", "--format", "jsonl", "--db", db)
    assert len(out.splitlines()) == 6


def test_show_lists_entities_and_numbers(capsys):
    code, out, _ = run(capsys, "show", str(FIXTURES / "seed_layout.txt"))
    assert (
        code == 0
        and "Numbers and dates:" in out
        and "12.500 Lastwagen im vergangenen Monat abgefertigt = 12500" in out
    )
    assert "People: " in out and "Karla Weiß" in out


def test_show_a_file_directly_and_as_json(capsys):
    code, out, _ = run(capsys, "show", str(FIXTURES / "headline_one_line.txt"), "--json")
    assert code == 0 and json.loads(out)["title"].startswith("Ministerin Weiß")


def test_clear_errors_for_bad_usage(tmp_path, capsys):
    code, _, err = run(capsys, "show", "no-such-article", "--db", str(tmp_path / "n.db"))
    assert code == 2 and "[E302] article not found" in err
    code, _, err = run(capsys, "analyze", *map(str, INPUTS), "--no-db", "--field", "oops")
    assert code == 2 and "[E202]" in err


def test_demo_runs_and_finds_things(capsys):
    code, out, _ = run(capsys, "demo")
    assert code == 0
    assert out.count("━━ Kurier") + out.count("━━ Valmora") + out.count("━━ Korven") == 3
    assert "Korvenischer Bote" in out and "removed boilerplate (video-teaser)" in out
    assert "Konjunktiv I (reported speech):" in out
    assert "Story 1: 3 articles" in out  # one story of three outlets
    assert "Quote drift (" in out and "Passages without counterpart (" in out


def test_every_setting_and_error_is_documented(capsys):
    for name, _, doc in documentation():
        assert doc, f"setting {name} has no description"
        assert f"`{name}`" in README, f"setting {name} is missing from README.md"
    assert all(text for text in CATALOGUE.values())
    code, out, _ = run(capsys, "settings")
    assert code == 0 and "morphology = 'fast'" in out


def test_a_slow_rate_is_shown_with_a_decimal():
    from newsprism.cli import rate

    assert (rate(2, 6.0), rate(1200, 10.0)) == ("0.3/s", "120/s")
