"""Frames of reported speech inside one sentence: who speaks, through which cue, on which side.

A frame is the part of a sentence that attributes the rest: "Der Minister sagte," (the quote
follows), ", sagte der Minister" and ", so der Minister" (the quote precedes), "laut dpa",
"nach Angaben der Polizei", "dem Bericht zufolge" and "Wie die Polizei mitteilte," (the quote is
the rest of the sentence). Token ranges are end-exclusive indices into the article's tokens.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsprism.quotes.chunks import Words, noun_phrase, subject_after, subject_before
from newsprism.quotes.cues import Cue, cues

_CLAUSE_END = frozenset({",", ":", ";"})
_JOINING = frozenset({"und", "sowie", "aber", "and"})
_OBJECTS = frozenset({"dem", "den", "ihm", "ihr", "ihnen", "einem"})
# separable verb particles ("teilte … mit", "gab … bekannt")
_PARTICLES = frozenset(
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
_FINAL = frozenset({".", "!", "?", "…"})
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
_PREPOSITIONS = frozenset({"laut", "gemäß", "according"})
# German STTS (HanTa) and English CLAWS C5 tags of finite verbs
_FINITE_TAGS = frozenset(
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


def find_frames(words: Words, start: int, end: int, language: str) -> list[Frame]:
    """The frames of the sentence with tokens [start, end), left to right, not overlapping."""
    lexicon = cues(language)
    body_end = end
    while body_end > start and words.forms[body_end - 1] in _FINAL | {"“", "”", '"', "«", "»"}:
        body_end -= 1
    found: list[Frame] = []
    for index in range(start, body_end):
        frame = (
            _preposition(words, index, start, body_end, lexicon)
            or _postposition_or_so(words, index, start, body_end, lexicon)
            or _verb_frame(words, index, start, body_end, lexicon)
            or _noun_frame(words, index, start, body_end, lexicon)
            or _english_report(words, index, start, body_end, lexicon)
        )
        if frame and found and frame.start < found[-1].end <= index:
            frame.start = found[-1].end  # "Laut BBC News sagte der Minister,": two frames
        if frame and not any(frame.start < f.end and f.start < frame.end for f in found):
            found.append(frame)
    return sorted(found, key=lambda f: f.start)


def _preposition(
    words: Words, index: int, start: int, end: int, lexicon: dict[str, tuple[Cue, ...]]
) -> Frame | None:
    lower = words.lower[index]
    if lower in _PREPOSITIONS:
        skip = 2 if lower == "according" and words.lower[index + 1 : index + 2] == ["to"] else 1
        phrase = noun_phrase(words, index + skip, end)
        if phrase:
            return Frame(
                index, phrase[1], "inside", [index], phrase, _medium(lexicon, lower), lower
            )
    if lower == "demnach":  # the adverb stands for the source it refers back to
        medium = _medium(lexicon, lower)
        return Frame(index, index + 1, "inside", [index], (index, index + 1), medium, lower)
    if lower == "nach":  # "nach Angaben der Polizei", "Nach einer Stellungnahme der Armee"
        phrase = noun_phrase(words, index + 1, end)
        if phrase and _has_cue_noun(words, phrase, lexicon):
            return Frame(index, phrase[1], "inside", [index], phrase, "speech+writing", "nach")
    return None


def _postposition_or_so(
    words: Words, index: int, start: int, end: int, lexicon: dict[str, tuple[Cue, ...]]
) -> Frame | None:
    """ "dem Bericht zufolge", "Seiner Meinung nach", and ", so der Minister" at the end."""
    lower = words.lower[index]
    if lower == "zufolge" or (
        lower == "nach"
        and index > start
        and (
            words.pos(index + 1) in {"PUNCT", "VERB", "AUX", ""}
            or _has_cue_noun(words, (index - 1, index), lexicon)
        )
    ):  # "dem Bericht zufolge", "ihrer Meinung nach"
        phrase_start = index
        while phrase_start > start and words.pos(phrase_start - 1) in {
            "DET",
            "ADJ",
            "NOUN",
            "PROPN",
            "NUM",
        }:
            phrase_start -= 1
        before = (phrase_start, index)
        if phrase_start < index and (lower == "zufolge" or _has_cue_noun(words, before, lexicon)):
            return Frame(
                phrase_start, index + 1, "inside", [index], before, "speech+writing", lower
            )
        return None
    if lower != "so" or index == start or words.forms[index - 1] != ",":
        return None
    phrase = noun_phrase(words, index + 1, end)
    if not phrase:
        return None
    inserted = next((i for i in range(phrase[1], end) if words.forms[i] == ","), None)
    if (
        inserted is not None
        and _main_clause_first(words, start, index - 1)
        and not _has_finite(words, phrase[1], inserted)
        and _has_finite(words, inserted + 1, end)
    ):  # "…, so der Minister, …": the quotation goes on after the frame
        return Frame(
            index - 1, inserted + 1, "inside", [index], phrase, _medium(lexicon, "so"), "so"
        )
    # ", so der Minister weiter", ", so X, Aufsichtsratschef von Y", ", so X im Interview mit
    # der dpa": the frame runs to the end of the sentence, and no verb may follow
    if _has_finite(words, phrase[1], end):
        return None
    return Frame(index - 1, end, "before", [index], phrase, _medium(lexicon, "so"), "so")


def _verb_frame(
    words: Words, index: int, start: int, end: int, lexicon: dict[str, tuple[Cue, ...]]
) -> Frame | None:
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
    clause_start = _clause_start(words, index, start)
    clause_end = _clause_end(words, index, end)
    cue_entry, particle_index = verb_entry(words, entries, index, clause_end)
    if cue_entry is None:
        return None
    cue = [index] + ([particle_index] if particle_index is not None else [])
    finite = (
        index if token.tag in _FINITE_TAGS else _finite_auxiliary(words, clause_start, clause_end)
    )
    if finite is not None and finite != index:
        cue.append(finite)
    head = finite if finite is not None else index
    # quote before: "…, sagte der Minister." / "…, wie der Minister sagte."
    after_comma = clause_start > start and words.forms[clause_start - 1] == ","
    english = words.language == "en"
    if after_comma and (
        head == clause_start or words.lower[clause_start] in {"wie", "as"} or english
    ):
        if head == clause_start and cue_entry.lemma == "heißen":
            speaker = source_phrase(words, head, clause_end)  # "…, heißt es in dem Bericht."
        elif head == clause_start:
            speaker = subject_after(words, head, clause_end)
        elif words.lower[clause_start] in {"wie", "as"}:
            speaker = noun_phrase(words, clause_start + 1, clause_end)
        else:  # English: '…," the minister said.'
            speaker = subject_before(words, clause_start, head)
        ends_sentence = clause_end >= end or words.forms[clause_end] in _FINAL
        attributable = speaker is not None or not english
        inserted = head == clause_start and clause_end < end and words.forms[clause_end] == ","
        if (
            attributable
            and inserted
            and clause_end - clause_start <= 6
            and _main_clause_first(words, start, clause_start - 1)
        ):
            # "…, hieß es, …", "…, sagte der Minister, …": an inserted frame
            return Frame(
                clause_start - 1,
                clause_end + 1,
                "inside",
                sorted(cue),
                speaker,
                cue_entry.medium,
                cue_entry.lemma,
            )
        if attributable and (ends_sentence or _joins_clause(words, clause_end)):
            return Frame(
                clause_start - 1,
                clause_end,
                "before",
                sorted(cue),
                speaker,
                cue_entry.medium,
                cue_entry.lemma,
            )
    if (
        words.lower[start] == "wie"
        and clause_start > start
        and not _has_finite(words, start, index)
    ):
        clause_start = start  # "Wie der Direktor, Smith Dharmmasaroj, mitteilte,"
    introduced = words.lower[clause_start] in {"wie", "as"}  # "Wie X mitteilte, <any clause>"
    if (
        clause_end < end
        and words.forms[clause_end] in {",", ":"}
        and (introduced or _complement_follows(words, clause_end + 1, end, cue_entry))
    ):
        joined = clause_start > start and _joins_clause(words, clause_start - 1)
        if introduced:
            speaker = noun_phrase(words, clause_start + 1, clause_end)
        elif (
            (
                words.pos(clause_start) in {"SCONJ", "PRON"}
                or (words.pos(clause_start) == "ADP" and words.forms[clause_start][:1].islower())
            )
            and clause_start + 1 < head >= clause_end - 2  # the finite verb ends the clause
        ):
            # a verb-final clause: "Nachdem die Anwältin mitgeteilt hatte,", "von dem die
            # Polizei glaubt,", "der in einer Stellungnahme betonte,"
            speaker = _subject_of_final_clause(words, clause_start, head)
        elif joined:  # "… und forderte die Verbündeten auf, …": the subject is elided
            before = _clause_start(words, clause_start - 1, start)
            speaker = _first_subject(words, before, clause_start - 1)
        else:
            after_apposition = clause_start > start and words.forms[clause_start - 1] == ","
            speaker = (
                # "Die Chefjuristin der Regierung, Anabella Morfin verwies": the whole phrase
                (subject_before(words, start, head) if after_apposition else None)
                or subject_before(words, clause_start, head)
                or subject_after(words, head, clause_end)
                or _long_subject(words, start, clause_start)
            )
        addressee = None
        if "to" in cue_entry.frames:
            addressee = _object_after(words, head, clause_end, speaker)
        return Frame(
            clause_start,
            clause_end + 1,
            "after",
            sorted(cue),
            speaker,
            cue_entry.medium,
            cue_entry.lemma,
            addressee,
            joined,
        )
    return None


def _first_subject(words: Words, start: int, stop: int) -> tuple[int, int] | None:
    """The subject of the sentence's first clause, for a later clause that elides it."""
    for index in range(start, stop):
        if words.tokens[index].tag in _FINITE_TAGS:
            return subject_before(words, start, index) or subject_after(words, index, stop)
    return None


def _object_after(
    words: Words, verb: int, stop: int, speaker: tuple[int, int] | None
) -> tuple[int, int] | None:
    """The noun phrase after the verb that is not the speaker: the addressee."""
    index = verb + 1
    while index < stop and words.pos(index) in {"ADV", "PART"}:
        index += 1
    if speaker and speaker[0] == index:
        index = speaker[1]
    phrase = noun_phrase(words, index, stop)
    if phrase and speaker and phrase[0] < speaker[1] and speaker[0] < phrase[1]:
        return None
    return phrase


def verb_entry(
    words: Words, entries: tuple[Cue, ...], index: int, clause_end: int
) -> tuple[Cue | None, int | None]:
    """The lexicon entry the verb's clause fits, and the index of its separable particle.

    "teilte … mit" needs its particle; a particle the entry does not name changes the verb
    ("sagte … ab" cancels, it does not say), so it rules the entry out.
    """
    particles = [i for i in range(index + 1, clause_end) if words.tokens[i].tag == "PTKVZ"]
    if clause_end - 1 > index and words.lower[clause_end - 1] in _PARTICLES:
        particles.append(clause_end - 1)  # a preposition cannot end a clause: it is a particle
    with_particle = [e for e in entries if e.kind == "verb" and e.particle]
    for entry in with_particle:
        matching = [i for i in particles if words.lower[i] == entry.particle]
        if matching:
            return entry, matching[-1]
    for entry in entries:
        if entry.kind == "verb" and not entry.particle and not particles:
            return entry, None
    return None, None


def reported(
    words: Words, start: int, end: int, language: str
) -> tuple[int, tuple[int, int], str] | None:
    """A sentence that summarises a speech act without quoting it: "Li nannte die Bewegung illegal."

    Returns (cue token, speaker phrase, medium) for the first cue verb with a subject.
    """
    lexicon = cues(language)
    if end - start < 5 or words.forms[start] == "(":
        return None  # "(Wikinews berichtete)."
    for index in range(start, end):
        token = words.tokens[index]
        if token.pos != "VERB" or token.tag.endswith("(IZU)") or token.lemma not in lexicon:
            continue
        entry, _ = verb_entry(words, lexicon[token.lemma], index, end)
        if entry is None or "summary" not in entry.frames:
            continue
        clause_start = _clause_start(words, index, start)
        finite = index if token.tag in _FINITE_TAGS else _finite_auxiliary(words, clause_start, end)
        if finite is None or clause_start != start or words.tokens[finite].lemma == "werden":
            continue  # no finite verb, a subordinate clause, or a passive ("wurde bestätigt")
        speaker = subject_before(words, start, finite) or subject_after(words, finite, end)
        if speaker:
            return index, speaker, entry.medium
    return None


def _english_report(
    words: Words, index: int, start: int, end: int, lexicon: dict[str, tuple[Cue, ...]]
) -> Frame | None:
    """ "Smith said the deal was close." / "She told reporters that …": English reports take
    no comma before what was said."""
    token = words.tokens[index]
    if words.language != "en" or token.pos != "VERB" or token.tag not in _FINITE_TAGS:
        return None
    entries = lexicon.get(token.lemma)
    if not entries or entries[0].kind != "verb":
        return None
    speaker = subject_before(words, start, index)
    if speaker is None:
        return None
    begin = index + 1
    addressee = None
    if token.lemma == "tell":
        addressee = noun_phrase(words, begin, end)
        begin = addressee[1] if addressee else begin
    if begin < end and words.lower[begin] == "that":
        begin += 1
    if end - begin < 3 or not _has_finite(words, begin, end):
        return None
    return Frame(start, begin, "after", [index], speaker, entries[0].medium, token.lemma, addressee)


def _noun_frame(
    words: Words, index: int, start: int, end: int, lexicon: dict[str, tuple[Cue, ...]]
) -> Frame | None:
    """ "Er ist der Meinung, dass …", "die Forderung des Ministers, …": a cue noun ends a clause."""
    token = words.tokens[index]
    if token.pos != "NOUN":
        return None
    entry = next((e for e in lexicon.get(token.lemma, ()) if e.kind == "noun"), None)
    if entry is None or (index > start and words.lower[index - 1] in {"nach", "laut"}):
        return None
    clause_start = _clause_start(words, index, start)
    clause_end = _clause_end(words, index, end)
    if clause_end >= end or words.forms[clause_end] not in {",", ":"}:
        return None
    owner = (
        noun_phrase(words, index + 1, clause_end)
        if words.lower[index + 1 : index + 2] in (["des"], ["der"], ["eines"], ["einer"])
        else None
    )
    after = owner[1] if owner else index + 1
    while (
        after < clause_end
        and words.tokens[after].pos in {"VERB", "AUX"}
        and not words.tokens[after].mood
    ):
        after += 1  # "die Auffassung vertreten,", "den Vorschlag unterbreitet,"
    if after != clause_end:
        return None  # the cue noun (and its verb) must end its clause
    if not _complement_follows(words, clause_end + 1, end, entry):
        return None
    finite = next(
        (i for i in range(clause_start, index) if words.tokens[i].tag in _FINITE_TAGS), None
    )
    speaker = owner
    if speaker is None and finite is not None:
        speaker = subject_before(words, clause_start, finite) or subject_after(
            words, finite, index - 1
        )
    cue = [index]
    if index > clause_start and words.pos(index - 1) == "DET":
        cue.insert(0, index - 1)
    return Frame(clause_start, clause_end + 1, "after", cue, speaker, entry.medium, entry.lemma)


def _main_clause_first(words: Words, start: int, end: int) -> bool:
    """Whether the sentence opens with a clause (its finite verb before the first comma), as
    before an inserted frame ("Die Lage sei ernst, hieß es, …"), rather than with a subject
    and its relative clause ("Frank Sichau, der … fungiert, erklärte, …")."""
    for index in range(start, end):
        if words.forms[index] == ",":
            return False
        if words.tokens[index].tag in _FINITE_TAGS:
            return True
    return False


def _has_finite(words: Words, start: int, end: int) -> bool:
    return any(words.tokens[i].tag in _FINITE_TAGS for i in range(start, end))


def _complement_follows(words: Words, begin: int, end: int, cue: Cue) -> bool:
    if begin >= end:
        return False
    first = words.lower[begin]
    if first in _COMPLEMENTISERS and "dass" in cue.frames:
        return True
    if words.forms[begin] in {"„", "»", '"', "“", "«"}:
        return True
    moods = {words.tokens[i].mood for i in range(begin, min(end, begin + 40))}
    if "v2" in cue.frames and moods & {"subj1", "subj2"}:
        return True
    if "zu" in cue.frames and any(
        words.tokens[i].tag == "VV(IZU)" or words.lower[i] == "zu" for i in range(begin, end)
    ):
        return True
    return words.language == "en" and "v2" in cue.frames


def _clause_start(words: Words, index: int, start: int) -> int:
    position = index
    while (
        position > start
        and words.forms[position - 1] not in _CLAUSE_END
        and not _joins_clause(words, position - 1)
    ):
        position -= 1
    return position


def _clause_end(words: Words, index: int, end: int) -> int:
    position = index + 1
    while (
        position < end
        and words.forms[position] not in _CLAUSE_END
        and not _joins_clause(words, position)
    ):
        position += 1
    return position


def _joins_clause(words: Words, index: int) -> bool:
    """ "und fügte hinzu": a conjunction followed by a finite verb starts a new clause."""
    return (
        words.lower[index] in _JOINING and words.tokens[index + 1].tag in _FINITE_TAGS
        if index + 1 < len(words)
        else False
    )


def _subject_of_final_clause(words: Words, start: int, verb: int) -> tuple[int, int] | None:
    """The subject of a verb-final clause, after its introducing word; or the relative pronoun."""
    index = start + 1
    if words.pos(start) == "ADP":  # "von dem die Polizei glaubt"
        index += 1
    while index < verb:
        if words.pos(index) in {"ADV", "PART"} or words.lower[index] in _OBJECTS:
            index += 1
            continue
        if words.pos(index) == "ADP":
            phrase = noun_phrase(words, index + 1, verb)
            index = phrase[1] if phrase else index + 1
            continue
        found = noun_phrase(words, index, verb)
        if found:
            return found
        index += 1
    if words.pos(start) == "PRON" and words.lower[start] in {"der", "die", "welcher", "welche"}:
        return (start, start + 1)  # "der in einer Stellungnahme betonte": the relative pronoun
    return None


def _long_subject(words: Words, start: int, clause_start: int) -> tuple[int, int] | None:
    """A subject with appositions and attributes up to the comma before the verb ("Der
    Korrespondent in Mexiko-Stadt, Will Grant, berichtete"), when that stretch holds no verb."""
    if clause_start <= start + 1 or words.forms[clause_start - 1] != ",":
        return None
    first = start
    while first < clause_start and words.pos(first) in {"CCONJ", "ADV", "PUNCT"}:
        first += 1
    stretch = range(first, clause_start - 1)
    if not stretch or len(stretch) > 25 or words.pos(first) not in {"DET", "NOUN", "PROPN", "ADJ"}:
        return None
    if any(words.tokens[i].pos in {"VERB", "AUX"} for i in stretch):
        return None
    return (first, clause_start - 1)


def source_phrase(words: Words, start: int, end: int) -> tuple[int, int] | None:
    """The source of "heißt es in dem Schreiben": the noun phrase after "in"."""
    for index in range(start, end - 1):
        if words.lower[index] in {"in", "im"}:
            phrase = noun_phrase(words, index + 1, end)
            if phrase:
                return phrase
    return None


def _finite_auxiliary(words: Words, start: int, end: int) -> int | None:
    """The finite verb of a clause whose cue is an infinitive or participle: an auxiliary or
    modal ("hat mitgeteilt") or a full verb ("ließ verlauten")."""
    candidates = [i for i in range(start, end) if words.tokens[i].tag in _FINITE_TAGS]
    auxiliaries = [i for i in candidates if words.tokens[i].pos == "AUX"]
    chosen = auxiliaries or candidates
    return chosen[0] if chosen else None


def _has_cue_noun(
    words: Words, phrase: tuple[int, int], lexicon: dict[str, tuple[Cue, ...]]
) -> bool:
    """Whether the phrase holds a cue noun, or a compound headed by a source noun
    ("Polizeiangaben", but not "Unabhängigkeitserklärung")."""
    endings = _noun_endings(words.language)
    for index in range(*phrase):
        token = words.tokens[index]
        if token.pos != "NOUN":
            continue
        if any(entry.kind == "noun" for entry in lexicon.get(token.lemma, ())):
            return True
        if token.lemma.lower().endswith(endings):
            return True
    return False


def _noun_endings(language: str) -> tuple[str, ...]:
    """Cue nouns, and the source nouns that also head compounds ("Polizeiangaben")."""
    return tuple(
        entry.lemma.lower()
        for entries in cues(language).values()
        for entry in entries
        if entry.kind == "noun" and "compound" in entry.frames
    )


def _medium(lexicon: dict[str, tuple[Cue, ...]], lemma: str) -> str:
    entries = lexicon.get(lemma)
    return entries[0].medium if entries else "speech+writing"
