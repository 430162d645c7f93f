import pytest

from newsprism import analyze
from newsprism.ingest import read_string


def numbers(body: str, published: str = ""):
    text = ("date " + published + " " if published else "") + "Officials report the figures\n"
    article = analyze(read_string(text + body))
    assert article.language == "en"
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
            "Russia has lost more than 300,000 soldiers, the officials said.",
            [("300,000", "quantity", "300000", "", ["soldiers"])],
        ),
        (
            "The alliance and its 32 member states met in the capital.",
            [("32", "quantity", "32", "", ["member states", "met"])],
        ),
        (
            "Twenty-one countries signed the treaty in the capital.",
            [("Twenty-one", "quantity", "21", "", ["countries", "signed"])],
        ),
        (
            "The fund will provide $1.9 billion to the government.",
            [("$1.9 billion", "money", "1900000000", "USD", [])],
        ),
        (
            "The strike costs the airline 5 million euros a week.",
            [("5 million euros", "money", "5000000", "EUR", [])],
        ),
        (
            "Inflation rose to 2.5 percent and wages by 3.4 per cent this year.",
            [
                ("2.5 percent", "percent", "2.5", "%", []),
                ("3.4 per cent", "percent", "3.4", "%", []),
            ],
        ),
        (
            "The army said it had shot down hundreds of drones over the city.",
            [("hundreds", "quantity", "hundreds", "", ["drones"])],
        ),
        (
            "Tens of thousands of people fled their homes after the storm.",
            [("Tens of thousands", "quantity", "tens of thousands", "", ["people", "fled"])],
        ),
        (
            "The government said a million people and a dozen towns were affected.",
            [
                ("a million", "quantity", "1000000", "", ["people", "affected"]),
                ("a dozen", "quantity", "12", "", ["towns", "affected"]),
            ],
        ),
        (
            "The temperature fell to minus 15 degrees in the north of the country.",
            [("minus 15 degrees", "quantity", "-15", "°", [])],
        ),
        (
            "The vote is on March 17, 2024, the commission said.",
            [("March 17, 2024", "date", "2024-03-17", "", [])],
        ),
        (
            "The vote is on 17 March 2024, the commission said.",
            [("17 March 2024", "date", "2024-03-17", "", [])],
        ),
        (
            "The war began in February 2022 and the talks in 2023.",
            [
                ("February 2022", "date", "2022-02", "", []),
                ("2023", "date", "2023", "", []),
            ],
        ),
        ("The summit will take place in May, Theresa May said.", [("May", "date", "--05", "", [])]),
        ("Boeing halted work on the 737 MAX at the plant.", []),
        ("He finished third in the race and then went home.", []),
    ],
)
def test_english_numbers_and_dates(body, expected):
    assert numbers(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "A third of the soldiers were wounded, the ministry said.",
            [("A third", "percent", "33.3", "%", ["soldiers", "wounded"])],
        ),
        (
            "Two-thirds of respondents supported further deliveries.",
            [("Two-thirds", "percent", "66.7", "%", ["respondents", "supported"])],
        ),
        (
            "More than half of the population now lives in poverty, the agency said.",
            [("half", "percent", "50", "%", ["population"])],
        ),
        ("Firefighters battled blazes near Athens for a third day.", []),
    ],
)
def test_english_fractions_are_shares(body, expected):
    assert numbers(body) == expected


def test_english_years_named_relative_to_the_publication_date():
    body = "Last year the government spent more, and in March this year it announced new plans."
    assert numbers(body, "2024-05-10") == [
        ("Last year", "date", "2023", "", []),
        ("March this year", "date", "2024-03", "", []),
    ]
    assert numbers("Over the last year the company has struggled.", "2024-05-10") == []
    body = "Prices rose last month, the statistics office said yesterday."
    assert numbers(body, "2024-05-10") == [
        ("last month", "date", "2024-04", "", []),
        ("yesterday", "date", "2024-05-09", "", []),
    ]


def test_an_english_weekday_resolved_against_the_publication_date():
    body = "The minister spoke on Thursday about the budget."
    assert numbers(body, "2024-02-16") == [("Thursday", "date", "2024-02-15", "", [])]
