"""English named entities by rules, scored on hand-labelled articles written for the tests."""

import re
import tomllib
from pathlib import Path

import pytest

from newsprism import analyze
from tests.conftest import FIXTURES

FLOORS = tomllib.loads((Path(__file__).parents[1] / "quality_floors.toml").read_text("utf-8"))
_GOLD = re.compile(r"\[(PER|ORG|LOC|MISC) ([^\]]+)\]")


def gold_articles() -> list[tuple[str, set[tuple[int, int, str]]]]:
    """(plain text, gold (start, end, label)) per article of the fixture."""
    lines = [
        line
        for line in (FIXTURES / "entities" / "ner_en.txt").read_text("utf-8").splitlines()
        if not line.startswith("#")
    ]
    found = []
    for block in _blocks(lines):
        text, spans, position = "", set(), 0
        for match in _GOLD.finditer(block):
            text += block[position : match.start()]
            spans.add((len(text), len(text) + len(match.group(2)), match.group(1)))
            text += match.group(2)
            position = match.end()
        found.append((text + block[position:], spans))
    return found


def _blocks(lines: list[str]) -> list[str]:
    """An article is a headline line and a body line, separated from the next by a blank."""
    paragraphs = [p for p in "\n".join(lines).split("\n\n") if p.strip()]
    return [
        f"{paragraphs[i].strip()}\n\n{paragraphs[i + 1].strip()}"
        for i in range(0, len(paragraphs), 2)
    ]


def score() -> tuple[float, float, float]:
    right = predicted = true = 0
    for text, gold in gold_articles():
        article = analyze(text)
        assert article.language == "en"
        found = {
            (m.start, m.end, m.label)
            for e in article.entities
            for m in e.mentions
            if m.kind == "name"
        }
        right += len(found & gold)
        predicted += len(found)
        true += len(gold)
    precision, recall = right / predicted, right / true
    return precision, recall, 2 * precision * recall / (precision + recall)


def test_english_names_score_above_the_pinned_floor():
    precision, recall, f1 = score()
    assert f1 >= FLOORS["ner"]["english_fixture_f1"], (precision, recall, f1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NATO Secretary General Jens Stoltenberg spoke in Brussels.",
            {("NATO", "ORG"), ("Jens Stoltenberg", "PER"), ("Brussels", "LOC")},
        ),
        (
            "Marine Le Pen's National Rally came third.",
            {("Marine Le Pen", "PER"), ("National Rally", "ORG")},
        ),
        ("Strikes hit Frankfurt and Munich on Monday.", {("Frankfurt", "LOC"), ("Munich", "LOC")}),
        ("The Verdi union called a strike. Verdi wants more pay.", {("Verdi", "ORG")}),
        ("The Bank of England kept rates on hold.", {("Bank of England", "ORG")}),
    ],
)
def test_titles_possessives_coordination_and_organisation_words(text, expected):
    article = analyze("Headline\n\n" + text)
    found = {
        (article.text[m.start : m.end], m.label)
        for e in article.entities
        for m in e.mentions
        if m.kind == "name"
    }
    assert expected <= found
    assert not any(name in ("Monday", "The") for name, _ in found)


def test_a_quotation_s_ordinary_first_word_is_no_name():
    article = analyze('Headline\n\n"No," he said. "Moscow is wrong," she said.')
    assert {(e.name, e.label) for e in article.entities} == {("Moscow", "LOC")}
