"""Who speaks in a clause: the subject before or after its finite verb ("Der Minister sagte",
"…, sagte der Minister"), and the dative object that fills the field before the verb instead
("Der Zeitung sagte er"). Built on the phrases of :mod:`newsprism.quotes.chunks`."""

from __future__ import annotations

from newsprism.quotes.chunks import (
    DATIVE_CAPABLE,
    FOCUS,
    HEADS,
    MARKS,
    OBJECT_DETERMINERS,
    ONE_OF,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    Words,
    agent,
    attachments_end,
    name_particle,
    noun_phrase,
    quoted_name,
)
from newsprism.quotes.cues import cues
from newsprism.quotes.times import names_a_time


def subject_before(words: Words, clause_start: int, verb: int) -> tuple[int, int] | None:
    """The subject when it fills the field before a finite verb ("Der Minister sagte")."""
    start = clause_start
    while start < verb and (
        words.pos(start) in {"CCONJ", "PUNCT"} or words.lower[start] in _CONJUNCTION_ADVERBS
    ):
        if quoted_name(words, start, verb):
            break  # "„BBC News“ berichtet"
        start += 1  # "Aber Zeitungen berichteten" (the tagger reads "aber" as an adverb)
    if start < verb - 1 and words.lower[start] in FOCUS:
        start += 1  # "Auch der Chef des Generalstabs betonte"
    particle = name_particle(words, start)
    if start >= verb or (words.pos(start) in {"ADP", "ADV", "SCONJ"} and not particle):
        return None
    found = agent(words, noun_phrase(words, start, verb))
    if found and found[1] + 1 < verb and words.lower[found[1]] in {"und", "sowie", "and"}:
        second = noun_phrase(words, found[1] + 1, verb)
        # "Mitarbeiter und Mitglieder der Gremien bestätigten", "X und Y (SPD), hat"
        if second and (
            second[1] == verb or (second[1] == verb - 1 and words.forms[second[1]] == ",")
        ):
            found = (found[0], second[1])
    if (
        found
        and found[1] < verb
        and (_place_after(words, found[1], verb) or attachments_end(words, found[1], verb) == verb)
    ):
        # "Ein Regierungssprecher in Berlin sagte", "Sascha Kempf vom Max-Planck-Institut für
        # Kernphysik in Heidelberg erläutert": one phrase fills the field before the verb
        found = (found[0], verb)
    if found and found[1] < verb and _open_apposition(words, found, verb):
        # "Theo Zwanziger, Präsident des DFB nannte": an apposition whose closing comma is
        # missing belongs to the subject
        found = (found[0], verb)
    if found and found[1] < verb:
        attached = attachments_end(words, found[1], verb)
        if _relative_clause(words, attached, verb):
            # "Gutachter der Gesellschaft für Raumfahrt, die den Unfall untersuchten, gehen …"
            found = (found[0], attached)
        elif _apposition_after_attribute(words, found[1], attached, verb):
            # "The head of the agency, Rafael Grossi, said": the apposition follows the attribute
            found = (found[0], verb - 1)
    if found and found[1] - found[0] > 1 and names_a_time(words, found):
        return None  # "Ende Januar 2006 verkündete der DFB": when, not who ("Mai" may be a name)
    if found and words.forms[found[0]] in MARKS and found[1] == verb - 1:
        return None  # "„Danke“, sagte der Chef.": a quotation before its frame, not a name
    if found and (
        found[1] == verb
        or (found[1] == verb - 1 and words.forms[verb - 1] == ",")
        or (found[1] == verb - 1 and words.lower[verb - 1] in _CONTRASTIVE)
        or _relative_clause(words, found[1], verb)
        # "John Edwards dagegen, der … war, bekräftigte"
        or (words.lower[found[1]] in _CONTRASTIVE and _relative_clause(words, found[1] + 1, verb))
    ):
        return None if _dative(words, found, verb) or _nominative_after(words, verb) else found
    return None


_NOMINAL_TAGS = frozenset({"NN", "NE", "ADJ(A)"})


def _apposition_after_attribute(words: Words, end: int, attached: int, verb: int) -> bool:
    """Whether the prepositional attributes after a noun phrase ending at ``end`` (up to
    ``attached``) are followed by a name between commas that closes right before the verb
    ("The president of France, Emmanuel Macron, said", "Der Chef der Agentur für Arbeit,
    Frank Weise, sagte")."""
    if attached == end or words.forms[verb - 1] != ",":
        return False
    if attached == verb - 1:  # the attribute's own phrase took the apposition in
        return "," in words.forms[end:attached] and words.pos(attached - 1) == "PROPN"
    if words.forms[attached] != ",":
        return False
    apposition = noun_phrase(words, attached + 1, verb)
    return (
        apposition is not None
        and apposition[1] == verb - 1
        and words.pos(apposition[1] - 1) == "PROPN"
    )


def _open_apposition(words: Words, phrase: tuple[int, int], verb: int) -> bool:
    """Whether a phrase and what follows it up to the verb form one subject: a name and a
    description between a comma and the verb, in either order, with the closing comma missing
    ("Houcine Abassi, der Generalsekretär der UGIT sagte", "Der Weihbischof der Diözese Linz,
    Gerhard Maria Wagner hat …")."""
    comma = phrase[1]
    rest = range(comma + 1, verb)
    if words.forms[comma] != "," or not 0 < len(rest) <= 20:
        return False
    if words.pos(comma + 1) not in {"DET", "NOUN", "PROPN", "ADJ"}:
        return False
    if words.pos(comma + 1) == "DET" and words.tokens[comma + 2].tag not in _NOMINAL_TAGS:
        return False  # "Das Buch, das sie in Klagenfurt vorstellte": a relative clause
    if any(words.forms[i] == "," or words.pos(i) in {"VERB", "AUX", "SCONJ"} for i in rest):
        return False
    heads = [words.pos(i) for i in (*range(*phrase), *rest)]
    return "PROPN" in heads and "NOUN" in heads


def _nominative_after(words: Words, verb: int) -> bool:
    """Whether the verb is followed by a pronoun that has no case but the nominative: then the
    phrase before the verb is its object ("Deren Haltung bezeichnete er als …")."""
    return words.lower[verb + 1 : verb + 2] in (["er"], ["ich"], ["wir"], ["du"]) and (
        words.pos(verb + 1) == "PRON"
    )


def dative_before(words: Words, clause_start: int, verb: int) -> tuple[int, int] | None:
    """The phrase that fills the field before the verb when it is a dative object, not the
    subject: the addressee of "Der Zeitung sagte er" or "Der englischsprachigen Zeitung sagte
    Filep Karma"."""
    if verb == clause_start + 1 and words.lower[clause_start] in _DATIVE_PRONOUNS:
        return (clause_start, verb)  # "Ihm wurde vorgeworfen"
    phrase = noun_phrase(words, clause_start, verb)
    if phrase is None or phrase[1] != verb or not _dative(words, phrase, verb):
        return None
    if words.pos(phrase[0] + 1) == "ADP":
        return None  # "der in einer Stellungnahme sagte": a relative pronoun, its phrase after
    return phrase


_DATIVE_PRONOUNS = frozenset({"ihm", "ihr", "ihnen", "mir", "uns"})


def _dative(words: Words, phrase: tuple[int, int], verb: int) -> bool:
    """Whether a phrase right before the verb reads as a dative rather than the subject."""
    start = phrase[0]
    if words.lower[start] in OBJECT_DETERMINERS and words.pos(start + 1) != "PROPN":
        return True  # "Den Unmut der CDU brachte die Sprecherin zum Ausdruck" ("Den Haag" is one)
    if words.lower[start] in DATIVE_CAPABLE and _pronoun_after(words, verb):
        return True  # "Der Zeitung sagte er": the phrase before the verb is an object
    if words.lower[start] in ONE_OF and words.lower[start + 1] == "der":
        return False  # "Einer der beteiligten Feuerwehrmänner sagte"
    head = next((i for i in range(*phrase) if words.pos(i) in HEADS), phrase[1])
    # "Der englischsprachigen Zeitung sagte Filep Karma": after "der", an adjective ends in -en
    # only outside the nominative singular ("der neue Minister sagte")
    return words.lower[start] in {"der", "einer"} and any(
        words.pos(i) == "ADJ" and words.lower[i].endswith("en") for i in range(start, head)
    )


def _place_after(words: Words, end: int, verb: int) -> bool:
    """Whether the words between a phrase and the verb are "in"/"aus" and a name: the
    phrase's place ("Die Botschaft in Riad teilte mit")."""
    gap = range(end, verb)
    return (
        len(gap) >= 2
        and words.lower[end] in {"in", "aus"}
        # a name; the tagger calls some place names nouns ("Sandhafen")
        and all(words.pos(i) in HEADS and words.forms[i][:1].isupper() for i in gap[1:])
    )


# conjunctions the tagger may read as adverbs; before the subject they leave it in front
_CONJUNCTION_ADVERBS = frozenset({"aber", "doch", "denn"})


# adverbs that may follow the subject before the verb: "Die Kanadier hingegen sagen",
# "Hartmann selbst schrieb"
_CONTRASTIVE = frozenset(
    {
        "selbst",
        "selber",
        "hingegen",
        "jedoch",
        "dagegen",
        "allerdings",
        "indes",
        "wiederum",
        "seinerseits",
        "ihrerseits",
    }
)


def _relative_clause(words: Words, end: int, verb: int) -> bool:
    """Whether a relative clause stands between the subject and its verb ("Frank Sichau, der
    als Sprecher der Fraktion fungiert, erklärte")."""
    return (
        end + 2 < verb
        and words.forms[end] == ","
        and words.lower[end + 1] in RELATIVE_PRONOUNS
        and words.forms[verb - 1] == ","
        # a verb of its own: else it is an apposition ("Marcelo Ebrard, der Bürgermeister …,")
        and any(words.pos(i) in {"VERB", "AUX"} for i in range(end + 2, verb - 1))
        # and nothing after it but subordinate clauses: not "Ein Gebiet, das dort gestanden
        # hatte, habe das Festland erreicht, sagte": a finite verb after a comma opens a clause
        # of its own, the subject's, before the verb
        and not any(
            words.forms[i] == "," and words.tokens[i + 1].tag.endswith("(FIN)")
            for i in range(end + 2, verb - 1)
        )
    )


def _pronoun_after(words: Words, verb: int) -> bool:
    """Whether a subject pronoun follows the verb, so that the phrase before it is an object
    ("Der Zeitung sagte er"). "sie" may be an object too ("Der Chef nannte sie fahrlässig"):
    it counts only after a verb of telling, which takes a dative."""
    if verb + 1 >= len(words) or words.pos(verb + 1) != "PRON":
        return False
    pronoun = words.lower[verb + 1]
    if pronoun == "sie":
        return words.tokens[verb].lemma in TELLING
    return pronoun in PRONOUNS


# verbs of telling, which take a dative: "Der Zeitung sagte sie"
TELLING = frozenset(
    {
        "sagen",
        "erklären",
        "mitteilen",
        "berichten",
        "bestätigen",
        "schildern",
        "erzählen",
        "schreiben",
        "antworten",
    }
)
# whom one speaks to: the press, reporters, a medium ("sagte der Zeitung", "sagte vor der Presse")
AUDIENCES = (
    "presse",
    "journalist",
    "journalistin",
    "reporter",
    "reporterin",
    "medien",
    "medienvertreter",
    "zeitung",
    "sender",
    "agentur",
    "fernsehen",
    "sendung",
    "schau",  # "Sportschau", "Tagesschau"
    "rundfunk",
    "radio",
    "magazin",
    "blatt",
    "publikum",
    "kamera",
)


_OBJECT_PRONOUNS = frozenset({"sich", "ihn", "ihm", "ihnen", "uns", "mich", "mir", "euch"})


def subject_after(words: Words, verb: int, stop: int) -> tuple[int, int] | None:
    """The subject after a finite verb ("…, sagte der Minister", "Weiter sagte er").

    Phrases that start like an object ("dem Sender", "den Journalisten") and prepositional
    phrases ("im Interview", "am Montag") are passed over.
    """
    index = verb + 1
    while index < stop:
        # "äußerte sich X", "charakterisierte ihn X": reflexive and object pronouns
        passed = (
            words.pos(index) in {"ADV", "PART", "VERB"} or words.lower[index] in _OBJECT_PRONOUNS
        )
        if passed and words.lower[index] not in PRONOUNS:
            index += 1
            continue
        if _placeholder_object(words, verb, index):
            index += 1
            continue
        if words.lower[index] in OBJECT_DETERMINERS or words.pos(index) == "ADP":
            skip = index + (words.pos(index) == "ADP")
            phrase = noun_phrase(words, skip, stop)
            index = phrase[1] if phrase else skip + 1
            continue
        phrase = noun_phrase(words, index, stop)
        lemma = words.tokens[verb].lemma
        if phrase and (lemma in TELLING or takes_addressee(words.language, lemma)):
            phrase = (phrase[0], _audience_start(words, verb, phrase, stop) or phrase[1])
        return agent(words, phrase)
    return None


def takes_addressee(language: str, lemma: str) -> bool:
    """Whether a verb cue takes whom it addresses as its object ("warf … vor", "forderte …
    auf"): its "to" frame in the cue lexicon."""
    return any("to" in entry.frames for entry in cues(language).get(lemma, ()))


def _audience_start(words: Words, verb: int, phrase: tuple[int, int], stop: int) -> int | None:
    """Where whom the speaker addressed starts inside a phrase read as the subject: "der" after
    a name is a dative there, not a genitive, when a medium follows ("sagte Peskow der
    Nachrichtenagentur Interfax", "sagte Scholz der „Süddeutschen Zeitung“"; but "der Sprecher
    der Agentur") or the verb takes an addressee ("warf die OSZE der Wahlkommission vor"). The
    medium's name may run past the phrase ("der Frankfurter Allgemeinen Zeitung")."""
    addressing = takes_addressee(words.language, words.tokens[verb].lemma)
    for index in range(phrase[0] + 1, phrase[1] - 1):
        before = index - 1  # a name, or the surname after a first name ("Muriel Asseburg")
        name = words.pos(before) == "PROPN" or words.tokens[before].proper
        surname = words.forms[before][:1].isupper() and words.pos(before - 1) == "PROPN"
        quoted = words.forms[before] in MARKS  # der „Arbeitskreis Vorratsdatenspeicherung“
        # "ein Sprecher des Außenministeriums der Deutschen Presse-Agentur": no genitive of a
        # genitive there
        genitive = words.pos(before) == "NOUN" and any(
            words.lower[i] in {"des", "eines"} for i in range(max(phrase[0], before - 3), before)
        )
        if words.lower[index] == "der" and (name or surname or quoted or genitive):
            told = range(index + 1, min(max(phrase[1], index + 4), stop))
            medium = any(words.tokens[i].lemma.lower().endswith(AUDIENCES) for i in told)
            # after a genitive only a medium ("des Verbands der Automobilindustrie": a name)
            if medium or (addressing and not genitive):
                return index
    return None


def _placeholder_object(words: Words, verb: int, index: int) -> bool:
    """ "es" before the subject is the object that a clause after it fills: "hält es der
    Präsident für möglich, dass …" (but "hieß es" has no other subject)."""
    return (
        words.lower[index] == "es"
        and (words.lower[index + 1] in _NOMINATIVE_ARTICLES or words.pos(index + 1) == "PROPN")
        and words.tokens[verb].lemma != "heißen"
    )


_NOMINATIVE_ARTICLES = frozenset({"der", "die", "das", "ein", "eine"})
