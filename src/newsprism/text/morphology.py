"""Lemmas, part of speech, verb mood and proper-noun candidates.

Two backends, chosen by the ``morphology`` setting:

``fast`` (default)
    Each distinct word form is analysed once per process and cached. Forms in HanTa's lexicon
    (85% of news tokens) take HanTa's context-free tag; the others are tagged by the suffix and
    compound rules in :mod:`newsprism.text.guess`, because HanTa's morphological search on an
    unlisted form costs 0.1-3 ms. Lemmas come from simplemma's table. Sentence-initial capitals
    are looked up both ways, and rules that read a word's neighbours fix the commonest verb
    errors (:mod:`newsprism.text.context`). Runs at hundreds of
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

import gc
import re
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from newsprism.model import Token
from newsprism.text.context import english_context, verb_context
from newsprism.text.guess import guess_english, guess_german, lowercase_name
from newsprism.text.lexicon import mood_table_de
from newsprism.text.readings import FINITE, NUMBER_COMPOUND, Reading, make_reading

_PUNCT = re.compile(r"^[^\w\s]+$")
_NUMBER = re.compile(r"^\d")

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
_NOUN_TAGS = frozenset({"NN", "NE", "NNA", "NNI", "NP0", "NN0", "NN1", "NN2"})


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
        if self.language == "de" and (compound := NUMBER_COMPOUND.match(form)):
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

    def analysed_as_noun(self, form: str) -> bool:
        """Whether HanTa's morphological analysis reads the form as a common noun first: also
        forms its lexicon does not list ("Deponie", "Athletin"), at about 0.25 ms a form."""
        return bool(self.language == "de" and self._tagger.tag_word(form)[0][0] == "NN")

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
    if tag not in FINITE:
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
        if reading.tag in FINITE:
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
            if initial.tag in FINITE and following in FINITE:
                continue  # "Weiß sagte": two finite verbs cannot stand together; it is a name
            readings[index] = initial
    if lexicon.language == "de":
        verb_context(forms, readings)
    else:
        english_context(forms, readings, lexicon)
    return readings


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
        gc.freeze()  # HanTa's model and the lexicon's tables: see entities.ner.packaged_model
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
