"""Framing signals on small German cases written for these tests."""

from newsprism import analyze
from newsprism.model import Article


def flags(body: str) -> tuple[Article, list[tuple[str, str, str, str, str]]]:
    article = analyze("Titel\n" + body)
    return article, [
        (s.kind, s.entry, article.text[s.start : s.end], s.voice, s.speaker)
        for s in article.signals
        if s.kind != "narrative"  # see test_narratives.py
    ]


def test_the_outlets_own_wording_is_authorial():
    article, found = flags(
        "Die Blockstaaten wollen dem Regime in Valmora mehr Waffen liefern. "
        "Die Militäroperation in der Ukraine geht weiter."
    )
    assert found == [
        ("wording", "nato-members-as-bloc", "Blockstaaten", "authorial", ""),
        ("wording", "kyiv-regime", "Regime in Valmora", "authorial", ""),
        ("wording", "war-as-operation", "Militäroperation", "authorial", ""),
    ]
    assert article.translation_score == 0.0
    assert "neutral would be" in article.signals[0].reason


def test_a_name_inside_quotation_marks_is_the_speakers():
    _, found = flags(
        "„Die Militäroperation in der Ukraine geht weiter“, sagte Minister Petrov am Montag."
    )
    assert [(entry, voice, speaker) for _, entry, _, voice, speaker in found] == [
        ("war-as-operation", "quoted", "Petrov")
    ]


def test_a_name_in_indirect_speech_is_the_outlets_choice_but_a_claim_is_the_speakers():
    _, found = flags(
        "Petrov sagte, die Militäroperation in der Ukraine sei eine Folge der Expansion der Nato "
        "gewesen."
    )
    assert [(entry, voice) for _, entry, _, voice, _ in found] == [
        ("war-as-operation", "authorial"),
        ("nato-expansion-as-cause", "quoted"),
    ]


def test_neutral_wording_and_ordinary_names_raise_nothing():
    _, found = flags(
        "Der Krieg in der Ukraine dauert an. In Kiew sagte der Minister, die Regierung "
        "brauche mehr Flugabwehr. Die NATO-Staaten beraten am Montag."
    )
    assert found == []


def test_machine_translation_artefacts_raise_the_score():
    article, found = flags(
        "„Wir müssen tief graben und schnell liefern”, sagte Brandvik, wie sie zuletzt sagte Woche."
    )
    artefacts = [(entry, text) for kind, entry, text, _, _ in found if kind != "wording"]
    assert artefacts == [
        ("calque", "tief graben"),
        ("english-closing-mark", "”"),
        ("english-word-order", "sagte Woche"),
    ]
    assert 0.85 < article.translation_score < 0.9


def test_military_operation_is_ordinary_german_outside_russias_war():
    _, found = flags("In den ersten Tagen der Militäroperation in Afghanistan starben 35 Kämpfer.")
    assert found == []


def test_a_typing_habit_alone_is_weak_evidence_of_translation():
    article, found = flags("Er galt als „der Dicke” und „der Buhmann der Nation”.")
    assert [entry for _, entry, _, _, _ in found] == ["english-closing-mark"] * 2
    assert article.translation_score < 0.4


def test_english_closing_marks_are_normal_when_the_text_opens_with_them():
    article, found = flags("“We must deliver”, she said. ”Another”")
    assert found == [] and article.translation_score == 0.0


def test_english_wording_has_its_own_lexicon_and_no_translation_score():
    article = analyze(
        "Title\nThe collective West keeps arming the Kiev regime, the paper wrote on Monday. "
        "\u201cThe special military operation will go on\u201d, the minister said. "
        "Officials in Kiev said that NATO expansion had not been discussed."
    )
    assert article.language == "en" and article.translation_score == 0.0
    found = [(s.entry, article.text[s.start : s.end], s.voice) for s in article.signals]
    assert found[:2] == [
        ("collective-west", "collective West", "authorial"),
        ("kyiv-regime", "Kiev regime", "authorial"),
    ]
    assert found[2:] == [("war-as-operation", "special military operation", "quoted")]


def test_other_languages_get_no_signals():
    article = analyze("Titre\nLe ministre a déclaré que la situation restait grave à Kiev.")
    assert article.language == "fr" and article.signals == ()


def test_persuasion_techniques_with_their_voice():
    article, found = flags(
        "Die sogenannte Regierung in Valmora ist ein Vasallenstaat der Kriegstreiber. "
        "„Das führt in den Dritten Weltkrieg“, warnte Petrov am Montag."
    )
    assert [(kind, entry, text, voice) for kind, entry, text, voice, _ in found] == [
        ("technique", "doubt-so-called", "sogenannte Regierung", "authorial"),
        ("technique", "name-calling", "Vasallenstaat", "authorial"),
        ("technique", "name-calling", "Kriegstreiber", "authorial"),
        ("technique", "appeal-to-fear", "Dritten Weltkrieg", "quoted"),
    ]
    assert "SemEval-2020" in article.signals[0].reason


def test_so_called_before_a_term_is_ordinary_german():
    _, found = flags("Die sogenannten Tigerstreifen am Südpol des Mondes sind Risse im Eis.")
    assert found == []


def test_english_left_in_german_text_but_not_an_english_quotation():
    article, found = flags(
        "Der Minister sprach am Montag in Berlin über die Lage an der Grenze und die Gespräche "
        "mit den Nachbarländern. The minister said that the talks were over. "
        "Musk schrieb: „I would hope that the next launch is soon.“"
    )
    fragments = [text for _, entry, text, _, _ in found if entry == "untranslated-fragment"]
    assert fragments == ["said that the"]
    assert 0.45 < article.translation_score < 0.55


def test_political_place_names_unless_qualified():
    _, found = flags(
        "Die Volksrepublik Donezk feierte den Tag der Republik in der Ukraine. In der "
        "selbsternannten Volksrepublik Donezk wurde gewählt. Die Volksrepublik China schwieg."
    )
    assert [(entry, text) for _, entry, text, _, _ in found] == [
        ("occupied-territory-as-state", "Volksrepublik Donezk")
    ]
