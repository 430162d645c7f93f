"""Readings corrected from their neighbours, after each word form was read on its own: the
commonest errors around a subject and its verb, in German ("Kritiker fürchten Konflikte": a
present tense, not an infinitive) and in English ("the attack killed 12 people": a past tense,
not a participle)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsprism.text.readings import FINITE, NUMBER_COMPOUND, Reading, make_reading

if TYPE_CHECKING:
    from newsprism.text.morphology import Lexicon

# English past and third-person present tenses: what may follow a subject
_ENGLISH_FINITE = frozenset({"VVD", "VVZ", "VBD", "VBZ", "VHD", "VHZ", "VDD", "VDZ", "VM0"})
_ENGLISH_PLURAL_PRONOUNS = frozenset({"i", "we", "you", "they"})  # subjects of "say", not "says"
_ENGLISH_SUBJECT_PRONOUNS = _ENGLISH_PLURAL_PRONOUNS | {"he", "she", "it"}
_ENGLISH_SUBJECTS = frozenset({"NN1", "NN2", "NP0"})


def english_context(forms: list[str], readings: list[Reading], lexicon: Lexicon) -> None:
    """Fix the commonest context-free English errors around a subject and its verb:

    - a word read as an adjective that ends a noun phrase before its verb is a noun ("the NATO
      chief said", "the secretary general said": an adjective needs a noun after it), also
      a capitalised one before an adverb and the verb ("The Norwegian also stressed");
    - an infinitive right after a plural subject is a present tense ("Officials say …");
    - a participle right after a subject and before its object is a past tense ("the attack
      killed 12 people"; not "the weapons sent to Kyiv");
    - a noun that may be a verb is an infinitive after "to" and before what it governs ("urged
      allies to speed up deliveries"), and a present participle after a comma and before
      "that" ("…, warning that delays cost lives");
    - "to" before a name, an article, a possessive or a number is a preposition ("an adviser to
      Zelensky").
    """
    _verbs_read_as_nouns(forms, readings, lexicon)
    for index in range(1, len(readings) - 1):
        reading, before, after = readings[index], readings[index - 1], readings[index + 1]
        word_before = forms[index - 1].lower()
        pronoun = word_before in _ENGLISH_SUBJECT_PRONOUNS
        # "The Norwegian also stressed …": a capitalised one also before an adverb and the verb
        adverb_then_verb = (
            after.pos == "ADV"
            and index + 2 < len(readings)
            and readings[index + 2].tag in _ENGLISH_FINITE
            and forms[index][:1].isupper()
        )
        if (
            reading.tag == "AJ0"
            and (after.tag in _ENGLISH_FINITE or adverb_then_verb)
            and before.pos in {"DET", "NOUN", "PROPN"}
        ):
            readings[index] = make_reading(reading.lemma, "NN1", reading.score, "en")
        elif reading.tag == "VVI" and (
            before.tag == "NN2" or word_before in _ENGLISH_PLURAL_PRONOUNS
        ):
            readings[index] = make_reading(reading.lemma, "VVB", reading.score, "en")
        elif (
            reading.tag == "VVN"
            and (before.tag in _ENGLISH_SUBJECTS or pronoun)
            and after.pos in {"DET", "NUM", "NOUN", "PROPN"}
        ):
            readings[index] = make_reading(reading.lemma, "VVD", reading.score, "en")
        elif reading.tag == "TO0" and after.tag in {"NP0", "AT0", "DPS", "CRD"}:
            # "an adviser to Zelensky", "to the ministry": a preposition, not an infinitive's
            readings[index] = make_reading(reading.lemma, "PRP", reading.score, "en")


def _verbs_read_as_nouns(forms: list[str], readings: list[Reading], lexicon: Lexicon) -> None:
    for index in range(1, len(readings) - 1):
        reading, following = readings[index], forms[index + 1].lower()
        if reading.tag != "NN1":
            continue
        if (
            readings[index - 1].tag == "TO0"
            and readings[index + 1].pos in {"DET", "ADV", "PART", "PRON", "PROPN"}
            and lexicon.can_be(forms[index], "VVI")
        ):
            tag = "VVI"
        elif (
            forms[index - 1] == ","
            and forms[index].endswith("ing")
            and following == "that"
            and lexicon.can_be(forms[index], "VVG")
        ):
            tag = "VVG"
        else:
            continue
        readings[index] = make_reading(lexicon.lemma(forms[index], tag), tag, reading.score, "en")


def verb_context(forms: list[str], readings: list[Reading]) -> None:
    """Fix the commonest context-free verb errors: "sein" before a noun is a possessive, and
    clause-final verbs.

    "zu zeigen" is an infinitive, not a plural finite verb; before a finite auxiliary or modal
    ("überlebt habe", "dominieren kann") a main verb is a participle or an infinitive.
    """
    for index, reading in enumerate(readings):
        if reading.tag == "VA(INF)" and forms[index] in {"sein", "Sein"}:
            after = readings[index + 1].tag if index + 1 < len(readings) else ""
            if after in ("NN", "NE", "ADJ(A)"):  # "Wie sein Anwalt mitteilte": his, not "to be"
                readings[index] = make_reading("sein", "PPOSAT", reading.score, "de")
            continue
        if reading.tag == "VV(INF)" and _finite_at_clause_end(forms, readings, index):
            # "Er fügte hinzu, die Preise steigen.": a clause needs its verb
            readings[index] = make_reading(reading.lemma, "VV(FIN)", reading.score, "de")
            continue
        if reading.tag in ("VV(PP)", "VV(INF)") and _finite_in_second_place(forms, readings, index):
            # "Er bezeichnet die Proteste als rechtmäßig", "Kritiker fürchten Konflikte": present
            # tense, not a participle or an infinitive
            readings[index] = make_reading(reading.lemma, "VV(FIN)", reading.score, "de")
            continue
        if reading.tag == "ADJ(A)" and _adjective_as_noun(forms, readings, index):
            # "die Hongkonger befürchten": after an article and before a verb or a mark, a
            # capitalised adjective is a noun (inhabitants, nominalised adjectives)
            readings[index] = make_reading(forms[index], "NN", reading.score, "de")
            continue
        if reading.tag == "ADJ(A)" and _past_tense_before_object(forms, readings, index):
            # "Der Verband bezifferte den Schaden": a past tense, not "die bezifferte Summe"
            readings[index] = make_reading(reading.lemma, "VV(FIN)", reading.score, "de")
            continue
        if reading.tag != "VV(FIN)":
            continue
        form = forms[index].lower()
        infinitive_like = form == reading.lemma and form.endswith("n")
        before = forms[index - 1].lower() if index else ""
        after = readings[index + 1].tag if index + 1 < len(readings) else ""
        if infinitive_like and before == "zu":
            readings[index] = make_reading(reading.lemma, "VV(INF)", reading.score, "de")
        elif after in ("VA(FIN)", "VM(FIN)", "VA(INF)", "VA(PP)"):
            tag = "VV(INF)" if infinitive_like else "VV(PP)"
            readings[index] = make_reading(reading.lemma, tag, reading.score, "de")


_CLAUSE_MARKS = frozenset({".", "!", "?", ",", ";", ":", "(", ")", "–", "-"})


def _adjective_as_noun(forms: list[str], readings: list[Reading], index: int) -> bool:
    # "der 81-jährige sagte": an age is a noun though written in lower case
    capital = forms[index][:1].isupper() or NUMBER_COMPOUND.match(forms[index]) is not None
    if not index or index + 1 >= len(forms) or not capital:
        return False
    if readings[index - 1].tag != "ART" or forms[index - 1].lower() == "des":
        return False  # "Des Weiteren" is an adverb
    after = readings[index + 1].tag
    if NUMBER_COMPOUND.match(forms[index]):  # an age with no noun after it
        return readings[index + 1].pos not in {"NOUN", "PROPN", "ADJ"}
    # an adjective cannot stand before an article: "nannte der Berliner das Spiel …"
    return after in FINITE or after == "ART" or forms[index + 1] in _CLAUSE_MARKS


def _past_tense_before_object(forms: list[str], readings: list[Reading], index: int) -> bool:
    """Whether a form read as an inflected participle adjective ("bezifferte") is a past tense:
    its lemma is a verb, a determiner follows (an attributive adjective stands before its
    noun, and after an article: "die bezifferte Summe") and it opens its clause's verbs."""
    form, lemma = forms[index], readings[index].lemma
    if not form.endswith(("te", "ten")) or not lemma.endswith(("en", "ern", "eln")):
        return False
    if index + 1 >= len(readings) or not readings[index + 1].tag.startswith(("ART", "PPOSAT")):
        return False
    return not readings[index - 1].tag.startswith("ART") and _first_verb_of_clause(
        forms, readings, index
    )


def _finite_in_second_place(forms: list[str], readings: list[Reading], index: int) -> bool:
    """Whether a form read as a participle ("bezeichnet") or an infinitive ("fürchten") is the
    finite verb of its clause: something that is no verb and no punctuation follows it, and no
    finite verb, "zu" or subordinator stands before it in the clause (a participle or an
    infinitive ends its clause or precedes another verb)."""
    participle = readings[index].tag == "VV(PP)"
    if not forms[index].endswith("t" if participle else "en") or index + 1 >= len(readings):
        return False
    after = readings[index + 1].tag
    if after.startswith(("V", "$", "PTKZU")) or forms[index + 1] in _CLAUSE_MARKS:
        return False
    return _first_verb_of_clause(forms, readings, index)


def _finite_at_clause_end(forms: list[str], readings: list[Reading], index: int) -> bool:
    """Whether a form read as an infinitive makes a clause of its own with one short noun
    phrase after a comma ("Er fügte hinzu, die Preise steigen.") in a sentence with no modal
    or auxiliary before it that could govern it ("Die Läden müssen, wenn sie …, Flaschen
    zurücknehmen"): then it is the clause's finite verb."""
    if index + 1 >= len(forms) or forms[index + 1] not in _CLAUSE_MARKS:
        return False
    position = index - 1
    while position >= 0 and readings[position].tag in _SHORT_PHRASE_TAGS:
        position -= 1
    if not (
        0 < index - position <= 4
        and position >= 0
        and forms[position] == ","
        and readings[index - 1].tag in {"NN", "NE", "PPER"}
        and sum(readings[i].tag in {"NN", "NE", "PPER"} for i in range(position, index)) == 1
    ):
        return False
    while position >= 0 and forms[position] not in _SENTENCE_END:
        if readings[position].tag.startswith(("VM", "VA")):
            return False
        position -= 1
    return True


_SENTENCE_END = frozenset({".", "!", "?"})
_SHORT_PHRASE_TAGS = frozenset({"ART", "PDAT", "PPOSAT", "PIAT", "ADJ(A)", "NN", "NE", "PPER"})


def _first_verb_of_clause(forms: list[str], readings: list[Reading], index: int) -> bool:
    """Whether something stands before ``index`` in its clause, but no finite verb, "zu" or
    subordinator: the word at ``index`` can be the clause's finite verb."""
    position = index - 1
    while position >= 0 and forms[position] not in _CLAUSE_MARKS:
        tag = readings[position].tag
        if tag.endswith("(FIN)") or tag.startswith(("KOUS", "PREL", "PWAV", "PTKZU")):
            return False  # "hat … bezeichnet", "weil er es bezeichnet hat", "der es kritisiert"
        position -= 1
    if position == index - 1 and position > 0 and forms[position] == ",":
        # "Die Experten, die den Unfall untersuchten, gehen von …": first after a relative
        # clause that closes the phrase its clause opens with
        return _closes_relative_clause(forms, readings, position)
    return position < index - 1  # a subject or other phrase before it


_RELATIVE_PRONOUNS = frozenset(
    {"der", "die", "das", "dem", "den", "deren", "dessen", "welcher", "welche", "welches"}
)


def _closes_relative_clause(forms: list[str], readings: list[Reading], comma: int) -> bool:
    """Whether the comma at ``comma`` ends a relative clause (opened by a comma and a relative
    pronoun, ended by a finite verb) that follows the first phrase of its sentence or clause."""
    if not readings[comma - 1].tag.endswith("(FIN)"):
        return False
    opening = comma - 1
    while opening >= 0 and forms[opening] not in _CLAUSE_MARKS:
        opening -= 1
    if opening < 1 or forms[opening] != "," or forms[opening + 1].lower() not in _RELATIVE_PRONOUNS:
        return False
    return _first_verb_of_clause(forms, readings, opening)
