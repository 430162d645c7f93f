"""English reports, whose frame takes no comma before what was said: "Smith said the deal was
close.", "She told reporters that …", "Stoltenberg urged allies to send more ammunition", and
what a participle after the main clause says: "Zelensky thanked partners, saying the systems
save lives".

German verb frames (:mod:`newsprism.quotes.verb_frames`) end at a comma; these end where the verb's
object does, and what follows is the quotation.
"""

from __future__ import annotations

from newsprism.quotes.addressees import ENGLISH_ADDRESSING
from newsprism.quotes.chunks import MARKS, Words, noun_phrase
from newsprism.quotes.clauses import FINITE_TAGS, STATEMENT_FINITE_TAGS, Frame, has_finite
from newsprism.quotes.cues import Cue
from newsprism.quotes.times import names_a_time, without_time
from newsprism.quotes.verb_subjects import subject_before


def english_past(words: Words, index: int) -> bool:
    """An English past tense that the tagger reads as a participle, right after its subject
    ("The ministry acknowledged that …", "The Kremlin called the decision …"), also past an
    adverb ("The ministry also acknowledged …"), or a perfect ("Russia has repeatedly said …")."""
    if words.language != "en" or words.tokens[index].tag != "VVN":
        return False
    before = index - 1
    if words.pos(before) == "ADV":
        before -= 1
    return words.lower[before] in _PERFECT or words.pos(before) in {"NOUN", "PROPN", "PRON"}


_PERFECT = frozenset({"has", "have", "had"})


def english_report(
    words: Words, index: int, start: int, end: int, lexicon: dict[str, tuple[Cue, ...]]
) -> Frame | None:
    """ "Smith said the deal was close." / "She told reporters that …": English reports take
    no comma before what was said."""
    token = words.tokens[index]
    if words.language != "en" or token.pos != "VERB":
        return None
    if token.tag not in FINITE_TAGS and not english_past(words, index):
        return None
    if words.forms[index + 1] in {",", ":"}:
        return None  # '"…," Stoltenberg said, "…"' or 'He said: "…"': the comma frames decide
    entry = _entry(words, index, lexicon.get(token.lemma, ()))
    if entry is None or not any(frame in entry.frames for frame in ("dass", "v2", "zu")):
        return None  # 'called the move "a provocation"': no clause follows "call"
    if _object_then_participle(words, index, end, lexicon):
        return None  # the participle frames what was said (:func:`english_participle`)
    group = _verb_group_start(words, start, index)
    speaker = subject_before(words, start, group) or _after_opening_phrase(words, start, group)
    if speaker is None and words.forms[index - 1] == ",":
        # "Stoltenberg, speaking in Brussels, said …": the subject before the inserted phrase
        phrase = noun_phrase(words, start, index)
        speaker = phrase if phrase and words.forms[phrase[1]] == "," else None
    joint = next((i for i in range(index - 1, start, -1) if words.lower[i] in {"and", "but"}), 0)
    if speaker is None and joint and has_finite(words, start, joint):
        # a second main clause: "Lavrov criticised the move and said …" shares the first
        # verb's subject, "The talks failed and officials said …" has its own; what the first
        # verb reports ends where the second clause begins
        if joint == index - 1:
            speaker = _first_verb_subject(words, start, joint)
        else:
            speaker = subject_before(words, joint + 1, index)
        start = joint
    if speaker is None:
        return None
    speaker = without_time(words, speaker)
    cue = [index, index + 1] if entry.particle else [index]  # "called on"
    begin = cue[-1] + 1
    addressee = None
    urging = "zu" in entry.frames
    spoken_to = noun_phrase(words, begin, end) if token.lemma == "tell" or urging else None
    if spoken_to and urging and words.lower[spoken_to[1]] == "to":
        # "Stoltenberg urged allies to send more ammunition", "called on allies to …": what
        # they were urged to do
        if spoken_to[1] + 1 >= end or words.pos(spoken_to[1] + 1) != "VERB":
            return None
        medium = entry.medium
        return Frame(start, spoken_to[1], "after", cue, speaker, medium, token.lemma, spoken_to)
    if spoken_to and token.lemma == "tell":  # "She told reporters that …"
        addressee, begin = spoken_to, spoken_to[1]
    that = next((i for i in range(begin, min(begin + 6, end)) if words.lower[i] == "that"), None)
    if that is not None and (
        that == begin
        # "said on Thursday that …", "said in a statement that …", "said last week that …":
        # the frame's own phrase; not "said the plan that the council approved was good", a
        # relative clause
        or (words.pos(begin) in {"ADP", "ADV"} and not has_finite(words, begin, that))
        or names_a_time(words, (begin, that))
    ):
        begin = that + 1
    elif (
        words.pos(begin) == "ADP"
        and (phrase := noun_phrase(words, begin + 1, end))
        and words.pos(phrase[1]) in {"DET", "PRON", "PROPN", "NOUN"}
        and _finite_outside_marks(words, phrase[1], end)
    ):
        # "said on Friday it would …", "said in a statement the attack was …": the frame's
        # own phrase, when a clause with its subject follows it
        begin = phrase[1]
    if end - begin < 3 or not _finite_outside_marks(words, begin, end):
        return None  # not "warned the West against escalation, saying „this would be …“"
    addressee = addressee or _opening_audience(words, start, speaker[0])
    return Frame(start, begin, "after", cue, speaker, entry.medium, token.lemma, addressee)


def _opening_audience(words: Words, start: int, stop: int) -> tuple[int, int] | None:
    """Whom a phrase that opens the sentence says the speaker addressed: "Speaking to reporters
    in Brussels, Stoltenberg said …", "In an interview with CNN, Zelensky said …"."""
    for index in range(start, stop - 2):
        lower, after = words.lower[index], words.lower[index + 1]
        if (lower in {"speaking", "talking"} and after in {"to", "with"}) or (
            lower in {"interview", "conversation"} and after == "with"
        ):
            phrase = noun_phrase(words, index + 2, stop)
            return phrase if phrase and phrase[1] < stop else None
    return None


def _after_opening_phrase(words: Words, start: int, verb: int) -> tuple[int, int] | None:
    """The subject after a phrase without a verb and its comma at the start of the sentence:
    "On Friday, the White House said …", "In a statement, the ministry said …"."""
    comma = next((i for i in range(verb - 1, start, -1) if words.forms[i] == ","), None)
    if comma is None:
        return None
    # "If the talks fail, Russia said it would respond": a clause of condition or time before;
    # "Asked about the plan, Johnson said …": a participle (read as a past tense) opens it
    participle = words.tokens[start].tag in FINITE_TAGS
    if (
        has_finite(words, start + participle, comma)
        and words.lower[start] not in _OPENING_SUBORDINATORS
    ):
        return None
    return subject_before(words, comma + 1, verb)


_OPENING_SUBORDINATORS = frozenset(
    {"if", "when", "while", "after", "before", "although", "though", "because", "since", "unless"}
)


def relative_clause_on_speaker(words: Words, frame: Frame) -> bool:
    """Whether what follows a frame that comes right after marked words is a relative clause on
    its speaker ('"…," said one resident, who asked not to be named'): the frame attributes the
    marked words before it."""
    return (
        frame.side == "after"
        and frame.start > 0
        and words.forms[frame.start - 1] in MARKS
        and frame.end < len(words)
        and words.lower[frame.end] in {"who", "whose", "which"}
    )


def postposed_frame_with_clause_after(words: Words, frame: Frame, end: int) -> bool:
    """Whether an English frame read as following what was said ("…, X said") goes on with a
    colon or a clause of its own: "Asked whether he would resign, Johnson said: "No."" and
    "…, Russia said it would respond" report what follows the verb, not the clause before."""
    after = frame.cue[-1] + 1
    if after < end and words.forms[after] == ":":
        return True
    return _finite_outside_marks(words, after, end)


def _verb_group_start(words: Words, start: int, verb: int) -> int:
    """Where the verb's group begins: past the adverbs and auxiliaries between it and its
    subject ("Russia has repeatedly said", "The ministry also stressed")."""
    while verb - 1 > start and (
        words.pos(verb - 1) == "ADV" or words.lower[verb - 1] in _AUXILIARIES
    ):
        verb -= 1
    return verb


_AUXILIARIES = _PERFECT | {"will", "would", "did", "does", "do"}


def _entry(words: Words, index: int, entries: tuple[Cue, ...]) -> Cue | None:
    """The verb entry the word at ``index`` is: the one whose particle follows it ("called on
    allies to …"), else the first without a particle."""
    following = words.lower[index + 1] if index + 1 < len(words) else ""
    verbs = [entry for entry in entries if entry.kind == "verb"]
    with_particle = next((e for e in verbs if e.particle and e.particle == following), None)
    return with_particle or next((e for e in verbs if not e.particle), None)


def _first_verb_subject(words: Words, start: int, joint: int) -> tuple[int, int] | None:
    """The subject of the clause's first verb, which a verb after "and" shares: "Lavrov
    criticised the move and said Moscow would respond"."""
    first = next(
        (
            i
            for i in range(start, joint)
            if words.tokens[i].tag in STATEMENT_FINITE_TAGS or english_past(words, i)
        ),
        None,
    )
    return subject_before(words, start, first) if first is not None else None


def _finite_outside_marks(words: Words, begin: int, end: int) -> bool:
    # "… said Ukraine needed help": a past tense the tagger reads as participle counts too
    return _first_finite_outside_marks(words, begin, end, FINITE_TAGS) is not None


def english_participle(
    words: Words, index: int, start: int, end: int, lexicon: dict[str, tuple[Cue, ...]]
) -> Frame | None:
    """ "Zelensky thanked partners, saying the systems "save lives"": a verb of saying in
    "-ing" after the main clause; its speaker is the main clause's subject."""
    token = words.tokens[index]
    if words.language != "en" or token.tag != "VVG" or words.forms[index - 1] != ",":
        return None
    entries = lexicon.get(token.lemma)
    if not entries or entries[0].kind != "verb":
        return None
    finite = _first_finite_outside_marks(words, start, index)
    if finite is None:
        return None
    closing = next((i for i in range(finite - 1, start - 1, -1) if words.forms[i] in MARKS), None)
    if closing is not None and lexicon.get(words.tokens[finite].lemma):
        # '"We are ready," said Baerbock, adding that …' (or 'Baerbock said, adding …'): the
        # frame after the marks, whose speaker goes on
        addressee = None
        if closing == finite - 1:
            speaker = noun_phrase(words, finite + 1, index)
            reached = speaker[1] if speaker else 0
        else:
            speaker = subject_before(words, closing + 1, _verb_group_start(words, start, finite))
            reached = finite + 1
            if words.tokens[finite].lemma in ENGLISH_ADDRESSING:  # "… told reporters, adding"
                addressee = noun_phrase(words, finite + 1, index)
                reached = addressee[1] if addressee else reached
        if speaker is None or reached != index - 1:
            return None
        begin = index + 1 + (words.lower[index + 1] == "that")
        medium = entries[0].medium
        return Frame(index, begin, "after", [index], speaker, medium, token.lemma, addressee)
    main = lexicon.get(words.tokens[finite].lemma)
    addressee = None
    if main and "zu" not in main[0].frames and not _judging_only(main[0]):
        # "Putin warned the West against …, saying "…"": the main verb frames it; but what
        # allies were urged to do ends at the comma ("urged allies to …, warning that …"), and
        # a bare object is no speech ("Israel denied the allegations, saying …"), or whom the
        # main verb addresses ("Putin warned the West, saying …")
        if _object_then_participle(words, finite, end, lexicon):
            if words.tokens[finite].lemma in ENGLISH_ADDRESSING:
                addressee = noun_phrase(words, finite + 1, index - 1)
        elif not _finite_outside_marks(words, finite + 1, index - 1):
            return None
        # else "Kuleba said the decision was historic, adding that …": a second quotation
    speaker = subject_before(words, start, finite)
    if speaker is None:
        return None
    speaker = without_time(words, speaker)
    begin = index + 1 + (words.lower[index + 1] == "that")
    if end - begin < 2:
        return None
    medium = entries[0].medium
    return Frame(index, begin, "after", [index], speaker, medium, token.lemma, addressee)


def _judging_only(entry: Cue) -> bool:
    """A verb that only judges its object ("accused the West of lying") frames no clause: a
    participle of saying after it reports what was said."""
    return not any(frame in entry.frames for frame in ("dass", "v2", "zu"))


def _first_finite_outside_marks(
    words: Words, start: int, end: int, tags: frozenset[str] = STATEMENT_FINITE_TAGS
) -> int | None:
    """The first finite verb (a tag in ``tags``, or a past tense read as a participle) between
    ``start`` and ``end`` that is not inside quotation marks."""
    quoted = False
    for index in range(start, end):
        if words.forms[index] in MARKS:
            quoted = not quoted
        elif not quoted and (words.tokens[index].tag in tags or english_past(words, index)):
            return index
    return None


def _object_then_participle(
    words: Words, verb: int, end: int, lexicon: dict[str, tuple[Cue, ...]]
) -> bool:
    """Whether the verb's object is followed by a comma and a verb of saying in "-ing":
    "Israel denied the allegations, saying …", "Putin warned the West, saying …"."""
    phrase = noun_phrase(words, verb + 1, end)
    if phrase is None or phrase[1] + 1 >= end or words.forms[phrase[1]] != ",":
        return False
    after = words.tokens[phrase[1] + 1]
    return after.tag == "VVG" and any(e.kind == "verb" for e in lexicon.get(after.lemma, ()))
