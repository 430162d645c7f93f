from collections import Counter

import pytest

from newsprism.quotes.cues import cues


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
