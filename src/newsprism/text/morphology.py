"""Lemmas, part of speech, verb mood and proper-noun candidates.

Two backends, chosen by the ``morphology`` setting:

``fast`` (default)
    Each distinct word form is analysed once per process and cached. Forms in HanTa's lexicon
    (85% of news tokens) take HanTa's context-free tag; the others are tagged by the suffix and
    compound rules in :mod:`newsprism.text.guess`, because HanTa's morphological search on an
    unlisted form costs 0.1-3 ms. Lemmas come from simplemma's table. Sentence-initial capitals
    are looked up both ways, and two context rules fix clause-final verbs. Runs at hundreds of
    articles per second because news vocabulary repeats.
``hanta``
    HanTa's sentence-level HMM, which uses context to choose between tags ("die" as article or
    relative pronoun), with HanTa's own lemmas. Same mood rules. 15-20 articles per second.

Mood (German): a finite form equal to the infinitive stem plus ``-e`` ("gehe", "könne") is
Konjunktiv I, unless "ich" stands next to it; ``data/mood_de.tsv`` lists the irregular forms
("sei", "seien") and the Konjunktiv II forms that differ from the Präteritum ("wäre", "hätte",
"käme"). Weak-verb Konjunktiv II equals the Präteritum and is reported as indicative.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from newsprism.model import Token
from newsprism.text.guess import guess_english, guess_german, lowercase_name
from newsprism.text.lexicon import mood_table_de

_PUNCT = re.compile(r"^[^\w\s]+$")
_NUMBER = re.compile(r"^\d")
_NUMBER_COMPOUND = re.compile(r"^\d+-([^\W\d_]{3,})$")  # "62-Jährige", "45-jährige", "3-Zimmer"

# STTS (German, HanTa's variant) and CLAWS C5 (English) to Universal POS.
_UPOS_DE = {
    "NN": "NOUN",
    "NNA": "NOUN",
    "NNI": "NOUN",
    "NE": "PROPN",
    "ADJ(A)": "ADJ",
    "ADJ(D)": "ADJ",
    "ADV": "ADV",
    "PROAV": "ADV",
    "PWAV": "ADV",
    "APPR": "ADP",
    "APPRART": "ADP",
    "APPO": "ADP",
    "APZR": "ADP",
    "ART": "DET",
    "PDAT": "DET",
    "PIAT": "DET",
    "PPOSAT": "DET",
    "PWAT": "DET",
    "PRELAT": "DET",
    "CARD": "NUM",
    "KON": "CCONJ",
    "KOKOM": "CCONJ",
    "KOUS": "SCONJ",
    "KOUI": "SCONJ",
    "PDS": "PRON",
    "PIS": "PRON",
    "PPER": "PRON",
    "PPOSS": "PRON",
    "PRELS": "PRON",
    "PRF": "PRON",
    "PWS": "PRON",
    "PTKA": "PART",
    "PTKANT": "PART",
    "PTKNEG": "PART",
    "PTKVZ": "ADP",
    "PTKZU": "PART",
    "ITJ": "INTJ",
    "FM": "X",
    "XY": "X",
    "TRUNC": "X",
}
_UPOS_EN_PREFIX = (
    ("NP", "PROPN"),
    ("NN", "NOUN"),
    ("VB", "AUX"),
    ("VD", "AUX"),
    ("VH", "AUX"),
    ("VM", "AUX"),
    ("VV", "VERB"),
    ("AJ", "ADJ"),
    ("AV", "ADV"),
    ("AT", "DET"),
    ("DT", "DET"),
    ("DP", "DET"),
    ("PR", "ADP"),
    ("CJS", "SCONJ"),
    ("CJT", "SCONJ"),
    ("CJ", "CCONJ"),
    ("CR", "NUM"),
    ("ORD", "ADJ"),
    ("PN", "PRON"),
    ("PUN", "PUNCT"),
    ("TO", "PART"),
    ("XX", "PART"),
    ("ITJ", "INTJ"),
    ("EX", "PRON"),
    ("POS", "PART"),
)
_GUESSED = (
    -40.0
)  # below every lexicon reading, so a listed lower-case reading wins at sentence start
# not "more" and "most", which are adverbs as often
# ("military" as a noun also reads "military aid" as a compound, still one noun phrase)
_ENGLISH_TAGS = {
    "several": "DT0",
    "many": "DT0",
    "few": "DT0",
    "chief": "NN1",
    "military": "NN1",
}
_FINITE = frozenset({"VV(FIN)", "VA(FIN)", "VM(FIN)", "VV(IMP)", "VA(IMP)"})
_NOUN_TAGS = frozenset({"NN", "NE", "NNA", "NNI", "NP0", "NN0", "NN1", "NN2"})


def upos(tag: str, language: str) -> str:
    if tag.startswith("$") or tag.startswith("PU"):
        return "PUNCT"
    if language == "de":
        if tag.startswith("VV"):
            return "VERB"
        if tag.startswith(("VA", "VM")):
            return "AUX"
        return _UPOS_DE.get(tag, "X")
    for prefix, pos in _UPOS_EN_PREFIX:
        if tag.startswith(prefix):
            return pos
    return "X"


@dataclass(frozen=True, slots=True)
class Reading:
    """The context-free analysis of one word form."""

    lemma: str
    tag: str
    score: float
    pos: str
    proper: bool


def make_reading(lemma: str, tag: str, score: float, language: str) -> Reading:
    return Reading(lemma, tag, score, upos(tag, language), tag in ("NE", "NP0"))


class Lexicon:
    """Per-language word analysis with a bounded per-form cache."""

    def __init__(self, language: str, cache_size: int) -> None:
        self.language = language
        self.cache_size = cache_size
        self._tagger = _hanta(language)
        self._lemmas = _lemma_table(language)
        self._cache: dict[str, Reading] = {}
        # HanTa's lexicon forms whose best capitalised reading is a common noun, for compounds.
        tagger = self._tagger
        self._nouns = (
            frozenset(
                word
                for word in tagger.cache
                if word.isalpha() and tagger.tag_word(word.capitalize())[0][0] == "NN"
            )
            if language == "de"
            else frozenset()
        )

    def reading(self, form: str) -> Reading:
        found = self._cache.get(form)
        if found is None:
            if len(self._cache) >= self.cache_size:
                self._cache.clear()  # bounded memory on endless streams; results do not change
            found = self._cache[form] = self._read(form)
        return found

    def _read(self, form: str) -> Reading:
        if _PUNCT.match(form):
            return make_reading(form, _punct_tag(form, self.language), 0.0, self.language)
        if self.language == "de" and (compound := _NUMBER_COMPOUND.match(form)):
            # "der 62-Jährige" is a noun, "die 45-jährige Ministerin" an adjective
            noun = compound.group(1)[:1].isupper()
            return make_reading(form, "NN" if noun else "ADJ(A)", 0.0, self.language)
        if _NUMBER.match(form):
            return make_reading(
                form, "CARD" if self.language == "de" else "CRD", 0.0, self.language
            )
        if self.language == "en" and (tag := _ENGLISH_TAGS.get(form.lower())):
            # where HanTa's English lexicon reads a news word otherwise: "Several analysts
            # said …" (an adverb), "NATO chief Jens Stoltenberg said …", "according to the
            # military" (adjectives)
            return make_reading(form.lower(), tag, 0.0, self.language)
        if self.language == "de" and lowercase_name(form):
            tag, score = "NE", _GUESSED  # "Laut dpa", which the lexicon calls a foreign word
        elif self._tagger.normalize(form) in self._tagger.cache:  # HanTa's lexicon: fast lookup
            tag, score = self._tagger.tag_word(form)[0]
        elif self.language == "de" and (old := self._old_spelling(form)) is not None:
            tag, score = self._tagger.tag_word(old)[0]  # "schloss": the lexicon lists "schloß"
        elif self.language == "de":
            tag, score = guess_german(form, self._lemmas, self.is_noun), _GUESSED
        else:
            tag, score = guess_english(form), _GUESSED
        return make_reading(self.lemma(form, tag), tag, float(score), self.language)

    def _old_spelling(self, form: str) -> str | None:
        """The form as spelt before the 1996 reform, when HanTa's lexicon has only that: one
        "ss" written "ß" ("schloss" -> "schloß", "Beschluss" -> "Beschluß")."""
        position = form.find("ss")
        while position >= 0:
            old = form[:position] + "ß" + form[position + 2 :]
            if self._tagger.normalize(old) in self._tagger.cache:
                return old
            position = form.find("ss", position + 1)
        return None

    def is_noun(self, form: str) -> bool:
        """A form HanTa's lexicon lists with a common-noun reading first."""
        return form.lower() in self._nouns

    def lemma(self, form: str, tag: str) -> str:
        table = self._lemmas
        if tag in _NOUN_TAGS:
            return str(table.get(form) or self._compound_lemma(form) or form)
        lower = form.lower()
        found = table.get(lower) or table.get(form)
        if self.language == "en" and tag == "VVG" and found == lower and lower.endswith("ing"):
            stem = lower[:-3]  # "warning" is listed as a noun: the verb is "warn"
            found = next((c for c in (stem, stem + "e") if table.get(c) == c), found)
        german_verb = self.language == "de" and tag.startswith("V")
        if found and german_verb and not str(found).endswith("n"):
            found = None  # a participle listed only as an adjective ("überlebt")
        if found:
            return str(found)
        return _verb_lemma(lower) if german_verb and tag.startswith("VV") else lower

    def _compound_lemma(self, form: str) -> str | None:
        """Inflect a compound through its longest known last part ("Blockmitglieder")."""
        table = self._lemmas
        if "-" in form:
            head, _, last = form.rpartition("-")
            last_lemma = table.get(last)
            return f"{head}-{last_lemma}" if last_lemma else None
        for cut in range(3, len(form) - 3):
            tail_lemma = table.get(form[cut:].capitalize())
            if tail_lemma:
                return form[:cut] + str(tail_lemma).lower()
        return None

    def can_be(self, form: str, tag: str) -> bool:
        """Whether the lexicon lists ``tag`` among the form's readings, not only its best one."""
        if self._tagger.normalize(form) not in self._tagger.cache:
            return False
        return any(found == tag for found, _ in self._tagger.tag_word(form))

    def sentence_initial(self, form: str) -> Reading:
        """A capitalised first word may be an ordinary lower-case word ("Trotz", "Der")."""
        reading = self.reading(form)
        if form[:1].isupper() and not form.isupper() and len(form) > 1:
            lower = self.reading(form.lower())
            if lower.score > reading.score and lower.tag not in _NOUN_TAGS:
                return lower
        return reading


def _verb_lemma(form: str) -> str:
    """Infinitive of a verb form the lemma table lacks, by regular inflection.

    A guess for rare forms: right for regular verbs ("gearbeitet" -> "arbeiten"), wrong for
    -ern/-eln verbs ("lieferten" -> "lieferen").
    """
    if form.startswith("ge") and form.endswith("t") and len(form) > 5:
        form = form[2:]
    for ending in ("et", "test", "ten", "te", "st", "t", "e"):
        if form.endswith(ending) and len(form) > len(ending) + 2:
            return form[: -len(ending)] + "en"
    return form


def mood(form: str, lemma: str, tag: str, neighbours: Sequence[str]) -> str:
    """Mood of a German finite verb: ind, subj1, subj2 or imp; "" for non-finite words."""
    if tag not in _FINITE:
        return ""
    lower = form.lower()
    listed = mood_table_de().get(lower)
    if listed:
        return listed
    if lemma.endswith("en"):
        stem = lemma[:-2]
    elif lemma.endswith("n"):
        stem = lemma[:-1]
    else:
        return "ind"
    # "komme"; a verb in -eln also drops the e of its stem: "handle", "sammle" (handeln)
    elided = lemma.endswith("eln") and lower == lemma[:-3] + "le"
    if (lower == stem + "e" or elided) and "ich" not in neighbours:
        return "subj1"
    return "ind"


def analyze(
    text: str,
    spans: Sequence[tuple[int, int]],
    sentences: Sequence[tuple[int, int]],
    language: str,
    backend: str = "fast",
    cache_size: int = 400_000,
) -> tuple[Token, ...]:
    """Tokens with lemma, POS, tag, mood and proper-noun flag for the given spans."""
    if language not in ("de", "en"):
        return tuple(Token(s, e, text[s:e], _bare_pos(text[s:e]), "") for s, e in spans)
    lexicon = lexicon_for(language, cache_size)
    forms = [text[s:e] for s, e in spans]
    if backend == "hanta":
        readings = _context_readings(lexicon, forms, sentences)
    else:
        readings = _fast_readings(lexicon, forms, sentences)
    if language != "de":
        return tuple(
            Token(start, end, r.lemma, r.pos, r.tag, "", r.proper)
            for (start, end), r in zip(spans, readings, strict=True)
        )
    tokens: list[Token] = []
    append = tokens.append
    for index, ((start, end), reading) in enumerate(zip(spans, readings, strict=True)):
        verb_mood = ""
        if reading.tag in _FINITE:
            neighbours = [f.lower() for f in forms[max(0, index - 1) : index + 2]]
            verb_mood = mood(forms[index], reading.lemma, reading.tag, neighbours)
        append(
            Token(start, end, reading.lemma, reading.pos, reading.tag, verb_mood, reading.proper)
        )
    return tuple(tokens)


def _fast_readings(
    lexicon: Lexicon, forms: list[str], sentences: Sequence[tuple[int, int]]
) -> list[Reading]:
    known = lexicon._cache.get
    readings = [known(form) or lexicon.reading(form) for form in forms]
    for first, _ in sentences:
        index = _first_word(forms, first)
        if index is not None:
            initial = lexicon.sentence_initial(forms[index])
            following = readings[index + 1].tag if index + 1 < len(readings) else ""
            if initial.tag in _FINITE and following in _FINITE:
                continue  # "Weiß sagte": two finite verbs cannot stand together; it is a name
            readings[index] = initial
    if lexicon.language == "de":
        _verb_context(forms, readings)
    else:
        _english_context(forms, readings, lexicon)
    return readings


# English past and third-person present tenses: what may follow a subject
_ENGLISH_FINITE = frozenset({"VVD", "VVZ", "VBD", "VBZ", "VHD", "VHZ", "VDD", "VDZ", "VM0"})
_ENGLISH_PLURAL_PRONOUNS = frozenset({"i", "we", "you", "they"})  # subjects of "say", not "says"
_ENGLISH_SUBJECT_PRONOUNS = _ENGLISH_PLURAL_PRONOUNS | {"he", "she", "it"}
_ENGLISH_SUBJECTS = frozenset({"NN1", "NN2", "NP0"})


def _english_context(forms: list[str], readings: list[Reading], lexicon: Lexicon) -> None:
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


def _verb_context(forms: list[str], readings: list[Reading]) -> None:
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
    capital = forms[index][:1].isupper() or _NUMBER_COMPOUND.match(forms[index]) is not None
    if not index or index + 1 >= len(forms) or not capital:
        return False
    if readings[index - 1].tag != "ART" or forms[index - 1].lower() == "des":
        return False  # "Des Weiteren" is an adverb
    after = readings[index + 1].tag
    if _NUMBER_COMPOUND.match(forms[index]):  # an age with no noun after it
        return readings[index + 1].pos not in {"NOUN", "PROPN", "ADJ"}
    # an adjective cannot stand before an article: "nannte der Berliner das Spiel …"
    return after in _FINITE or after == "ART" or forms[index + 1] in _CLAUSE_MARKS


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


def _context_readings(
    lexicon: Lexicon, forms: list[str], sentences: Sequence[tuple[int, int]]
) -> list[Reading]:
    readings: list[Reading] = []
    for first, end in sentences:
        words = forms[first:end]
        tagged = lexicon._tagger.tag_sent(words, taglevel=1) if words else []
        for form, (_, lemma, tag) in zip(words, tagged, strict=True):
            if _PUNCT.match(form):
                tag = _punct_tag(form, lexicon.language)
            readings.append(
                make_reading(lemma if lemma != "--" else form, tag, 0.0, lexicon.language)
            )
    return readings


def _first_word(forms: list[str], first: int) -> int | None:
    """The first token of a sentence that is a word (skipping quotation marks, dashes)."""
    for index in range(first, min(first + 3, len(forms))):
        if forms[index][:1].isalpha():
            return index
    return None


def _punct_tag(form: str, language: str) -> str:
    if language == "de":
        return "$." if form in {".", "!", "?", ";", ":"} else "$," if form == "," else "$("
    return (
        "PUN" if form in {".", "!", "?", ";", ":", ","} else "PUQ" if form in "\"'“”„»«" else "PUL"
    )


def _bare_pos(form: str) -> str:
    return "PUNCT" if _PUNCT.match(form) else "NUM" if _NUMBER.match(form) else "X"


_lexicons: dict[tuple[str, int], Lexicon] = {}


def lexicon_for(language: str, cache_size: int) -> Lexicon:
    """One lexicon per language and process, loaded on first use."""
    key = (language, cache_size)
    if key not in _lexicons:
        _lexicons[key] = Lexicon(language, cache_size)
    return _lexicons[key]


@cache
def _hanta(language: str) -> Any:
    from HanTa import HanoverTagger

    return HanoverTagger.HanoverTagger(
        "morphmodel_ger.pgz" if language == "de" else "morphmodel_en.pgz"
    )


@cache
def _lemma_table(language: str) -> Mapping[str, str]:
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    return DefaultDictionaryFactory().get_dictionary(language)
