"""What a quantity is said to have done or suffered: the claim a number carries.

"300.000 Soldaten seien getötet oder verwundet worden" claims "getötet oder verwundet" of the
soldiers, "Hunderte von Flugzeugen und Tausende von Panzern seien verloren" claims "verloren" of
both, "Zwölf Menschen wurden schwer verletzt" claims "schwer verletzt", and "300 Menschen
starben." claims "starben". The claim is the rest of the clause up to its past participles after
a finite auxiliary (before or after the quantity: "Bei dem Anschlag wurden drei Menschen
getötet"; "zwei Menschen sind ums Leben gekommen" claims "ums Leben gekommen"), or a full verb
that ends a main clause the quantity opens. A full verb with more after it ("drei Menschen
kamen ums Leben", "nahm 34 Randalierer fest") claims nothing, rather than a misleading word.
English (:func:`claim_en`) puts the verb after the quantity or right before it.
"""

from __future__ import annotations

from newsprism.model import Span, Token

_DURATIONS = frozenset(
    {"Jahr", "Monat", "Woche", "Tag", "Stunde", "Minute", "Sekunde", "Mal", "Jahrzehnt"}
    | {"Jahrhundert", "Wochenende", "Nacht"}
)
_JOINS = frozenset({"und", "oder", "sowie"})
_COORDINATED = frozenset({"NUM", "NOUN", "PROPN", "ADP", "ADJ", "DET"})
_MODIFIERS = frozenset({"ADV", "ADJ"})
_CLAUSE_END = frozenset({"PUNCT", "CCONJ", "SCONJ"})


def claim(
    forms: list[str], tokens: tuple[Token, ...], begin: int, after: int, first: int, end: int
) -> Span | None:
    """The claim of the quantity whose first token is ``begin`` and whose counted phrase ends
    before ``after``, within the sentence of tokens ``first`` to ``end``. A duration ("seit
    zwei Jahren", "drei Mal") claims nothing: the clause speaks of something else."""
    if tokens[after - 1].lemma in _DURATIONS:
        return None
    index = after
    if (
        index < end
        and forms[index] in _JOINS
        and index + 1 < end
        and tokens[index + 1].pos in ("NUM", "NOUN")
    ):
        # "Hunderte von Flugzeugen und Tausende von Panzern seien verloren"
        index += 1
        while index < min(end, after + 8) and tokens[index].pos in _COORDINATED:
            index += 1
    if index >= end:
        return None
    token = tokens[index]
    if token.tag == "VV(FIN)":
        # "300 Menschen starben.": the quantity opens a main clause, and its verb ends it; in a
        # clause that ends in its verb ("…, die 30 Hotels betrifft") the number may be anything
        closes = index + 1 >= end or tokens[index + 1].pos in _CLAUSE_END
        if closes and _opens_clause(forms, tokens, begin, first):
            return Span(token.start, token.end)
        return None
    if _finite_auxiliary(token):
        return _participles(forms, tokens, index + 1, end)
    before = _before(forms, tokens, begin, first)
    if before >= first and _finite_auxiliary(tokens[before]):
        # "wurden drei Menschen getötet", "seien mehr als 40.000 Tonnen Getreide nicht
        # ausgeliefert worden"
        return _participles(forms, tokens, after, end)
    return None


def _before(forms: list[str], tokens: tuple[Token, ...], begin: int, first: int) -> int:
    """The index of the word before the quantity and words like "mehr als", "rund" or
    "bereits" that qualify it (``first - 1`` at the sentence's start)."""
    index = begin - 1
    while index >= first and (tokens[index].pos in _MODIFIERS or forms[index].lower() in _BEFORE):
        index -= 1
    return index


def _opens_clause(forms: list[str], tokens: tuple[Token, ...], begin: int, first: int) -> bool:
    """Whether the quantity, maybe qualified ("Mehr als 300 Menschen"), opens its clause."""
    index = _before(forms, tokens, begin, first)
    return index < first or tokens[index].pos in _CLAUSE_END


_BEFORE = frozenset({"als", "über", "bis", "zu", "knapp", "rund", "etwa", "fast"})
_BEFORE |= {"at", "least", "than", "more", "about", "nearly", "almost", "some", "over"}


def _finite_auxiliary(token: Token) -> bool:
    return token.pos == "AUX" and token.tag.endswith("(FIN)")


def _participles(forms: list[str], tokens: tuple[Token, ...], index: int, end: int) -> Span | None:
    """The clause from ``index`` to its past participles ("schwer verletzt", "bei dem Unglück
    ums Leben gekommen", where the words before the participle are half its meaning), with
    coordinated ones ("getötet oder verwundet"), where they end the clause or come before
    "worden"; not when more than a few words come first."""
    start = index
    while index < end and tokens[index].tag != "VV(PP)":
        if tokens[index].pos in _NOT_BEFORE_PARTICIPLE or index - start >= _MOST_BEFORE:
            return None  # the clause ends, another verb comes first, or it says much more
        index += 1
    if index >= end:
        return None
    last = index
    while last + 2 < end and forms[last + 1] in _JOINS and tokens[last + 2].tag == "VV(PP)":
        last += 2  # "getötet oder verwundet"
    following = tokens[last + 1] if last + 1 < end else None
    if following is not None and following.pos not in _CLAUSE_END and following.pos != "AUX":
        return None  # the participle is not the clause's last word: more is said than it
    return Span(tokens[start].start, tokens[last].end)


_NOT_BEFORE_PARTICIPLE = frozenset({"VERB", "AUX", "PUNCT", "SCONJ", "CCONJ"})
_MOST_BEFORE = 6


def claim_en(
    forms: list[str], tokens: tuple[Token, ...], begin: int, after: int, first: int, end: int
) -> Span | None:
    """The claim of an English quantity: its verb after it ("12 people died", "300,000 soldiers
    were killed or wounded", "three people were seriously injured"; auxiliaries left out), or
    the verb right before it ("police arrested 34 rioters")."""
    if tokens[after - 1].lemma.lower() in _DURATIONS_EN:
        return None
    index = after
    if index < end and forms[index] in ("and", "or") and index + 1 < end:
        index += 1  # "hundreds of planes and thousands of tanks have been lost"
        while index < min(end, after + 8) and tokens[index].pos in _COORDINATED:
            index += 1
    while index < end and tokens[index].pos == "AUX":
        index += 1
    start = index
    while index < end and index - start < 2 and tokens[index].pos == "ADV":
        index += 1
    if index < end and tokens[index].tag in _FINITE_EN | {"VVN"}:
        last = index
        tag = tokens[index].tag
        while last + 2 < end and forms[last + 1] in ("and", "or") and tokens[last + 2].tag == tag:
            last += 2  # "killed or wounded"
        if last + 1 < end and (tokens[last + 1].tag == "AVP" or tokens[last + 1].pos == "NOUN"):
            last += 1  # "walked off", "had taken part": the verb alone would mislead
        return Span(tokens[start].start, tokens[last].end)
    before = _before(forms, tokens, begin, first)
    subject = index < end and tokens[index].pos in ("VERB", "AUX", "ADJ")
    if before >= first and tokens[before].tag in _FINITE_EN and not subject:
        # "police arrested 34 rioters"; not "said two fishing boats were missing"
        return Span(tokens[before].start, tokens[before].end)
    return None


_FINITE_EN = frozenset({"VVD", "VVZ", "VVB"})
_DURATIONS_EN = frozenset({"year", "month", "week", "day", "hour", "minute", "second", "time"})
_DURATIONS_EN |= {word + "s" for word in _DURATIONS_EN}
