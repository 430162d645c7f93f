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
            [("12.500", "quantity", "12500", "", ["Lastwagen", "abgefertigt"])],
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
            [("zehntausend", "quantity", "10000", "", ["Zivilisten", "starben"])],
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


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Ein Drittel der Soldaten wurde nach Angaben des Ministeriums verwundet.",
            [("Ein Drittel", "percent", "33.3", "%", ["Soldaten"])],
        ),
        (
            "Zwei Drittel aller Befragten waren in der Umfrage für weitere Lieferungen.",
            [("Zwei Drittel", "percent", "66.7", "%", ["Befragten"])],
        ),
        (
            "Mehr als die Hälfte der Bevölkerung lebt nach Angaben der UNO in Armut.",
            [("die Hälfte", "percent", "50", "%", ["Bevölkerung"])],
        ),
        # a quarter of a town and the second half of a year are no shares
        ("Er wohnt seit vielen Jahren in einem Viertel im Norden der Stadt.", []),
        ("In der zweiten Hälfte des Jahres sank die Produktion der Fabrik deutlich.", []),
    ],
)
def test_fractions_are_shares(body, expected):
    assert numbers(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Im März dieses Jahres hatte die Regierung in Berlin neue Hilfen beschlossen.",
            [("März dieses Jahres", "date", "2024-03", "", [])],
        ),
        (
            "Am 17. März dieses Jahres begann die Untersuchung der Behörden in der Stadt.",
            [("17. März dieses Jahres", "date", "2024-03-17", "", [])],
        ),
        (
            "Seit Februar des vergangenen Jahres ermitteln die Behörden in der Stadt.",
            [("Februar des vergangenen Jahres", "date", "2023-02", "", [])],
        ),
        (
            "Im vergangenen Jahr stieg der Umsatz stärker als im Vorjahr, teilte die Firma mit.",
            [("vergangenen Jahr", "date", "2023", "", []), ("Vorjahr", "date", "2023", "", [])],
        ),
        ("Im letzten Jahr seiner Amtszeit reiste der Präsident durch viele Länder.", []),
        (
            "Im vergangenen Monat stiegen die Preise, wie das Amt gestern mitteilte.",
            [
                ("vergangenen Monat", "date", "2024-04", "", []),
                ("gestern", "date", "2024-05-09", "", []),
            ],
        ),
        (
            "Heute beraten die Minister in Berlin über den Haushalt der Stadt.",
            [("Heute", "date", "2024-05-10", "", [])],
        ),
        # "now", not a day
        ("Bis heute bestreitet der Minister in Berlin den Vorwurf der Opposition.", []),
    ],
)
def test_years_named_relative_to_the_publication_date(body, expected):
    assert numbers(body, "2024-05-10") == expected
    assert all("20" not in value for _, _, value, _, _ in numbers(body))  # without a date


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
    assert counted["300.000"] == ["Soldaten", "getötet oder verwundet"]  # the example
    assert counted["31"] == ["Mitgliedsstaaten"] and counted["Hunderte"] == [
        "Flugzeugen",
        "verloren",
    ]
