"""Speakers a quotation's own words do not give: the subject of the sentence before it, the
person after an object-first verb, the speaker's name again in the sentence of a carried
quotation, the person a view is "for"."""

from __future__ import annotations

from collections.abc import Collection

from newsprism.entities.resolve import OFFICES
from newsprism.model import Article
from newsprism.quotes.addressees import OBJECT_CASES
from newsprism.quotes.chunks import DATIVE_CAPABLE, Words, noun_phrase
from newsprism.quotes.clauses import FINITE_TAGS, STATEMENT_FINITE_TAGS, Frame, phrase_head
from newsprism.quotes.cues import cues
from newsprism.quotes.descriptions import person_noun
from newsprism.quotes.subjects import long_subject
from newsprism.quotes.verb_subjects import (
    TELLING,
    subject_after,
    subject_before,
    takes_addressee,
)


def sentence_subject(words: Words, first: int, end: int) -> tuple[int, int] | None:
    finite = next((i for i in range(first, end) if _finite(words, i)), None)
    if finite is None:
        return None
    return (
        subject_before(words, first, finite)
        or long_subject(words, first, finite)  # "X, Vorsitzende des Verbands und …, verteidigte"
        or subject_after(words, finite, end)
    )


def _finite(words: Words, index: int) -> bool:
    """A finite verb: German ones have a mood; English ones only a tag ("thanked": VVD)."""
    token = words.tokens[index]
    return bool(token.mood) or (words.language == "en" and token.tag in FINITE_TAGS)


def opinion_holder(
    article: Article, words: Words, start: int, quote: int
) -> tuple[int, int] | None:
    """A person named after "Für" at the start of the sentence, whose view the marked words
    give ("Für Bildungssenator Willi Lemke ist die Beschäftigung ein „gelungenes Beispiel“")."""
    if words.lower[start] != "für":
        return None
    phrase = noun_phrase(words, start + 1, quote)
    if phrase is None or not names_one_of(article, words, phrase, {"PER"}):
        return None
    return phrase if words.pos(phrase[1] - 1) in {"PROPN", "PUNCT"} else None


def mention_in(
    words: Words, ranges: list[tuple[int, int]], speaker: tuple[int, int]
) -> tuple[int, int] | None:
    """The speaker's name again in ``ranges``, the sentence of a quotation it is carried to
    without the quotation: "In dem Verfahren sieht Osterloh einen „Angriff gegen die
    Belegschaft“" after "Der Betriebsratsvorsitzende Bernd Osterloh hat …" (the name with its
    first names)."""
    name = words.forms[speaker[1] - 1]
    if words.pos(speaker[1] - 1) != "PROPN":
        return None
    for start, end in ranges:
        for index in range(start, end):
            if words.forms[index] == name and not speaker[0] <= index < speaker[1]:
                first = index
                while first > start and words.pos(first - 1) == "PROPN":
                    first -= 1
                return (first, index + 1)
    return None


def personal(words: Words, speaker: tuple[int, int]) -> bool:
    """Whether a speaker mention names someone, rather than a source ("Angaben der Polizei",
    "Ansicht von Beobachtern"): only someone can go on speaking in a later quotation."""
    lexicon = cues(words.language)
    for index in range(*speaker):
        if words.tokens[index].pos == "NOUN":
            return not any(
                entry.kind == "noun" for entry in lexicon.get(words.tokens[index].lemma, ())
            )
    return True


def topic_before(
    article: Article, words: Words, number: int, quoted: Collection[tuple[int, int]]
) -> tuple[int, int] | None:
    """The subject of the sentence before sentence ``number`` when no quotation (token ranges
    ``quoted``) reaches into that sentence and its subject is a person or an organisation: a
    quotation without a frame right after it is theirs ("Weiß besuchte den Hafen. „…“", "Edler
    sieht darin Parallelen. Die Ursache sei nie gefunden worden."); not the "wir" of a quotation
    that ends there."""
    if not number:
        return None
    before = article.sentences[number - 1]
    if any(start < before.token_end and before.token_start < end for start, end in quoted):
        return None
    subject = sentence_subject(words, before.token_start, before.token_end)
    return someone(article, words, subject)


def someone(
    article: Article, words: Words, phrase: tuple[int, int] | None
) -> tuple[int, int] | None:
    """The phrase if it names a person or an organisation (by the entity layer) or is a
    personal pronoun; otherwise None ("In 400 Autos wurde Feuer gelegt": not "Feuer")."""
    if phrase is None:
        return None
    if pronoun(words, phrase):
        return phrase
    if _thing_of_a_name(words, phrase):
        return None  # "Der Verkauf der Woba": a name in it, but a thing
    if names_one_of(article, words, phrase, {"PER", "ORG"}):
        return phrase
    head = phrase_head(words, phrase)
    # "die Wahlkommission", "der Polizeisprecher": a body or an office, no name needed
    if head is not None and words.tokens[head].lemma.lower().endswith(_BODIES_AND_OFFICES):
        return phrase
    return None


_BODIES = (
    "kommission",
    "polizei",
    "behörde",
    "ministerium",
    "regierung",
    "gericht",
    "verband",
    "partei",
    "gewerkschaft",
    "anwaltschaft",
    "institut",
    "konzern",
    "organisation",
    "agentur",
    "verwaltung",
    "ausschuss",
    "fraktion",
)
_BODIES_AND_OFFICES = (*_BODIES, *OFFICES)


def pronoun(words: Words, phrase: tuple[int, int] | None) -> bool:
    """Whether a phrase is a single pronoun ("er", "sie")."""
    return phrase is not None and phrase[1] - phrase[0] == 1 and words.pos(phrase[0]) == "PRON"


def names_one_of(article: Article, words: Words, phrase: tuple[int, int], labels: set[str]) -> bool:
    """Whether the entity layer finds an entity with one of ``labels`` inside the phrase."""
    start, end = words.tokens[phrase[0]].start, words.tokens[phrase[1] - 1].end
    return any(
        entity.label in labels and any(start <= m.start and m.end <= end for m in entity.mentions)
        for entity in article.entities
    )


def subject_in_front(article: Article, words: Words, frame: Frame) -> None:
    """Object first in a frame: see :func:`person_after`. The object is whom the speaker
    addressed when the verb takes its addressee as object ("Der Zeitung sagte Müller", "Den
    Währungsfonds forderte Müller auf")."""
    speaker = frame.speaker
    if speaker is None or frame.side != "after" or speaker[1] not in frame.cue:
        return
    frame.speaker = person_after(article, words, speaker, frame.end - 1)
    if frame.speaker == speaker:
        return
    if frame.addressee == frame.speaker:
        frame.addressee = None  # read as whom the phrase before the verb told
    if frame.addressee is not None:
        return
    addressing = takes_addressee(words.language, frame.lemma)
    if words.lower[speaker[0]] in (OBJECT_CASES if addressing else DATIVE_CAPABLE) and (
        addressing or frame.lemma in TELLING
    ):
        frame.addressee = speaker


def person_after(
    article: Article, words: Words, speaker: tuple[int, int], stop: int
) -> tuple[int, int]:
    """Object first: in "Die Arbeit der Koalition lobte Köhler: „…“" the phrase before the
    verb names no one, and the person after a singular verb is its subject and the speaker.
    ``speaker`` ends at the verb; ``stop`` ends the verb's clause."""
    verb = speaker[1]
    if someone(article, words, speaker) or words.tokens[verb].tag not in STATEMENT_FINITE_TAGS:
        return speaker
    if words.lower[verb].endswith("en"):  # a plural verb: the person after it is its object
        return speaker
    after = subject_after(words, verb, stop)
    # a name that heads the phrase: not "würdigte damit Obamas Einsatz", whose head is a noun
    if after is not None and words.pos(after[1] - 1) == "PROPN":
        return after if names_one_of(article, words, after, {"PER"}) else speaker
    return speaker


# endings of nouns for people ("Sprecher", "Direktor", "Präsident", "Journalistin", "Angestellte")
# and for groups of them ("Das Team der Nasa", "Der Vorstand der Bahn", "Mitglieder der Partei")
_GROUPS = (
    "team",
    "vorstand",
    "führung",
    "spitze",
    "leitung",
    "delegation",
    "mitglied",
    "kabinett",
    "büro",
    "lager",
    "umfeld",
    "familie",
    "mehrheit",
    "rat",
    "präsidium",
    "direktion",
    "stab",
    "gruppe",
    "bündnis",
    "koalition",
    "opposition",
    "redaktion",
    "seite",
)


def _thing_of_a_name(words: Words, phrase: tuple[int, int]) -> bool:
    """Whether a phrase is a thing with a name in its genitive ("Der Verkauf der Woba", "Der
    nächste Start des PSLV"): not someone, though the entity layer finds a name in it. A
    person, a body or a source before the genitive is someone ("Der Bruder des Papstes",
    "Mitarbeiter der Organisation", "Ein Bericht der UN")."""
    first = next((i for i in range(*phrase) if words.pos(i) in {"NOUN", "PROPN"}), None)
    if first is None or words.pos(first) != "NOUN" or first + 1 >= phrase[1]:
        return False
    if words.lower[first + 1] not in {"der", "des"}:
        return False
    lemma = words.tokens[first].lemma
    lower = lemma.lower()
    if lower.endswith((*_BODIES_AND_OFFICES, *_GROUPS)) or person_noun(lemma):
        return False
    return not any(e.kind == "noun" for e in cues(words.language).get(lemma, ()))
