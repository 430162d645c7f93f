import sqlite3
from dataclasses import replace

import pytest

from newsprism import analyze
from newsprism.errors import NewsprismError
from newsprism.ingest import read_string
from newsprism.store import Store
from newsprism.store.sqlite import migrations


def article(text: str, article_id: str = "a", origin: str = "a.txt", source: str = "Beispiel-Post"):
    return replace(analyze(read_string(text, article_id=article_id, origin=origin)), source=source)


def test_schema_version_and_wal(tmp_path):
    with Store(tmp_path / "s.db") as store:
        assert store.version == migrations()[-1][0]
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {
            r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
    assert {
        "sources",
        "articles",
        "entities",
        "aliases",
        "mentions",
        "quotes",
        "stories",
        "story_members",
        "signals",
        "search",
    } <= tables


def test_newer_database_is_refused(tmp_path):
    db = sqlite3.connect(tmp_path / "s.db")
    db.execute("PRAGMA user_version = 999")
    db.close()
    with pytest.raises(NewsprismError, match="E301"):
        Store(tmp_path / "s.db")


def test_reingest_is_idempotent_by_content_hash(tmp_path):
    with Store(tmp_path / "s.db") as store:
        first = article("Titel\nDer Minister sagte etwas.")
        assert store.add(first) == "inserted"
        assert store.add(first) == "unchanged"
        assert store.add(replace(first, id="other-id", origin="copy.txt")) == "unchanged"
        edited = article("Titel\nDer Minister sagte etwas anderes.")
        assert store.add(edited) == "updated"
        assert store.count() == 1 and store.get("a").text.endswith("anderes.")


def test_same_id_from_another_origin_is_kept_apart(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.add(article("Titel\nErster Text.", origin="x/a.txt"))
        store.add(article("Titel\nZweiter Text.", origin="y/a.txt"))
        ids = sorted(a.id for a in store.articles())
    assert ids[0] == "a" and ids[1].startswith("a~") and len(ids) == 2


def test_round_trip_through_the_store(tmp_path):
    original = article("Weiß warnt\nDie Ministerin sagte, die Lage sei ernst.")
    with Store(tmp_path / "s.db") as store:
        store.add(original)
    with Store(tmp_path / "s.db") as store:
        assert store.get("a") == original
        with pytest.raises(NewsprismError, match="E302"):
            store.get("missing")


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("Verbündeten", True),  # inflection: text has "Verbündete"
        ("verbündete", True),
        ("Strasse", True),  # ß/ss: text has "Straße"
        ("Strassen", True),
        ("Grenze Straße", True),  # all words must occur
        ("Grenze Wolke", False),
        ('"Straße der Verbündeten"', False),
        ('"an der Grenze"', True),
        ("Munition", False),
    ],
)
def test_german_aware_search(tmp_path, query, found):
    with Store(tmp_path / "s.db") as store:
        store.add(
            article(
                "Sperrung\nDie Verbündete warnte vor Staus an der Grenze. "
                "Die Straße bleibt gesperrt."
            )
        )
        hits = store.search(query)
    assert bool(hits) is found
    if found:
        assert hits[0].id == "a" and hits[0].source == "Beispiel-Post" and hits[0].snippet


def test_search_ranks_title_matches_first(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.add(article("Wetter heute\nAuch die Grenze ist betroffen.", "body-only", "1.txt"))
        store.add(
            article("Grenze geschlossen\nDie Behörden handelten schnell.", "title-hit", "2.txt")
        )
        assert [h.id for h in store.search("Grenze")] == ["title-hit", "body-only"]


def test_entities_and_speakers_are_stored_across_articles(tmp_path):
    from newsprism.model import Entity, Mention, Quote, Span

    first = article("Titel\nWladimir Putin sagte, die Lage sei ernst.", "a", "a.txt", "Agentur")
    second = article("Titel\nPutin sagte, es gebe keinen Grund.", "b", "b.txt", "Zeitung")
    first = replace(
        first,
        entities=(Entity("e1", "PER", "Wladimir Putin", (Mention(7, 21, "name", "PER"),)),),
        quotes=(
            Quote(
                "indirect",
                (Span(30, 48),),
                speaker=(Span(7, 21),),
                speaker_entity="e1",
                speaker_name="Wladimir Putin",
            ),
        ),
    )
    second = replace(
        second, entities=(Entity("e1", "PER", "Putin", (Mention(7, 12, "name", "PER"),)),)
    )
    with Store(tmp_path / "s.db") as store:
        store.add(first)
        store.add(second)
        (row,) = store.top_entities("PER")
        assert (row.name, row.articles, dict(row.outlets)) == (
            "Wladimir Putin",
            2,
            {"Agentur": 1, "Zeitung": 1},
        )
        aliases = store.db.execute("SELECT alias, reason FROM aliases").fetchall()
        assert aliases == [("Putin", "surname of Wladimir Putin")]
        linked = store.db.execute("SELECT entity_id FROM quotes WHERE article_id = 'a'").fetchone()
        assert linked[0] is not None


def test_quotations_are_found_by_their_cue_lemma(tmp_path):
    text = (
        "Nato\nStoltenberg warnte, die Lage sei ernst. Er forderte mehr Munition. "
        "Die Ukraine brauche Hilfe, sagte Stoltenberg."
    )
    with Store(tmp_path / "s.db") as store:
        store.add(article(text))
        assert [row.cue_lemma for row in store.quotes()] == ["warnen", "fordern", "sagen"]
        assert [row.text for row in store.quotes(cue="Fordern")] == ["Er forderte mehr Munition."]
        assert [row.cue_lemma for row in store.quotes("Stoltenberg", cue="warnen")] == ["warnen"]
        assert not store.quotes(cue="betonen")
