"""Story grouping on articles written for these tests: 14 events, German and English, two
agency copies, strikes and floods on neighbouring days, and NATO events weeks apart."""

import json
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest

from newsprism import analyze
from newsprism.stories.cluster import Features, day_range, features, group, group_articles
from newsprism.stories.score import links, pairwise
from tests.conftest import EXAMPLES, FIXTURES, analyze_all, needs_shared

EVENTS = FIXTURES / "stories" / "events.jsonl"
FLOORS = tomllib.loads((Path(__file__).parents[1] / "quality_floors.toml").read_text("utf-8"))


@pytest.fixture(scope="module")
def analysed():
    articles, problems = analyze_all(EVENTS)
    assert not problems
    return articles


@pytest.fixture(scope="module")
def gold():
    return [json.loads(line) for line in EVENTS.read_text("utf-8").splitlines()]


def test_events_are_grouped_above_the_pinned_floor(analysed, gold):
    found = group_articles(analysed)
    score = pairwise({g["id"]: g["story"] for g in gold}, {m.article_id: m.story_id for m in found})
    assert score.f1 >= FLOORS["stories"]["fixture_pairwise_f1"], score
    assert score.precision >= FLOORS["stories"]["fixture_pairwise_precision"], score


def test_agency_copies_are_marked_and_nothing_else_is(analysed, gold):
    found = group_articles(analysed)
    expected = {(g["id"], g["copy_of"]) for g in gold if g["copy_of"]}
    assert {(m.article_id, m.copy_of) for m in found if m.copy_of} == expected
    assert links(expected, {(m.article_id, m.copy_of) for m in found if m.copy_of}).f1 == 1.0


def test_a_german_and_an_english_report_of_one_event_join(analysed):
    story = {m.article_id: m.story_id for m in group_articles(analysed)}
    assert story["quake-1"] == story["quake-2"]  # German agency, English wire
    assert story["cannabis-1"] == story["cannabis-3"]


def test_the_time_window_keeps_similar_events_weeks_apart_apart(analysed):
    story = {m.article_id: m.story_id for m in group_articles(analysed)}
    assert story["nato-ammo-1"] != story["nato-kyiv-1"]  # the same people, ten weeks later
    moved = [replace(a, published="2024-02-16") if a.id == "nato-kyiv-1" else a for a in analysed]
    far = {m.article_id: m.story_id for m in group_articles(moved, window_days=0)}
    assert far["nato-kyiv-1"] != far["nato-ammo-1"]  # a day apart, outside a zero-day window


def test_a_new_batch_joins_the_stories_already_there(analysed):
    first = [a for a in analysed if not a.id.endswith("-3")]
    later = [a for a in analysed if a.id.endswith("-3")]
    stored = group_articles(first)
    existing: dict[int, list[Features]] = {}
    by_id = {a.id: a for a in first}
    for membership in stored:
        existing.setdefault(membership.story_id, []).append(features(by_id[membership.article_id]))
    joined = group([features(a) for a in later], existing)
    story = {m.article_id: m.story_id for m in [*stored, *joined]}
    assert story["quake-3"] == story["quake-1"]
    assert story["flood-passau-3"] == story["flood-passau-1"]
    assert story["rail-strike-3"] == story["rail-strike-1"]
    assert {m.story_id for m in joined} <= set(existing)  # every later report has its story


def test_an_article_without_a_vector_or_date_is_still_grouped(analysed):
    bare = [replace(features(a), vector=b"", published="") for a in analysed]
    found = group(bare)
    assert len(found) == len(analysed)
    assert len({m.story_id for m in found}) < len(analysed)


@pytest.mark.parametrize(
    ("published", "days"),
    [
        ("2024-03-17", (0, 0)),
        ("2024-02", (0, 28)),
        ("2023-12", (0, 30)),
        ("2024", (0, 365)),
        ("", None),
        ("17.03.2024", None),
    ],
)
def test_partial_dates_cover_their_whole_month_or_year(published, days):
    found = day_range(published)
    if days is None:
        assert found is None
    else:
        assert found is not None and (0, found[1] - found[0]) == days


def test_a_batch_older_than_the_stored_stories_still_meets_across_languages(analysed):
    june = [a for a in analysed if a.published.startswith("2024-06")]
    older = [a for a in analysed if not a.published.startswith("2024-06")]
    stored = group_articles(june)
    by_id = {a.id: a for a in june}
    existing: dict[int, list[Features]] = {}
    for membership in stored:
        existing.setdefault(membership.story_id, []).append(features(by_id[membership.article_id]))
    batch = [features(a) for a in older]
    # no shared words or names: only the sentence vector can bring the English wire in
    batch = [replace(f, terms={}, names=()) if f.id == "quake-2" else f for f in batch]
    story = {m.article_id: m.story_id for m in group(batch, existing)}
    assert story["quake-2"] == story["quake-1"]
    assert story["quake-1"] not in existing


def test_the_reference_articles_are_one_story_and_an_edited_copy_is_marked():
    folder = needs_shared(EXAMPLES)
    rt_text = sorted(folder.glob("0*.txt"))[0].read_text(encoding="utf-8")
    body = rt_text.split("\n", 1)[1]
    edited = (
        "Nato-Chef warnt vor historischem Fehler\nDas Wichtigste in Kürze.\n"
        + body[: body.rfind(" ", 0, int(len(body) * 0.85))]
    )
    rt, focus = analyze_all(*sorted(folder.glob("0*.txt")))[0]
    copy = replace(analyze(edited), id="rt-copy")
    found = {m.article_id: m for m in group_articles([rt, focus, copy])}
    assert found[rt.id].story_id == found[focus.id].story_id == found["rt-copy"].story_id
    assert found["rt-copy"].copy_of == rt.id
    assert not found[rt.id].copy_of and not found[focus.id].copy_of


def test_fingerprints_mark_names_and_carry_the_words_of_direct_quotes():
    article = analyze(
        "Brandvik in Sandhafen\n\n„Jeder Tag der Blockade kostet Leben“, sagte Ilse Brandvik in "
        "Sandhafen. Die Minister sollen im März beraten, sagte sie."
    )
    terms = {t.rpartition(":")[0] for t in article.fingerprint.terms}
    assert {"@sandhafen", "@brandvik", "minister"} <= terms
    assert '"jeder_tag_der' in terms and '"blockade_kostet_leben' in terms
    assert not any(t.startswith('"') and "minister" in t for t in terms)  # indirect: no trigrams
    assert len(article.fingerprint.minhash) == 128 and len(article.fingerprint.vector) == 512


def test_stories_out_of_reach_are_forgotten_and_memory_stays_small(analysed):
    from newsprism.stories import cluster

    quake = features(next(a for a in analysed if a.id == "quake-1"))
    days = [f"2024-{month:02d}-{day:02d}" for month in range(1, 13) for day in (1, 15)]
    # the same report every two weeks: a reprint within the window would be a copy
    stream = [(replace(quake, id=f"q{i}", published=d), None) for i, d in enumerate(days)]
    size, frequency = cluster.document_frequencies(f for f, _ in stream)
    found = list(cluster.group_stream(stream, size, frequency, 1, window_days=3))
    assert len({m.story_id for m in found}) == len(days)  # weeks apart: never one story
    assert not any(m.copy_of for m in found)  # the earlier copies were forgotten in time
    again = list(
        cluster.group_stream(
            [*stream[:2], (replace(quake, id="x", published=days[1]), None)], size, frequency, 1
        )
    )
    assert again[-1].copy_of == "q1"  # the same day: a copy


def test_many_short_stories_are_grouped_with_the_matrix_compacted(analysed):
    from newsprism.stories import cluster

    base = features(analysed[0])
    stream = [
        (
            replace(
                base,
                id=f"s{i}",
                published=f"20{20 + i // 360}-{1 + i % 360 // 30:02d}-{1 + i % 30:02d}",
                terms={f"w{i}": 1},
                minhash=b"",
                vector=b"",
                names=(),
            ),
            None,
        )
        for i in range(2500)
    ]
    size, frequency = cluster.document_frequencies(f for f, _ in stream)
    found = list(cluster.group_stream(stream, size, frequency, 1))
    assert len(found) == 2500 and len({m.story_id for m in found}) == 2500
