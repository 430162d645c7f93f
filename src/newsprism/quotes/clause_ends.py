"""Where a subordinate clause after a phrase ends: a relative clause between commas ("laut
Medienberichten, die sich auf die Polizei berufen, …"), or one that runs to the sentence's end
("…, heißt es auf der Webseite des Preises, der seit 1991 vergeben wird."), and a clause of
time or reason after a frame ("…, sagte Blatter, als noch vier Bewerbungen vorlagen.").
"""

from __future__ import annotations

from newsprism.quotes.chunks import RELATIVE_PRONOUNS, Words, without_final_point


def relative_clause_end(words: Words, end: int, stop: int) -> int | None:
    """After a phrase ending at ``end``: the index after the relative clause that follows it
    between commas ("laut Medienberichten, die sich auf die Polizei berufen, …"), else None.
    The clause ends at the first comma after its verb (verb-final)."""
    pronoun = _relative_pronoun_after(words, end, stop)
    if pronoun is None:
        return None
    for index in range(end + 3, min(stop - 1, end + 40)):
        if words.forms[index] == "," and words.pos(index - 1) in {"VERB", "AUX"}:
            # not an apposition whose comma is missing before the main clause ("laut X, dem
            # Direktor der Behörde hatten die Meteorologen … gewarnt,"): its verb comes second
            return None if _verb_before_the_rest(words, pronoun + 1, index) else index + 1
        if words.forms[index] in {";", ":"} or (
            words.forms[index] == "." and words.pos(index - 1) != "NUM"  # not "am 14. Dezember"
        ):
            return None
    return None


def relative_clause_closes(words: Words, comma: int, end: int) -> bool:
    """Whether a relative clause runs from ``comma`` to the end of the sentence, its verb
    last ("…, heißt es auf der Webseite des Preises, der seit 1991 vergeben wird.")."""
    pronoun = _relative_pronoun_after(words, comma, end)
    return (
        pronoun is not None
        and words.pos(comma - 1) in {"NOUN", "PROPN"}
        and _verb_final_to_end(words, pronoun, end)
    )


def _relative_pronoun_after(words: Words, comma: int, stop: int) -> int | None:
    """The relative pronoun that opens a clause after ``comma``, after its preposition if it
    has one ("…, auf die sich X beruft"), else None."""
    if comma + 2 >= stop or words.forms[comma] != ",":
        return None
    pronoun = comma + 2 if words.pos(comma + 1) == "ADP" else comma + 1
    return pronoun if words.lower[pronoun] in RELATIVE_PRONOUNS else None


# subordinate clauses that may follow a frame at the sentence's end; not "dass" or "ob",
# which say what was said
_ADVERBIAL_CLAUSES = frozenset(
    {"als", "weil", "nachdem", "bevor", "wenn", "da", "obwohl", "während", "seit", "seitdem"}
)


def adverbial_clause_closes(words: Words, comma: int, end: int) -> bool:
    """Whether a clause of time or reason runs from ``comma`` to the end of the sentence ("…,
    sagte Blatter im September, als noch vier Bewerbungen vorlagen.")."""
    return (
        comma + 2 < end
        and words.forms[comma] == ","
        and words.lower[comma + 1] in _ADVERBIAL_CLAUSES
        and _verb_final_to_end(words, comma + 1, end)
    )


def _verb_before_the_rest(words: Words, start: int, end: int) -> bool:
    """Whether a finite verb stands before other words than verbs in [start, end), as in a main
    clause; a relative clause ends in its verbs ("der seit 1991 vergeben wird und dotiert ist")."""
    return any(
        words.tokens[i].tag.endswith("(FIN)")
        and words.lower[i + 1] not in {"und", "oder"}
        and any(words.pos(j) not in {"VERB", "AUX", "PART"} for j in range(i + 1, end))
        for i in range(start, end)
    )


def _verb_final_to_end(words: Words, start: int, end: int) -> bool:
    """Whether the clause from ``start`` to the sentence's end is verb-final: not a clause of
    its own ("…, heißt es, die Zahl sei gestiegen."); two clauses joined by "und" are ("der
    seit 1991 vergeben wird und dotiert ist")."""
    last = without_final_point(words, start, end)
    finite = [i for i in range(start, last) if words.tokens[i].tag.endswith("(FIN)")]
    return (
        finite[-1:] == [last - 1]
        and all(words.lower[i + 1] in {"und", "oder"} for i in finite[:-1])
        and "," not in words.forms[start:last]
    )
