"""What a quantity is said to have done or suffered, kept with the phrase it counts."""

import pytest

from newsprism import analyze
from newsprism.ingest import read_string

HEADLINES = {"de": "Schwere Unwetter in der Region", "en": "Officials report the figures"}


def claims(body: str, language: str = "de") -> dict[str, list[str]]:
    article = analyze(read_string(HEADLINES[language] + "\n" + body))
    assert article.language == language
    return {
        article.text[n.start : n.end]: [article.text[s.start : s.end] for s in n.counted]
        for n in article.numbers
    }


@pytest.mark.parametrize(
    ("body", "number", "counted"),
    [
        (
            "Nach Angaben der Behörden seien 300.000 Soldaten getötet oder verwundet worden.",
            "300.000",
            ["Soldaten", "getötet oder verwundet"],
        ),
        (
            "Zwölf Menschen wurden bei dem Unglück am Montag schwer verletzt.",
            "Zwölf",
            ["Menschen", "bei dem Unglück am Montag schwer verletzt"],
        ),
        (
            "Bei dem Anschlag in der Hauptstadt wurden drei Menschen getötet.",
            "drei",
            ["Menschen", "getötet"],
        ),
        (
            "Hunderte von Flugzeugen und Tausende von Panzern seien verloren, sagte er.",
            "Tausende",
            ["Panzern", "verloren"],
        ),
        ("Mehr als 300 Menschen starben.", "300", ["Menschen", "starben"]),
        (
            "Seit Januar seien mehr als 40.000 Tonnen Getreide nicht ausgeliefert worden.",
            "40.000 Tonnen",
            ["Getreide", "nicht ausgeliefert"],
        ),
        (
            "Bei dem Unfall sind zwei Menschen ums Leben gekommen.",
            "zwei",
            ["Menschen", "ums Leben gekommen"],
        ),
        # a duration claims nothing
        ("Seit zwei Jahren wurde die Brücke am Fluss gebaut.", "zwei", ["Jahren"]),
        # an idiom, a separable verb and a clause that ends in its verb claim nothing
        ("Drei Menschen kamen bei dem Unglück ums Leben, sagte die Polizei.", "Drei", ["Menschen"]),
        ("Die Polizei nahm am Abend 34 Randalierer fest.", "34", ["Randalierer"]),
        ("Es ist ein Sturm, der 30 Hotels an der Küste betrifft.", "30", ["Hotels"]),
    ],
)
def test_a_quantity_keeps_what_the_clause_claims_of_it(body, number, counted):
    assert claims(body)[number] == counted


@pytest.mark.parametrize(
    ("body", "number", "counted"),
    [
        (
            "The ministry said 300,000 soldiers were killed or wounded in the war.",
            "300,000",
            ["soldiers", "killed or wounded"],
        ),
        ("At least 12 people died, the agency said on Monday.", "12", ["people", "died"]),
        (
            "Police detained 30 people near the square, the interior ministry said.",
            "30",
            ["people", "detained"],
        ),
        (
            "More than 30,000 machinists walked off the job at the plant on Friday.",
            "30,000",
            ["machinists", "walked off"],
        ),
        # the verb before a subject is the reporting one, not the claim
        ("The navy said two fishing boats were missing after the storm.", "two", ["fishing boats"]),
    ],
)
def test_an_english_quantity_keeps_what_the_clause_claims_of_it(body, number, counted):
    assert claims(body, "en")[number] == counted
