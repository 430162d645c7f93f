"""What a frame attributes: the token ranges of its quotation within the sentence."""

from __future__ import annotations

from newsprism.model import Token
from newsprism.quotes.chunks import MARKS, RELATIVE_PRONOUNS, Words, opens_quote
from newsprism.quotes.clauses import (
    FINITE_TAGS,
    STATEMENT_FINITE_TAGS,
    Frame,
    has_finite,
    phrase_head,
    source_noun_endings,
)
from newsprism.quotes.english_frames import english_past

_EDGE = frozenset({",", ";", ":", "und", "–", "-", "and"})
_ENGLISH_RELATIVES = frozenset({"who", "whose", "which"})
_FINAL = frozenset({".", "!", "?", "…"})


def frame_region(
    words: Words, frames: list[Frame], position: int, first: int, end: int
) -> list[tuple[int, int]]:
    """The token ranges a frame attributes, trimmed of punctuation and joining words."""
    frame = frames[position]
    # a source inside what a verb frame attributes is nested in it: "Wie Steg mitteilte, ist
    # die Energie nach Auffassung der Kanzlerin unverzichtbar" (both attribute the whole clause)
    after = [f for f in frames[position + 1 :] if not nested_source(words, frame, f)]
    if after and _reports_the_frame_after(words, frame, after[0]):
        after = after[1:]
    left = frames[position - 1].end if position else first
    right = after[0].start if after else end
    if frame.side == "after":
        # "…, dass es ins Ausland getragen würde: „Das hat es nicht gegeben.“": what follows
        # the colon is a direct quotation of its own
        right = next((i for i in range(frame.end, right - 1) if opens_quote(words, i)), right)
        right = _comment_start(words, frame.end, right)  # "…, a claim that could not be …"
        begin = frame.end
        for other in frames[position + 1 :] if words.language == "en" else []:
            if other.start == begin and nested_source(words, frame, other):
                begin = other.end  # "said, according to Reuters, that …": after the source
        pieces = [(begin, _subordinate_end(words, begin, right))]
        if (
            words.language == "en"
            and frame.start > left
            and words.forms[frame.start - 1] == ","
            and words.forms[frame.end - 1] != ":"  # 'Asked …, he said: "Never."': the colon's
            and words.tokens[frame.cue[0]].tag != "VVG"  # ', saying the systems "save lives"'
            and not has_finite(words, frame.end, right)
            # the tagger may read a past tense as a participle: "A strike killed 12 people"
            and (
                has_finite(words, left, frame.start)
                or any(english_past(words, i) for i in range(left, frame.start))
            )
        ):
            # "… killed 12 people, officials said, in one of the deadliest attacks": a frame
            # between commas with no clause after it attributes the clause before it
            pieces = [(left, frame.start)]
    elif frame.side == "before":
        # "X war zufrieden: „Ein guter Start“, sagte er": what follows the colon
        left = _after_last(words, left, frame.start, {":"})
        pieces = [(left, frame.start)]
        if not _is_clause(words, left, frame.start):
            return []  # "Kemal Bedri, Vorsitzender der Wahlkommission, begründete …": no quote
        if _condition(words, left, frame.start) and any(
            words.tokens[i].mood == "subj1" for i in frame.cue
        ):
            # "Sollte der Westen … liefern, werde Moskau „angemessen antworten“": a verb of
            # saying in Konjunktiv I after a condition is what someone reported
            return []
    else:
        # "Piltz schloss sich an: Die Mittel seien ihrer Meinung nach …": after a colon
        left = _after_last(words, left, frame.start, {";", ":"})
        left = _source_clause_start(words, left, frame)
        right = min([right] + [i for i in range(frame.end, right) if words.forms[i] == ";"])
        relative = _relative_clause_start(words, left, frame)
        if relative is not None:  # "…, der nach Angaben der Zeitung Kollegen beschimpfte."
            left, right = relative, _verb_final_end(words, frame.end, right)
        pieces = [(left, frame.start), (_past_relative_clause(words, frame, right), right)]
        if _in_view_of(words, frame.end, right):
            pieces = pieces[:1]  # "…“, erklärte er mit Blick darauf, dass …": the frame's own
        elif words.language == "en" and not has_finite(words, frame.end, right):
            pieces = pieces[:1]  # "Moscow would respond, he said, without giving details."
    trimmed = [trim(words, a, b) for a, b in pieces]
    return [piece for piece in trimmed if piece[1] - piece[0] > 0]


def _in_view_of(words: Words, after: int, right: int) -> bool:
    """Whether the clause after the frame (which ends with its comma, before ``after``) depends
    on "mit Blick darauf" or "im Hinblick darauf" at the frame's end: it is why something was
    said, not what."""
    return (
        after >= 3
        and after < right
        and words.lower[after] == "dass"
        and words.forms[after - 1] == ","
        and words.lower[after - 2] == "darauf"
        and words.lower[after - 3] in {"blick", "hinblick"}
    )


def _reports_the_frame_after(words: Words, frame: Frame, other: Frame) -> bool:
    """Whether a source reports the verb frame after it in its clause, which is then nested
    in what the source attributes: "Laut BBC News sagte der Minister, dass …"."""
    between = words.forms[frame.end : other.start]
    return (
        is_source(words, frame)
        and not is_source(words, other)
        and not any(form in {",", ";", ":"} for form in between)
        and (words.lower[frame.cue[0]] != "nach" or _source_noun(words, frame))
    )


def _source_noun(words: Words, frame: Frame) -> bool:
    """Whether the phrase after "nach" is headed by a noun that names a source ("nach Angaben
    der Polizei", "nach Polizeiangaben"), not an event it may follow in time ("Nach Gerüchten
    teilte sein Stellvertreter mit")."""
    if frame.speaker is None:
        return False
    head = phrase_head(words, frame.speaker)
    if head is None:
        return False
    return words.tokens[head].lemma.lower().endswith(source_noun_endings(words.language))


def nested_source(words: Words, frame: Frame, other: Frame) -> bool:
    """Whether ``other``, a source after the verb frame ``frame``, is nested in what ``frame``
    attributes: in its clause, with no comma between ("…, die nach Aussagen der Organisationen
    nicht betroffen sind" is a clause of its own)."""
    between = words.forms[frame.end : other.start]
    return frame.side == "after" and is_source(words, other) and "," not in between


def is_source(words: Words, frame: Frame) -> bool:
    """A frame of a preposition or postposition with its source: "nach Angaben der Polizei"."""
    # "according to" too, whose first word the tagger reads as a participle
    return frame.side == "inside" and (
        words.pos(frame.cue[0]) == "ADP" or words.lower[frame.cue[0]] == "according"
    )


# conjunctions that open a clause of reason, result or time: "…, weil er sich nach Auffassung
# des Gerichts schuldig gemacht hat" attributes only that clause to the court
_CLAUSE_CONJUNCTIONS = frozenset(
    {"weil", "da", "zumal", "sodass", "obwohl", "nachdem", "während", "bevor", "damit"}
)


def _source_clause_start(words: Words, start: int, frame: Frame) -> int:
    """Where the clause of a German source begins: after the last comma before it when that
    comma opens a clause of its own, either with a conjunction of reason or time, or as a second
    main clause after a first one ("Die ersten Funde machten sie im Jahr 2000, im Jahr 2004 war
    die Gruppe laut der Zeitung am Ziel"). Else ``start``."""
    if words.language != "de" or not is_source(words, frame):
        return start
    comma = max((i for i in range(start, frame.start) if words.forms[i] == ","), default=None)
    if comma is None:
        return start
    if words.lower[comma + 1] in _CLAUSE_CONJUNCTIONS:
        return comma + 1
    before = _after_last(words, start, comma, {","})
    # neither the clause before the comma nor the sentence may open as a subordinate clause
    # ("Nachdem …, ist es laut Focus zu …", "Die Polizei, die am Ort war, hat laut Zeugen …")
    opening = _CLAUSE_CONJUNCTIONS | {"wenn", "falls", "als", "dass", "ob", "was"}
    first_main = all(
        words.lower[i] not in opening and words.pos(i) != "SCONJ" for i in (start, before)
    ) and (before == start or words.lower[before] not in RELATIVE_PRONOUNS)
    finite = STATEMENT_FINITE_TAGS
    if (
        first_main
        and words.lower[comma + 1] not in RELATIVE_PRONOUNS
        and any(words.tokens[i].tag in finite for i in range(before, comma))
        and any(words.tokens[i].tag in finite for i in range(comma + 1, frame.start))
    ):
        return comma + 1
    return start


def _relative_clause_start(words: Words, start: int, frame: Frame) -> int | None:
    """The relative pronoun that opens the clause of a source ("…, die nach Aussagen der
    Organisationen nicht betroffen sind", "…, unter denen sich nach Einschätzung …"), or whose
    pronoun is the source ("Studien, nach denen …"): the source attributes that clause alone.
    None when the source is not in a relative clause."""
    source = frame.start
    comma = max((i for i in range(start, source) if words.forms[i] == ","), default=None)
    if comma is None:
        return None
    pronoun = comma + 2 if words.pos(comma + 1) == "ADP" else comma + 1
    if words.lower[pronoun] not in RELATIVE_PRONOUNS | {"was"}:
        return None
    if pronoun >= source and (pronoun, pronoun + 1) != frame.speaker:
        return None
    if any(words.pos(i) in {"NOUN", "PROPN", "VERB", "AUX"} for i in range(pronoun + 1, source)):
        return None  # ", die Polizei nach …": an article
    return comma + 1


def konjunktiv_part(words: Words, first: int, end: int, continuing: bool) -> tuple[int, int]:
    """The part of a sentence without a frame that reports: from the clause of its first
    Konjunktiv verb (after an indicative clause the narrator speaks in: "Gysi hatte die These
    vertreten, die Partei stagniere") to the comma where an indicative main clause resumes
    ("Die Hoffnung, sein Leben werde sich wenden, schien sich nicht zu erfüllen", whose
    reported part starts after the comma before it)."""
    reported = [i for i in range(first, end) if reports(words.tokens[i], continuing)]
    if not reported:
        return (first, end)
    start = first
    # a verb that opens the sentence states a condition ("Verläuft der Test erfolgreich,
    # würde …"), which belongs to what is reported
    narrated = [i for i in range(first + 1, reported[0]) if _indicative(words, i)]
    if narrated:
        start = _after_last(words, narrated[-1], reported[0], {",", ";", ":"})
        start = start if start > narrated[-1] else first
        clause = _after_last(words, narrated[0], narrated[-1], {",", ";", ":"})
        if (
            start == first
            and clause > narrated[0]
            and "und" in words.lower[narrated[-1] : reported[0]]
        ):
            # "X lehnt einen Verkauf ab, ein Verkauf von Anteilen ist abhängig von den
            # Konditionen und werde geprüft": the clause that goes on in Konjunktiv reports
            start = clause
    stop = next(
        (
            i
            for i in range(reported[-1] + 1, end - 1)
            if words.forms[i] == "," and _indicative(words, i + 1)
        ),
        end,
    )
    if stop < end:  # the main clause around it: "Die Hoffnung, sein Leben werde …, schien …"
        start = max(start, _after_last(words, first, reported[0], {","}))
    if (start, stop) == (first, end):
        return (first, end)  # the whole sentence, which the next one's report may continue
    return trim(words, start, stop)


def reports(token: Token, continuing: bool) -> bool:
    """Whether a verb's mood reports: Konjunktiv I, or also Konjunktiv II where it continues a
    report. "möchte" is a Konjunktiv II only in form ("Diesen Druck möchte er vermeiden")."""
    if token.mood == "subj2":
        return continuing and token.lemma != "mögen"
    return token.mood == "subj1"


def _indicative(words: Words, index: int) -> bool:
    token = words.tokens[index]
    return token.tag in STATEMENT_FINITE_TAGS and token.mood == "ind"


def _past_relative_clause(words: Words, frame: Frame, right: int) -> int:
    """Where what an inserted frame attributes resumes after it: past a relative clause on
    its speaker ("„…“, sagte Arturo Arauz, der das Gesetz entworfen hatte."), which says who
    the speaker is, not what was said."""
    start = frame.end
    if words.forms[start - 1] != "," or frame.speaker is None or frame.speaker[1] > start:
        return start
    if words.language == "en" and words.lower[start] in _ENGLISH_RELATIVES:
        # '"…," said Baerbock, who arrived on Monday': to its comma, where marked words may go
        # on ('…, who chairs the panel, "and …"'), else to the end
        comma = next((i for i in range(start, right) if words.forms[i] == ","), None)
        return comma + 1 if comma is not None and words.forms[comma + 1] in MARKS else right
    pronoun = start + 1 if words.pos(start) == "ADP" else start  # "…, von dem …"
    if (
        pronoun + 1 >= min(right, len(words))
        or words.lower[pronoun] not in RELATIVE_PRONOUNS
        or words.pos(pronoun + 1) in {"NOUN", "ADJ", "PROPN"}  # "…, die Lage sei ernst"
        or words.tokens[pronoun + 1].tag in STATEMENT_FINITE_TAGS  # "…, die seien gefährlich"
    ):
        return start
    end = _verb_final_end(words, pronoun, right)
    return end + 1 if end < right else right


def _verb_final_end(words: Words, start: int, stop: int) -> int:
    """Where a verb-final clause ends: at the first comma after its verb, else ``stop``."""
    for index in range(start + 1, stop):
        if words.forms[index] == "," and words.pos(index - 1) in {"VERB", "AUX"}:
            return index
    return stop


def _after_last(words: Words, start: int, stop: int, marks: set[str]) -> int:
    """The index after the last of ``marks`` in [start, stop), or ``start`` without one."""
    return max([start] + [i + 1 for i in range(start, stop) if words.forms[i] in marks])


def _comment_start(words: Words, start: int, end: int) -> int:
    """Where the writer's own comment on what was said begins: "…, a claim that could not be
    independently verified" (English); else ``end``."""
    if words.language != "en":
        return end
    for index in range(start + 1, end - 2):
        if (
            words.forms[index] == ","
            and words.lower[index + 1] in {"a", "an"}
            and words.lower[index + 2] in _CLAIM_NOUNS
        ):
            return index
    return end


_CLAIM_NOUNS = frozenset({"claim", "assertion", "allegation", "accusation", "charge", "figure"})


def _subordinate_end(words: Words, start: int, end: int) -> int:
    """Where a dass- or ob-clause ends: at a comma that resumes the main clause with a finite
    verb ("dass er gesucht werde, hatte dieser versucht") or with "und" and one."""
    if words.lower[start : start + 1] not in (["dass"], ["daß"], ["ob"]):
        return end
    for index in range(start + 2, end - 1):
        if words.forms[index] != ",":
            continue
        following = index + 1
        if words.lower[following] in {"und", "aber"}:
            following += 1
        if following < end and words.tokens[following].tag in STATEMENT_FINITE_TAGS:
            return index
    return end


_CONDITIONS = frozenset(
    {"wenn", "falls", "sofern", "solange", "sobald", "weil", "da", "obwohl", "nachdem", "bevor"}
    | {"if", "unless", "because", "although", "once", "when"}
)


def _condition(words: Words, start: int, end: int) -> bool:
    """Whether the clause before a frame, not in marks, is a condition or a cause of what the
    frame's verb does rather than what was said: it opens with "wenn", "weil", …, or with its
    finite verb ("Sollte der Westen liefern, werde Moskau antworten"). "Dass …" and "Ob …"
    clauses are what was said."""
    first = start
    while first < end and words.pos(first) == "PUNCT" and words.forms[first] not in MARKS:
        first += 1
    if first >= end or words.forms[first] in MARKS:
        return False
    verb_first = words.language == "de" and words.tokens[first].tag in FINITE_TAGS
    return verb_first or words.lower[first] in _CONDITIONS


def _is_clause(words: Words, start: int, end: int) -> bool:
    """A stretch with a verb, or a marked quotation: something that can be said."""
    return any(
        words.tokens[i].pos in {"VERB", "AUX"} or words.forms[i] in MARKS for i in range(start, end)
    )


def trim(words: Words, start: int, end: int) -> tuple[int, int]:
    while end > start and (words.forms[end - 1] in _FINAL or words.lower[end - 1] in _EDGE):
        end -= 1
    while start < end and words.lower[start] in _EDGE:
        start += 1
    return (start, end)
