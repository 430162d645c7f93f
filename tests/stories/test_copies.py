"""Syndicated copies on texts written for these tests, and on the reference articles."""

import pytest

from newsprism.stories.copies import find_copies, signature, similarity
from tests.conftest import EXAMPLES, needs_shared

AGENCY = [
    "Küstenallianz fordert mehr Schiffe für Valmora",
    "Die Generalsekretärin der Küstenallianz, Ilse Brandvik, hat die Mitgliedsstaaten "
    "aufgefordert, Valmora rasch weitere Patrouillenboote zu liefern. Bei einem Treffen der "
    "Verteidigungsminister in Sandhafen sagte Brandvik am Freitag, jeder Tag der Blockade koste "
    "Menschenleben.",
    "Nach Angaben der Allianz liegen derzeit zwölf Frachter vor der Küste fest. Die Reedereien "
    "schätzen ihre Verluste auf 40 Millionen Euro pro Woche. Die Regierung in Korvenstadt "
    "bestreitet, den Hafen blockiert zu haben, und spricht von Kontrollen.",
    "Brandvik kündigte an, die Minister würden im März erneut beraten. Bis dahin sollten die "
    "Mitgliedsstaaten prüfen, welche Boote sie kurzfristig abgeben könnten. Mehrere Staaten "
    "hatten bereits Zusagen gemacht, darunter Nordmark und die Inselrepublik Fjara.",
    "Die Blockade dauert inzwischen seit sechs Wochen an. Hilfsorganisationen warnen vor einem "
    "Mangel an Medikamenten in den Küstenstädten Valmoras.",
]
EDITED = [
    "Brandvik: Jeder Tag Blockade kostet Leben",  # new headline
    "Das Wichtigste in Kürze: Die Allianz will mehr Boote schicken.",  # added teaser
    *AGENCY[1:3],
    AGENCY[4],  # third paragraph dropped
]
INDEPENDENT = [
    "Allianz-Chefin drängt auf Boote",
    "Ilse Brandvik hat beim Ministertreffen in Sandhafen mehr Patrouillenboote für Valmora "
    "verlangt. „Jeder Tag der Blockade kostet Menschenleben“, sagte die Generalsekretärin. "
    "Korvenstadt weist den Vorwurf einer Blockade zurück und nennt die Maßnahmen Kontrollen. "
    "Die Minister wollen im März erneut über Zusagen beraten.",
]


def text(paragraphs):
    return "\n\n".join(paragraphs)


def test_an_edited_reprint_is_a_copy_and_an_independent_report_is_not():
    pairs = find_copies(
        [
            ("agency", signature(text(AGENCY))),
            ("reprint", signature(text(EDITED))),
            ("report", signature(text(INDEPENDENT))),
        ]
    )
    assert [(p.first, p.second) for p in pairs] == [("agency", "reprint")]
    assert 0.5 <= pairs[0].similarity < 1.0


def test_signatures_ignore_case_and_punctuation_and_identical_texts_match_fully():
    first = signature(text(AGENCY))
    assert similarity(first, signature(text(AGENCY).upper().replace(",", ""))) == 1.0
    assert similarity(first, signature(text(INDEPENDENT))) < 0.2


def test_a_threshold_outside_zero_and_one_is_refused():
    with pytest.raises(ValueError, match="between 0 and 1"):
        find_copies([], threshold=1.5)


def test_the_reference_articles_are_not_copies_but_an_edited_rt_copy_is():
    folder = needs_shared(EXAMPLES)
    rt, focus = (p.read_text(encoding="utf-8") for p in sorted(folder.glob("0*.txt")))
    body = rt.split("\n", 1)[1]
    shortened = body[: body.rfind(" ", 0, int(len(body) * 0.85))]  # the end cut off
    edited = "Nato-Chef warnt vor historischem Fehler\nDas Wichtigste in Kürze.\n" + shortened
    pairs = find_copies(
        [("rt", signature(rt)), ("focus", signature(focus)), ("rt-copy", signature(edited))]
    )
    assert [(p.first, p.second) for p in pairs] == [("rt", "rt-copy")]


def test_copies_command_lists_stored_pairs_with_their_outlets(tmp_path, capsys):
    import json

    from newsprism.cli import main

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        "\n".join(
            json.dumps({"id": f"a{i}", "source": source, "text": text(paragraphs)})
            for i, (source, paragraphs) in enumerate(
                [("Agentur", AGENCY), ("Blatt", EDITED), ("Zeitung", INDEPENDENT)]
            )
        ),
        encoding="utf-8",
    )
    db = str(tmp_path / "n.db")
    assert main(["analyze", str(corpus), "--db", db]) == 0
    capsys.readouterr()
    assert main(["copies", "--db", db]) == 0
    captured = capsys.readouterr()
    assert "a0 (Agentur)  ~  a1 (Blatt)" in captured.out and "Zeitung" not in captured.out
    assert "1 copy pair among 3 articles" in captured.err
    assert main(["copies", "--db", db, "--threshold", "1.5"]) == 2
