"""Whom a pronoun or description speaker is resolved to (``Quote.speaker_name``)."""

import pytest

from newsprism import analyze


def names(body: str) -> list[tuple[str, str]]:
    """Each quotation's local speaker mention and resolved name."""
    article = analyze("Titel\n\n" + body)
    return [
        (" ".join(article.text[s.start : s.end] for s in q.speaker), q.speaker_name)
        for q in article.quotes
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the title the article introduced the person with, not the last speaker
            "Präsident Tomas Varga empfing Kanzlerin Karla Weiß in Korvenstadt. „Wir helfen“, "
            "sagte Weiß. Die Lage sei schwierig, räumte der Präsident ein.",
            [("Weiß", "Karla Weiß"), ("der Präsident", "Tomas Varga")],
        ),
        (  # a person who became the topic after the last quotation
            "„Wir helfen“, sagte Kanzlerin Karla Weiß. Regierungssprecher Paul Brandvik "
            "kritisierte die Pläne scharf. Die Waffen würden den Krieg nur verlängern, sagte er.",
            [("Kanzlerin Karla Weiß", "Karla Weiß"), ("er", "Paul Brandvik")],
        ),
        (  # a person in the genitive is no topic: the pronoun stays with the last speaker
            "„Wir helfen“, sagte Paul Brandvik. Die Wahl Vargas gilt als sicher. Die Lage sei "
            "ernst, sagte er.",
            [("Paul Brandvik", "Paul Brandvik"), ("er", "Paul Brandvik")],
        ),
        (  # a group is no person, and does not take the topic's name
            "Paul Brandvik besuchte das Dorf. Die Lage sei ernst, sagten die Bewohner.",
            [("die Bewohner", "")],
        ),
        (  # a source is no person, and does not take the last speaker's name
            "„Wir helfen“, sagte Paul Brandvik. Nach Angaben des Ministeriums seien 40 Soldaten "
            "getötet worden.",
            [("Paul Brandvik", "Paul Brandvik"), ("Angaben des Ministeriums", "")],
        ),
        (  # the head of "das Auswärtige Amt" is "Amt", an institution
            "„Wir helfen“, sagte Karla Weiß. Wie das Auswärtige Amt mitteilte, reist sie ab.",
            [("Karla Weiß", "Karla Weiß"), ("das Auswärtige Amt", "")],
        ),
        (  # an age describes the person: "der 62-Jährige", and "der 81-jährige" misspelt
            "„Wir helfen“, sagte Paul Brandvik. Der 62-Jährige betonte: „Wir handeln.“ Am Montag "
            "sagte der 62-jährige in einem Interview, die Lage sei ernst.",
            [
                ("Paul Brandvik", "Paul Brandvik"),
                ("Der 62-Jährige", "Paul Brandvik"),
                ("der 62-jährige", "Paul Brandvik"),
            ],
        ),
        (  # "die 30-Jährige" is one woman, the topic; "Aus Regierungskreisen" no one
            "Die Ministerin Karla Weiß forderte mehr Tempo. Die Regierung müsse handeln, so die "
            "30-Jährige. Aus Regierungskreisen hieß es, man prüfe die Vorschläge.",
            [
                ("Die Ministerin Karla Weiß", "Karla Weiß"),
                ("die 30-Jährige", "Karla Weiß"),
                ("Aus Regierungskreisen", ""),
            ],
        ),
        (  # "his own words" are the last speaker's
            "„Wir helfen“, sagte Paul Brandvik. Seiner Meinung nach sei die Lage ernst.",
            [("Paul Brandvik", "Paul Brandvik"), ("Seiner Meinung", "Paul Brandvik")],
        ),
        (  # "Ihr zufolge" is a pronoun like "sie", not a name
            "„Wir helfen“, sagte Kanzlerin Karla Weiß. Ihr zufolge trägt Valmora eine besondere "
            "Verantwortung.",
            [("Kanzlerin Karla Weiß", "Karla Weiß"), ("Ihr", "Karla Weiß")],
        ),
        (  # "Ihm zufolge" is a source like "dem Bericht zufolge"; "Ihnen" is a group, no one
            "„Wir helfen“, sagte Paul Brandvik. Ihm zufolge ist die Lage ernst. Die Bewohner "
            "protestierten. Ihnen zufolge ist das Wasser knapp.",
            [
                ("Paul Brandvik", "Paul Brandvik"),
                ("Ihm", "Paul Brandvik"),
                ("Die Bewohner", ""),  # protesting is a speech act of its own
                ("Ihnen", ""),
            ],
        ),
        (  # a thing ("dem Gesetzentwurf") and several people are not the last speaker
            "„Wir helfen“, sagte Paul Brandvik. Dem Gesetzentwurf zufolge müssen alle zahlen. "
            "Mehrere Abgeordnete erklärten, sie lehnten das ab.",
            [
                ("Paul Brandvik", "Paul Brandvik"),
                ("Dem Gesetzentwurf", ""),
                ("Mehrere Abgeordnete", ""),
            ],
        ),
        (  # "der Student" is not the judge, a woman, who spoke last; "er" is not her either
            "Amtsrichterin Karla Weiß fällte das Urteil. Eine Bewährung sei nicht vermittelbar, "
            "so Karla Weiß. „Ich bin mir bewusst, dass das falsch war“, sagte der Student. Er "
            "sagte, er bereue es.",
            [
                ("Karla Weiß", "Karla Weiß"),
                ("der Student", ""),
                ("Er", ""),
            ],
        ),
        (  # a medium by its quoted name is named so, and is not whom "der Berliner" means
            "„Wir helfen“, sagte Paul Brandvik. Wie die „Computerwoche“ berichtet, sei die Lage "
            "ernst. Das sei so, sagte der Berliner.",
            [
                ("Paul Brandvik", "Paul Brandvik"),
                ("die „Computerwoche“", "Computerwoche"),
                ("der Berliner", "Paul Brandvik"),
            ],
        ),
        (  # a relative pronoun is the name before its comma, past an apposition; a thing's
            # relative pronoun ("ein Kommentar, der …") is no one, not the last speaker
            "„Wir helfen“, sagte Paul Brandvik. Die Laudatio hielt Ilse Varga, Vorsitzende der "
            "Grünen, die hervorhob, dass der Mut zähle. In der Zeitung erschien ein Kommentar, "
            "der die Pläne als „Irrweg“ bezeichnet.",
            [
                ("Paul Brandvik", "Paul Brandvik"),
                ("die", "Ilse Varga"),
                ("der", ""),
            ],
        ),
        (  # "dessen Stellvertreter" is someone else; "den Organisatoren" several people
            "„Wir helfen“, sagte Paul Brandvik. Danach teilte dessen Stellvertreter mit, die "
            "Lage sei ernst. Laut den Organisatoren der Konferenz kamen 300 Gäste.",
            [
                ("Paul Brandvik", "Paul Brandvik"),
                ("dessen Stellvertreter", ""),
                ("den Organisatoren der Konferenz", ""),
            ],
        ),
        (  # "Er" is a person, not the organisation that spoke last
            "Die Organisation Human Rights Watch teilte mit, die Lage sei ernst. Die Offensive "
            "wurde von einem Armeesprecher bestätigt. Er sagte, man wolle helfen.",
            [("Die Organisation Human Rights Watch", "Human Rights Watch"), ("Er", "")],
        ),
        (  # the new topic is a woman, so "er" goes on with the last speaker
            "„Wir helfen“, sagte Paul Brandvik. Kanzlerin Karla Weiß traf am Montag Varga. Die "
            "Lage sei ernst, sagte er.",
            [("Paul Brandvik", "Paul Brandvik"), ("er", "Paul Brandvik")],
        ),
        (  # a company's description stands for the company that spoke last, not a person
            # (after one, for the organisation named last)
            "Der Konzern Airbus teilte mit, die Produktion laufe. Die Lage sei gut, sagte der "
            "Luftfahrtkonzern. „Wir helfen“, sagte Paul Brandvik. Das sei falsch, so der Konzern.",
            [
                ("Der Konzern Airbus", "Airbus"),
                ("der Luftfahrtkonzern", "Airbus"),
                ("Paul Brandvik", "Paul Brandvik"),
                ("der Konzern", "Airbus"),
            ],
        ),
        (  # a title from another country is no match: "der russische Präsident" is not
            # "der ukrainische Präsident" introduced before
            "Der ukrainische Präsident Tomas Varga sagte, die Lage sei ernst. Paul Brandvik "
            "sagte, man werde siegen. Der russische Präsident betonte, der Westen sei schuld.",
            [
                ("Der ukrainische Präsident Tomas Varga", "Tomas Varga"),
                ("Paul Brandvik", "Paul Brandvik"),
                ("Der russische Präsident", "Paul Brandvik"),
            ],
        ),
        (  # of two people with the title, the one the first sentence names, not the one a
            # paragraph on history names later
            "Präsident Tomas Varga will am Freitag zurücktreten. Zuletzt war 1415 Präsident Karl "
            "Arid zurückgetreten. „Meine Kräfte reichen nicht mehr“, sagte der Präsident.",
            [("der Präsident", "Tomas Varga")],
        ),
        (  # person nouns without an agent ending; "das Militär" is none
            "„Wir helfen“, sagte Paul Brandvik. Die Lage sei ernst, sagte der General. Das sei "
            "falsch, sagte der Politologe. Das Militär erklärte, man sei bereit.",
            [
                ("Paul Brandvik", "Paul Brandvik"),
                ("der General", "Paul Brandvik"),
                ("der Politologe", "Paul Brandvik"),
                ("Das Militär", ""),
            ],
        ),
    ],
)
def test_pronoun_and_description_speakers(body, expected):
    assert names(body) == expected


def test_a_dateline_is_not_the_subject_of_the_report():
    found = names("Berlin (dpa) - Kanzlerin Karla Weiß hat der Ukraine weitere Hilfe zugesagt.")
    assert found == [("Kanzlerin Karla Weiß", "Karla Weiß")]


def test_english_pronoun_and_source_speakers():
    found = names(
        "Paul Brandvik on Thursday said the talks had failed. Government spokesman Tomas Varga "
        "dismissed the plan. The weapons would change nothing, he told the agency. "
        "According to the defence ministry, 40 soldiers died last week."
    )
    assert found == [
        ("Paul Brandvik", "Paul Brandvik"),
        ("he", "Tomas Varga"),
        ("the defence ministry", ""),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # "Several" opens a noun phrase (the lexicon reads it as an adverb); "the company"
            # is the company that spoke last, not its chief, and after a person the
            # organisation named last
            'Apple said on Monday that sales rose by 5 percent. "We will hire," chief executive '
            "Tim Cook said. Several analysts said the forecast was too optimistic. The company "
            "added that it would build a plant.",
            [
                ("Apple", "Apple"),
                ("chief executive Tim Cook", "Tim Cook"),
                ("Several analysts", ""),
                ("The company", "Apple"),
            ],
        ),
        (  # a company's description is the company that spoke last
            "Apple said on Monday that sales rose by 5 percent. The company added that it would "
            "hire.",
            [("Apple", "Apple"), ("The company", "Apple")],
        ),
        (  # an office is a person, not the organisation that spoke last
            "Israel denied the allegations, saying its forces had acted lawfully. The minister "
            "said the deal was close.",
            [("Israel", "Israel"), ("The minister", "")],
        ),
        (  # a demonym describes the last speaker (also before an adverb); a seat of power
            # with "the" is a name
            "Jens Arvik said the talks were useful. The Norwegian also said that allies had to "
            "deliver. The Vatican said it would mediate.",
            [
                ("Jens Arvik", "Jens Arvik"),
                ("The Norwegian", "Jens Arvik"),
                ("The Vatican", "Vatican"),
            ],
        ),
        (  # an English title says nothing of sex ("Prime Minister" is no man)
            'Prime Minister Karla Weiss arrived on Friday. "We will help," Weiss said. The '
            'meeting lasted two hours. "We stand together," she added.',
            [("Weiss", "Karla Weiss"), ("she", "Karla Weiss")],
        ),
    ],
)
def test_english_descriptions_and_pronouns(body, expected):
    assert names(body) == expected


def test_a_medium_told_after_a_surname_is_the_addressee_and_a_title_no_name():
    article = analyze(
        "Titel\n\n„Wir sind an einem Punkt“, sagte die Nahost-Expertin Muriel Hasenburg der "
        "Deutschen Presse-Agentur."
    )
    [quote] = article.quotes
    assert [article.text[s.start : s.end] for s in quote.speaker + quote.addressee] == [
        "die Nahost-Expertin Muriel Hasenburg",
        "der Deutschen Presse-Agentur",
    ]
    assert quote.speaker_name == "Muriel Hasenburg"


def test_a_medium_whose_name_runs_past_the_noun_phrase_is_the_addressee():
    article = analyze("Titel\n\n„Wir helfen“, sagte Brandvik der Frankfurter Allgemeinen Zeitung.")
    [quote] = article.quotes
    assert [article.text[s.start : s.end] for s in quote.speaker + quote.addressee] == [
        "Brandvik",
        "der Frankfurter Allgemeinen Zeitung",
    ]


def headline_names(text: str) -> list[tuple[str, str]]:
    article = analyze(text)
    return [
        (" ".join(article.text[s.start : s.end] for s in q.speaker), q.speaker_name)
        for q in article.quotes
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an office: the person the body quotes with the headline's words, not Weiß
            "Kremlchef warnt vor „gefährlicher Eskalation“\n\n"
            "Moskau (dpa) - Außenministerin Karla Weiß hat die Nachbarn zu Gesprächen aufgerufen. "
            "Präsident Wladimir Putin sprach von einer „gefährlichen Eskalation“, die der Westen "
            "verantworte.",
            ("Kremlchef", "Wladimir Putin"),
        ),
        (  # else the first person the body quotes
            "NATO chief urges allies to speed up arms deliveries\n\n"
            "BRUSSELS (Reuters) - NATO Secretary General Jens Stoltenberg on Thursday urged member "
            'states to send more air defences. "This is a critical moment," Stoltenberg said.',
            ("NATO chief", "Jens Stoltenberg"),
        ),
        (  # a name and a colon open a headline that quotes them
            "Lawrow: Westen will Russland eine „strategische Niederlage“ zufügen\n\n"
            "Der russische Außenminister Sergei Lawrow hat dem Westen einen hybriden Krieg "
            "vorgeworfen.",
            ("Lawrow", "Sergei Lawrow"),
        ),
    ],
)
def test_a_headline_s_speaker_is_found_in_the_body(text, expected):
    assert headline_names(text)[0] == expected


def test_a_place_before_a_headline_s_colon_says_where_not_who():
    found = headline_names(
        "Moskau: Tausende demonstrieren\n\nIn Moskau haben Tausende Menschen demonstriert."
    )
    assert found == []


def test_a_headline_speaker_that_is_no_office_stays_no_one():
    found = headline_names(
        "Bewohner fordern „mehr Schutz“\n\n"
        "Korvenstadt (dpa) - „Wir helfen“, sagte Bürgermeister Paul Brandvik am Montag."
    )
    assert found[0][1] == ""
