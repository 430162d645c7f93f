"""Mentions of one article grouped into entities, each named by its fullest name.

Mentions of a person group when they share the surname ("Stoltenberg" joins "Jens Stoltenberg"),
also in the genitive ("Putins") or with a first name spelt another way ("Jassir", "Yassir");
mentions of organisations, places and other names group when they are the same word regardless
of case ("NATO", "Nato"), one is a word of the other, or they are declined alike ("Europäische
Union", "Europäischen Union"); an abbreviation in brackets joins the name before it
("Deutsche Presse-Agentur (dpa)"). Descriptions join the name that follows them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from difflib import SequenceMatcher
from functools import partial

from newsprism.model import Entity, Mention


def group_mentions(
    text: str, mentions: list[Mention], name_of: Callable[[Mention], str] | None = None
) -> tuple[Entity, ...]:
    names = [m for m in mentions if m.kind == "name"]
    described = [m for m in mentions if m.kind != "name"]
    groups: list[list[Mention]] = []
    for mention in sorted(names, key=lambda m: -(m.end - m.start)):  # fullest names first
        words = text[mention.start : mention.end].split()
        same = [g for g in groups if g[0].label == mention.label and _same(text, g[0], words)]
        same = same or [g for g in groups if _given_first(text, g[0], mention)]
        if same:
            same[0].append(mention)
        else:
            groups.append([mention])
    groups = _with_abbreviations(text, groups)
    for description in described:  # to the group of the name that follows it
        for group in groups:
            if any(m.start > description.end and m.start - description.end <= 2 for m in group):
                group.append(description)
                break
    groups.sort(key=lambda g: min(m.start for m in g))
    entities = []
    named = name_of or partial(mention_text, text)
    for number, group in enumerate(groups, start=1):
        ordered = tuple(sorted(group, key=lambda m: m.start))
        forms = [named(m) for m in group if m.kind == "name"]
        # the fullest name; among equally full ones the commonest ("Russland", not "Russlands"),
        # and not a dateline's capitals ("BRUSSELS" is "Brussels")
        canonical = max(
            forms,
            key=lambda n: (
                len(n.split()),
                _spelt_out(n),
                _not_shouted(n, forms),
                forms.count(n),
                -len(n),
            ),
        )
        entities.append(Entity(f"e{number}", group[0].label, canonical, ordered))
    return tuple(entities)


def _with_abbreviations(text: str, groups: list[list[Mention]]) -> list[list[Mention]]:
    """An abbreviation in brackets right after a name is that name: "Deutschen Presse-Agentur
    (dpa)", "Bundesamt für Sicherheit in der Informationstechnik (BSI)"."""
    merged: list[list[Mention]] = []
    for group in groups:
        target = next(
            (
                other
                for other in merged
                if any(_abbreviates(text, name, short) for name in other for short in group)
            ),
            None,
        )
        if target is None:
            merged.append(group)
        else:
            target.extend(replace(m, label=target[0].label) for m in group)
    return merged


def _abbreviates(text: str, name: Mention, short: Mention) -> bool:
    if text[name.end : short.start].strip() != "(" or text[short.end : short.end + 1] != ")":
        return False
    words = [w for w in re.split(r"[\s-]+", text[name.start : name.end]) if w and not w.islower()]
    initials = "".join(w[0] for w in words).upper()
    letters = text[short.start : short.end].upper()
    if len(initials) < 2 or not letters.startswith(initials):
        return False
    # the rest from inside the last compound: "Europäische Zentralbank (EZB)"
    rest = iter(words[-1][1:].upper())
    return all(letter in rest for letter in letters[len(initials) :])


def _same(text: str, head: Mention, words: list[str]) -> bool:
    full = text[head.start : head.end].split()
    if head.label == "PER":  # the surname, or its genitive ("Putins Rede")
        surname = words[-1].lower() in {full[-1].lower(), full[-1].lower() + "s"}
        return surname and _first_names_agree(full, words)
    lowered = [w.lower() for w in full]
    spoken = " ".join(w.lower() for w in words)
    return (
        spoken == " ".join(lowered)
        or (len(words) == 1 and words[0].lower() in lowered)
        # genitive: "Russlands", "Washingtons"
        or spoken.removesuffix("s") == " ".join(lowered).removesuffix("s")
        or _declined_alike(lowered, [w.lower() for w in words])
    )


_ADJECTIVE_ENDING = re.compile(r"e[mnrs]?$")
_GENITIVE_ENDING = re.compile(r"e?s$")


def _declined_alike(one: list[str], other: list[str]) -> bool:
    """Whether two lower-cased names differ only in the endings of the words before their last
    and a genitive ending on it ("die Deutsche Bahn", "der Deutschen Bahn"; "das Deutsche Rote
    Kreuz", "des Deutschen Roten Kreuzes")."""
    if len(one) != len(other) or len(one) < 2:
        return False
    if _GENITIVE_ENDING.sub("", one[-1]) != _GENITIVE_ENDING.sub("", other[-1]):
        return False
    return all(
        _ADJECTIVE_ENDING.sub("", a) == _ADJECTIVE_ENDING.sub("", b)
        for a, b in zip(one[:-1], other[:-1], strict=True)
    )


def _given_first(text: str, head: Mention, mention: Mention) -> bool:
    """Whether a one-word name is the first of a person's two or three names, when no name ends
    with it: the family name in "Wang Yi", "Kim Jong Un", "Thaksin Shinawatra" ("Wang wies die
    Vorwürfe zurück"), or a first name the article uses alone ("Maria" for Maria Riesch)."""
    full = text[head.start : head.end].split()
    word = text[mention.start : mention.end]
    return head.label == mention.label == "PER" and len(full) in (2, 3) and word == full[0]


def _not_shouted(name: str, forms: list[str]) -> bool:
    """Whether a name is not the capitals of another form ("BRUSSELS" of "Brussels"; longer
    than an acronym like "NATO", which is no shouted "Nato")."""
    shouted = name.isupper() and len(name) > 5
    return not (shouted and any(f != name and f.upper() == name for f in forms))


def _spelt_out(name: str) -> bool:
    """Whether a name has no initials: "Jens Stoltenberg" is fuller than "J. Stoltenberg"."""
    return not any(len(word) == 2 and word.endswith(".") for word in name.split())


def _first_names_agree(one: list[str], other: list[str]) -> bool:
    """Whether two names of the same surname may be one person: one is the other's tail ("Hirsi
    Ali", "van der Vaart"), or the first names agree, written alike but for a letter or two
    ("Jassir"/"Yassir"), hyphenated or not ("Franz-Josef"/"Franz Josef"), or as an initial
    ("J. Stoltenberg"); not "Georg" and "Joseph Ratzinger", "Jeb" and "George W. Bush"."""
    names = [[w for w in name if w not in _ACADEMIC] for name in (one, other)]
    shorter, longer = sorted(names, key=len)
    if len(shorter) < 2 or longer[-len(shorter) : -1] == shorter[:-1]:
        return True  # the surnames already agree, maybe one in the genitive
    first, second = (name[0].split("-")[0] for name in names)
    if first.endswith(".") or second.endswith("."):
        return first[0] == second[0]
    return SequenceMatcher(None, first, second).ratio() >= _SAME_FIRST_NAME


_SAME_FIRST_NAME = 0.75  # "Jassir"/"Yassir" 0.83, "Lara"/"Lana" 0.75, "Georg"/"Jörg" 0.67
_ACADEMIC = frozenset({"Dr.", "Prof.", "Dr", "Prof"})


def mention_text(text: str, mention: Mention) -> str:
    return text[mention.start : mention.end]
