"""Stories in the store and on the command line: grouping is incremental and nothing is lost."""

import json
import shutil

from newsprism.cli import main
from newsprism.store import Store
from tests.conftest import FIXTURES

EVENTS = FIXTURES / "stories" / "events.jsonl"


def split_events(tmp_path):
    """The third report of each event held back for a later run."""
    records = [json.loads(line) for line in EVENTS.read_text("utf-8").splitlines()]
    first, later = tmp_path / "first.jsonl", tmp_path / "later.jsonl"
    for path, held_back in ((first, False), (later, True)):
        chosen = [r for r in records if r["id"].endswith("-3") == held_back]
        path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in chosen), "utf-8")
    return first, later


def test_stories_grow_across_runs_and_keep_their_ids(tmp_path, capsys):
    first, later = split_events(tmp_path)
    db = str(tmp_path / "n.db")
    assert main(["analyze", str(first), "--db", db]) == 0
    capsys.readouterr()
    assert main(["stories", "--db", db, "--json"]) == 0
    before = {
        json.loads(line)["label"]: json.loads(line)["id"]
        for line in capsys.readouterr().out.splitlines()
    }
    assert main(["analyze", str(later), "--db", db]) == 0
    capsys.readouterr()
    assert main(["stories", "--db", db, "--json", "--members"]) == 0
    captured = capsys.readouterr()
    after = [json.loads(line) for line in captured.out.splitlines()]
    assert "newly grouped" in captured.err
    quake = next(s for s in after if s["label"] == "Schweres Erdbeben erschüttert Taiwan")
    assert quake["id"] == before[quake["label"]]
    assert {m["article_id"] for m in quake["members"]} == {"quake-1", "quake-2", "quake-3"}
    assert quake["languages"] == ["de", "en"]
    with Store(db) as store:
        assert store.count("articles") == 36
        assert sum(s.size for s in store.stories(limit=1000)) == 36  # every article in a story


def test_articles_stored_without_fingerprints_get_them_when_grouped(tmp_path, capsys):
    db = str(tmp_path / "n.db")
    assert main(["analyze", str(EVENTS), "--db", db]) == 0
    capsys.readouterr()
    assert main(["copies", "--db", db, "--json"]) == 0
    from_fingerprints = capsys.readouterr().out
    with Store(db) as store:
        store.db.execute("DELETE FROM fingerprints")
    assert main(["copies", "--db", db, "--json"]) == 0
    assert capsys.readouterr().out == from_fingerprints  # the same pairs, from the texts
    assert from_fingerprints.count("\n") == 2  # the two agency copies
    with Store(db) as store:
        store.db.execute("DELETE FROM fingerprints")  # as an older newsprism stored them
        found = store.group_stories()
        assert len(found) == 36
        assert store.db.execute("SELECT COUNT(*) FROM fingerprints").fetchone()[0] == 36
        assert store.group_stories() == []  # grouped once, not again


def test_compare_command_prints_text_json_and_html(tmp_path, capsys):
    db = str(tmp_path / "n.db")
    assert main(["analyze", str(EVENTS), "--db", db]) == 0
    capsys.readouterr()
    page = tmp_path / "report.html"
    assert main(["compare", "nato-ammo-1", "nato-ammo-3", "--db", db, "--html", str(page)]) == 0
    out = capsys.readouterr().out
    assert "Quotes in one article only" in out and "Agentur Nord (nato-ammo-1)" in out
    assert "<div class='columns'>" in page.read_text("utf-8")
    assert main(["compare", "nato-ammo-1", "nato-ammo-2", "--db", db, "--json", "--save"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "newsprism-comparison/1" and len(data["articles"]) == 2
    with Store(db) as store:
        assert store.db.execute("SELECT COUNT(*) FROM comparisons").fetchone()[0] == 1


def test_compare_refuses_one_article_and_unknown_ids(tmp_path, capsys):
    db = str(tmp_path / "n.db")
    shutil.copy(EVENTS, tmp_path / "e.jsonl")
    assert main(["analyze", str(tmp_path / "e.jsonl"), "--db", db]) == 0
    assert main(["compare", "quake-1", "--db", db]) == 2
    assert main(["compare", "quake-1", "no-such-article", "--db", db]) == 2
    err = capsys.readouterr().err
    assert "[E206]" in err and "[E302]" in err


def test_a_whole_story_can_be_compared_and_stories_exported(tmp_path, capsys):
    import pyarrow.parquet as pq

    db = str(tmp_path / "n.db")
    assert main(["analyze", str(EVENTS), "--db", db]) == 0
    capsys.readouterr()
    assert main(["stories", "--db", db, "--json"]) == 0
    stories = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    quake = next(s for s in stories if "Taiwan" in s["label"])
    assert main(["compare", "--story", str(quake["id"]), "--db", db, "--json", "--save"]) == 0
    compared = json.loads(capsys.readouterr().out)
    assert {a["id"] for a in compared["articles"]} == {"quake-1", "quake-2", "quake-3"}
    assert main(["export", "--table", "stories", "--format", "csv", "--db", db]) == 0
    captured = capsys.readouterr()
    assert (
        captured.out.startswith("story_id,label,") and "exported 36 story members" in captured.err
    )
    assert main(["export", "--table", "comparisons", "--db", db]) == 0
    saved = json.loads(capsys.readouterr().out)
    assert saved["story_id"] == quake["id"] and saved["result"]["schema"].startswith("newsprism")
    target = tmp_path / "members.parquet"
    assert (
        main(["export", "--table", "stories", "--format", "parquet", "-o", str(target), "--db", db])
        == 0
    )
    table = pq.read_table(target)
    assert table.num_rows == 36 and str(table.schema.field("score").type) == "double"
    assert main(["compare", "--story", "9999", "--db", db]) == 2


def test_stored_fingerprints_read_back_as_the_article_gives_them(tmp_path):
    from newsprism import analyze_files
    from newsprism.model import Article
    from newsprism.store import stories as story_table
    from newsprism.stories.cluster import features

    db = str(tmp_path / "n.db")
    assert main(["analyze", str(EVENTS), "--db", db]) == 0
    fresh = {a.id: features(a) for a in analyze_files([EVENTS]) if isinstance(a, Article)}
    with Store(db) as store:
        stored = {item.id: item for item, _ in story_table.stream(store.db)}
    assert stored.keys() == fresh.keys()
    assert any(t.startswith('"') for t in stored["flood-passau-2"].terms)  # a quoted trigram
    for article_id, item in stored.items():
        assert item == fresh[article_id]
