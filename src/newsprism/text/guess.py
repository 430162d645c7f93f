"""Tags for word forms the lexicon does not list, from suffixes and the lemma table.

The rules are in ``data/unknown_words_de.toml``. They matter for about 15% of news tokens,
mostly compounds ("Konfrontationsinstrument") and names ("Gerasimov").
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping
from functools import cache
from importlib import resources
from typing import Any

_WEB_DOMAIN = re.compile(r"[^\W\d_][\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}")  # "t-online.de", "faz.net"
_PARTICLE_NAME = re.compile(r"[a-z]{1,3}-[A-ZÄÖÜ]\w+")  # "el-Baradei", "al-Qaida"
_CAMEL_NAME = re.compile(
    r"[a-z]{1,2}[A-ZÄÖÜ][^\W\d_]+(?:-[^\W\d_]+)*"
)  # "eBay", "iPhone-Hersteller"


@cache
def _rules() -> dict[str, tuple[str, ...]]:
    text = resources.files("newsprism.data").joinpath("unknown_words_de.toml").read_text("utf-8")
    return {key: tuple(value) for key, value in tomllib.loads(text).items()}


def camel_case_name(form: str) -> bool:
    """Whether a form is a brand written in camel case ("eBay", "iPhone", "iPhone-Hersteller"):
    a name, or a compound on one, though it starts in lower case."""
    return _CAMEL_NAME.fullmatch(form) is not None


def lowercase_name(form: str) -> bool:
    """Whether a form is a name written in lower case ("dpa"), which the lexicon may list as
    a foreign word."""
    return form in _rules()["lowercase_names"]


def guess_german(form: str, lemmas: Mapping[str, Any], is_noun: Callable[[str], bool]) -> str:
    """An STTS tag for an unlisted German form; ``is_noun`` tells whether a form is a known noun."""
    rules = _rules()
    if len(form) > 1 and form.isupper():
        return "NE"  # acronyms: NATO, EU, UNO
    if _WEB_DOMAIN.fullmatch(form):
        return "NE"  # a website names its publisher: "Wie t-online.de berichtet"
    if form.lower() in rules["prepositions"]:
        return "APPR"
    head = form.rpartition("-")[2] or form
    if _PARTICLE_NAME.fullmatch(form):  # a name behind a particle, or "dpa-Meldung"
        return "NN" if is_noun(head) else "NE"
    if camel_case_name(form):  # a brand: "eBay", "iPhone"; "iPhone-Hersteller" a noun
        return "NN" if head is not form and is_noun(head) else "NE"
    if form[:1].isupper():
        lemma = lemmas.get(form)
        if head.lower().endswith(rules["noun_suffixes"]) or (lemma is not None and lemma != form):
            return "NN"
        if any(is_noun(head[cut:].capitalize()) for cut in range(1, len(head) - 3)):
            return "NN"  # a compound of a known noun: "Blockmitglieder"
        if head is not form and is_noun(head):
            return "NN"  # "Nato-Chef"
        if _feminine_of_a_noun(head, lemmas, is_noun):
            return "NN"  # "Chefredakteurin", "Aktivistinnen": the lexicon lists the men
        return "NE"
    lower = form.lower()
    lemma = lemmas.get(lower)
    if (
        lemma is not None
        and str(lemma)[:1].islower()
        and str(lemma).endswith("n")
        and lemma != lower
    ):
        if (
            lower.startswith("ge")
            and not str(lemma).startswith("ge")
            and lower.endswith(("t", "en"))
        ):
            return "VV(PP)"
        if any(
            lower[i : i + 2] == "zu" and lower[:i] + lower[i + 2 :] == lemma
            for i in range(1, len(lower) - 3)
        ):
            return "VV(IZU)"  # "aufzugeben", and "zurückzutreten" after its first "zu"
        if lower.endswith(rules["finite_endings"]):
            return "VV(FIN)"
        if str(lemma).endswith(("en", "ern", "eln")) and len(lower) < len(str(lemma)):
            # a strong past with no ending, shorter than its infinitive: "übergab", "zerbrach",
            # "überließ" (not an inflected participle: "genannter", "reagierend")
            return "VV(FIN)"
    if lemma is not None and lemma == lower and lower.endswith(("ieren", "eln", "ern", "en")):
        return "VV(INF)"
    base = _strip(lower, rules["adjective_endings"])
    if base.endswith(rules["adjective_suffixes"]) or lower.endswith(rules["adjective_suffixes"]):
        return "ADJ(D)" if base == lower else "ADJ(A)"
    if lower.endswith(("iert", "ierte", "ierten")):
        return "VV(FIN)"
    return "ADV" if lemma is not None else "XY"


def _feminine_of_a_noun(
    form: str, lemmas: Mapping[str, Any], is_noun: Callable[[str], bool]
) -> bool:
    """Whether a capitalised form is the feminine "-in" ("-innen") of a noun for a person doing
    something ("Redakteur", "Aktivist", "Trainer"); names that end so ("Schwerin", "Kerstin",
    "Konstantin") have no such noun before their "-in"."""
    stem = form[:-5] if form.endswith("innen") else form[:-2] if form.endswith("in") else ""
    if len(stem) < 4 or not stem.endswith(_AGENTS):
        return False
    return stem in lemmas or is_noun(stem) or guess_german(stem, lemmas, is_noun) == "NN"


# endings of nouns for a person doing something, whose feminine adds "-in"
_AGENTS = ("er", "eur", "ist", "ant", "ent", "and", "at", "ekt", "it", "är", "ör")


def guess_english(form: str) -> str:
    """A CLAWS C5 tag for an English form HanTa's lexicon does not list."""
    if form[:1].isupper():
        return "NP0"
    lower = form.lower()
    for suffix, tag in (
        ("ing", "VVG"),
        ("ed", "VVD"),
        ("ly", "AV0"),
        ("ous", "AJ0"),
        ("ive", "AJ0"),
        ("al", "AJ0"),
        ("ss", "NN1"),
        ("s", "NN2"),
    ):
        if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
            return tag
    return "NN1"


def _strip(word: str, endings: tuple[str, ...]) -> str:
    for ending in sorted(endings, key=len, reverse=True):
        if word.endswith(ending) and len(word) > len(ending) + 3:
            return word[: -len(ending)]
    return word
