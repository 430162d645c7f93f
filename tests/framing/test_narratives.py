"""Narratives at the passage level, on sentences written for these tests."""

import pytest

from newsprism import Settings, analyze
from newsprism.errors import NewsprismError
from newsprism.framing.narratives import load_catalogue
from newsprism.pipeline import default_pipeline


def narratives(body: str, settings: Settings | None = None) -> list[tuple[str, str, str]]:
    article = analyze("Titel\n" + body, settings=settings)
    return [
        (s.entry, s.voice, article.text[s.start : s.end])
        for s in article.signals
        if s.kind == "narrative"
    ]


@pytest.mark.parametrize(
    ("sentence", "narrative"),
    [
        (
            "Die Osterweiterung der NATO hat Russland in die Enge getrieben und den Krieg "
            "ausgelöst.",
            "nato-encirclement",
        ),
        (
            "In Kiew regiert ein Neonazi-Regime, das vom Westen gesteuert wird.",
            "ukraine-nazi-or-failed-state",
        ),
        ("Die Sanktionen schaden Europa mehr als Russland.", "sanctions-backfire"),
        ("Russophobie bestimmt die Politik in Berlin.", "russophobia"),
        ("NATO expansion threatened Russia and provoked the war.", "nato-encirclement"),
    ],
)
def test_the_outlets_own_narrative_is_flagged_with_its_sentence(sentence, narrative):
    assert narratives(sentence) == [(narrative, "authorial", sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Die NATO-Osterweiterung um Finnland und Schweden ist abgeschlossen.",
        "Der UN-Sicherheitsrat hat einstimmig Sanktionen gegen Libyen beschlossen.",
        "In Dresden wollen Neonazis am Samstag aufmarschieren.",
        "Die Osterweiterung der EU wurde 2004 vollzogen.",
    ],
)
def test_the_same_words_in_neutral_sentences_are_not_flagged(sentence):
    assert narratives(sentence) == []


def test_a_narrative_inside_reported_speech_is_the_speakers():
    found = narratives(
        "Als Grund für den Krieg nannte Moskau die Expansion der NATO an seine Grenzen."
    )
    assert [(entry, voice) for entry, voice, _ in found] == [("nato-encirclement", "quoted")]


def test_users_can_bring_their_own_catalogue(tmp_path):
    catalogue = tmp_path / "mine.toml"
    catalogue.write_text(
        'threshold = 0.3\n[[narrative]]\nid = "fish-crisis"\ntitle = "Fish are vanishing"\n'
        'descriptions = ["Die Fische verschwinden aus der Ostsee."]\n'
        'cues_de = ["Fischsterben"]\n',
        encoding="utf-8",
    )
    found = narratives(
        "Das Fischsterben in der Ostsee nimmt zu, die Fische verschwinden.",
        Settings(narratives=str(catalogue)),
    )
    assert [entry for entry, _, _ in found] == ["fish-crisis"]


def test_a_broken_catalogue_is_a_clear_error(tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text("[[narrative]]\nid = 'x'\n", encoding="utf-8")
    with pytest.raises(NewsprismError, match="narrative catalogue"):
        load_catalogue(str(broken))
    with pytest.raises(NewsprismError, match="narrative catalogue"):
        default_pipeline(Settings(narratives=str(tmp_path / "missing.toml")))
