"""Frames around a source rather than a verb: "laut dpa", "nach Angaben der Polizei", "dem
Bericht zufolge", "ihrer Meinung nach", ", so der Minister", "Demnach" (and "Danach" after a
document), "…, wonach", and cue nouns ("Er ist der Meinung, dass …", "die Forderung des
Ministers, …"); and the source of a verb frame without a subject ("In dem Bericht heißt es",
"Aus Paris hieß es")."""

from __future__ import annotations

from newsprism.quotes.addressees import told_whom
from newsprism.quotes.chunks import (
    QUANTIFIERS,
    RELATIVE_PRONOUNS,
    SUBORDINATORS,
    Words,
    attachments_end,
    noun_phrase,
    opens_quote,
    quoted_compound_start,
    quoted_name,
)
from newsprism.quotes.clause_ends import relative_clause_end
from newsprism.quotes.clauses import (
    FINAL,
    FINITE_TAGS,
    Frame,
    complement_follows,
    end_of_clause,
    first_subject,
    has_cue_noun,
    has_finite,
    joins_clause,
    main_clause_first,
    medium_of,
    phrase_head,
    prefield_before,
    start_of_clause,
)
from newsprism.quotes.cues import Cue
from newsprism.quotes.descriptions import person_noun
from newsprism.quotes.times import names_a_time
from newsprism.quotes.verb_subjects import subject_after, subject_before

_PREPOSITIONS = frozenset({"laut", "gemäß", "according"})
# the words :func:`preposition_frame` and :func:`postposition_or_so_frame` start from: a frame
# starts at one of these or at a word of the cue lexicon
SOURCE_WORDS = _PREPOSITIONS | {"nach", "wonach", "demnach", "danach", "zufolge", "so"}


def preposition_frame(
    words: Words, index: int, start: int, end: int, lexicon: dict[str, tuple[Cue, ...]]
) -> Frame | None:
    lower = words.lower[index]
    if lower in {"nach", "laut"} and _after_cue_noun_comma(words, index, start, lexicon):
        pronoun = index + 1
        if words.lower[pronoun] in RELATIVE_PRONOUNS - {"dessen", "deren"}:
            # "Studien der Charité, nach denen Homöopathie ebenbürtig sei": the pronoun stands
            # for the source, and its relative clause is what the source says
            medium = medium_of(lexicon, lower)
            return Frame(
                index, pronoun + 1, "inside", [index], (pronoun, pronoun + 1), medium, lower
            )
    if lower in _PREPOSITIONS:
        skip = 2 if lower == "according" and words.lower[index + 1 : index + 2] == ["to"] else 1
        phrase = _with_attributes(words, noun_phrase(words, index + skip, end), end)
        if phrase and (lower != "gemäß" or _names_a_source(words, phrase)):
            phrase, frame_end = _source_and_frame_end(words, index, start, phrase, end)
            return Frame(
                index, frame_end, "inside", [index], phrase, medium_of(lexicon, lower), lower
            )
    if lower == "wonach" and index > start and words.forms[index - 1] == ",":
        # "Pressemeldungen der New York Times, wonach Inspektoren …": the phrase before the
        # comma is the source of the clause ("Es entstand der Eindruck, wonach …" is left to
        # the verb's frame)
        speaker = _antecedent(words, index - 1, start)
        if speaker is not None:
            medium = medium_of(lexicon, lower)
            return Frame(index, index + 1, "after", [index], speaker, medium, lower)
    if lower == "demnach" or (
        lower == "danach" and index == start and _document_before(words, start)
    ):
        # the adverb stands for the source it refers back to: "Die Bank veröffentlichte ihre
        # Quartalszahlen. Danach verzeichnet sie Verluste" (else "Danach" is "afterwards")
        medium = medium_of(lexicon, lower)
        return Frame(index, index + 1, "inside", [index], (index, index + 1), medium, lower)
    if lower == "nach":  # "nach Angaben der Polizei", "Nach einer Stellungnahme der Armee"
        phrase = _with_attributes(words, noun_phrase(words, index + 1, end), end)
        if phrase and has_cue_noun(words, phrase, lexicon):
            phrase, frame_end = _source_and_frame_end(words, index, start, phrase, end)
            medium = _head_medium(words, phrase, lexicon)
            return Frame(index, frame_end, "inside", [index], phrase, medium, "nach")
    return None


def _head_medium(words: Words, phrase: tuple[int, int], lexicon: dict[str, tuple[Cue, ...]]) -> str:
    """The medium of a source named by what it thinks ("nach Ansicht der Ärzte", "Seiner
    Meinung nach", "Schätzungen zufolge"): its head noun's, where that is a thought; else
    speech or writing."""
    head = phrase_head(words, phrase)
    entries = lexicon.get(words.tokens[head].lemma, ()) if head is not None else ()
    thought = next((e.medium for e in entries if e.kind == "noun" and "thought" in e.medium), "")
    return thought or "speech+writing"


def _document_before(words: Words, start: int) -> bool:
    """Whether the sentence before ``start`` names a document or figures that were published,
    which a sentence-initial "Danach" can refer back to as its source."""
    if start == 0:
        return False
    index = start - 1
    while index > 0 and words.forms[index - 1] not in FINAL:
        index -= 1
    return any(
        words.tokens[i].pos == "NOUN" and words.tokens[i].lemma.lower().endswith(_DOCUMENTS)
        for i in range(index, start)
    )


_DOCUMENTS = (
    "studie",
    "bericht",
    "umfrage",
    "darstellung",
    "erklärung",
    "mitteilung",
    "statistik",
    "analyse",
    "gutachten",
    "prognose",
    "bilanz",
    "zahl",
)


def _antecedent(words: Words, comma: int, start: int) -> tuple[int, int] | None:
    """The longest noun phrase that ends at ``comma`` and names no time ("einen Bericht der
    Agentur Interfax"), within 20 words of it."""
    found = None
    for first in range(comma - 1, max(start, comma - 20) - 1, -1):
        if noun_phrase(words, first, comma) == (first, comma):
            found = (first, comma)
    if found is None or names_a_time(words, found):
        return None
    return found


def _source_and_frame_end(
    words: Words, index: int, start: int, phrase: tuple[int, int], end: int
) -> tuple[tuple[int, int], int]:
    """The source phrase and where the frame ends: after the phrase, or after the relative
    clause that follows it ("laut Berichten, die sich auf … berufen, …").

    A source that opens a German sentence fills the field before the finite verb, which holds
    one phrase: "Nach Angaben des Bundesamts für Umwelt bleibt …", "Laut einem Interview in der
    Zeitung sei …", "Nach Angaben von Senator Dodd, Vorsitzender des Ausschusses, hat …". The
    source's own source stays in the frame but not in the phrase ("Laut NDR unter Berufung auf
    Scotland Yard wurde …"). An English sentence has no such field ("According to officials,
    the border …")."""
    frame_end = relative_clause_end(words, phrase[1], end) or phrase[1]
    if index != start or words.language != "de" or frame_end != phrase[1]:
        return phrase, frame_end
    verb, source_end = phrase[1], 0
    while verb < end and words.pos(verb) not in {"VERB", "AUX"}:
        if words.forms[verb] in {":", ";"}:
            return phrase, frame_end
        if relative := relative_clause_end(words, verb, end):
            return (phrase[0], verb), relative  # the relative clause is the frame's
        if words.lower[verb : verb + 2] == ["unter", "berufung"]:
            source_end = source_end or verb
        verb += 1
    if verb == end or words.tokens[verb].tag not in FINITE_TAGS:
        return phrase, frame_end
    last = verb - 1 if words.forms[verb - 1] == "," else verb
    return (phrase[0], max(phrase[1], source_end or last)), max(phrase[1], last)


def _after_cue_noun_comma(
    words: Words, index: int, start: int, lexicon: dict[str, tuple[Cue, ...]]
) -> bool:
    """Whether ``index`` follows a comma after a noun phrase headed by a cue noun, as a relative
    clause's preposition does ("Gerüchte, nach denen …", "Umfragen im Land, nach denen …")."""
    comma = index - 1
    if comma <= start or words.forms[comma] != ",":
        return False
    for before in range(comma - 1, max(start, comma - 7) - 1, -1):
        if words.pos(before) not in {"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP"}:
            return False
        if words.pos(before) == "NOUN" and has_cue_noun(words, (before, before + 1), lexicon):
            return True
    return False


def _with_attributes(
    words: Words, phrase: tuple[int, int] | None, stop: int
) -> tuple[int, int] | None:
    """A source phrase with what follows and belongs to it: "aus dem Jahr 2005", "von „BBC
    News“", a genitive with a quantifier ("Meinung vieler Experten und Fans")."""
    if phrase is None:
        return None
    end = phrase[1]
    while end < stop:
        lower = words.lower[end]
        if lower in {"von", "vom", "aus"} or lower in QUANTIFIERS:
            start = end + (lower not in QUANTIFIERS)
            after = (
                quoted_name(words, start, stop) or (noun_phrase(words, start, stop) or (0, 0))[1]
            )
            if not after:
                break
            end = after
        elif (
            lower in {"und", "sowie"}
            and words.pos(end + 1) in {"NOUN", "PROPN"}
            and (end > phrase[1] or any(words.lower[i] in QUANTIFIERS for i in range(*phrase)))
        ):
            end += 2  # "vieler Experten und Fans"
        else:
            break
    return (phrase[0], end)


# nouns that take what is asked for after "nach" ("die Forderung nach mehr Demokratie"); the
# "nach" after them is no postposition like the one in "ihrer Meinung nach"
_ASKING_FOR = frozenset({"Forderung", "Wunsch", "Frage", "Ruf", "Suche", "Verlangen"})

# what "gemäß" follows when it means "in accordance with", not "according to" a source
_NORMS = frozenset(
    {
        "Gesetz",
        "Recht",
        "Islam",
        "Verfassung",
        "Vertrag",
        "Regel",
        "Richtlinie",
        "Vorschrift",
        "Vereinbarung",
        "Abkommen",
        "Artikel",
        "Paragraf",
        "Paragraph",
        "Satzung",
        "Tradition",
        "Plan",
    }
)


def _names_a_source(words: Words, phrase: tuple[int, int]) -> bool:
    """Whether a phrase after "gemäß" names a source ("gemäß einem Augenzeugen", "gemäß
    Reuters"), not a rule ("gemäß dem Gesetz", "gemäß dem Islam")."""
    heads = [i for i in range(*phrase) if words.pos(i) in {"NOUN", "PROPN"}]
    return not heads or words.tokens[heads[0]].lemma not in _NORMS


_DATIVES = frozenset({"ihm", "ihr", "ihnen"})


def postposition_or_so_frame(
    words: Words, index: int, start: int, end: int, lexicon: dict[str, tuple[Cue, ...]]
) -> Frame | None:
    """ "dem Bericht zufolge", "Seiner Meinung nach", and ", so der Minister" at the end."""
    lower = words.lower[index]
    if lower == "nach" and _verb_particle(words, index, start):
        return None  # "Damit kam er Forderungen der Stadt nach.": "nachkommen", no source
    if lower == "zufolge" or (
        lower == "nach"
        and index > start
        and (
            words.pos(index + 1) in {"PUNCT", "VERB", "AUX", ""}
            or (
                has_cue_noun(words, (index - 1, index), lexicon)
                and words.tokens[index - 1].lemma not in _ASKING_FOR
                and words.pos(index + 1) not in {"DET", "NOUN", "PROPN", "NUM"}
            )  # not "Forderungen nach Waffen", "die Frage nach dem Motiv"
        )
    ):  # "dem Bericht zufolge", "ihrer Meinung nach"
        # "Ihm zufolge": a pronoun, no phrase before it
        pronoun = lower == "zufolge" and index > start and words.lower[index - 1] in _DATIVES
        phrase_start = index - 1 if pronoun else index
        while not pronoun and phrase_start > start:
            previous = phrase_start - 1
            # "Einer Meldung von Xinhua zufolge", "Berichten der Sender Sky News und BBC zufolge",
            # "Den Polizeibehörden in Mombasa zufolge"
            joining = words.lower[previous] in {"von", "vom", "und", "in", "im", "aus"} and (
                words.pos(previous - 1) in {"NOUN", "PROPN"}
            )
            compound = quoted_compound_start(words, phrase_start, start)
            if (
                words.pos(previous) not in {"DET", "ADJ", "NOUN", "PROPN", "NUM"}
                and not joining
                and compound is None
            ):
                break
            if words.pos(previous) == "DET" and words.pos(phrase_start) == "DET":
                break  # "…, das seiner Meinung nach …": a relative pronoun before the phrase
            phrase_start = previous if compound is None else compound
        before = (phrase_start, index)
        if phrase_start < index and (lower == "zufolge" or has_cue_noun(words, before, lexicon)):
            medium = _head_medium(words, before, lexicon)
            return Frame(phrase_start, index + 1, "inside", [index], before, medium, lower)
        return None
    if lower != "so" or index == start or words.forms[index - 1] not in _BREAKS:
        return None
    phrase = noun_phrase(words, index + 1, end)
    if not phrase:
        return None
    # "…, so der Minister, …" or between dashes: "… – so Canny –, …"
    inserted = next((i for i in range(phrase[1], end) if words.forms[i] in _BREAKS), None)
    if (
        inserted is not None
        and not has_finite(words, phrase[1], inserted)
        and (
            # "Der Rivale würde, so Obama weiter, Spenden erhalten": the verbs that complete it
            (
                main_clause_first(words, start, index - 1)
                and any(words.pos(i) in {"VERB", "AUX"} for i in range(inserted + 1, end))
            )
            # "Sein Rivale, so Obama, würde …": after the first phrase of the clause
            or prefield_before(words, start, index - 1, inserted + 1)
            # "Die Lage sei, so Banke, ernst": what completes the clause before it
            or (
                main_clause_first(words, start, index - 1)
                and inserted + 1 < end
                and words.pos(inserted + 1) in {"ADJ", "ADV", "PART", "VERB"}
                and not has_finite(words, inserted + 1, end)
            )
        )
    ):  # "…, so der Minister, …": the quotation goes on after the frame
        return Frame(
            index - 1,
            inserted + 1,
            "inside",
            [index],
            phrase,
            medium_of(lexicon, "so"),
            "so",
            told_whom(words, index, phrase[1], inserted, phrase),
        )
    # ", so der Minister weiter", ", so X, Aufsichtsratschef von Y", ", so X im Interview mit
    # der dpa": the frame runs to the end of the sentence, or to a colon that opens a direct
    # quotation (", so X weiter: „…“"), and no verb may follow
    stop = next((i for i in range(phrase[1], end - 1) if opens_quote(words, i)), end)
    if has_finite(words, phrase[1], stop):
        return None
    # ", so X gegenüber der Zeitung", ", so X im Gespräch mit dem Sender": whom X told
    addressee = told_whom(words, index, phrase[1], stop, phrase)
    return Frame(
        index - 1, stop, "before", [index], phrase, medium_of(lexicon, "so"), "so", addressee
    )


_BREAKS = frozenset({",", "–", "—", "-"})


def _verb_particle(words: Words, index: int, start: int) -> bool:
    """Whether "nach" ends a clause whose finite verb is a full verb before it: the verb's
    separable particle ("kam … nach"), not a postposition ("seiner Meinung nach ist")."""
    if words.pos(index + 1) != "PUNCT":
        return False
    clause = range(start_of_clause(words, index, start), index)
    return any(words.tokens[i].tag == "VV(FIN)" for i in clause)


def noun_frame(
    words: Words, index: int, start: int, end: int, lexicon: dict[str, tuple[Cue, ...]]
) -> Frame | None:
    """ "Er ist der Meinung, dass …", "die Forderung des Ministers, …": a cue noun ends a clause."""
    token = words.tokens[index]
    if token.pos != "NOUN":
        return None
    entry = next((e for e in lexicon.get(token.lemma, ()) if e.kind == "noun"), None)
    if entry is None or (index > start and words.lower[index - 1] in {"nach", "laut"}):
        return None
    clause_start = start_of_clause(words, index, start)
    clause_end = end_of_clause(words, index, end)
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
        if owner is None and any(
            e.kind == "verb" and e.alone for e in lexicon.get(words.tokens[after].lemma, ())
        ):
            return None  # "habe die Studie festgestellt, dass": the verb's frame, its subject
        after += 1  # "die Auffassung vertreten,", "den Vorschlag unterbreitet,"
    if after != clause_end:
        return None  # the cue noun (and its verb) must end its clause
    if not complement_follows(words, clause_end + 1, end, entry) or _relative_clause_at(
        words, clause_end + 1, end
    ):
        return None
    finite = next(
        (i for i in range(clause_start, index) if words.tokens[i].tag in FINITE_TAGS), None
    )
    speaker = owner
    # "Kurzzeitig war die Rede, dass …": "die Rede" is the subject, the field before it says when
    talk = token.lemma == "Rede" and finite is not None and words.tokens[finite].lemma == "sein"
    if speaker is None and finite is not None and not talk:
        speaker = subject_before(words, clause_start, finite) or subject_after(
            words, finite, index - 1
        )
    if speaker is None and clause_start > start and joins_clause(words, clause_start - 1):
        # "X spielte die Idee herunter und ist der Meinung, …": the first clause's subject
        before = start_of_clause(words, clause_start - 1, start)
        speaker = first_subject(words, before, clause_start - 1)
    cue = [index]
    if index > clause_start and words.pos(index - 1) == "DET":
        cue.insert(0, index - 1)
    return Frame(clause_start, clause_end + 1, "after", cue, speaker, entry.medium, entry.lemma)


def _relative_clause_at(words: Words, begin: int, end: int) -> bool:
    """Whether a relative clause begins at ``begin`` ("des Berichts, der ins Netz gestellt
    wurde,"): a relative pronoun, and an indicative finite verb at the clause's end. It tells
    what the noun is, not what it says ("die Aussage, die Lage sei ernst")."""
    if begin >= end or words.lower[begin] not in RELATIVE_PRONOUNS:
        return False
    last = end_of_clause(words, begin, end) - 1
    konjunktiv = any(words.tokens[i].mood in {"subj1", "subj2"} for i in range(begin, last + 1))
    return words.tokens[last].tag in FINITE_TAGS and not konjunktiv


def phrase_after(
    words: Words, start: int, end: int, prepositions: frozenset[str] | set[str]
) -> tuple[int, int] | None:
    """The noun phrase after the first of ``prepositions`` that has one, without the
    preposition: the agent of a passive ("von der Polizei gebeten"), the source of "aus dem
    Bericht geht hervor"."""
    found = source_phrase(words, start, end, prepositions)
    return (found[0] + 1, found[1]) if found else None


# the prepositions before the agent of a passive ("von der Polizei gebeten")
AGENT = frozenset({"von", "vom"})


def agent_after(
    words: Words, start: int, end: int, finite: int | None = None
) -> tuple[int, int] | None:
    """The agent of a passive: the noun phrase after the first "von" or "vom" that has one
    ("von der Polizei gebeten"), not an amount of something ("eine Transfersumme von zehn
    Millionen Euro genannt"). In a main clause that begins at ``start``, before its ``finite``
    verb only a phrase that opens the clause is the agent ("Von der Polizei wurde …"); else
    "von" belongs to the phrase there ("Der Regierung unter der Führung von Erdoğan wird
    vorgeworfen, …"), unlike in a clause with its verb last ("Nachdem er von X gefragt wurde")."""
    first = start
    if words.lower[first] in SUBORDINATORS | _VERB_LAST:
        finite = None
    while (found := source_phrase(words, start, end, AGENT)) is not None:
        phrase = (found[0] + 1, found[1])
        head = phrase_head(words, phrase)
        amount = words.pos(phrase[0]) == "NUM" and not (
            head is not None and person_noun(words.tokens[head].lemma)
        )  # "von zwei Zeugen bestätigt" has an agent
        inside = finite is not None and first < found[0] < finite
        if not amount and not inside:
            return phrase
        start = found[1]
    return None


# the words that open a clause with its finite verb last, besides the subordinators
_VERB_LAST = frozenset({"dass", "ob", "wie", "wo", "wer", "was", "damit", "seit", "seitdem"})


def source_phrase(
    words: Words, start: int, end: int, prepositions: frozenset[str] | set[str] = frozenset()
) -> tuple[int, int] | None:
    """The source of "heißt es in dem Schreiben": the noun phrase after "in". With
    ``prepositions``, the phrase after one of them, the preposition included ("Wie aus
    Regierungskreisen verlautete")."""
    for index in range(start, end - 1):
        if prepositions and words.lower[index] in prepositions:
            phrase = noun_phrase(words, index + 1, end)
            if phrase:
                return (index, phrase[1])
        elif not prepositions and words.lower[index] in {"in", "im"}:
            phrase = noun_phrase(words, index + 1, end)
            if phrase:
                return phrase
    return None


def names_a_text(
    words: Words, phrase: tuple[int, int], lexicon: dict[str, tuple[Cue, ...]]
) -> bool:
    """Whether a phrase after "in" before a passive frame names a text that says something: a
    cue noun, also as the head of any compound ("In einer Pressemitteilung wurde gefordert",
    "In der Regierungserklärung wurde angekündigt")."""
    if has_cue_noun(words, phrase, lexicon):
        return True
    head = next((i for i in range(*phrase) if words.tokens[i].pos == "NOUN"), None)
    return head is not None and words.tokens[head].lemma.lower().endswith(_TEXT_NOUNS)


_TEXT_NOUNS = ("mitteilung", "erklärung")


# where "es heißt" comes from, besides "in": "Aus Paris hieß es", "hieß es vom Sprecher X"
_HEARD_FROM = frozenset({"aus", "von", "vom", "bei", "beim"})


def said_where(words: Words, start: int, end: int) -> tuple[int, int] | None:
    """The source of "heißt es": the phrase after "in" ("in dem Bericht"), else after a
    preposition of origin, which is part of it ("Aus Paris", "vom Sprecher Mark Toner")."""
    found = (
        source_phrase(words, start, end)
        or source_phrase(words, start, end, _HEARD_FROM)
        or _web_page(words, start, end)
    )
    if found is None or names_a_time(words, found):
        return None
    # with what is attached to it: "in der Meldung auf der Homepage von „con energy“"
    return (found[0], attachments_end(words, found[1], end))


_PAGES = ("seite", "homepage", "website", "blog", "portal")


def _web_page(words: Words, start: int, end: int) -> tuple[int, int] | None:
    """A page after "auf" ("heißt es auf der Webseite des Preises"), but not "auf Anfrage"."""
    found = source_phrase(words, start, end, {"auf"})
    if found is None:
        return None
    head = next((i for i in range(*found) if words.pos(i) == "NOUN"), None)
    if head is None or not words.tokens[head].lemma.lower().endswith(_PAGES):
        return None
    return (found[0] + 1, found[1])


def source_before_relative(
    words: Words, start: int, clause_start: int, end: int
) -> tuple[int, int] | None:
    """The source before a relative clause that ends where the verb's clause begins: "In dem
    Bericht, der … veröffentlicht wurde, heißt es," (after "in", as :func:`source_phrase`)."""
    source = source_phrase(words, start, clause_start)
    if source and relative_clause_end(words, source[1], end) == clause_start:
        return source
    return None


# sources that report in writing: "laut dem Bericht", "In dem Schreiben heißt es"
_SOURCE_CUES = frozenset({"laut", "nach", "zufolge", "gemäß", "heißen", "according"})
_TEXTS = (
    "bericht",
    "mitteilung",
    "meldung",
    "zeitung",
    "zeitschrift",
    "magazin",
    "blatt",
    "schreiben",
    "brief",
    "studie",
    "webseite",
    "website",
    "homepage",
    "internetseite",
    "urteil",
    "dokument",
    "artikel",
    "report",
    "letter",
    "newspaper",
)
# words for what a source said, before the source itself ("Angaben des Berichts")
_WRAPPERS = frozenset({"angabe", "information", "aussage", "darstellung", "einschätzung"})


def source_medium(words: Words, frame: Frame) -> str:
    """The medium of a frame whose source is one text: writing ("laut einem Bericht der UN",
    "In dem Schreiben heißt es"); else the cue's, also for reports in general ("laut
    Medienberichten", which may have been broadcast) and for a broadcaster's ("nach einem
    Bericht des Bayerischen Rundfunks")."""
    if frame.lemma not in _SOURCE_CUES or frame.speaker is None:
        return frame.medium
    nouns = [i for i in range(*frame.speaker) if words.pos(i) in {"NOUN", "PROPN"}]
    while len(nouns) > 1 and words.tokens[nouns[0]].lemma.lower() in _WRAPPERS:
        nouns = nouns[1:]
    if not nouns or any(words.lower[i].endswith(_BROADCAST) for i in nouns):
        return frame.medium
    form, lemma = words.lower[nouns[0]], words.tokens[nouns[0]].lemma.lower()
    plural = form.endswith("n") and not lemma.endswith("n")  # "Berichten", "Meldungen"
    return "writing" if lemma.endswith(_TEXTS) and not plural else frame.medium


_BROADCAST = ("fernsehen", "fernsehens", "rundfunk", "rundfunks", "sender", "senders", "radio")
