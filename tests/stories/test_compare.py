"""Coverage comparison on two reports written for these tests, and on the reference articles."""

import json
from dataclasses import replace

import pytest

from newsprism import Article, analyze
from newsprism.stories.compare import compare, word_diff
from newsprism.stories.report import render_html, render_text, to_json
from tests.conftest import EXAMPLES, analyze_all, needs_shared

AGENCY = (
    "Brandvik warnt vor „gefährlichem Stillstand“\n\n"
    "Die Generalsekretärin der Küstenallianz, Ilse Brandvik, hat vor einem „gefährlichen "
    "Stillstand“ bei den Hilfen für Valmora gewarnt. Bei einem Treffen in Sandhafen sagte "
    "Brandvik am Freitag, die Mitgliedsstaaten müssten mehr Patrouillenboote liefern. "
    "„Jeder Tag der Blockade kostet Menschenleben“, sagte sie. Nach Angaben der Allianz liegen "
    "zwölf Frachter vor der Küste fest, die Verluste der Reedereien betragen 40 Millionen Euro "
    "pro Woche. Die Minister wollen am 14. März 2025 erneut beraten."
)
STATE_MEDIA = (
    "Brandvik fordert Boote\n\n"
    "Ilse Brandvik, die Chefin der Küstenallianz, forderte am Freitag in Sandhafen mehr "
    "Patrouillenboote für Valmora und sprach von einem „gefährlichen Stillstand“. „Jeder Tag "
    "der Blockade kostet Menschenleben“, sagte Brandvik. "
    "Die Regierung in Korvenstadt hatte die Kontrollen wiederholt mit dem Schmuggel von "
    "Waffen begründet. Innenminister Tarek Olsund erklärte im vergangenen Jahr, die Häfen "
    "seien ein „Einfallstor für Saboteure“ und die Kontrollen deshalb unverzichtbar."
)


@pytest.fixture(scope="module")
def pair():
    return [
        replace(analyze(AGENCY), id="agency", source="Agentur"),
        replace(analyze(STATE_MEDIA), id="state", source="Staatsfunk"),
    ]


def test_shared_and_unique_quotes(pair):
    result = compare(pair)
    shared = [link.first.text for link in result.shared_quotes]
    assert any("Jeder Tag der Blockade kostet Menschenleben" in text for text in shared)
    unique = {(q.article, q.speaker) for q in result.unique_quotes}
    assert ("state", "Tarek Olsund") in unique


def test_numbers_only_one_outlet_carries(pair):
    result = compare(pair)
    facts = {(f.article, f.value) for f in result.unique_facts}
    assert {("agency", "40000000"), ("agency", "2025-03-14")} <= facts
    assert ("state", "40000000") not in facts


def test_an_inserted_justification_has_no_counterpart(pair):
    passages = compare(pair).unique_passages
    inserted = [p for p in passages if p.article == "state"]
    assert inserted and "Olsund" in inserted[0].text and "Schmuggel" in inserted[0].text
    assert not any("Menschenleben" in p.text for p in passages)


def test_entities_named_by_one_article_only(pair):
    unique = {(e.article, e.name) for e in compare(pair).unique_entities}
    assert ("state", "Tarek Olsund") in unique or ("state", "Korvenstadt") in unique
    assert not any(name == "Ilse Brandvik" for _, name in unique)


def test_word_diff_marks_what_each_side_has():
    diff = word_diff("ein „schwerwiegender“ Fehler wäre", "ein „historischer Fehler“ sei")
    assert diff[0] == ("same", "ein")
    assert ("first", "„schwerwiegender“") in diff and ("second", "„historischer") in diff


def test_json_report_is_plain_data_with_a_schema(pair):
    data = json.loads(json.dumps(to_json(compare(pair)), ensure_ascii=False))
    assert data["schema"] == "newsprism-comparison/1"
    assert [a["id"] for a in data["articles"]] == ["agency", "state"]
    assert set(data) >= {"shared_quotes", "drifted_quotes", "unique_quotes", "unique_facts"}
    assert "Jeder Tag" in render_text(compare(pair))


def test_html_report_escapes_article_text():
    hostile = replace(
        analyze("Titel <b>fett</b>\n\nEr sagte: „<script>alert(1)</script> ist harmlos“ & mehr."),
        id="x<y",
    )
    other = replace(analyze("Ganz anderer Text über das Wetter in Sandhafen am Freitag."), id="w")
    page = render_html(compare([hostile, other]), [hostile, other])
    assert "<script>" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "x&lt;y" in page
    assert "src=" not in page and "http" not in page.replace("http-equiv", "")


def test_fewer_than_two_articles_cannot_be_compared(pair):
    with pytest.raises(ValueError, match="at least two"):
        compare(pair[:1])
    with pytest.raises(ValueError, match="twice"):
        compare([pair[0], pair[0]])


@pytest.fixture(scope="module")
def reference() -> list[Article]:
    folder = needs_shared(EXAMPLES)
    articles, _ = analyze_all(*sorted(folder.glob("0*.txt")))
    return articles


def test_reference_comparison_shows_the_rt_headline_drift(reference):
    result = compare(reference)
    rt = reference[0].id
    drift = [
        link
        for link in result.drifted_quotes
        if link.first.article == rt == link.second.article and link.first.in_headline
    ]
    changed = {words for link in drift for kind, words in link.diff if kind != "same"}
    assert any("schwerwiegender" in words for words in changed)
    assert any("historischen" in words for words in changed)


def test_reference_comparison_finds_what_only_one_piece_has(reference):
    result = compare(reference)
    rt, focus = (a.id for a in reference)
    speakers = {(q.article, q.speaker) for q in result.unique_quotes}
    assert (rt, "Jens Stoltenberg") in speakers and (focus, "Jens Stoltenberg") in speakers
    inserted = [p for p in result.unique_passages if p.article == rt]
    assert any("Gerasimov" in p.text and "Moskau" in p.text for p in inserted)
    focus_only = {f.value for f in result.unique_facts if f.article == focus}
    assert {"300000", "31", "2024-03-17"} <= focus_only


def test_a_weekday_and_the_full_date_it_names_are_one_fact():
    from newsprism.ingest import read_string

    dated = replace(
        read_string("Treffen\n\nDie Minister berieten am Freitag in Sandhafen über zwölf Boote."),
        id="dated",
        published="2025-03-14",
    )
    undated = replace(
        read_string("Beratung\n\nAm Freitag sprachen die Minister in Sandhafen über Boote."),
        id="undated",
    )
    facts = compare([analyze(dated), analyze(undated)]).unique_facts
    assert [(f.article, f.value) for f in facts] == [("dated", "12")]


def test_a_speaker_s_place_and_inflection_do_not_keep_two_reports_of_one_statement_apart():
    """ "Ein Sprecher des Außenministeriums in Korvenstadt" and "Das Außenministerium" are one
    voice: the place the mention names and the genitive ending are not who speaks."""
    said = "die Kontrollen dienten allein der Sicherheit der Schifffahrt und seien rechtmäßig"
    first = analyze(
        "Korvenien weist Vorwürfe zurück\n\n"
        f"Ein Sprecher des Außenministeriums in Korvenstadt erklärte am Montag, {said}."
    )
    second = analyze(
        f"Ministerium verteidigt Kontrollen\n\nDas Außenministerium erklärte am Montag, {said}."
    )
    first, second = replace(first, id="a"), replace(second, id="b")
    result = compare([first, second])
    linked = [
        {link.first.article, link.second.article}
        for link in result.shared_quotes + result.drifted_quotes
    ]
    assert {"a", "b"} in linked


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("Ein Sprecher des Außenministeriums in Korvenstadt", "Das Außenministerium", True),
        ("ein Sprecher des Bundestages", "der Bundestag", True),
        ("Ilse Brandvik", "Brandvik", True),
        ("Helmut Schmidt", "Anna Schmitz", False),
        ("Ein Sprecher in Korvenstadt", "Korvenstadt", False),
    ],
)
def test_voices_are_last_words_without_place_or_genitive_ending(first, second, same):
    from newsprism.stories.compare import _voice

    assert (_voice(first) == _voice(second)) is same
