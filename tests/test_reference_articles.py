"""The two real reference articles in ../shared/examples/de (skipped when it is absent)."""

import pytest

from tests.conftest import EXAMPLES, analyze_all, needs_shared, sentence_texts


@pytest.fixture(scope="module")
def articles():
    found, problems = analyze_all(needs_shared(EXAMPLES))
    assert not problems
    return {a.id[:3]: a for a in found}


def test_titles_dates_and_boilerplate(articles):
    rt, focus = articles["000"], articles["003"]
    assert rt.title.startswith("Jens Stoltenberg forderte") and len(rt.title.split()) == 23
    assert rt.title.endswith("obsiegen zu lassen") and rt.published == ""
    assert focus.title == "" and focus.published == "2023-12"
    assert [b.rule for b in focus.boilerplate] == ["video-teaser"]
    assert "Im Video" not in focus.text
    assert [p.kind for p in focus.paragraphs].count("heading") == 1


def test_rt_sentence_boundaries(articles):
    texts = sentence_texts(articles["000"])
    assert len(texts) == 10
    assert texts[5] == "„Dies ist ein kritischer Moment."
    assert texts[6].startswith("Und es wäre ein schwerer") and texts[6].endswith(
        "gefährlich“ wäre."
    )
    assert texts[8].startswith("Als Hauptgründe") and texts[8].endswith("zu verbessern“.")
    assert all(t[-1] in ".“”" or i == 0 for i, t in enumerate(texts))


def test_focus_sentence_boundaries(articles):
    texts = sentence_texts(articles["003"])
    assert len(texts) == 22
    assert texts[0].startswith("Sein Ziel war es") and texts[0].endswith("so Jens Stoltenberg.")
    assert any(t.startswith("Auch nicht nach") and t.endswith("am 17. März 2024.") for t in texts)
    assert "Russland zahlt hohen Preis" in texts
    assert texts[-1].startswith('"Insgesamt müssen wir')


def test_konjunktiv_i_in_the_focus_piece(articles):
    focus = articles["003"]
    subj1 = {focus.token_text(t) for t in focus.tokens if t.mood == "subj1"}
    assert {"könne", "sei", "werde", "zahle", "seien", "steige", "sinke", "müsse", "rücke"} <= subj1


def quote_table(article):
    text = article.text
    return [
        (
            q.type,
            " … ".join(text[s.start : s.end] for s in q.quote),
            q.speaker_name,
            " ".join(text[s.start : s.end] for s in q.cue),
        )
        for q in article.quotes
    ]


def has_quote(table, role, start, end, words):
    """Whether the table holds a quotation with these (type, speaker, cue), whose text has this
    start, end and number of words (the shared text itself stays out of the repository)."""
    return any(
        (kind, speaker, cue) == role
        and said.startswith(start)
        and said.endswith(end)
        and len(said.split()) == words
        for kind, said, speaker, cue in table
    )


def test_rt_quotes_and_speakers(articles):
    table = quote_table(articles["000"])
    said = {(kind, speaker) for kind, _, speaker, _ in table}
    assert {
        ("indirect", "Jens Stoltenberg"),
        ("direct", "Jens Stoltenberg"),
        ("indirect", "Wladimir Putin"),
        ("indirect", "Valery Gerasimov"),
        ("reported", "Moskau"),
    } <= said
    quoted = {quote for _, quote, _, _ in table}
    assert "„schwerwiegender“" in quoted and "„historischen Fehler“" in quoted  # headline vs body
    assert has_quote(
        table, ("direct", "Jens Stoltenberg", "betonte"), "„Alle Verbündeten", "liefern“", 8
    )
    nato_chef = [row for row in table if "die Munition aus" in row[1] and row[0] == "indirect"]
    assert nato_chef and nato_chef[0][2] == "Jens Stoltenberg" and nato_chef[0][3] == "warnte"


def test_focus_quotes_and_speakers(articles):
    table = quote_table(articles["003"])
    assert all(speaker == "Jens Stoltenberg" for _, _, speaker, _ in table)
    kinds = [kind for kind, _, _, _ in table]
    assert kinds.count("direct") >= 5 and kinds.count("indirect_free_indirect") >= 3
    assert has_quote(
        table,
        ("indirect", "Jens Stoltenberg", "wies hin"),
        "dass Russland für",
        "hohen Preis zahle",
        10,
    )


def signal_table(article):
    return [(s.kind, s.entry, article.text[s.start : s.end], s.voice) for s in article.signals]


def test_rt_framing_and_translation_artefacts(articles):
    rt = articles["000"]
    table = signal_table(rt)
    assert ("wording", "war-as-operation", "Militäroperation", "authorial") in table
    assert ("wording", "nato-members-as-bloc", "Blockmitglieder", "authorial") in table
    assert ("wording", "nato-expansion-as-cause", "Expansion der NATO", "quoted") in table
    kinds = {entry for kind, entry, _, _ in table if kind == "translation_artefact"}
    assert kinds == {"english-closing-mark", "english-word-order", "calque"}
    assert not any("Kiew" in text for _, _, text, _ in table)
    assert rt.translation_score > 0.8
    narratives = [(s.entry, s.voice, s.speaker) for s in rt.signals if s.kind == "narrative"]
    assert narratives == [
        ("nato-encirclement", "quoted", "Moskau"),
        ("western-hegemony", "quoted", "Valery Gerasimov"),
    ]


def test_focus_has_no_framing_flags(articles):
    focus = articles["003"]
    assert focus.signals == () and focus.translation_score == 0.0
