"""What frames are made of: the Frame record, clause boundaries, finite verbs, complements.

Shared by :mod:`newsprism.quotes.verb_frames` (frames around a cue verb) and
:mod:`newsprism.quotes.sources` (frames around a source: "laut dpa", "nach Angaben der
Polizei", ", so der Minister", "die Forderung des Ministers, …").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from newsprism.quotes.chunks import MARKS, SUBORDINATORS, Words, noun_phrase, without_final_point
from newsprism.quotes.cues import Cue, cues
from newsprism.quotes.marks import OPENING_DOUBLE
from newsprism.quotes.verb_subjects import subject_after, subject_before

CLAUSE_END = frozenset({",", ":", ";"})

JOINING = frozenset({"und", "sowie", "aber", "and"})

OBJECTS = frozenset({"dem", "den", "ihm", "ihr", "ihnen", "einem"})

# separable verb particles ("teilte … mit", "gab … bekannt")
PARTICLES = frozenset(
    {
        "ab",
        "an",
        "auf",
        "aus",
        "bei",
        "bekannt",
        "dar",
        "ein",
        "fest",
        "fort",
        "frei",  # "sprachen ihn frei" acquits, it does not speak
        "her",
        "heraus",
        "hervor",
        "hin",
        "hinzu",
        "klar",
        "los",
        "mit",
        "nach",
        "vor",
        "voraus",
        "weg",
        "zu",
        "zurück",
        "zusammen",
    }
)

FINAL = frozenset({".", "!", "?", "…"})

_COMPLEMENTISERS = frozenset(
    {
        "dass",
        "daß",
        "ob",
        "wie",
        "warum",
        "weshalb",
        "wann",
        "wo",
        "wer",
        "was",
        "welche",
        "welcher",
        "wieso",
        "inwieweit",
        "that",
        "whether",
    }
)

# German STTS (HanTa) and English CLAWS C5 tags of finite verbs
FINITE_TAGS = frozenset(
    {
        "VV(FIN)",
        "VA(FIN)",
        "VM(FIN)",
        "VV(IMP)",
        "VA(IMP)",
        "VVD",
        "VVZ",
        "VVB",
        "VBD",
        "VBZ",
        "VBB",
        "VHD",
        "VHZ",
        "VHB",
        "VDD",
        "VDZ",
        "VDB",
        "VM0",
    }
)

# the finite forms of a statement's main verb, as the sentence-level rules look for it: no
# imperatives, and of English only past and third-person forms of lexical verbs and "be"
STATEMENT_FINITE_TAGS = frozenset({"VV(FIN)", "VA(FIN)", "VM(FIN)", "VVD", "VVZ", "VBD", "VBZ"})


@dataclass
class Frame:
    start: int  # token range of the whole frame
    end: int
    side: (
        str  # after: the quote follows; before: it precedes; inside: it is the rest of the sentence
    )
    cue: list[int] = field(default_factory=list)  # token indices of the cue
    speaker: tuple[int, int] | None = None
    medium: str = "speech"
    lemma: str = ""
    addressee: tuple[int, int] | None = None
    joined: bool = False  # the clause follows "und": its subject is the previous clause's


def main_clause_first(words: Words, start: int, end: int) -> bool:
    """Whether the sentence opens with a clause (its finite verb before the first comma), as
    before an inserted frame ("Die Lage sei ernst, hieß es, …"), rather than with a subject
    and its relative clause ("Frank Sichau, der … fungiert, erklärte, …")."""
    for index in range(start, end):
        if words.forms[index] == ",":
            return False
        if words.tokens[index].tag in FINITE_TAGS:
            return True
    return False


def prefield_before(words: Words, start: int, comma: int, after: int) -> bool:
    """Whether the words before an inserted frame are the first phrase of the clause it
    interrupts, whose finite verb follows the frame ("In zehn Jahren, sagte er, werde …",
    "Der Grund, so vermutet die Zeitung, dürfte …")."""
    return (
        comma > start
        and after < len(words.tokens)
        and words.tokens[after].tag in FINITE_TAGS
        and "," not in words.forms[start:comma]
        and not has_finite(words, start, comma)
    )


def has_finite(words: Words, start: int, end: int) -> bool:
    return any(words.tokens[i].tag in FINITE_TAGS for i in range(start, end))


def complement_follows(
    words: Words, begin: int, end: int, cue: Cue, verb_last: bool = False
) -> bool:
    """Whether what follows the frame's comma at ``begin`` is what the cue reports: a
    dass-clause, a quotation, a clause in Konjunktiv, an infinitive with "zu". With
    ``verb_last`` (the frame's clause ends in its verb: "Er fügte hinzu,") also a main clause
    in the indicative, which no noun before the comma can take as a relative clause ("Er
    fügte hinzu, die Preise steigen")."""
    if begin >= end:
        return False
    first = words.lower[begin]
    if first in _COMPLEMENTISERS and "dass" in cue.frames:
        return True
    if words.forms[begin] in {"„", "»", '"', "“", "«"}:
        return True
    if first == "sodass" or words.lower[begin : begin + 2] == ["so", "dass"]:
        return False  # "… Gerüchte verbreitet haben, sodass Hetzjagden entstanden seien"
    if words.tokens[begin].tag in FINITE_TAGS:
        return False  # "gebe die Kontakte zu, spreche aber …": his second clause, not a report
    moods = {words.tokens[i].mood for i in range(begin, min(end, begin + 40))}
    if "v2" in cue.frames and moods & {"subj1", "subj2"}:
        return True
    if "v2" in cue.frames and _indicative_main_clause(words, begin, end, verb_last):
        return True  # "erklärte, die Kontrollen dienten der Sicherheit": a weak Konjunktiv II
    if "v2" in cue.frames and _marked_after_subject(words, begin, end):
        return True  # "meinte, der Ehemann „konnte sich nicht abfinden“": quoted as said
    if "zu" in cue.frames and _zu_infinitive(words, begin, end):
        return True
    # English: "He said, the plan is …"; not before a frame of its own ("Moscow would
    # respond, he said, …", where "Moscow would respond" is what was said)
    return words.language == "en" and "v2" in cue.frames and not _inserted_frame(words, begin)


def _inserted_frame(words: Words, begin: int) -> bool:
    """ "he said," / "Smith told reporters,": a subject and a verb of saying right after the
    comma, then another comma."""
    if words.pos(begin) not in {"PRON", "PROPN"}:
        return False
    verb = next((i for i in range(begin + 1, begin + 4) if words.pos(i) == "VERB"), None)
    return (
        verb is not None
        and words.tokens[verb].lemma in cues(words.language)
        and "," in words.forms[verb + 1 : verb + 4]
    )


def _zu_infinitive(words: Words, begin: int, end: int) -> bool:
    """Whether an infinitive clause with "zu" begins at ``begin`` ("beteuerte, ständig auf
    Streife zu sein"): not one of purpose ("um … zu") or a subordinate clause whose "zu" is a
    preposition ("nachdem die Wahlen zu einem Patt geführt hatten")."""
    if words.lower[begin] in {"um", "ohne", "statt", "anstatt"} or words.pos(begin) == "SCONJ":
        return False
    for index in range(begin, end):
        if words.forms[index] in FINAL:
            return False
        if words.tokens[index].tag == "VV(IZU)" or (
            words.lower[index] == "zu" and words.pos(index + 1) in {"VERB", "AUX"}
        ):
            return True
    return False


def _marked_after_subject(words: Words, begin: int, end: int) -> bool:
    """A main clause whose subject, right after the frame's comma, is followed by a quotation
    mark that opens the rest of it: "der Ehemann „konnte und wollte …“"."""
    if words.pos(begin) not in {"DET", "NOUN", "PROPN", "PRON"}:
        return False
    for index in range(begin + 1, min(end, begin + 5)):
        if words.forms[index] in OPENING_DOUBLE:
            return words.tokens[index + 1].tag in FINITE_TAGS if index + 1 < end else False
        if words.forms[index] in CLAUSE_END or words.tokens[index].tag in FINITE_TAGS:
            return False
    return False


def _indicative_main_clause(words: Words, begin: int, end: int, any_tense: bool) -> bool:
    """A main clause right after the frame's comma: a phrase, then a finite full verb in the
    Präteritum, which is also the Konjunktiv II of weak verbs ("die Kontrollen dienten …");
    with ``any_tense`` any finite verb ("die Lage ist ernst", "die Preise steigen")."""
    if words.pos(begin) not in {"DET", "NOUN", "PROPN", "PRON"}:
        return False
    for index in range(begin + 1, min(end, begin + 6)):
        token = words.tokens[index]
        if token.tag in FINITE_TAGS:
            if any_tense:  # the verb in second place: not a relative clause's, at its end
                return noun_phrase(words, begin, end) == (begin, index)
            # more follows the verb: a relative clause ("ein Taifun, der den Norden
            # heimsuchte") ends with it
            more = index + 1 < end and words.forms[index + 1] not in CLAUSE_END | FINAL
            return more and token.pos == "VERB" and words.lower[index].endswith(("te", "ten"))
        if words.forms[index] in CLAUSE_END:
            return False
    return False


def start_of_clause(words: Words, index: int, start: int) -> int:
    position = index
    while (
        position > start
        and words.forms[position - 1] not in CLAUSE_END
        and not joins_clause(words, position - 1)
    ):
        position -= 1
    return position


def end_of_clause(words: Words, index: int, end: int) -> int:
    position = index + 1
    while (
        position < end
        and words.forms[position] not in CLAUSE_END
        and not joins_clause(words, position)
    ):
        position += 1
    return position


def joins_clause(words: Words, index: int) -> bool:
    """ "und fügte hinzu": a conjunction followed by a finite verb starts a new clause."""
    return (
        words.lower[index] in JOINING and words.tokens[index + 1].tag in FINITE_TAGS
        if index + 1 < len(words)
        else False
    )


def finite_verb_of(words: Words, start: int, end: int) -> int | None:
    """The finite verb of a clause whose cue is an infinitive or participle: an auxiliary or
    modal ("hat mitgeteilt") or a full verb ("ließ verlauten")."""
    candidates = [i for i in range(start, end) if words.tokens[i].tag in FINITE_TAGS]
    auxiliaries = [i for i in candidates if words.tokens[i].pos == "AUX"]
    chosen = auxiliaries or candidates
    return chosen[0] if chosen else None


def has_cue_noun(
    words: Words, phrase: tuple[int, int], lexicon: dict[str, tuple[Cue, ...]]
) -> bool:
    """Whether the phrase's head, its first noun, is a cue noun or a compound headed by a source
    noun ("Polizeiangaben", but not "Unabhängigkeitserklärung"). A cue noun further on belongs
    to an attribute: "nach der Bruchlandung eines A 340 schwere Vorwürfe", "nach Abschluss der
    Ermittlungen"."""
    head = phrase_head(words, phrase)
    if head is None:
        return False
    lemma = words.tokens[head].lemma
    if any(entry.kind == "noun" for entry in lexicon.get(lemma, ())):
        return True
    return lemma.lower().endswith(source_noun_endings(words.language))


def phrase_head(words: Words, phrase: tuple[int, int]) -> int | None:
    """The head of a noun phrase: its first noun, or the noun after a genitive before it
    ("nach Grupps Meinung")."""
    head = next((i for i in range(*phrase) if words.tokens[i].pos == "NOUN"), None)
    if head is None:
        return None
    if head + 1 < phrase[1] and words.lower[head].endswith("s") and words.pos(head + 1) == "NOUN":
        head += 1
    return head


@cache
def source_noun_endings(language: str) -> tuple[str, ...]:
    """The source nouns that also head compounds ("Polizeiangaben")."""
    return tuple(
        entry.lemma.lower()
        for entries in cues(language).values()
        for entry in entries
        if entry.kind == "noun" and "compound" in entry.frames
    )


def medium_of(lexicon: dict[str, tuple[Cue, ...]], lemma: str) -> str:
    entries = lexicon.get(lemma)
    return entries[0].medium if entries else "speech+writing"


def first_subject(words: Words, start: int, stop: int) -> tuple[int, int] | None:
    """The subject of the sentence's first clause, for a later clause that elides it."""
    for index in range(start, stop):
        if words.tokens[index].tag in FINITE_TAGS:
            return subject_before(words, start, index) or subject_after(words, index, stop)
    return None


def wie_before(words: Words, start: int, clause_start: int) -> int:
    """Where a "wie" clause begins whose subject has an apposition between commas: in "…, wie
    Burt Rutan, Chef der Firma, mitteilte" the verb's clause seems to begin after the last
    comma. Else ``clause_start`` itself."""
    for index in range(clause_start - 2, start - 1, -1):
        if words.tokens[index].tag in FINITE_TAGS:
            break
        if words.lower[index] == "wie" and index > start and words.forms[index - 1] == ",":
            return index
    return clause_start


def reason_first(words: Words, start: int, comma: int) -> bool:
    """Whether the sentence opens with a subordinate clause ending at ``comma``, outside marks
    ("Da Brauereien angewiesen sind, warnte X …"): what a verb after it frames is elsewhere."""
    return (
        words.lower[start] in SUBORDINATORS
        and all(words.forms[i] != "," for i in range(start, comma))
        and not any(words.forms[i] in MARKS for i in range(max(0, start - 1), comma))
    )


AUXILIARIES = frozenset(  # and "lassen": "Außerdem ließ der Pressedienst verlauten, dass"
    {"müssen", "können", "sollen", "wollen", "dürfen", "mögen", "werden", "haben", "sein", "lassen"}
)


def auxiliary_before(words: Words, start: int, clause_start: int) -> int | None:
    """The finite "haben" or "sein" that waits for a participle after the commas before
    ``clause_start``: the last verb of the sentence before it, with only commas of appositions
    between (no other verb)."""
    if clause_start <= start or words.forms[clause_start - 1] != ",":
        return None
    for index in range(clause_start - 2, start - 1, -1):
        token = words.tokens[index]
        if token.pos in {"VERB", "AUX"}:
            waits = token.tag in FINITE_TAGS and token.lemma in {"haben", "sein"}
            return index if waits else None
    return None


def werden_before(words: Words, start: int, index: int) -> int | None:
    for position in range(start, index):
        token = words.tokens[position]
        if token.lemma == "werden" and token.tag in FINITE_TAGS:
            return position
    return None


_LIST_WORDS = frozenset({"NOUN", "PROPN", "DET", "ADJ", "CCONJ"})


def enumeration_to_end(words: Words, comma: int, end: int) -> int:
    """Where the sentence's last words end if, after ``comma``, they only continue a list of
    nouns that the word before it begins ("an Staatsanwaltschaft, Polizei und Veranstalter."),
    else 0."""
    last = without_final_point(words, comma + 1, end)
    rest = range(comma + 1, last)
    if (
        words.pos(comma - 1) not in {"NOUN", "PROPN"}
        or not rest
        or not any(words.lower[i] in {"und", "oder", "sowie"} for i in rest)
    ):
        return 0
    if all(words.pos(i) in _LIST_WORDS or words.forms[i] == "," for i in rest):
        return last
    return 0
