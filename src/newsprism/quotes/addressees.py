"""Addressees: whom a frame's verb addresses ("sagte gegenüber der Zeitung", "sagte der
Zeitung", "forderte die Verbündeten auf", "sagte in einem Interview mit der Zeitung"; in
English "told reporters", "said to the committee")."""

from __future__ import annotations

from newsprism.quotes.chunks import DATIVE_CAPABLE, HEADS, Words, noun_phrase, overlap
from newsprism.quotes.descriptions import person_noun
from newsprism.quotes.verb_subjects import AUDIENCES, TELLING, dative_before

_DATIVES = frozenset({"dem", "einem", "der"})


def told_whom(
    words: Words, head: int, start: int, end: int, speaker: tuple[int, int] | None
) -> tuple[int, int] | None:
    """Whom the frame's verb addresses: the phrase after "gegenüber" ("sagte gegenüber der
    Zeitung") or after a conversation's "mit" ("in einem Interview mit der Zeitung"), or a
    dative after a verb of telling and its speaker ("sagte der Zeitung", ", sagte Lanzer dem
    Sender")."""
    if words.language == "en":
        return _english_addressee(words, head, end, speaker)
    lemma = words.tokens[head].lemma
    for index in range(start, end - 1):
        lower = words.lower[index]
        if lower == "gegenüber" or (lemma == "appellieren" and lower == "an"):
            return noun_phrase(words, index + 1, end)  # "appellierte an die Fluglinien"
        if lower == "mit" and index > start and _conversation(words, index - 1):
            return noun_phrase(words, index + 1, end)  # "in einem Interview mit der Zeitung"
        if lower == "an" and index > start and _letter(words, index - 1):
            return noun_phrase(words, index + 1, end)  # "in einem Brief an den Präsidenten"
        if (
            lower in {"von", "vom"}
            and lemma in _DEMANDING
            and index > head
            and not (speaker is not None and speaker[0] <= index < speaker[1])
            # not "forderte ein Ende der Rekrutierung von Kindersoldaten"
            and (words.pos(index - 1) not in HEADS or (speaker and index == speaker[1]))
        ):
            return noun_phrase(words, index + 1, end)  # "forderte von der Regierung, …"
    # the verb of telling may be the participle after the auxiliary, or before it at the end
    if lemma not in TELLING and not any(
        words.tokens[i].lemma in TELLING for i in range(start, end)
    ):
        return None
    if head > start and (before := dative_before(words, start, head)):
        return before  # "Der Zeitung sagte Filep Karma"
    if speaker is not None and start < speaker[0]:
        # the verb last: "Nachdem die Anwältin dem Richter mitgeteilt hatte, dass …"
        told = object_before_verb(words, speaker, head, frozenset({"dem", "einem"}))
        if told is None and words.lower[speaker[1] : speaker[1] + 1] == ["der"]:
            # "Wie Bürgermeister Müller der „Bild“ sagte": a feminine medium
            told = object_before_verb(words, speaker, head, frozenset({"der"}))
            told = told if told and _press(words, told[0] + 1, told[1]) else None
        if told is not None:
            return told
    return _dative_after(words, head, end, speaker) or _audience_after(words, head, end, speaker)


def press_cut(
    words: Words, speaker: tuple[int, int] | None, verb: int
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The speaker without the newspaper or agency that ends it right before a verb that ends
    its clause, and that newspaper, the one told: "Wie ein Sprecher der Armee der Presse
    mitteilte" (its feminine dative looks like a second genitive)."""
    if speaker is None or speaker[1] != verb or words.tokens[verb].lemma not in TELLING:
        return speaker, None
    last = max((i for i in range(speaker[0] + 1, speaker[1]) if words.lower[i] == "der"), default=0)
    if not last or not _press(words, last + 1, speaker[1]):
        return speaker, None
    if words.forms[last - 1] == ",":  # "Peter Lang, ein Sprecher der Polizei, der Zeitung"
        return (speaker[0], last - 1), (last, speaker[1])
    if words.pos(last - 1) == "PROPN" and words.pos(last - 2) in {"PROPN", "NOUN"}:
        # "Wie Peter Müller der Zeitung sagte": a name takes no genitive after it
        return (speaker[0], last), (last, speaker[1])
    # a genitive before it: "ein Sprecher der Armee der Presse", "ein Sprecher der
    # Befreiungsarmee (SPLA) der Presse", but not "ein Sprecher der Zeitung"
    head = next((i for i in range(speaker[0], last) if words.pos(i) in HEADS), last)
    if any(words.lower[i] in {"der", "des"} for i in range(head + 1, last)):
        return (speaker[0], last), (last, speaker[1])
    return speaker, None


def _press(words: Words, start: int, end: int) -> bool:
    """Whether the words name a feminine medium, whose dative is "der": "Presse", "„Süddeutschen
    Zeitung“", "Nachrichtenagentur AFP", "„Bild“"."""
    named = [w.strip('“”"„') for w in words.lower[start:end]]
    return any(w.endswith(_FEMININE_MEDIA) or w == "bild" for w in named)


# the audiences (AUDIENCES) whose dative singular is "der", like a genitive; "der Sender" after
# a noun is a genitive plural
_FEMININE_MEDIA = ("presse", "zeitung", "agentur", "zeitschrift")


def object_before_verb(
    words: Words,
    speaker: tuple[int, int] | None,
    stop: int,
    first_words: frozenset[str],
    names: bool = False,
) -> tuple[int, int] | None:
    """In a clause with its verb last, the object between the speaker and the verb, before
    ``stop``: a phrase that opens with one of ``first_words``, a dative plural of people ("den
    18 Mitarbeitern") or, with ``names``, a name ("Nachdem die Anwältin dem Richter mitgeteilt
    hatte", "indem er seinem Ex-Arbeitgeber vorwarf")."""
    if speaker is None or speaker[1] >= stop:
        return None
    after = speaker[1]
    lower = words.lower[after]
    if not (
        lower in first_words
        or (lower == "den" and _people(words, after, stop))
        or (names and words.pos(after) == "PROPN")
    ):
        return None
    phrase = noun_phrase(words, after, stop)
    return phrase if phrase is not None and words.pos(phrase[1]) in {"VERB", "AUX"} else None


def fronted_object(
    words: Words,
    start: int,
    head: int,
    speaker: tuple[int, int] | None,
    determiners: frozenset[str],
) -> tuple[int, int] | None:
    """The noun phrase that fills the field before the verb when the speaker comes after the
    verb, so that the phrase is an object: whom the speaker addressed ("Den Währungsfonds
    forderte er auf"). It opens with one of ``determiners`` (the cases the verb's object
    takes) and has a noun ("Das forderte er" has none)."""
    if speaker is None or speaker[0] <= head or head <= start:
        return None
    if words.lower[start] not in determiners:
        return None
    phrase = noun_phrase(words, start, head)
    if (
        phrase is None
        or phrase[1] != head
        or not any(words.pos(i) in HEADS for i in range(*phrase))
    ):
        return None
    return phrase


# whom a verb that takes its addressee as object ("forderte die Verbündeten auf", "warf der
# Regierung vor") names when the object comes first: accusative or dative
OBJECT_CASES = frozenset(DATIVE_CAPABLE | {"die", "den", "einen", "eine", "ihre", "seine"})


# English verbs of saying whose object is the one spoken to ("told reporters", "urged allies")
ENGLISH_ADDRESSING = frozenset(
    {"tell", "urge", "ask", "warn", "remind", "assure", "inform", "brief", "advise", "promise"}
)


def _english_addressee(
    words: Words, head: int, end: int, speaker: tuple[int, int] | None
) -> tuple[int, int] | None:
    """ "…," Stoltenberg told reporters. / "…," he said to the committee: the object of a verb
    of telling, or the phrase after "to" right after the verb and its speaker."""
    if words.tokens[head].lemma in ENGLISH_ADDRESSING:
        return object_after(words, head, end, speaker)
    index = head + 1
    if speaker is not None and speaker[0] == index:
        index = speaker[1]
    if index < end and words.lower[index] == "to":
        return noun_phrase(words, index + 1, end)
    return None


def _conversation(words: Words, index: int) -> bool:
    """Whether the word at ``index`` names a conversation in which something was said, whose
    partner after "mit" is spoken to: "in einem Interview", "im Gespräch", "bei einem
    Telefonat" (not "nach einem Gespräch mit Scholz sagte Macron")."""
    lemma = words.tokens[index].lemma.lower()
    if words.pos(index) != "NOUN" or not lemma.endswith(("interview", "gespräch", "telefonat")):
        return False
    return any(words.lower[i] in _DURING for i in range(max(0, index - 3), index))


_DURING = frozenset({"in", "im", "bei", "beim", "während"})
# whom something is demanded of: "forderte von der Regierung, …"
_DEMANDING = frozenset({"fordern", "verlangen"})


def _letter(words: Words, index: int) -> bool:
    """Whether the word at ``index`` is a letter or appeal, whose recipient follows "an": "in
    einem Brief an den Präsidenten", "in einem Schreiben an das Parlament"."""
    lemma = words.tokens[index].lemma.lower()
    return words.pos(index) == "NOUN" and lemma.endswith(_LETTERS)


_LETTERS = ("brief", "schreiben", "appell", "botschaft", "aufruf", "mail", "petition")


def _dative_after(
    words: Words, head: int, end: int, speaker: tuple[int, int] | None
) -> tuple[int, int] | None:
    """ "sagte der Zeitung", ", sagte Lanzer dem Sender": a dative after the verb of telling
    and its speaker."""
    index = head + 1
    if speaker is not None and speaker[0] <= index < speaker[1]:
        index = speaker[1]
        if (
            words.forms[index : index + 1] == [","]
            and "," in words.forms[speaker[0] : speaker[1]]
            and words.lower[index + 1 : index + 2] in (["der"], ["dem"])
            and words.pos(index + 2) in {"NOUN", "PROPN"}
        ):
            index += 1  # ", sagte der Chef der Firma, Honoré Durand, der Nachrichtenagentur AP"
    while index < end and words.pos(index) in {"ADV", "PART"}:
        index += 1
    if speaker is not None and speaker[1] <= head:
        index = _past_place(words, index, end)  # "sagte in Juba der Presse"
    if speaker is None or index >= end:
        return None
    # "sagte Journalisten": the press without an article
    bare = words.pos(index) == "NOUN" and words.tokens[index].lemma.lower().endswith(AUDIENCES)
    # "Ein Sprecher sagte SPIEGEL ONLINE": with the speaker before the verb, a name after it
    named = speaker[1] <= head and (
        words.pos(index) == "PROPN" or words.tokens[index].proper or words.forms[index].isupper()
    )
    people = words.lower[index] == "den" and _people(words, index, end)  # "den Mitarbeitern"
    if words.lower[index] not in _DATIVES and not (bare or named or people):
        return None
    after_speaker = index in (speaker[1], speaker[1] + 1)  # or the comma closing his name
    if words.lower[index] == "der" and speaker[0] > head and not after_speaker:
        return None  # ", sagte der Minister": "der" after the verb may begin the subject
    phrase = noun_phrase(words, index, end)
    if phrase is None or overlap(phrase, speaker):
        return None
    if words.lower[phrase[1] : phrase[1] + 1] == ["zufolge"]:
        return None  # "sagte der Agentur Interfax zufolge": the source, not whom he told
    return _medium_name(words, phrase, end)


def _people(words: Words, index: int, end: int) -> bool:
    """Whether the phrase at ``index`` is a dative plural of people or media ("den 18
    Mitarbeitern", "den Abgeordneten"), not an accusative ("den Plan")."""
    phrase = noun_phrase(words, index, end)
    if phrase is None:
        return False
    head = phrase[1] - 1
    lemma = words.tokens[head].lemma.lower()
    plural = words.lower[head].endswith("n") and words.lower[head] != lemma
    return plural and (person_noun(lemma) or lemma.endswith(AUDIENCES))


def _past_place(words: Words, index: int, end: int) -> int:
    """Past a place or time phrase after the verb ("in Juba", "am Montag"), to what follows."""
    if words.lower[index] not in _PLACE_OR_TIME:
        return index
    after = index + 1
    if words.pos(after) == "PROPN":  # "in Juba der Presse": no genitive after a place's name
        while after < end and words.pos(after) == "PROPN":
            after += 1
        return after
    phrase = noun_phrase(words, after, end)
    return phrase[1] if phrase else index


_PLACE_OR_TIME = frozenset({"in", "im", "am", "auf", "bei", "beim"})


def _medium_name(words: Words, phrase: tuple[int, int], end: int) -> tuple[int, int]:
    """The phrase up to the medium whose name it starts: "der Frankfurter" + "Allgemeinen
    Zeitung", which the noun phrase ends before."""
    for stop in range(phrase[1], min(phrase[1] + 3, end)):
        if not words.forms[stop][:1].isupper():
            break
        if words.tokens[stop].lemma.lower().endswith(AUDIENCES):
            return (phrase[0], stop + 1)
    return phrase


def _audience_after(
    words: Words, head: int, end: int, speaker: tuple[int, int] | None
) -> tuple[int, int] | None:
    """ "sagte er zur Sportschau", "sagte vor der Presse": after the verb of telling, a name or
    a medium after "zu", or the press after "vor" ("Zu den Vorwürfen sagte er" is a topic)."""
    for index in range(head + 1, end - 1):
        if speaker is not None and speaker[0] <= index < speaker[1]:
            continue
        lower = words.lower[index]
        if lower not in {"zu", "zum", "zur", "vor"}:
            continue
        phrase = noun_phrase(words, index + 1, end)
        if phrase is None:
            continue
        nouns = [i for i in range(*phrase) if words.pos(i) in {"NOUN", "PROPN"}]
        if not nouns:
            continue
        named = lower != "vor" and words.pos(nouns[0]) == "PROPN"
        if named or words.tokens[nouns[0]].lemma.lower().endswith(AUDIENCES):
            return phrase
    return None


def object_after(
    words: Words, verb: int, stop: int, speaker: tuple[int, int] | None
) -> tuple[int, int] | None:
    """The noun phrase after the verb that is not the speaker: the addressee."""
    index = verb + 1
    while index < stop and words.pos(index) in {"ADV", "PART"}:
        index += 1
    if speaker and speaker[0] == index:
        index = speaker[1]
    phrase = noun_phrase(words, index, stop)
    if phrase and speaker and overlap(phrase, speaker):
        return None
    return phrase
