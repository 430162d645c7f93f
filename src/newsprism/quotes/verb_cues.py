"""Which lexicon entry a cue verb's use fits: the verb with its separable particle ("teilte …
mit"), or a particle that is a word of its own ("zeigte sich besorgt"); and the uses of a cue
verb that report nothing ("ein Standard, genannt „Profil 1.1“", "wie erwartet")."""

from __future__ import annotations

from newsprism.quotes.chunks import Words
from newsprism.quotes.clauses import PARTICLES
from newsprism.quotes.cues import Cue


def not_a_report(words: Words, index: int, start: int, clause_end: int) -> bool:
    """Uses of a cue verb that say nothing: a name given in an apposition ("ein neuer
    Standard, genannt „Profil 1.1“") or with "sich", "bestätigt sich" (proves true), and a
    bare participle after "wie" or "als" ("dauerte wie geplant", "heißer als angenommen")."""
    token = words.tokens[index]
    if token.tag == "VV(PP)" and index > start and words.forms[index - 1] == ",":
        return token.lemma in {"nennen", "bezeichnen"}
    before = index - 1
    while before > start and words.pos(before) == "ADV":
        before -= 1  # "wie zunächst angenommen"
    if before >= start and words.lower[before] in {"wie", "als"}:
        # "wie bereits berichtet, …": the tagger may read the participle as finite
        return token.tag == "VV(PP)" or words.forms[index + 1 : index + 2] == [","]
    reflexive = "sich" in words.lower[max(start, index - 3) : clause_end]
    # "bestätigt sich" proves true; "nennt sich „documenta 12“", "wie er sich nannte": a name
    return token.lemma in {"bestätigen", "nennen"} and reflexive


_CLOSING = frozenset({".", "!", "?", "“", "”", '"', "«", "»", "‘", "’", "'"})
# particles that are words of their own, so that a verb-final clause may write them apart
_WORD_PARTICLES = frozenset({"bekannt", "fest", "klar"})


def verb_entry(
    words: Words, entries: tuple[Cue, ...], index: int, clause_end: int
) -> tuple[Cue | None, int | None]:
    """The lexicon entry the verb's clause fits, and the index of its separable particle.

    "teilte … mit" needs its particle; a particle the entry does not name changes the verb
    ("sagte … ab" cancels, it does not say), so it rules the entry out.
    """
    particles = [i for i in range(index + 1, clause_end) if words.tokens[i].tag == "PTKVZ"]
    if clause_end - 1 > index and words.lower[clause_end - 1] in PARTICLES:
        particles.append(clause_end - 1)  # a preposition cannot end a clause: it is a particle
    with_particle = [e for e in entries if e.kind == "verb" and e.particle]
    last = clause_end - 1
    while last > index and words.forms[last] in _CLOSING:
        last -= 1  # "Guterres zeigte sich „zutiefst besorgt“."
    for entry in with_particle:
        matching = [i for i in particles if words.lower[i] == entry.particle]
        if matching:
            return entry, matching[-1]
        if entry.alone and entry.particle not in _WORD_PARTICLES:
            continue
        if last > index and words.lower[last] == entry.particle:
            return entry, last  # "Der Minister zeigte sich besorgt, dass …"
        # a word quoted in the clause: "zeigte sich „besorgt“ über die Lage"
        quoted = entry.particle not in PARTICLES and next(
            (
                i
                for i in range(index + 1, clause_end)
                if words.lower[i] == entry.particle and words.forms[i + 1] in _CLOSING
            ),
            None,
        )
        if quoted:
            return entry, quoted
        if index and words.lower[index - 1] == entry.particle:
            return entry, index - 1  # written apart, verb-final: "wie die Polizei bekannt gab"
    for entry in entries:
        if entry.kind == "verb" and not entry.particle and not particles:
            return entry, None
    return None, None
