"""The clause around a cue verb: where it starts and ends, its finite verb, and which words make
the cue ("hatte … gesagt", "teilte … mit"). The verb frames
(:mod:`newsprism.quotes.trailing_frames`, :mod:`newsprism.quotes.leading_frames`) start from it.
Token ranges are end-exclusive indices into the article's tokens.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsprism.quotes.chunks import Words
from newsprism.quotes.clauses import (
    AUXILIARIES,
    FINITE_TAGS,
    auxiliary_before,
    complement_follows,
    end_of_clause,
    finite_verb_of,
    has_finite,
    start_of_clause,
    werden_before,
)
from newsprism.quotes.cues import Cue
from newsprism.quotes.subjects import particle_after_apposition
from newsprism.quotes.verb_cues import not_a_report, verb_entry
from newsprism.quotes.verb_subjects import subject_before


@dataclass
class CueClause:
    """A cue verb in the sentence ``start``–``end`` and its clause. The frames narrow the clause
    as they read it, so the fields change on the way."""

    index: int  # the cue verb
    start: int
    end: int
    entry: Cue
    cue: list[int]  # the verb, its particle, and the finite verb when that is another word
    clause_start: int
    clause_end: int
    finite: int | None  # the clause's finite verb, if it has one
    # the comma before the participle, when an apposition splits its clause
    split: int | None = None
    # an infinitive clause follows with its comma left out: the clause ends at the verb
    unmarked: bool = False

    @property
    def head(self) -> int:
        """The verb that places the clause: the finite one, else the cue verb itself."""
        return self.finite if self.finite is not None else self.index


def cue_clause(
    words: Words, index: int, start: int, end: int, lexicon: dict[str, tuple[Cue, ...]]
) -> CueClause | None:
    """The clause of the verb at ``index`` if the lexicon has it as a cue in this use."""
    token = words.tokens[index]
    if token.pos not in {"VERB", "AUX"} or token.tag.endswith("(IZU)"):
        return None
    if token.pos == "AUX" and not any(e.particle for e in lexicon.get(token.lemma, ())):
        return None  # an auxiliary is a cue only with its particle: "wurde bekannt"
    if index > start and words.lower[index - 1] == "zu":
        return None  # "es sei schwierig, Informationen zu bestätigen": an infinitive, no frame
    entries = lexicon.get(token.lemma)
    if not entries:
        return None
    clause_start = start_of_clause(words, index, start)
    clause_end = particle_after_apposition(words, index, end_of_clause(words, index, end), end)
    cue_entry, particle_index = verb_entry(words, entries, index, clause_end)
    if cue_entry is None or not_a_report(words, index, start, clause_end):
        return None
    cue = [index] + ([particle_index] if particle_index is not None else [])
    unmarked = _infinitive_without_comma(words, index, clause_end, cue_entry)
    if unmarked:
        clause_end = index  # "hatte angekündigt bei der Wahl erneut anzutreten": no comma
    finite = index if token.tag in FINITE_TAGS else finite_verb_of(words, clause_start, clause_end)
    if finite == index and index == clause_end - 1:
        # "Auf Nachfrage musste er betonen,": an infinitive the tagger reads as finite, after
        # the clause's modal or auxiliary
        finite = next(
            (
                i
                for i in range(clause_start, index)
                if words.tokens[i].tag in FINITE_TAGS
                and words.tokens[i].lemma in AUXILIARIES
                # not "Die Lage war ernst und die Anwohner befürchten,": a clause of its own
                and subject_after_conjunction(words, i, index) is None
            ),
            index,
        )
    split = None
    if (
        finite is None
        and token.tag == "VV(PP)"
        and clause_end < end
        and words.forms[clause_end] == ","
        and complement_follows(words, clause_end + 1, end, cue_entry)
    ):
        # "Vor kurzem hatte ein Talibanführer, Baitullah Mehsud, erklärt, …": an apposition
        # splits the clause; the participle belongs to the auxiliary before it
        waiting = auxiliary_before(words, start, clause_start)
        if waiting is not None:
            split = clause_start - 1
            clause_start, finite = start_of_clause(words, waiting, start), waiting
    if token.lemma == "zitieren":
        # "X wird (von Reuters) mit den Worten zitiert:": a passive, whose subject is the one
        # quoted; "zitiert" reads as finite to the tagger, but "wird" is the clause's verb
        auxiliary = werden_before(words, clause_start, index)
        finite = finite if auxiliary is None else auxiliary
    if finite is not None and finite != index:
        cue.append(finite)
    return CueClause(
        index, start, end, cue_entry, cue, clause_start, clause_end, finite, split, unmarked
    )


def _infinitive_without_comma(words: Words, index: int, clause_end: int, entry: Cue) -> bool:
    """Whether a participle or infinitive cue is followed, with the comma left out, by an
    infinitive clause with "zu" that ends its clause ("hatte am Donnerstag angekündigt bei der
    Wahl erneut anzutreten", "haben dazu aufgerufen die Kontrollen zu verstärken")."""
    if "zu" not in entry.frames or words.tokens[index].tag not in {"VV(PP)", "VV(INF)"}:
        return False
    if clause_end - index < 3 or words.pos(index + 1) == "PUNCT":
        return False
    last = clause_end - 1
    infinitive = words.tokens[last].tag == "VV(IZU)" or (
        words.lower[last - 1] == "zu" and words.pos(last) in {"VERB", "AUX"}
    )
    return infinitive and not has_finite(words, index + 1, clause_end)


def subject_after_conjunction(words: Words, clause_start: int, verb: int) -> tuple[int, int] | None:
    """The subject of a second main clause joined by "und" with a subject of its own: "Die
    Gruppe übergab das Material und das FBI versprach, …"."""
    joint = max(
        (
            i
            for i in range(clause_start, verb)
            # not "der Fraktions- und Parteivorsitzenden": one phrase
            if words.lower[i] in {"und", "sowie", "aber"} and not words.forms[i - 1].endswith("-")
        ),
        default=None,
    )
    if joint is None or not has_finite(words, clause_start, joint):
        return None
    return subject_before(words, joint + 1, verb)
