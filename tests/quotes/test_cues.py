from collections import Counter

import pytest

from newsprism.quotes.cues import cues, is_cue


@pytest.mark.parametrize("language", ["de", "en"])
def test_each_cue_is_listed_once(language):
    """A lemma with its kind and particle appears once: a second entry would never be read
    (the first that fits wins), so its frames would be lost without notice."""
    listed = Counter(
        (entry.lemma, entry.kind, entry.particle)
        for entries in cues(language).values()
        for entry in entries
    )
    assert [key for key, count in listed.items() if count > 1] == []


def test_summarising_verbs_of_promises_and_appeals():
    lexicon = cues("de")
    for lemma, particle in [("zusichern", ""), ("sichern", "zu"), ("rufen", "auf")]:
        (entry,) = [e for e in lexicon[lemma] if e.particle == particle]
        assert "summary" in entry.frames


def test_a_verb_completed_by_a_word_reports_only_with_it():
    """ "zeigen" reports in "zeigte sich besorgt, dass …", not in "Die Studie zeigt, dass …"."""
    lexicon = cues("de")
    assert any(entry.particle == "besorgt" for entry in lexicon["zeigen"])
    assert not is_cue(lexicon, "zeigen") and not is_cue(lexicon, "lassen")
    assert is_cue(lexicon, "sagen") and is_cue(lexicon, "teilen")
