"""Frames of reported speech inside one sentence: who speaks, through which cue, on which side.

A frame is the part of a sentence that attributes the rest: "Der Minister sagte," (the quote
follows), ", sagte der Minister" and ", so der Minister" (the quote precedes), "laut dpa",
"nach Angaben der Polizei", "dem Bericht zufolge" and "Wie die Polizei mitteilte," (the quote is
the rest of the sentence). Token ranges are end-exclusive indices into the article's tokens.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsprism.quotes.chunks import (
    MARKS,
    Words,
    quoted_name,
)
from newsprism.quotes.clauses import (
    FINAL,
    Frame,
)
from newsprism.quotes.cues import cues
from newsprism.quotes.english_frames import (
    english_participle,
    english_report,
    postposed_frame_with_clause_after,
    relative_clause_on_speaker,
)
from newsprism.quotes.sources import (
    SOURCE_WORDS,
    noun_frame,
    postposition_or_so_frame,
    preposition_frame,
    source_medium,
)
from newsprism.quotes.verb_frames import verb_frame


def find_frames(
    words: Words, start: int, end: int, language: str, marked: Sequence[tuple[int, int]] = ()
) -> list[Frame]:
    """The frames of the sentence with tokens [start, end), left to right, not overlapping.

    A cue inside a direct quotation (token ranges ``marked``, marks included) frames nothing:
    in '"We will respond," he added.' the frame is "he added", not "will respond".
    """
    lexicon = cues(language)
    body_end = end
    while body_end > start and words.forms[body_end - 1] in FINAL | {"“", "”", '"', "«", "»"}:
        body_end -= 1
    if not MARKS.isdisjoint(words.forms[start:body_end]) and any(
        quoted_name(words, i, end) == body_end + 1 for i in range(start, body_end)
    ):
        body_end += 1  # "…, schreibt die „Computerwoche“.": the marks of a name stay
    found: list[Frame] = []
    english = language == "en"
    for index in range(start, body_end):
        if words.lower[index] not in SOURCE_WORDS and words.tokens[index].lemma not in lexicon:
            continue  # no frame starts here: the functions below would each say so, slower
        frame = (
            preposition_frame(words, index, start, body_end, lexicon)
            or postposition_or_so_frame(words, index, start, body_end, lexicon)
            # "Putin warned that deliveries would be …, the Kremlin said.": in English what
            # was said follows the verb with no comma, so a comma later does not end the frame
            or (english and english_report(words, index, start, body_end, lexicon))
            or (english and english_participle(words, index, start, body_end, lexicon))
            or verb_frame(words, index, start, body_end, lexicon)
            or noun_frame(words, index, start, body_end, lexicon)
        )
        if frame and any(a < frame.cue[0] < b - 1 for a, b in marked):
            continue
        if (
            frame
            and english
            and frame.side == "before"
            and postposed_frame_with_clause_after(words, frame, body_end)
        ):
            continue
        if frame and english and relative_clause_on_speaker(words, frame):
            frame.side = "before"  # '"…," said one resident, who asked not to be named.'
        if frame and found and frame.start < found[-1].end <= index:
            frame.start = found[-1].end  # "Laut BBC News sagte der Minister,": two frames
        if frame and found and frame.side == "before" and frame.start <= found[-1].end:
            continue  # "Wie X berichtet, hat Y den Trailer veröffentlicht": nothing before it
        if frame and not any(frame.start < f.end and f.start < frame.end for f in found):
            frame.medium = source_medium(words, frame)
            found.append(frame)
    return sorted(found, key=lambda f: f.start)
