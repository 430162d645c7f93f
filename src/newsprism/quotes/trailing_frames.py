"""A verb frame after its quotation or inside it: "…, sagte der Minister.", "…, wie der Minister
sagte.", "„Wer zahlt?“ fragte er", "Die Ukraine, sagte Stoltenberg, brauche …". Token ranges are
end-exclusive indices into the article's tokens.
"""

from __future__ import annotations

from newsprism.quotes.addressees import press_cut, told_whom
from newsprism.quotes.chunks import MARKS, Words, apposition_to_end, attachments_end, noun_phrase
from newsprism.quotes.clause_ends import adverbial_clause_closes, relative_clause_closes
from newsprism.quotes.clauses import (
    FINAL,
    Frame,
    enumeration_to_end,
    has_finite,
    joins_clause,
    main_clause_first,
    prefield_before,
    reason_first,
    wie_before,
)
from newsprism.quotes.cue_clauses import CueClause
from newsprism.quotes.sources import said_where
from newsprism.quotes.subjects import apposition_after_subject, marked_subject, name_after_comma
from newsprism.quotes.verb_subjects import subject_after, subject_before

_DASHES = frozenset({"–", "—", "-"})


def trailing_frame(words: Words, clause: CueClause) -> Frame | None:
    """The frame if the cue's clause follows its quotation (side "before") or interrupts it
    (side "inside"). Where it does not, ``clause`` is left narrowed to what the frame's clause
    turned out to be, for the frame before a quotation to start from."""
    index, start, end, head = clause.index, clause.start, clause.end, clause.head
    cue_entry, cue = clause.entry, clause.cue
    clause_start, clause_end = clause.clause_start, clause.clause_end
    # quote before: "…, sagte der Minister." / "…, wie der Minister sagte."
    # "„Wer zahlt?“ fragte er": after "?" or "!" the comma before the frame may be left out
    english = words.language == "en"
    closing = index - 2 if words.forms[index - 1] in _DASHES else index - 1
    asked = (
        head == index > start + 1
        and words.forms[closing] in MARKS
        and (
            words.forms[closing - 1] in {"?", "!"}
            # English puts the comma inside the marks: '"We will win," said Zelensky.'
            or (english and words.forms[closing - 1] == ",")
            # „… etabliert.“ erklärte die Ministerin: a point left inside, the comma left out
            or (words.forms[closing - 1] == "." and words.forms[index].islower())
            # „Wir kommen,“ sagte sie / „Wir kommen“ – sagte sie: the comma inside the marks,
            # left out or a dash instead, after a quotation that opens the sentence
            or (words.forms[index].islower() and _quoted_from(words, start, closing))
        )
    )
    if asked:
        clause_start = index
    after_comma = clause_start > start and (words.forms[clause_start - 1] == "," or asked)
    comma = clause_start - 1
    if after_comma and words.lower[clause_start] == "so" and head == clause_start + 1:
        # "…, so bestätigt das Gericht.": "so" opens the frame and belongs to its cue
        cue.append(clause_start)
        clause_start += 1
    if after_comma and head == clause_start == index:
        clause_start = wie_before(words, start, clause_start)

    # "…, hat er gesagt" but not "…, will die Stadt den Hafen schließen": before its cue, only a
    # tense auxiliary makes a frame that follows the quotation
    def continues_after(last: int) -> bool:
        return (
            after_comma
            and last + 1 < end
            and words.forms[last] == ","
            and prefield_before(words, start, comma, last + 1)
        )

    interrupts = continues_after(clause_end)
    if after_comma and not interrupts and head == clause_start:
        # "Die Ukraine, sagte Jens Stoltenberg, der Nato-Generalsekretär, brauche …"
        described = apposition_after_subject(words, head, clause_end, end)
        if described != clause_end and continues_after(described):
            interrupts, clause_end = True, described
    postposed = (
        head == clause_start
        and (head == index or words.tokens[head].lemma in {"haben", "sein", "werden"})
        # not "Celebi, die Frauen vertritt, nennt …": the words before are the verb's subject,
        # unless they are the first phrase of a clause the frame interrupts
        and (subject_before(words, start, head) is None or interrupts)
        # not "Da Brauereien angewiesen sind, warnte X:": a clause of reason is no quotation
        and not reason_first(words, start, clause_start - 1)
        # not "Sie begrüßten die Ankündigung, fordern aber …": a second clause of the same subject
        and words.lower[head + 1] not in {"aber", "jedoch", "allerdings"}
    )
    if after_comma and (postposed or words.lower[clause_start] in {"wie", "as"} or english):
        press = None  # the newspaper told, read into the speaker
        if clause_end < end and words.forms[clause_end] == ",":
            # "…“, heißt es in dem Schreiben an Staatsanwaltschaft, Polizei und Veranstalter."
            clause_end = enumeration_to_end(words, clause_end, end) or clause_end
        if head == clause_start and cue_entry.lemma == "heißen":
            speaker = said_where(words, head, clause_end)  # "…, heißt es in dem Bericht."
        elif head == clause_start:
            speaker, clause_end = _speaker_after(words, head, clause_end, end)
        elif words.lower[clause_start] in {"wie", "as"}:
            speaker = noun_phrase(words, clause_start + 1, clause_end) or marked_subject(
                words, clause_start + 1, head
            )
            if speaker and words.forms[index - 1] == "," and speaker[1] < index - 1:
                speaker = (speaker[0], index - 1)  # "wie Burt Rutan, Chef der Firma, mitteilte"
            speaker, press = press_cut(words, speaker, min(cue))
        else:  # English: '…," the minister said.', '…," said Zelensky.'
            speaker = subject_before(words, clause_start, head) or (
                subject_after(words, head, clause_end) if head == clause_start else None
            )
        named = False  # an apposition between commas after a short frame's speaker
        if head == clause_start and not interrupts and speaker and speaker[1] == clause_end:
            described = apposition_after_subject(words, head, clause_end, end)
            if (
                described != clause_end
                and clause_end - clause_start <= 6
                # a name after a description has a first name: not "…, sagte der Sprecher,
                # Berlin, Paris und London seien bereit"
                and (words.pos(clause_end - 1) != "NOUN" or described - clause_end > 2)
            ):
                # "Die Lage sei ernst, sagte der Chef der Behörde, Hans Müller, es gebe …":
                # the name is the speaker's, not the start of what he said next
                speaker, clause_end, named = (speaker[0], described), described, True
        ends_sentence = clause_end >= end or words.forms[clause_end] in FINAL
        attributable = speaker is not None or not english
        told = press or told_whom(words, head, clause_start, clause_end, speaker)
        # '"…," Stoltenberg said, "…"': English puts the subject first in an inserted frame
        inserted = (
            (head == clause_start or english)
            and clause_end < end
            and words.forms[clause_end] == ","
        )
        # „…“, sagte der Generalsekretär am Montag in Brüssel, „und …“: between two marked parts
        marked = (
            inserted
            and words.forms[clause_end + 1] in MARKS
            # '"…," Stoltenberg told …': in English the frame starts at the closing mark
            and MARKS & set(words.forms[max(clause_start - 2, start) : clause_start + 1])
        )
        short_insert = (
            attributable
            and inserted
            # a long frame only after the clause's first phrase ("Die Ukraine, sagte der
            # Nato-Generalsekretär Jens Stoltenberg am Montag, brauche …") or between marks
            and (clause_end - clause_start <= 6 or interrupts or marked or named)
            and (main_clause_first(words, start, comma) or interrupts)
        )

        def framing(last: int, side: str) -> Frame:
            return Frame(
                clause_start - 1,
                last,
                side,
                sorted(cue),
                speaker,
                cue_entry.medium,
                cue_entry.lemma,
                told,
            )

        if short_insert and words.lower[clause_end + 1] in {"wie", "as"}:
            # "…“, sagte Brandvik, wie sie letzte Woche sagte.": the "wie" clause belongs to
            # the frame, and the quotation is before it
            return framing(end, "before")
        if short_insert:  # "…, hieß es, …", "…, sagte der Minister, …": an inserted frame
            return framing(clause_end + 1, "inside")
        if attributable and (
            ends_sentence
            or joins_clause(words, clause_end)
            # "…, hatte sie gesagt und auf … verwiesen, doch „…“": her quotation goes on
            or _quotation_joins(words, clause_end)
            or adverbial_clause_closes(words, clause_end, end)
            # "…“, heißt es auf der Webseite des Preises, der seit 1991 vergeben wird."
            or (
                cue_entry.lemma == "heißen"
                and words.lower[index + 1] == "es"  # not "so heißt ein Projekt, mit dem …"
                and relative_clause_closes(words, clause_end, end)
            )
        ):
            return framing(clause_end, "before")
    clause.clause_start, clause.clause_end = clause_start, clause_end
    return None


def _speaker_after(
    words: Words, head: int, clause_end: int, end: int
) -> tuple[tuple[int, int] | None, int]:
    """The subject after the verb of a frame after its quotation, with the name or description
    that follows it between commas, and where the frame's clause then ends."""
    speaker = subject_after(words, head, clause_end)
    if (
        speaker
        and attachments_end(words, speaker[1], clause_end) == clause_end < end
        and (name := name_after_comma(words, clause_end, end)) is not None
    ):
        # "…“, sagte der Chef der Agentur für Arbeit, Frank Weise, in Nürnberg."
        speaker, clause_end = (speaker[0], name), end
    described = (
        apposition_to_end(words, clause_end, end, adverbial=True)
        if speaker and speaker[1] == clause_end
        else 0
    )
    if speaker and described:
        # "…, sagte Mark O'Keefe, der Sprecher der Ambulanz.": the description too
        speaker, clause_end = (speaker[0], described), end
    elif speaker and speaker[1] == clause_end < end:
        longer = noun_phrase(words, speaker[0], end)
        if longer and longer[1] > clause_end + 1 and not has_finite(words, longer[1], end):
            # "…“, meinte der Trainer der Frankfurter, Michael Skibbe, in der Sportschau."
            speaker, clause_end = longer, end
    return speaker, clause_end


def _quotation_joins(words: Words, comma: int) -> bool:
    """Whether a conjunction and a quotation mark follow the comma that ends a frame's clause:
    ", doch „…“", ", aber „…“"."""
    return (
        words.forms[comma] == ","
        and words.lower[comma + 1 : comma + 2] in (["doch"], ["aber"], ["und"])
        and words.forms[comma + 2 : comma + 3] in (["„"], ['"'], ["»"])
    )


def _quoted_from(words: Words, start: int, closing: int) -> bool:
    """Whether the mark at ``closing`` closes a quoted clause that opens the sentence beginning
    at ``start``, with no other mark between: „Wir kommen“ sagte sie, but not a title inside a
    clause (Die „Reform“ sagte ihm nichts) nor the end of a quotation a frame introduced."""
    opening = start if words.forms[start] in MARKS else start - 1
    return (
        opening >= 0
        and closing - opening >= 2
        and words.forms[opening] in MARKS
        and not any(words.forms[i] in MARKS for i in range(opening + 1, closing))
        # a clause, not a name in marks: „Muslix64“ erwähnte, dass …
        and has_finite(words, opening + 1, closing)
    )
