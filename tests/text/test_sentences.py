import pytest

from newsprism import analyze
from tests.conftest import sentence_texts


def sentences(body: str) -> list[str]:
    return sentence_texts(analyze("Titel\n" + body))[1:]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Das Treffen ist z.B. für Mai geplant. Danach folgt mehr.",
            ["Das Treffen ist z.B. für Mai geplant.", "Danach folgt mehr."],
        ),
        (
            "Das Treffen ist z. B. für Mai geplant. Danach folgt mehr.",
            ["Das Treffen ist z. B. für Mai geplant.", "Danach folgt mehr."],
        ),
        (
            "Dr. Anna Muster und Prof. Karl Beispiel sprachen. Sie stimmten zu.",
            ["Dr. Anna Muster und Prof. Karl Beispiel sprachen.", "Sie stimmten zu."],
        ),
        (
            "Die Wahl findet am 17. März 2024 statt. Sie gilt als offen.",
            ["Die Wahl findet am 17. März 2024 statt.", "Sie gilt als offen."],
        ),
        (
            "Die Frist endet am 1. Mai. Dann wird entschieden.",
            ["Die Frist endet am 1. Mai.", "Dann wird entschieden."],
        ),
        (
            "Er erinnerte an den 2. Weltkrieg und seine Folgen. Niemand widersprach.",
            ["Er erinnerte an den 2. Weltkrieg und seine Folgen.", "Niemand widersprach."],
        ),
        (
            "Das war im Jahr 2022. Danach änderte sich viel.",
            ["Das war im Jahr 2022.", "Danach änderte sich viel."],
        ),
        (
            "Es kamen rund 300.000 Menschen. Die Polizei zählte weniger.",
            ["Es kamen rund 300.000 Menschen.", "Die Polizei zählte weniger."],
        ),
        (
            "J. Muster leitet die Behörde seit 2019. Sie ist beliebt.",
            ["J. Muster leitet die Behörde seit 2019.", "Sie ist beliebt."],
        ),
        ("„Das ist gut.“ Er lächelte.", ["„Das ist gut.“", "Er lächelte."]),
        (
            "„Ist das gut?“, fragte er. Niemand antwortete.",
            ["„Ist das gut?“, fragte er.", "Niemand antwortete."],
        ),
        (
            "»Wir warten ab.« So lautete die Antwort.",
            ["»Wir warten ab.«", "So lautete die Antwort."],
        ),
        (
            "„Das ist ein Anfang. Und es ist zu wenig“, sagte sie.",
            ["„Das ist ein Anfang.", "Und es ist zu wenig“, sagte sie."],
        ),
        ("Er sagte: „Wir kommen.“ Dann ging er.", ["Er sagte: „Wir kommen.“", "Dann ging er."]),
        (  # a brand written in lower case may open a sentence
            "Der Rekord fiel. eBay bestätigte das.",
            ["Der Rekord fiel.", "eBay bestätigte das."],
        ),
        (  # a dash and a lowercase word after the marks continue the sentence
            "„Wir kommen!“ – rief sie. – Niemand kam.",
            ["„Wir kommen!“ – rief sie.", "– Niemand kam."],
        ),
        (
            "Die Zahl stieg (auf 12 Prozent.) Danach sank sie.",
            ["Die Zahl stieg (auf 12 Prozent.)", "Danach sank sie."],
        ),
        ("Warum? Weil es so ist! Punkt.", ["Warum?", "Weil es so ist!", "Punkt."]),
        ("Er zögerte … und sagte dann ja.", ["Er zögerte … und sagte dann ja."]),
        (
            "Sie nannte das Projekt (u.a. wegen der Kosten) riskant. Andere nicht.",
            ["Sie nannte das Projekt (u.a. wegen der Kosten) riskant.", "Andere nicht."],
        ),
        (  # a one-letter name ends the sentence; an initial before a surname does not
            "Sie schrieb auf der Plattform X. Danach schwieg sie. Auch J. Brandvik kam.",
            ["Sie schrieb auf der Plattform X.", "Danach schwieg sie.", "Auch J. Brandvik kam."],
        ),
        (
            "Mehr unter www.beispiel.example/info. Das ist alles.",
            ["Mehr unter www.beispiel.example/info.", "Das ist alles."],
        ),
        (  # a quotation that opens in lower case goes on the sentence; one in capitals opens
            "Sie sagte, Benedikt XVI. „ist ein Denker“. Er kam. „Wir gehen“, sagte er.",
            ["Sie sagte, Benedikt XVI. „ist ein Denker“.", "Er kam.", "„Wir gehen“, sagte er."],
        ),
    ],
)
def test_german_sentence_boundaries(body, expected):
    assert sentences(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Berlin (dpa) - Die Kanzlerin reist ab. Sie kommt wieder.",
            ["Berlin (dpa) -", "Die Kanzlerin reist ab.", "Sie kommt wieder."],
        ),
        (
            "Korvenstadt/Berlin, 5. März (dpa/AFP) – „Wir helfen“, sagte sie.",
            ["Korvenstadt/Berlin, 5. März (dpa/AFP) –", "„Wir helfen“, sagte sie."],
        ),
        ("KORVENSTADT – Der Minister reist ab.", ["KORVENSTADT –", "Der Minister reist ab."]),
        ("Berlin (dpa) Die Kanzlerin reist ab.", ["Berlin (dpa)", "Die Kanzlerin reist ab."]),
        # one place and a dash, as online reports without an agency write it
        ("Hamburg - Die Bahn erhöht die Preise.", ["Hamburg -", "Die Bahn erhöht die Preise."]),
        ("Hamburg - die Stadt wächst.", ["Hamburg - die Stadt wächst."]),
        # no agency in the brackets, or the text goes on in lower case: no dateline
        (
            "Karla Weiß (SPD) - Die Kanzlerin - reist ab.",
            ["Karla Weiß (SPD) - Die Kanzlerin - reist ab."],
        ),
        ("NATO – das ist ein Bündnis.", ["NATO – das ist ein Bündnis."]),
    ],
)
def test_a_dateline_that_opens_a_paragraph_is_a_sentence_of_its_own(body, expected):
    assert sentences(body) == expected


def test_sentences_never_cross_paragraphs():
    article = analyze("Titel\nEin Absatz ohne Punkt\n\nZweiter Absatz. Mit zwei Sätzen.")
    assert sentence_texts(article) == [
        "Titel",
        "Ein Absatz ohne Punkt",
        "Zweiter Absatz.",
        "Mit zwei Sätzen.",
    ]


def test_english_sentences():
    article = analyze(
        "Border talks\nMr. Smith met Dr. Jones in the U.S. capital on Friday. They agreed. "
        '"We are close," he said. Talks resume Jan. 5. Brandvik wrote on X. Kuleba agreed, as '
        "George W. Bush did."
    )
    assert article.language == "en"
    assert sentence_texts(article)[1:] == [
        "Mr. Smith met Dr. Jones in the U.S. capital on Friday.",
        "They agreed.",
        '"We are close," he said.',
        "Talks resume Jan. 5.",
        "Brandvik wrote on X.",  # the platform ends the sentence; an initial does not
        "Kuleba agreed, as George W. Bush did.",
    ]
