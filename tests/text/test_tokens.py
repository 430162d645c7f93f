import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.text.tokens import tokenize


def tokens(text: str) -> list[str]:
    return [text[s:e] for s, e in tokenize(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Nato-Chef kam.", ["Der", "Nato-Chef", "kam", "."]),
        ("300.000 Soldaten, 2,5 Prozent", ["300.000", "Soldaten", ",", "2,5", "Prozent"]),
        ("am 17. März", ["am", "17", ".", "März"]),
        ("z.B. und u.a. sowie Dr. Muster", ["z.B.", "und", "u.a.", "sowie", "Dr.", "Muster"]),
        ("Rüstungs- und Wehrgüter", ["Rüstungs-", "und", "Wehrgüter"]),
        ("„Wir“, sagte er", ["„", "Wir", "“", ",", "sagte", "er"]),
        ("geht's gut", ["geht's", "gut"]),
        ("ein 17-jähriger Schüler", ["ein", "17-jähriger", "Schüler"]),
        ("Datum 2023-12", ["Datum", "2023-12"]),
        ("siehe https://beispiel.example/a?b=1.", ["siehe", "https://beispiel.example/a?b=1", "."]),
        ("Warte...", ["Warte", "..."]),
        ("Laut ndr.de und news.bbc.co.uk.", ["Laut", "ndr.de", "und", "news.bbc.co.uk", "."]),
        ("Er kam. Dann ging er.", ["Er", "kam", ".", "Dann", "ging", "er", "."]),
        ("Die Gewerkschaft ver.di streikt.", ["Die", "Gewerkschaft", "ver.di", "streikt", "."]),
        ("Er kam.Das war gut.", ["Er", "kam", ".", "Das", "war", "gut", "."]),
    ],
)
def test_german_tokens(text, expected):
    assert tokens(text) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=200))
def test_token_offsets_are_ordered_disjoint_and_cover_every_non_space(text):
    spans = tokenize(text)
    previous_end = 0
    covered = set()
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        previous_end = end
        covered.update(range(start, end))
    assert all(i in covered for i, char in enumerate(text) if not char.isspace())
