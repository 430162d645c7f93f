import pytest

from newsprism import analyze
from newsprism.entities.grouping import group_mentions
from newsprism.entities.resolve import _consistent, _sentence_words, find_entities
from newsprism.model import Mention
from tests.conftest import EXAMPLES, analyze_all, needs_shared

TEXT = (
    "Jens Brandvik traf die NATO. Brandvik lobte die Nato. "
    "Brandvik reiste nach Valmora und Valmoras Hafen."
)


def mention(word: str, label: str, occurrence: int = 0) -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(word, start + 1)
    return Mention(start, start + len(word), "name", label)


def test_grouping_by_surname_case_and_genitive():
    mentions = [
        mention("Jens Brandvik", "PER"),
        mention("Brandvik", "PER", 1),
        mention("NATO", "ORG"),
        mention("Nato", "ORG"),
        mention("Valmora", "LOC"),
        mention("Valmoras", "LOC"),
    ]
    groups = {(e.name, e.label, len(e.mentions)) for e in group_mentions(TEXT, mentions)}
    assert groups == {("Jens Brandvik", "PER", 2), ("NATO", "ORG", 2), ("Valmora", "LOC", 2)}


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Ilse Brandvik", "Paul Brandvik", "Brandvik"], {"Ilse Brandvik": 2, "Paul Brandvik": 1}),
        (["I. Brandvik", "Ilse Brandvik"], {"Ilse Brandvik": 2}),  # an initial; the name spelt out
        (["Jassir Brandvik", "Yassir Brandvik"], {"Jassir Brandvik": 2}),  # a transliteration
        (["Franz-Josef Brandvik", "Franz Josef Brandvik"], {"Franz Josef Brandvik": 2}),
        (["Karl van der Brandvik", "van der Brandvik"], {"Karl van der Brandvik": 2}),  # a tail
        (["Dr. Ilse Brandvik", "Ilse Brandvik"], {"Dr. Ilse Brandvik": 2}),
        # a family name first ("Wang Yi"), or a first name used alone, when no name ends with it
        (["Wang Yi", "Wang"], {"Wang Yi": 2}),
        (["Ilse Brandvik", "Ilse"], {"Ilse Brandvik": 2}),
        # a surname wins over a first name: "Wang" is Li Wang's, not Wang Yi's
        (["Wang Yi", "Li Wang", "Wang"], {"Wang Yi": 1, "Li Wang": 2}),
    ],
)
def test_people_of_one_surname_are_one_only_if_their_first_names_agree(names, expected):
    text = " und ".join(names) + "."
    mentions, start = [], 0
    for name in names:
        start = text.index(name, start)
        mentions.append(Mention(start, start + len(name), "name", "PER"))
        start += len(name)
    assert {e.name: len(e.mentions) for e in group_mentions(text, mentions)} == expected


def test_a_person_s_genitive_joins_the_full_name():
    text = "Jens Brandvik sprach. Brandviks Rede war kurz."
    names = [Mention(0, 13, "name", "PER"), Mention(22, 31, "name", "PER")]
    assert [(e.name, len(e.mentions)) for e in group_mentions(text, names)] == [
        ("Jens Brandvik", 2)
    ]


@pytest.mark.parametrize(
    ("name", "label", "lemma", "expected"),
    [
        ("Washingtons", "LOC", "Washington", "Washington"),  # the morphology's lemma
        ("Kiews", "LOC", "Kiews", "Kiew"),  # the gazetteer knows "Kiew"
        ("Nick Brauns", "PER", "Braun", "Nick Brauns"),  # a person's name is left as it is
        ("Paris", "LOC", "Paris", "Paris"),  # the gazetteer knows the name itself
        ("Valmoras", "LOC", "Valmoras", "Valmoras"),  # nothing knows "Valmora"
    ],
)
def test_a_name_met_only_in_the_genitive_is_named_without_the_s(name, label, lemma, expected):
    from newsprism.entities.resolve import _without_genitive

    assert _without_genitive(name, label, lemma) == expected


def test_an_entity_met_only_in_the_genitive_is_named_in_the_nominative():
    article = analyze("Titel\nWashingtons Vorgehen sei gefährlich, sagte der General.")
    assert "Washington" in {e.name for e in article.entities}


def test_a_name_declined_after_an_article_is_named_as_it_is_called():
    article = analyze(
        "Titel\nDie Deutsche Bahn teilte mit, der Zug falle aus. Ein Sprecher der Deutschen "
        "Bahn sagte, man prüfe das. Er lobte die Arbeit des Deutschen Roten Kreuzes und der "
        "Vereinten Nationen."
    )
    entities = {e.name: len(e.mentions) for e in article.entities if e.label == "ORG"}
    assert entities["Deutsche Bahn"] >= 2 and "Deutschen Bahn" not in entities
    assert "Deutsche Rote Kreuz" in entities
    # an adjective the lexicon reads as a noun ("die Nordische"), declined the same way
    named = analyze("Titel\nDer Chef der Nordischen Küstenallianz sagte, es sei ernst.")
    assert [e.name for e in named.entities] == ["Nordische Küstenallianz"]
    assert "Vereinten Nationen" in entities  # a plural keeps its ending in every case
    assert [q.speaker_name for q in article.quotes][:2] == ["Deutsche Bahn", "Deutsche Bahn"]


@pytest.mark.parametrize(
    ("one", "other", "alike"),
    [
        ("deutsche bahn", "deutschen bahn", True),
        ("deutsches rotes kreuz", "deutschen roten kreuzes", True),
        ("deutsche bahn", "deutsche bank", False),
        ("bahn", "bahnen", False),  # one word: no adjective to decline
    ],
)
def test_names_declined_alike(one, other, alike):
    from newsprism.entities.grouping import _declined_alike

    assert _declined_alike(one.split(" "), other.split(" ")) is alike


@pytest.mark.parametrize(
    ("body", "name", "speaker_name"),
    [
        # a bare name after a noun with its article is that noun's genitive
        (
            "Die Lage ist nach den Worten Merkels ernst, und die Regierung prüft weitere Schritte.",
            "Merkel",
            "Merkel",
        ),
        ("Die Rede Obamas war nach Ansicht vieler Beobachter lang und deutlich.", "Obama", None),
        # after a noun naming a person it is an apposition, unless the article is indefinite
        ("Der Trainer Thomas sagte, es sei gut.", "Thomas", "Thomas"),
        ("Ein Berater Trumps traf sich am Montag mit Journalisten in Berlin.", "Trump", None),
    ],
)
def test_a_person_named_only_in_the_genitive_after_a_noun(body, name, speaker_name):
    article = analyze("Titel\n" + body)
    entity = next(e for e in article.entities if e.label == "PER")
    assert entity.name == name
    if speaker_name:
        assert [q.speaker_name for q in article.quotes] == [speaker_name]
    else:  # "Die Rede" is no description of Obama
        assert [m.kind for m in entity.mentions] == ["name"]


def test_a_surname_seen_in_a_full_name_is_a_person_everywhere():
    mentions = [mention("Jens Brandvik", "PER"), mention("Brandvik", "LOC", 2)]
    assert [m.label for m in _consistent(TEXT, mentions)] == ["PER", "PER"]


def test_reference_articles_resolve_stoltenberg():
    articles, _ = analyze_all(*sorted(needs_shared(EXAMPLES).glob("*.txt")))
    rt, focus = articles
    for article, expected in (
        (rt, {"der Nato-Chef", "er"}),
        (focus, {"der Norweger", "der Generalsekretär", "er"}),
    ):
        entity = next(e for e in article.entities if e.name == "Jens Stoltenberg")
        described = {article.text[m.start : m.end] for m in entity.mentions if m.kind != "name"}
        assert expected <= described
        stoltenberg_quotes = [q for q in article.quotes if q.speaker_entity == entity.id]
        assert stoltenberg_quotes and all(
            q.speaker_name == "Jens Stoltenberg" for q in stoltenberg_quotes
        )


def test_a_one_word_person_that_cldr_knows_as_a_city_is_a_place():
    text = "Nun gehe Kiew die Munition aus, sagte Olaf Berlin. Berlin lachte."
    mentions = [
        Mention(9, 13, "name", "PER"),  # Kiew
        Mention(38, 49, "name", "PER"),  # Olaf Berlin
        Mention(51, 57, "name", "PER"),  # Berlin, his surname
    ]
    assert [text[m.start : m.end] for m in mentions] == ["Kiew", "Olaf Berlin", "Berlin"]
    assert [m.label for m in _consistent(text, mentions)] == ["LOC", "PER", "PER"]


def test_a_one_word_person_that_cldr_knows_as_a_country_in_the_genitive_is_a_place():
    text = "Der Präsident Kenias reiste ab. Adams lachte."
    mentions = [Mention(14, 20, "name", "PER"), Mention(32, 37, "name", "PER")]
    assert [text[m.start : m.end] for m in mentions] == ["Kenias", "Adams"]
    assert [m.label for m in _consistent(text, mentions)] == ["LOC", "PER"]


def test_a_one_word_person_cldr_knows_in_another_transliteration_is_a_place():
    text = "Selenskyj reiste nach Kyjiw. Cameron lachte."
    mentions = [Mention(22, 27, "name", "PER"), Mention(29, 36, "name", "PER")]
    assert [text[m.start : m.end] for m in mentions] == ["Kyjiw", "Cameron"]
    assert [m.label for m in _consistent(text, mentions)] == ["LOC", "PER"]


def test_a_one_word_person_the_article_puts_after_in_is_a_place():
    text = "Hilfe für Valmora. Das Regime in Valmora zögert. Olaf Brandt war in Brandt."
    mentions = [
        Mention(10, 17, "name", "PER"),  # Valmora
        Mention(33, 40, "name", "PER"),  # in Valmora
        Mention(49, 60, "name", "PER"),  # Olaf Brandt
        Mention(68, 74, "name", "PER"),  # in Brandt: his surname stays a person's
    ]
    names = ["Valmora", "Valmora", "Olaf Brandt", "Brandt"]
    assert [text[m.start : m.end] for m in mentions] == names
    assert [m.label for m in _consistent(text, mentions)] == ["LOC", "LOC", "PER", "PER"]


def test_an_office_tagged_as_a_name_before_a_person_is_their_title():
    # the tagger reads "Kremlsprecher Peskow" here as two persons
    article = analyze("Titel\n\nDas sei absurd, sagte Kremlsprecher Peskow der Zeitung.")
    assert {e.name for e in article.entities} == {"Peskow"}
    (quote,) = article.quotes
    assert quote.speaker_name == "Peskow"


@pytest.mark.parametrize(
    ("between", "name"),
    [("", "Selenskyj"), (" Die Lage ist ernst. Der Winter kommt.", "")],
)
def test_a_pronoun_speaker_is_the_person_named_in_the_sentence_before(between, name):
    article = analyze(
        "Titel\n\nSelenskyj dankte den Partnern für die Hilfe."
        + between
        + " „Wir werden siegen“, schrieb er."
    )
    (quote,) = article.quotes
    assert quote.speaker_name == name


def test_a_headline_word_does_not_describe_the_name_that_opens_the_text():
    article = analyze("Streit um den Hafen\n\nBrandvik sagte, die Lage sei ernst.")
    described = [m for e in article.entities for m in e.mentions if m.kind == "description"]
    assert described == []


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        (
            "Wie die Deutsche Presse-Agentur (dpa) meldete, ist die Lage ernst.",
            "Deutsche Presse-Agentur",
            "dpa",
        ),
        (
            "Die Europäische Zentralbank (EZB) senkte den Zins. Die EZB prüft weiter.",
            "Europäische Zentralbank",
            "EZB",
        ),
    ],
)
def test_an_abbreviation_in_brackets_joins_the_name_before_it(text, name, short):
    article = analyze("Titel\n\n" + text)
    (entity,) = [e for e in article.entities if e.name == name]
    assert short in {article.text[m.start : m.end] for m in entity.mentions}
    assert not any(e.name == short for e in article.entities)


def test_reference_articles_find_every_person_organisation_and_place():
    """The names in the two reference articles, as a reader would list them."""
    articles, _ = analyze_all(*sorted(needs_shared(EXAMPLES).glob("*.txt")))
    rt, focus = articles
    for article, expected in (
        (
            rt,
            {
                ("Jens Stoltenberg", "PER"),
                ("Wladimir Putin", "PER"),
                ("Valery Gerasimov", "PER"),
                ("NATO", "ORG"),
                ("Ukraine", "LOC"),
                ("Russland", "LOC"),
                ("Brüssel", "LOC"),
                ("Kiew", "LOC"),
                ("Finnland", "LOC"),
                ("Schweden", "LOC"),
                ("Moskau", "LOC"),
                ("Europa", "LOC"),
            },
        ),
        (
            focus,
            {
                ("Jens Stoltenberg", "PER"),
                ("Putin", "PER"),
                ("NATO", "ORG"),
                ("EU", "ORG"),
                ("Ukraine", "LOC"),
                ("Russland", "LOC"),
                ("Moskau", "LOC"),
                ("Europa", "LOC"),
                ("Deutschland", "LOC"),
            },
        ),
    ):
        found = {(e.name, e.label) for e in article.entities}
        assert expected <= found, expected - found
    assert any(e.name.startswith("Deutsche") and e.label == "ORG" for e in focus.entities)
    assert not any(e.name.startswith("Washington") and e.label == "PER" for e in rt.entities)
    assert not any(e.name == "Schlachtfeld" for e in rt.entities)  # "auf dem Schlachtfeld"


@pytest.mark.parametrize(
    ("body", "speaker_name"),
    [
        # someone close to a person speaks, not the person named
        ("Donald Trump traf Putin. Ein Berater Trumps sagte, die Lage sei ernst.", ""),
        ("Ein Sprecher von Putin sagte, die Lage sei ernst.", ""),
        ("Die Frau des Präsidenten Joe Biden sagte, sie sei stolz.", ""),
        # ... and the name after such a mention is the speaker's own
        (
            "Der Sprecher von Bundeskanzler Olaf Scholz, Steffen Hebestreit, sagte, es sei gut.",
            "Steffen Hebestreit",
        ),
        # an apposition names the speaker; an organisation speaks through its spokesman
        ("Der Trainer Thomas Brandvik sagte, es sei gut.", "Thomas Brandvik"),
        ("Der Chef des Verwaltungsrats Ulrich Brandvik sagte, es sei gut.", "Ulrich Brandvik"),
        ("Ein Sprecher von Siemens sagte, die Lage sei ernst.", "Siemens"),
    ],
)
def test_a_person_close_to_the_one_named_is_not_that_person(body, speaker_name):
    article = analyze("Titel\n" + body)
    assert [q.speaker_name for q in article.quotes][:1] == [speaker_name]
    people = [
        article.text[m.start : m.end]
        for e in article.entities
        if e.label == "PER"
        for m in e.mentions
    ]
    assert not [mention for mention in people if mention.startswith(("Ein ", "Die Frau"))]


@pytest.mark.parametrize(
    ("body", "speaker_name"),
    [
        # a company described, with no organisation that spoke before: the one named last
        (
            "Hamburg - Die Deutsche Bahn erhöht die Preise. Das teilte das Unternehmen mit.",
            "Deutsche Bahn",
        ),
        (
            "Der Autobauer Volkswagen streicht Stellen. Der Konzern sagte, das sei nötig.",
            "Volkswagen",
        ),
        ("Die Lage ist ernst. Der Konzern sagte, das sei nötig.", ""),
    ],
)
def test_a_company_described_is_the_organisation_named_before(body, speaker_name):
    article = analyze("Titel\n" + body)
    assert [q.speaker_name for q in article.quotes] == [speaker_name]


def test_a_headline_person_the_text_writes_with_an_article_is_none():
    article = analyze(
        "Kreml weist Vorwürfe zurück\n\nMoskau (dpa) - Der Kreml hat Vorwürfe der Regierung "
        "zurückgewiesen. Kremlsprecher Dmitri Peskow sagte, die Anschuldigungen seien haltlos."
    )
    labels = {e.name: e.label for e in article.entities}
    assert labels["Kreml"] in {"ORG", "LOC"} and labels["Dmitri Peskow"] == "PER"
    # a name in the genitive takes an article, and a compound is no article's noun
    for body in (
        "Johannes predigte lange. Die Offenbarung des Johannes ist dunkel.",
        "Merkel sagte, es sei gut. Die Merkel-Regierung lachte.",
    ):
        people = {e.name for e in analyze("Titel\n" + body).entities if e.label == "PER"}
        assert people & {"Johannes", "Merkel"}


@pytest.mark.parametrize(
    ("word", "kept"),
    [
        ("Schlachtfeld", False),  # two common nouns: no place
        ("Donaudelta", True),  # a name and a noun: a place the tagger missed once
    ],
)
def test_a_common_noun_tagged_once_and_written_plainly_again_is_no_name(word, kept):
    article = analyze(f"Titelzeile\nSie siegten auf dem {word}. Es blieb still auf dem {word}.")
    words = _sentence_words(article)
    first = next(number for number, sentence in enumerate(words) if word in sentence)
    labels = [
        ["B-LOC" if w == word and number == first else "O" for w in sentence]
        for number, sentence in enumerate(words)
    ]
    names = {e.name for e in find_entities(article, labels)}
    assert (word in names) is kept


@pytest.mark.parametrize(
    ("body", "word", "tagged", "found"),
    [
        # a one-word name and a person's surname, tagged once and missed the second time
        ("Mussawi sprach. Danach jubelten Anhänger von Mussawi.", "Mussawi", ["B-PER"], 2),
        (
            "Ilse Valdrun siegte. Alle wollten gegen Valdrun antreten.",
            "Valdrun",
            ["B-PER", "I-PER"],
            1,
        ),
        # a common noun the tagger took for a name once stays alone
        ("Die Athletin siegte. Die nächste Athletin wurde Zweite.", "Athletin", ["B-PER"], 1),
    ],
)
def test_a_name_tagged_once_is_found_where_the_tagger_missed_it(body, word, tagged, found):
    article = analyze("Titelzeile\n" + body)
    words = _sentence_words(article)
    first = next(number for number, sentence in enumerate(words) if word in sentence)
    labels = [["O"] * len(sentence) for sentence in words]
    end = words[first].index(word) + 1
    labels[first][end - len(tagged) : end] = tagged
    mentions = [
        article.text[m.start : m.end] for e in find_entities(article, labels) for m in e.mentions
    ]
    assert mentions.count(word) == found


def organisations(body: str) -> dict[str, list[str]]:
    article = analyze(body)
    return {
        e.name: [article.text[m.start : m.end] for m in e.mentions]
        for e in article.entities
        if e.label == "ORG"
    }


def test_an_organisation_named_by_its_kind_is_that_organisation():
    found = organisations(
        "Allianz berät\nDie NATO will der Ukraine weiter helfen. Das Bündnis trifft sich am "
        "Donnerstag in Brüssel, sagte ein Sprecher. Die Nordatlantische Allianz sei stark."
    )
    nato = next(mentions for name, mentions in found.items() if "NATO" in mentions)
    assert {"NATO", "Das Bündnis", "Nordatlantische Allianz"} <= set(nato)
    found = organisations(
        "Bank meldet Gewinn\nDie Valdruner Handelsbank hat ihren Gewinn verdoppelt. Die Bank "
        "will nun Filialen eröffnen, teilte der Vorstand in Frankfurt mit."
    )
    assert "Die Bank" in found["Valdruner Handelsbank"]


@pytest.mark.parametrize(
    "body",
    [
        # two of the kind: "die Bank" is neither
        "Banken fusionieren\nDie Valdruner Handelsbank und die Korvener Volksbank wollen "
        "fusionieren. Die Bank in Frankfurt teilte das am Montag mit.",
        # an adjective of origin names another one ("der libanesischen Armee")
        "Armee zieht ab\nDie Valdrunische Volksarmee zieht aus dem Grenzgebiet ab. Die "
        "libanesische Armee rückt nach, sagte ein Sprecher am Montag in Beirut.",
        # several, not one
        "Parteien beraten\nDie Valdruner Volkspartei lädt ein. Die Parteien beraten am "
        "Montag in Berlin über den Haushalt des kommenden Jahres.",
    ],
)
def test_a_kind_noun_that_could_name_another_organisation_is_left_alone(body):
    for name, mentions in organisations(body).items():
        assert not any(
            m.lower().startswith(("die bank", "die libanesische", "die parteien")) for m in mentions
        ), name


def test_an_english_organisation_named_by_its_kind_is_that_organisation():
    article = analyze(
        "NATO chief urges more aid\nNATO Secretary General Jens Stoltenberg urged allies to "
        "send more weapons. The alliance has 31 members, he said in Brussels on Thursday."
    )
    nato = next(e for e in article.entities if e.name == "NATO")
    assert "The alliance" in [article.text[m.start : m.end] for m in nato.mentions]


def test_a_seat_of_government_the_tagger_missed_is_an_organisation():
    found = organisations(
        "Moskau weist Vorwürfe zurück\nDer Kreml wies die Vorwürfe am Montag zurück. Ein "
        "Sprecher des Pentagons sagte, man prüfe die Lage in der Region."
    )
    assert found["Kreml"] == ["Kreml"]
    assert "Pentagons" in found["Pentagon"]


def test_a_dateline_in_capitals_does_not_name_the_place():
    text = "BRUSSELS - The minister spoke in Brussels. NATO and Nato agreed."
    mentions = [
        Mention(0, 8, "name", "LOC"),
        Mention(33, 41, "name", "LOC"),
        Mention(43, 47, "name", "ORG"),
        Mention(52, 56, "name", "ORG"),
    ]
    assert [text[m.start : m.end] for m in mentions] == ["BRUSSELS", "Brussels", "NATO", "Nato"]
    assert [e.name for e in group_mentions(text, mentions)] == ["Brussels", "NATO"]
