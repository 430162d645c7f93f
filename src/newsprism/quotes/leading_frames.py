"""A verb frame before its quotation: "Der Minister sagte, …", "Wie die Polizei mitteilte, …",
"Dem Minister wurde vorgeworfen, …", "…, der angab, …", with its speaker and addressee. Token
ranges are end-exclusive indices into the article's tokens.
"""

from __future__ import annotations

from newsprism.quotes.addressees import (
    OBJECT_CASES,
    fronted_object,
    object_after,
    object_before_verb,
    press_cut,
    told_whom,
)
from newsprism.quotes.chunks import (
    RELATIVE_PRONOUNS,
    SUBORDINATORS,
    Words,
    noun_phrase,
    overlap,
    place_end,
)
from newsprism.quotes.clauses import (
    FINITE_TAGS,
    Frame,
    complement_follows,
    first_subject,
    has_finite,
    joins_clause,
    start_of_clause,
)
from newsprism.quotes.cue_clauses import CueClause, subject_after_conjunction
from newsprism.quotes.cues import Cue
from newsprism.quotes.sources import (
    agent_after,
    names_a_text,
    phrase_after,
    said_where,
    source_before_relative,
    source_phrase,
)
from newsprism.quotes.subjects import (
    apposition_after_subject,
    attribute_between,
    long_subject,
    marked_subject,
    relative_pronoun,
    subject_of_final_clause,
)
from newsprism.quotes.verb_subjects import dative_before, subject_after, subject_before

# how the object of a verb that addresses someone may open: "die Regierung", "seinem
# Ex-Arbeitgeber", "alle Nichtmoslems"
_ADDRESSED = OBJECT_CASES | frozenset(
    {"seinem", "seinen", "seine", "ihrem", "ihren", "ihre", "alle", "allen", "beide", "beiden"}
)


def leading_frame(
    words: Words, clause: CueClause, lexicon: dict[str, tuple[Cue, ...]]
) -> Frame | None:
    """The frame if the cue's clause comes before what it reports, ending at a comma or colon
    with the quotation after it (side "after")."""
    index, start, end, head = clause.index, clause.start, clause.end, clause.head
    cue_entry, clause_start = clause.entry, clause.clause_start
    if words.lower[start] == "wie" and clause_start > start and not has_finite(words, start, index):
        clause_start = start  # "Wie der Direktor, Smith Dharmmasaroj, mitteilte,"
    if (
        words.lower[clause_start] in {"denn", "doch", "und"}
        and words.lower[clause_start + 1] == "wie"
    ):
        clause_start += 1  # "Denn wie die Zeitung berichtete, …"
    introduced = words.lower[clause_start] in {"wie", "as"}  # "Wie X mitteilte, <any clause>"
    clause_end = apposition_after_subject(words, head, clause.clause_end, end)
    if not (
        clause_end < end
        and (words.forms[clause_end] in {",", ":"} or clause.unmarked)
        and (
            introduced
            or complement_follows(
                words,
                clause_end + 1,
                end,
                cue_entry,
                verb_last=_bare_frame(words, clause, clause_start, clause_end),
            )
        )
    ):
        return None
    joined = clause_start > start and joins_clause(words, clause_start - 1)
    speaker = _speaker(words, clause, clause_start, clause_end, introduced, joined)
    speaker, press = press_cut(words, speaker, min(clause.cue))
    spoken_to = None
    if _passive(words, clause):
        # a passive: "Dem Minister wurde vorgeworfen, …", "Die Anwohner wurden gebeten, …";
        # its subject is spoken to; the speaker is the agent after "von", if any
        speaker, spoken_to = _passive_roles(
            words, clause, clause_start, clause_end, speaker, lexicon
        )
    if cue_entry.lemma == "heißen":  # its subject is "es": "Seiner Zeit hieß es, dass"
        speaker = said_where(words, clause_start, clause_end) or source_before_relative(
            words, start, clause_start, end
        )  # "In dem Bericht heißt es:"
    emerges = cue_entry.lemma == "hervorgehen" or (
        cue_entry.lemma == "gehen" and cue_entry.particle == "hervor"
    )
    if emerges and speaker and words.pos(speaker[1] - 1) in {"NOUN", "PROPN"}:
        return None  # "dass das Team gestärkt aus der Saison hervorgegangen sei": no report
    if (emerges or cue_entry.particle == "hervor") and not speaker:
        speaker = phrase_after(words, clause_start, clause_end, {"aus"})  # "Aus dem Bericht"
    if cue_entry.lemma == "verlauten" and speaker is None:
        speaker = source_phrase(words, clause_start, clause_end, {"aus"})  # "aus Kreisen"
    if cue_entry.lemma == "zitieren" and clause.finite == index:
        # active: "Die Zeitung zitierte Papandreou mit den Worten:": the object speaks
        speaker = object_after(words, head, clause_end, speaker) or speaker
    addressee = spoken_to or press
    if addressee is None and "to" in cue_entry.frames:
        addressee = (
            object_after(words, head, clause_end, speaker)
            or fronted_object(words, clause_start, head, speaker, OBJECT_CASES)
            or object_before_verb(words, speaker, min(clause.cue) + 1, _ADDRESSED, names=True)
        )
    if addressee is None:
        addressee = told_whom(words, head, clause_start, clause_end, speaker)
    return Frame(
        clause_start,
        clause_end + 1,
        "after",
        sorted(clause.cue),
        speaker,
        cue_entry.medium,
        cue_entry.lemma,
        addressee,
        joined,
    )


def _bare_frame(words: Words, clause: CueClause, clause_start: int, clause_end: int) -> bool:
    """Whether a German frame's clause ends in its verb at a comma and says nothing else
    ("Die Ministerin fügte hinzu,"), so that a main clause in the indicative may follow as what
    was said (English takes any clause after its comma anyway)."""
    return (
        words.language == "de"
        and clause_end - 1 in clause.cue
        and words.forms[clause_end] == ","
        and _says_nothing_else(words, clause_start, clause_end)
        # "Das heißt, wir müssen sparen": what it means; "Es heißt, …" reports
        and (clause.entry.lemma != "heißen" or "es" in words.lower[clause_start:clause_end])
    )


_NEGATIONS = frozenset({"nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie", "not"})


def _says_nothing_else(words: Words, clause_start: int, clause_end: int) -> bool:
    """Whether a frame's clause holds nothing but its first phrase, verbs, pronouns and
    adverbs ("Die Ministerin fügte hinzu,", "Kritiker hatten ihm vorgeworfen,"): then a main
    clause in the indicative after its comma is what was said, not the writer's next statement
    ("Die Behörden gehen von einem Anschlag aus, ein Verfahren wurde eingeleitet"; "Details
    gab er nicht bekannt, er verwies aber auf …")."""
    first = noun_phrase(words, clause_start, clause_end)
    return not any(
        words.pos(i) in {"NOUN", "PROPN", "NUM"} or words.lower[i] in _NEGATIONS
        for i in range(first[1] if first else clause_start, clause_end)
    )


def _speaker(
    words: Words,
    clause: CueClause,
    clause_start: int,
    clause_end: int,
    introduced: bool,
    joined: bool,
) -> tuple[int, int] | None:
    """Who speaks in a frame before its quotation, by how its clause opens."""
    index, start, head = clause.index, clause.start, clause.head
    if introduced:
        return _speaker_after_wie(words, clause_start, clause_end, index, head)
    if (
        (
            words.pos(clause_start) in {"SCONJ", "PRON"}
            or words.lower[clause_start] in SUBORDINATORS
            or relative_pronoun(words, clause_start)
            or (words.pos(clause_start) == "ADP" and words.forms[clause_start][:1].islower())
            # "…, die Gerhard Schröder zum Kriterium erklärt hatte:": before a name
            or (
                words.lower[clause_start] in RELATIVE_PRONOUNS
                and words.forms[clause_start - 1] == ","
                and words.pos(clause_start + 1) == "PROPN"
            )
        )
        and clause_start + 1 < head >= clause_end - 2  # the finite verb ends the clause
        # not "Dies war … und die Anwohner befürchten,": a main clause before
        and not has_finite(words, clause_start + 1, head)
    ):
        # a verb-final clause: "Nachdem die Anwältin mitgeteilt hatte,", "von dem die
        # Polizei glaubt,", "der in einer Stellungnahme betonte,"
        return subject_of_final_clause(words, clause_start, head)
    if (
        head == clause_start + 1
        and words.tokens[head].tag in FINITE_TAGS
        # "…, die beschuldigt werden, …": a passive
        and words.lower[head + 1] not in {"wird", "werden", "wurde", "wurden", "worden"}
        and clause_start > start
        and words.forms[clause_start - 1] == ","
        and relative_pronoun(words, clause_start)
    ):
        return (clause_start, head)  # "…, der angab, …": the relative pronoun
    if joined:  # "… und forderte die Verbündeten auf, …": the subject is elided
        before = start_of_clause(words, clause_start - 1, start)
        speaker = first_subject(words, before, clause_start - 1)
        if speaker is None and before > start:  # "Einer der Putschisten, X, dankte … und"
            speaker = first_subject(words, start, clause_start - 1)
        return speaker
    after_apposition = clause_start > start and words.forms[clause_start - 1] == ","
    long = long_subject(words, start, clause_start)
    speaker = (
        # "Die Chefjuristin der Regierung, Anabella Morfin verwies": the whole phrase
        (subject_before(words, start, head) if after_apposition else None)
        or subject_before(words, clause_start, head)
        or subject_after_conjunction(words, clause_start, head)
        # "Der Fraktionschef, Wolfgang Jüttner, hatte Lenz aufgefordert": the subject
        # before the verb, not its object after it ("Dem Minister, X, warf sie vor")
        or (_nominative_first(words, long, start) if head == clause_start else None)
        or subject_after(words, head, clause_end)
        or long
        # "Die UN bestätigten den Vorfall, teilten jedoch mit, …": a second clause
        # with the first one's subject
        or (first_subject(words, start, clause_start - 1) if head == clause_start else None)
    )
    split = clause.split
    if (
        speaker
        and split is not None
        and speaker[0] > head
        and attribute_between(words, speaker, split)
    ):
        speaker = (speaker[0], split)  # "ein Talibanführer auf pakistanischer Seite, X,"
    return speaker


def _speaker_after_wie(
    words: Words, clause_start: int, clause_end: int, index: int, head: int
) -> tuple[int, int] | None:
    """The speaker of "Wie X mitteilte, …", with the place or the description that may follow
    the name."""
    after_wie = clause_start + 1
    while after_wie < clause_end and (
        words.pos(after_wie) in {"ADV", "PART"} or words.lower[after_wie] == "sich"
    ):
        after_wie += 1  # "Wie schon die WHO sagte", "wie sich Tauss ausdrückte"
    speaker = noun_phrase(words, after_wie, clause_end) or marked_subject(words, after_wie, head)
    placed = place_end(words, speaker[1], index) if speaker else 0
    if (
        speaker
        and placed > speaker[1]
        and all(words.pos(i) in {"ADV", "PART"} for i in range(placed, index))
    ):
        speaker = (speaker[0], placed)  # "Wie die UN-Mission im Südsudan mitteilte"
    if speaker and words.forms[speaker[1]] == "," and attribute_between(words, speaker, index):
        until = index - 1 if words.forms[index - 1] == "," else index
        speaker = (speaker[0], until)  # "Wie Steve Marshall, Sprecher der UN, in Bangkok"
    return speaker


def _passive(words: Words, clause: CueClause) -> bool:
    """Whether the cue is a participle in a passive: "wurde vorgeworfen", "war festgestellt
    worden", "sollen aufgefordert werden"."""
    index, finite = clause.index, clause.finite
    return (
        clause.entry.lemma != "zitieren"
        # the tagger reads some participles as finite ("wurde vermutet")
        and (
            words.tokens[index].tag == "VV(PP)"
            or (finite != index and words.lower[index].endswith("t"))
        )
        and finite is not None
        and (
            words.tokens[finite].lemma == "werden"
            # "Im Bericht war festgestellt worden, dass …": a passive in the past perfect
            or (words.tokens[finite].lemma == "sein" and "worden" in words.lower[index : index + 2])
            # "Die Banken sollen aufgefordert werden, …": a passive after a modal
            or (
                words.tokens[finite].tag == "VM(FIN)"
                and words.lower[index + 1 : index + 2] == ["werden"]
            )
        )
    )


def _passive_roles(
    words: Words,
    clause: CueClause,
    clause_start: int,
    clause_end: int,
    subject: tuple[int, int] | None,
    lexicon: dict[str, tuple[Cue, ...]],
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Speaker and addressee of a passive frame: the agent after "von" (or the text it appears
    in) speaks, the subject or the dative before the verb is spoken to."""
    start, end, head, finite = clause.start, clause.end, clause.head, clause.finite
    spoken_to = subject or dative_before(words, clause_start, head)  # "Dem Mann wurde"
    speaker = agent_after(
        words, clause_start, clause_end, finite if clause_start == start else None
    )
    if speaker is None:  # "In einem Bericht der Zeitung wurde vermutet, dass …"
        source = source_phrase(words, clause_start, clause_end) or (
            source_before_relative(words, start, clause_start, end)
        )
        speaker = source if source and names_a_text(words, source, lexicon) else None
    if spoken_to and speaker and overlap(spoken_to, speaker):
        # the agent read into the subject: "Die Regierung wurde vom LSVD aufgefordert"
        # is spoken to, "Von der Polizei wurde mitgeteilt" has no one spoken to
        cut = (spoken_to[0], speaker[0] - 1)
        spoken_to = cut if cut[1] > cut[0] else None
    return speaker, spoken_to


def _nominative_first(
    words: Words, phrase: tuple[int, int] | None, start: int
) -> tuple[int, int] | None:
    """The phrase if it opens the sentence at ``start`` (not after "Wie", which makes it the
    subject of another clause) and its first word marks no object ("dem", "den", "einem")."""
    if phrase is None or phrase[0] != start:
        return None
    if words.lower[phrase[0]] in {"dem", "den", "einem", "einen", "ihm", "ihn"}:
        return None
    return phrase
