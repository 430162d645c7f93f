import pytest

from newsprism import analyze
from newsprism.ingest import read_string
from tests.conftest import EXAMPLES, analyze_all, needs_shared


def numbers(body: str, published: str = ""):
    text = ("date " + published + " " if published else "") + body
    article = analyze(read_string(text))
    return [
        (
            article.text[n.start : n.end],
            n.kind,
            n.value,
            n.unit,
            [article.text[s.start : s.end] for s in n.counted],
        )
        for n in article.numbers
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Rund 12.500 Lastwagen wurden abgefertigt.",
            [("12.500", "quantity", "12500", "", ["Lastwagen"])],
        ),
        ("Die Inflation stieg auf 2,5 Prozent.", [("2,5 Prozent", "percent", "2.5", "%", [])]),
        ("Der Bund zahlt 1,9 Mrd. Euro.", [("1,9 Mrd. Euro", "money", "1900000000", "EUR", [])]),
        ("Es kamen drei Menschen ums Leben.", [("drei", "quantity", "3", "", ["Menschen"])]),
        (
            "Hunderte von Flugzeugen gingen verloren.",
            [("Hunderte", "quantity", "hundreds", "", ["Flugzeugen"])],
        ),
        ("Die Wahl ist am 17. März 2024.", [("17. März 2024", "date", "2024-03-17", "", [])]),
        ("Seit Februar 2022 herrscht Krieg.", [("Februar 2022", "date", "2022-02", "", [])]),
        ("Der Vertrag vom 05.12.2023 gilt.", [("05.12.2023", "date", "2023-12-05", "", [])]),
        ("Das war im Jahr 2004 anders.", [("2004", "date", "2004", "", [])]),
        ("Die Frist endet am 1. Mai.", [("1. Mai", "date", "--05-01", "", [])]),
        (
            "Mehr als zehntausend Zivilisten starben.",
            [("zehntausend", "quantity", "10000", "", ["Zivilisten"])],
        ),
        (
            "Es gab zweihundertfünfzig Verletzte.",
            [("zweihundertfünfzig", "quantity", "250", "", ["Verletzte"])],
        ),
        (
            "Einundzwanzig Staaten stimmten zu.",
            [("Einundzwanzig", "quantity", "21", "", ["Staaten"])],
        ),
        ("Am Ende waren es 1,2 Millionen.", [("1,2 Millionen", "quantity", "1200000", "", [])]),
        (
            "Kiew erhält zwei Dutzend Panzer.",
            [("zwei Dutzend", "quantity", "24", "", ["Panzer"])],
        ),
        (
            "Sie liefern eine Million Granaten.",
            [("eine Million", "quantity", "1000000", "", ["Granaten"])],
        ),
        ("Nachts fiel es auf minus 15 Grad.", [("minus 15 Grad", "quantity", "-15", "°", [])]),
        ("In der Nacht war es -3 Grad kalt.", [("-3 Grad", "quantity", "-3", "°", [])]),
        (
            "Der Gipfel tagt vom 9. bis 11. Juli 2024.",
            [("9.", "date", "2024-07-09", "", []), ("11. Juli 2024", "date", "2024-07-11", "", [])],
        ),
        ("Er kam am 3.10. zurück.", [("3.10.", "date", "--10-03", "", [])]),
        ("Das Treffen ist Mitte März.", [("März", "date", "--03", "", [])]),
        (
            "Gewählt wird im April und Mai 2012.",
            [("April", "date", "2012-04", "", []), ("Mai 2012", "date", "2012-05", "", [])],
        ),
        ("Der Pegel schwankt um plus/minus 2 Meter.", [("2 Meter", "quantity", "2", "m", [])]),
        ("Die Jahre 2022-2024 waren schwer.", []),
        ("Die Hundertschaft rückte an.", []),
        ("Er erinnerte an den 2. Weltkrieg.", []),
        ("Sie belegte Platz 3.", []),
    ],
)
def test_numbers_and_dates(body, expected):
    assert numbers(body) == expected


def test_weekday_resolved_against_the_publication_date():
    assert numbers("Am Donnerstag sprach der Minister.", "2024-02-16") == [
        ("Donnerstag", "date", "2024-02-15", "", [])
    ]
    assert numbers("Am Donnerstag sprach der Minister.")[0][2] == "weekday-4"


def test_reference_article_numbers():
    (_, focus), _ = analyze_all(*sorted(needs_shared(EXAMPLES).glob("*.txt")))
    found = {(focus.text[n.start : n.end], n.value) for n in focus.numbers}
    assert {
        ("300.000", "300000"),
        ("31", "31"),
        ("17. März 2024", "2024-03-17"),
        ("Hunderte", "hundreds"),
    } <= found
    counted = {
        focus.text[n.start : n.end]: [focus.text[s.start : s.end] for s in n.counted]
        for n in focus.numbers
    }
    assert counted["300.000"] == ["Soldaten"] and counted["31"] == ["Mitgliedsstaaten"]
