"""The subject of a frame's clause, who speaks: after "wie" or a relative pronoun in a
verb-final clause, a name in quotation marks, a subject with its appositions before the comma
of the verb ("Der Korrespondent in Mexiko-Stadt, Will Grant, berichtete"); and where the
frame's clause ends when the subject after the verb has an apposition between commas."""

from __future__ import annotations

from newsprism.quotes.chunks import MARKS, Words, noun_phrase
from newsprism.quotes.clause_ends import relative_clause_closes
from newsprism.quotes.clauses import OBJECTS, PARTICLES, end_of_clause, has_finite
from newsprism.quotes.verb_subjects import subject_after


def subject_of_final_clause(words: Words, start: int, verb: int) -> tuple[int, int] | None:
    """The subject of a verb-final clause, after its introducing word; or the relative pronoun."""
    index = start + 1
    if words.pos(start) == "ADP":  # "von dem die Polizei glaubt"
        index += 1
        if words.lower[start + 1] in {"dessen", "deren"}:  # "in dessen Folge das Gericht"
            phrase = noun_phrase(words, start + 1, verb)
            index = phrase[1] if phrase else index
    pronoun = relative_pronoun(words, start)
    while index < verb:
        if (words.lower[index] in OBJECTS and words.pos(index) == "DET") or (
            pronoun and _object_of_relative(words, index, verb)
        ):
            phrase = noun_phrase(words, index, verb)  # "der den Wahlsieg als … bezeichnete"
            index = phrase[1] if phrase else index + 1
            continue
        if words.pos(index) in {"ADV", "PART"} or words.lower[index] in OBJECTS:
            index += 1
            continue
        if words.pos(index) == "ADP":
            phrase = noun_phrase(words, index + 1, verb)
            index = phrase[1] if phrase else index + 1
            continue
        found = noun_phrase(words, index, verb) or marked_subject(words, index, verb)
        if found:
            return found
        index += 1
    if pronoun:
        return (start, start + 1)  # "der in einer Stellungnahme betonte": the relative pronoun
    return None


def _object_of_relative(words: Words, index: int, verb: int) -> bool:
    """Whether the phrase at ``index`` in a relative clause is an object, so that the pronoun is
    the subject: a feminine noun after "der" is a dative ("der der US-Regierung vorwarf"), and
    "alle" before a verb in the singular counts those spoken to ("der alle Nichtmoslems
    aufforderte")."""
    phrase = noun_phrase(words, index, verb)
    if phrase is None or phrase[1] != verb:
        return False
    head = words.lower[phrase[1] - 1]
    if words.lower[index] == "der" and words.pos(phrase[1] - 1) == "NOUN":
        return head.endswith(_FEMININE)
    singular = words.lower[verb].endswith(("te", "t")) and not words.lower[verb].endswith("en")
    return words.lower[index] in {"alle", "allen"} and singular


_FEMININE = ("ung", "heit", "keit", "ion", "schaft", "tät", "ei")


def marked_subject(words: Words, index: int, verb: int) -> tuple[int, int] | None:
    """Words in quotation marks right before the verb of a clause, which name its subject:
    "Wie „heise online“ berichtet," (a name the marks alone make one)."""
    if words.forms[index] not in MARKS:
        return None
    close = next((i for i in range(index + 1, verb) if words.forms[i] in MARKS), None)
    return (index, verb) if close is not None and close + 1 == verb else None


def relative_pronoun(words: Words, index: int) -> bool:
    """Whether "der", "die", "das" or "welche(r/s)" at ``index`` is a relative pronoun: tagged
    so, or tagged an article but followed by no noun it could belong to ("…, der in einer
    Stellungnahme betonte", "…, das vorschlug"; not "Das Bau- und Transportministerium")."""
    if words.lower[index] not in {"der", "die", "das", "welcher", "welche", "welches"}:
        return False
    if index + 1 < len(words.tokens) and words.tokens[index + 1].tag == "TRUNC":
        return False
    return words.pos(index) == "PRON" or words.pos(index + 1) not in {"NOUN", "PROPN", "ADJ"}


def name_after_comma(words: Words, comma: int, end: int) -> int | None:
    """The end of a name between the comma and another comma or the sentence's end, with no
    verb after it but in a relative clause about the name ("…, sagte der Chef der Firma, Hans
    Müller, der gestern zurücktrat."): the apposition that names the one described before the
    comma."""
    name = noun_phrase(words, comma + 1, end)
    if (
        name is None
        or words.pos(name[0]) != "PROPN"
        or (name[1] < end and words.forms[name[1]] not in {",", "."})
        or (has_finite(words, name[1], end) and not relative_clause_closes(words, name[1], end))
    ):
        return None
    return name[1]


def long_subject(words: Words, start: int, clause_start: int) -> tuple[int, int] | None:
    """A subject with appositions and attributes up to the comma before the verb ("Der
    Korrespondent in Mexiko-Stadt, Will Grant, berichtete"), when that stretch holds no verb;
    after a clause of its own ("X wies dies zurück, die Sprecherin der Fraktion, Y, erklärte")."""
    if clause_start <= start + 1 or words.forms[clause_start - 1] != ",":
        return None
    first = start
    for comma in range(start, clause_start - 1):
        if words.forms[comma] == "," and has_finite(words, first, comma):
            first = comma + 1  # the clause before ends at this comma
    while first < clause_start and words.pos(first) in {"CCONJ", "ADV", "PUNCT"}:
        first += 1
    stretch = range(first, clause_start - 1)
    if not stretch or len(stretch) > 25 or words.pos(first) not in {"DET", "NOUN", "PROPN", "ADJ"}:
        return None
    if any(words.tokens[i].pos in {"VERB", "AUX"} for i in stretch):
        return None
    return (first, clause_start - 1)


def attribute_between(words: Words, phrase: tuple[int, int], comma: int) -> bool:
    """Whether what lies between a phrase and ``comma`` belongs to it: a prepositional phrase
    or an apposition, no verb."""
    gap = range(phrase[1], comma)
    return (
        bool(gap)
        and (words.pos(phrase[1]) == "ADP" or words.forms[phrase[1]] == ",")
        and not any(words.pos(i) in {"VERB", "AUX"} for i in gap)
    )


def apposition_after_subject(words: Words, head: int, clause_end: int, end: int) -> int:
    """Where a frame's clause ends when the name after its verb has an apposition between
    commas ("Gestern erklärte Jan Roth, der Leiter der Firma, dass …"): after the apposition,
    which belongs to the speaker, not to the quotation. Else ``clause_end`` itself."""
    if words.pos(clause_end - 1) == "NOUN":
        # "sagte der Sprecher, Hans Müller, dass …": a description, then the name
        return _name_apposition_end(words, head, clause_end, end) or clause_end
    if words.pos(clause_end - 1) != "PROPN" and words.forms[clause_end - 1] != ")":
        return clause_end  # a name, or one with its party: "Jan Roth (CDU), der Leiter …"
    return _apposition_end(words, head, clause_end, end) or clause_end


def _name_apposition_end(words: Words, verb: int, clause_end: int, end: int) -> int | None:
    """The comma that closes a name between commas after a subject that ends in a common noun
    ("der Sprecher, Hans Müller,"); None if the name goes on into a clause ("der Sprecher,
    Müller habe …")."""
    if _subject_at_comma(words, verb, clause_end, end) is None:
        return None
    name = noun_phrase(words, clause_end + 1, end)
    if (
        name is None
        # a name, maybe with a common noun in it ("Radio Vatikan"), but no article
        or words.pos(name[1] - 1) != "PROPN"
        or any(words.pos(i) == "DET" for i in range(*name))
        or name[1] >= end
        or words.forms[name[1]] != ","
    ):
        return None
    return name[1]


def particle_after_apposition(words: Words, verb: int, clause_end: int, end: int) -> int:
    """Where a verb's clause ends when its subject's apposition stands between commas before
    the particle: "Jetzt gab der Leiter der Dienststelle, Andreas Huber, bekannt, dass …".
    Else ``clause_end`` itself."""
    apposition_end = _apposition_end(words, verb, clause_end, end)
    if apposition_end is None:
        return clause_end
    rest_end = end_of_clause(words, apposition_end, end)
    rest = range(apposition_end + 1, rest_end)
    # "gab der Leiter, Andreas Huber, bekannt", "ging Celebi, die Anwältin, noch davon aus"
    if (
        0 < len(rest) <= 3
        and words.lower[rest_end - 1] in PARTICLES
        and all(words.pos(i) in {"ADV", "PART", "ADP"} for i in rest[:-1])
    ):
        return rest_end
    return clause_end


def _apposition_end(words: Words, verb: int, clause_end: int, end: int) -> int | None:
    """The comma that closes an apposition of the subject after the verb, when the verb's
    clause seems to end at the comma that opens it; else None."""
    subject = _subject_at_comma(words, verb, clause_end, end)
    if subject is None:
        return None
    longer = noun_phrase(words, subject[0], end)
    if longer is None or not clause_end + 1 < longer[1] < end or words.forms[longer[1]] != ",":
        return None
    return longer[1]


def _subject_at_comma(words: Words, verb: int, clause_end: int, end: int) -> tuple[int, int] | None:
    """The subject after ``verb`` when it ends at the comma that seems to end the verb's
    clause, where an apposition may open; else None."""
    if clause_end >= end or words.forms[clause_end] != ",":
        return None
    subject = subject_after(words, verb, clause_end)
    return subject if subject is not None and subject[1] == clause_end else None
