"""Frames around a marked quotation: a sentence ending in a colon before it ("Er fuhr fort:"
„…“), one pointing back at it („…“ "Das sagte der Minister."), and a reporting verb whose object
it is ("X nennt den Vorgang ein „Musterbeispiel“").
"""

from __future__ import annotations

from newsprism.model import Article
from newsprism.quotes.chunks import MARKS, Words, attachments_end, noun_phrase
from newsprism.quotes.clauses import (
    FINAL,
    FINITE_TAGS,
    STATEMENT_FINITE_TAGS,
    Frame,
    first_subject,
    start_of_clause,
)
from newsprism.quotes.cues import cues, is_cue
from newsprism.quotes.english_frames import english_past
from newsprism.quotes.sources import agent_after, names_a_text, phrase_after, source_phrase
from newsprism.quotes.subjects import long_subject, relative_pronoun, subject_of_final_clause
from newsprism.quotes.verb_cues import verb_entry
from newsprism.quotes.verb_subjects import subject_after, subject_before


def colon_frame(
    words: Words, first: int, end: int, direct: list[tuple[int, int]], used: set[int], language: str
) -> tuple[int, Frame] | None:
    """A sentence ending in a colon right before a quotation: "Er fuhr fort:" „…“, or a
    colon inside the sentence right before one ("X versuchte mit den Worten zu beruhigen: „…“").

    The colon and the quotation after it are the evidence, so the verb need not be a listed
    cue ("fuhr fort", "Darin steht"); a listed one gives the medium.
    """
    colon = next((i for i in range(first + 1, end) if words.forms[i] == ":"), None)
    if colon is None:
        return None
    end = colon + 1
    marked = next((i for i, (a, _) in enumerate(direct) if a == end and i not in used), None)
    if marked is None or _framed_after(words, direct[marked][1], language):
        return None
    verb = next(
        (i for i in range(first, end) if words.tokens[i].tag in STATEMENT_FINITE_TAGS), None
    )
    if verb is None:
        named = _name_and_colon(words, first, colon)
        return (marked, named) if named else None
    lexicon = cues(language)
    if words.tokens[verb].mood == "subj1" and not is_cue(lexicon, words.tokens[verb].lemma):
        return None  # "Queensland sei Neuseeland zu Dank verpflichtet: „…“": itself reported
    cue_verb = next(
        (
            i
            for i in range(first, end)
            if is_cue(lexicon, words.tokens[i].lemma) and words.tokens[i].pos in {"VERB", "AUX"}
        ),
        verb,
    )
    entry = lexicon.get(words.tokens[cue_verb].lemma)
    clause = first
    if (
        cue_verb > verb
        and words.tokens[cue_verb].tag in STATEMENT_FINITE_TAGS
        and start_of_clause(words, cue_verb, first) == cue_verb
    ):
        # "Da Brauereien angewiesen sind, warnte der Chef des Verbands die Politik:": the main
        # clause's verb comes first after the clause of reason
        verb = clause = cue_verb
    if words.tokens[cue_verb].lemma == "heißen":  # "So heißt es in dem Schreiben:"
        speaker = source_phrase(words, first, end - 1)
    else:
        speaker = subject_before(words, clause, verb) or subject_after(words, verb, end - 1)
    medium = entry[0].medium if entry else "speech"
    return marked, Frame(
        first, end, "after", [cue_verb], speaker, medium, words.tokens[cue_verb].lemma
    )


def _framed_after(words: Words, quote_end: int, language: str) -> bool:
    """Whether a reporting verb follows the quotation ("…: „…“, meinte der Trainer"): that
    frame, not the sentence before the colon, says who speaks."""
    if quote_end + 1 >= len(words) or words.forms[quote_end] != ",":
        return False
    verb = words.tokens[quote_end + 1]
    return verb.tag in STATEMENT_FINITE_TAGS and verb.lemma in cues(language)


def _name_and_colon(words: Words, first: int, colon: int) -> Frame | None:
    """ "BKA-Präsident Ziercke: „…“", "Koppelin wörtlich: „…“", "Nina Hagen zur neuen Heimat:
    „…“": a name and a colon before a quotation, with no verb, frame it as the name's words."""
    phrase = noun_phrase(words, first, colon)
    if phrase is None or words.pos(phrase[1] - 1) != "PROPN":
        return None
    after = attachments_end(words, phrase[1], colon)  # "Nina Hagen zur neuen Heimat: „…“"
    if any(words.lower[i] not in _AFTER_NAME for i in range(after, colon)):
        return None
    return Frame(first, colon + 1, "after", [], phrase, "speech", "")


_AFTER_NAME = frozenset({"wörtlich", "dazu", "weiter", "später"})


def anaphoric_frame(
    words: Words,
    first: int,
    end: int,
    direct: list[tuple[int, int]],
    used: set[int],
    article: Article,
) -> tuple[int, Frame] | None:
    """ "„…“ Das sagte John Kline.": a frame sentence pointing back at the quotation before it."""
    frame = backward_frame(words, first, end, article.language)
    marked = quote_before(direct, used, first)
    if frame is None or marked is None:
        return None
    return marked, frame


def quote_before(direct: list[tuple[int, int]], used: set[int], first: int) -> int | None:
    """The marked quotation that ends right before the sentence at ``first``, if any."""
    return next(
        (i for i, (a, b) in enumerate(direct) if b in (first, first - 1) and i not in used), None
    )


_DECIDING = frozenset({"beschließen", "entscheiden"})


def backward_frame(words: Words, first: int, end: int, language: str) -> Frame | None:
    """ "Das sagte der Minister." / "Dies gab Airbus bekannt.": a frame for what came before."""
    if end - first < 3 or words.lower[first] not in {"das", "dies", "so"}:
        return None
    body_end = end - 1 if words.forms[end - 1] in FINAL else end
    head = first + 1
    if words.tokens[head].pos == "AUX" or words.tokens[head].tag == "VM(FIN)":
        head = body_end - 1  # "Das musste der Minister einräumen", "Das hat er bestätigt"
    verb = words.tokens[head]
    entries = cues(language).get(verb.lemma)
    if verb.pos != "VERB" or not entries:
        return None
    entry, particle = verb_entry(words, entries, head, body_end)
    if entry is None or entry.lemma in _DECIDING:
        return None  # "Das beschloss ein Gericht": a decision, not what was said before
    if words.lower[head + 1 : head + 2] == ["sich"] or (
        entry.lemma == "heißen" and words.lower[head + 1 : head + 2] != ["es"]
    ):
        return None  # "das nennt sich X", "das heißt X": what it is called, what it means
    speaker = subject_after(words, first + 1, body_end)
    if entry.lemma == "hervorgehen" or entry.particle == "hervor":
        # "Dies geht aus einer Pressemitteilung des Konzerns hervor."
        speaker = phrase_after(words, first + 1, body_end, {"aus"})
    if speaker is None:
        return None
    cue = sorted({first + 1, head} | ({particle} if particle is not None else set()))
    return Frame(first, body_end, "before", cue, speaker, entry.medium, entry.lemma)


def object_frame(words: Words, start: int, end: int, quote: int, quote_end: int) -> Frame | None:
    """ "Die Veranstalter verkündeten die „größte Messe aller Zeiten“", "X nennt den Vorgang
    ein „Musterbeispiel“": marked words that are the object of a reporting verb before them in
    their sentence. The verb's subject speaks; without one it is no frame. After a tense
    auxiliary the reporting verb may follow the marks ("hatte die Zustimmung „trotz einiger
    Vorbehalte“ bekanntgegeben"); in a passive the agent after "von" speaks, or nobody named
    ("werden als „extrem“ bezeichnet"); a verb-final clause may end in the verb right after the
    marks (see :func:`_verb_final_object_frame`)."""
    lexicon = cues(words.language)
    final = _verb_final_object_frame(words, start, end, quote, quote_end)
    if final is not None:
        return final
    for index in range(quote - 1, start - 1, -1):
        token = words.tokens[index]
        # the tagger reads some "werden" as an infinitive ("Die Vorkehrungen werden als …")
        werden = token.lemma == "werden" and token.pos == "AUX"
        if (
            token.tag not in FINITE_TAGS
            and not english_past(words, index)  # "The Kremlin called the decision „…“"
            and not (werden and not any(words.forms[i] in MARKS for i in range(index, quote)))
        ):
            continue
        cue = index
        if token.lemma in {"haben", "sein", "werden"} and token.pos == "AUX":
            cue = next(
                (
                    i
                    for i in range(quote_end, end)
                    if words.tokens[i].tag in {"VV(PP)", "VV(INF)"} or words.forms[i] in {",", "."}
                ),
                index,
            )
        cue_token = words.tokens[cue]
        entries = lexicon.get(cue_token.lemma, ()) if cue_token.pos == "VERB" else ()
        entry, particle = verb_entry(words, entries, cue, end)
        if entry is None:
            return None  # the nearest finite verb is not a reporting verb
        passive = token.lemma == "werden" and words.tokens[cue].tag == "VV(PP)"
        if passive:  # "Seine Werke werden von Kennern als „Meilensteine“ bezeichnet": the agent
            speaker = agent_after(words, index, quote)
            source = source_phrase(words, start, index) if speaker is None else None
            if source is not None and names_a_text(words, source, lexicon):
                speaker = source  # "In einem Bericht von ndr.de werden … als „extrem“ bezeichnet"
        elif index > start and words.lower[index - 1] == "und":
            # "Die CCE bestätigte die Aussage nicht und nannte sie „reine Spekulation“": the
            # subject of the clause before, not the object after the verb
            speaker = first_subject(words, start, index - 1)
        else:
            speaker = (
                subject_before(words, start, index)
                or long_subject(words, start, index)  # "Wolfgang Hürter, Chef von SWB, nennt …"
                or subject_after(words, index, quote)
            )
        if speaker is None and not passive:
            return None
        cues_at = sorted({index, cue} | ({particle} if particle is not None else set()))
        return Frame(start, quote, "after", cues_at, speaker, entry.medium, entry.lemma)
    return None


def _verb_final_object_frame(
    words: Words, start: int, end: int, quote: int, quote_end: int
) -> Frame | None:
    """Marked words right before the reporting verb that ends a relative or subordinate clause
    ("…, der Ahmadinedschads Wahlsieg als „Fest“ bezeichnete,"): its subject speaks."""
    verb = quote_end
    if verb >= end or words.pos(verb) != "VERB":
        return None
    clause = start_of_clause(words, verb, start)
    if not (relative_pronoun(words, clause) or words.pos(clause) == "SCONJ"):
        return None
    entry, particle = verb_entry(
        words, cues(words.language).get(words.tokens[verb].lemma, ()), verb, end
    )
    if entry is None or not {"als", "summary"} & entry.frames:
        return None
    # in a relative clause the pronoun is the subject: "der Ahmadinedschads Wahlsieg als …"
    relative = relative_pronoun(words, clause) and words.lower[clause] in {"der", "die", "das"}
    speaker = (clause, clause + 1) if relative else subject_of_final_clause(words, clause, verb)
    if speaker is None or speaker[1] > quote:
        return None
    cues_at = sorted({verb} | ({particle} if particle is not None else set()))
    return Frame(start, quote, "after", cues_at, speaker, entry.medium, entry.lemma)
