"""The frame around a cue verb: "Der Minister sagte, …", "…, sagte der Minister.", "Wie die
Polizei mitteilte, …", "Dem Minister wurde vorgeworfen, …", with its speaker, cue and addressee.
:func:`verb_frame` is one of the frames :func:`newsprism.quotes.frames.find_frames` tries at each
word: it finds the cue verb's clause (:mod:`newsprism.quotes.cue_clauses`), then reads it as a
frame after or inside its quotation (:mod:`newsprism.quotes.trailing_frames`) or, failing that,
before it (:mod:`newsprism.quotes.leading_frames`). Token ranges are end-exclusive indices into
the article's tokens.
"""

from __future__ import annotations

from newsprism.quotes.chunks import RELATIVE_PRONOUNS, Words
from newsprism.quotes.clauses import Frame
from newsprism.quotes.cue_clauses import cue_clause
from newsprism.quotes.cues import Cue
from newsprism.quotes.leading_frames import leading_frame
from newsprism.quotes.trailing_frames import trailing_frame


def verb_frame(
    words: Words, index: int, start: int, end: int, lexicon: dict[str, tuple[Cue, ...]]
) -> Frame | None:
    clause = cue_clause(words, index, start, end, lexicon)
    if clause is None:
        return None
    frame = trailing_frame(words, clause) or leading_frame(words, clause, lexicon)
    if frame is not None and frame.speaker is None and frame.lemma in _ONLY_WITH_SPEAKER:
        return None  # "Außerdem ist geplant, dass …", "…, droht ihm die Todesstrafe"
    if frame is not None and _complement_is_relative(words, frame):
        return None  # "die Demonstration, zu der ein Bündnis aufgerufen hatte, …"
    return frame


def _complement_is_relative(words: Words, frame: Frame) -> bool:
    """Whether a frame's clause is a relative clause whose pronoun, after the preposition the
    verb takes ("zu der … aufgerufen", "vor dem … gewarnt"), is what was said: nothing
    after the clause is its quotation."""
    first = frame.start
    return (
        frame.side == "after"
        and first > 0
        and words.forms[first - 1] == ","
        and words.lower[first] in {"zu", "vor"}
        and words.lower[first + 1] in RELATIVE_PRONOUNS
    )


# verbs that report only with someone doing it: a plan or a threat without an agent is none
_ONLY_WITH_SPEAKER = frozenset({"planen", "drohen"})
