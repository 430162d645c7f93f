"""Organisations named again by what they are: "die Allianz" and "das Bündnis" for the NATO,
"die Agentur" for the Deutsche Presse-Agentur, "the alliance" for NATO.

A definite noun phrase whose noun names a kind of organisation ("die westliche Allianz", "des
Bündnisses") refers to the one organisation of the article of that kind: one whose name ends in
the noun ("Nordische Küstenallianz", "Deutsche Presse-Agentur"), or a well-known one listed with
it in ``data/organisations.toml`` (NATO: Allianz, Bündnis; EU: Union). Where two organisations
of the article are of that kind, the phrase is left alone. Names that the list gives one
organisation ("NATO", "Nordatlantische Allianz") join into one entity, and so does a kind noun
that the tagger took for a name of its own ("Die Allianz müsse …"). Seats of government
that speak for it ("Der Kreml wies … zurück", "des Pentagons") are found where the tagger
missed them.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence, Set
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from newsprism.model import Article, Entity, Mention, Token


@dataclass(frozen=True)
class _Kinds:
    nouns: frozenset[str]  # lower-cased
    determiners: frozenset[str]
    known: dict[str, int]  # a well-known organisation's name (lower-cased) -> its number
    known_kinds: dict[int, frozenset[str]]  # its number -> the kind nouns naming it
    institutions: dict[str, str]  # a seat of government ("Kreml") -> its class


@cache
def _kinds(language: str) -> _Kinds:
    text = resources.files("newsprism.data").joinpath("organisations.toml").read_text("utf-8")
    data: dict[str, Any] = tomllib.loads(text)
    known: dict[str, int] = {}
    known_kinds: dict[int, frozenset[str]] = {}
    for number, organisation in enumerate(data["organisation"]):
        known.update({name.lower(): number for name in organisation["names"]})
        known_kinds[number] = frozenset(kind.lower() for kind in organisation["kinds"])
    section = data[language]
    return _Kinds(
        frozenset(kind.lower() for kind in section["kinds"]),
        frozenset(section["determiners"]),
        known,
        known_kinds,
        dict(section["institutions"]),
    )


def institutions(article: Article, mentions: Sequence[Mention]) -> list[Mention]:
    """Mentions of the seats of government that speak for it ("Der Kreml wies … zurück", "des
    Pentagons") where the tagger found nothing."""
    if article.language not in ("de", "en"):
        return []
    known = _kinds(article.language).institutions
    found = []
    for token in article.tokens:
        word = _word(article.text, token)
        label = known.get(word) or (known.get(word[:-1]) if word.endswith("s") else None)
        if label and not any(m.start < token.end and token.start < m.end for m in mentions):
            found.append(Mention(token.start, token.end, "name", label))
    return found


def same_organisation(name: str) -> tuple[str, ...]:
    """The names (lower-cased) of the well-known organisation this name is one of ("NATO" ->
    "nato", "nordatlantische allianz", …), or none."""
    kinds = _kinds("de")  # the list of organisations is one for both languages
    number = kinds.known.get(name.lower())
    return tuple(n for n, k in kinds.known.items() if k == number) if number is not None else ()


@dataclass
class _Group:
    label: str
    names: list[str]  # the canonical names of the entities joined in it
    mentions: list[Mention]


def with_references(article: Article, entities: Sequence[Entity]) -> tuple[Entity, ...]:
    """The article's entities with organisations named by their kind joined to them."""
    if article.language not in ("de", "en") or not entities:
        return tuple(entities)
    kinds = _kinds(article.language)
    text = article.text
    groups = _known_joined(entities, kinds, text)
    organisations = [g for g in groups if g.label == "ORG"]
    of_kind = {id(g): _kinds_of(g, kinds, text) for g in organisations}
    for group in list(organisations):
        if _kind_only(group, kinds, text):
            kind = _word(text, group.mentions[0]).lower()
            target = _only([g for g in organisations if g is not group and kind in of_kind[id(g)]])
            if target is not None:
                target.mentions += [
                    Mention(m.start, m.end, "description", "ORG") for m in group.mentions
                ]
                groups.remove(group)
                organisations.remove(group)
    starts = sorted(m.start for g in groups for m in g.mentions)
    for begin, adjectives, noun in _kind_phrases(article, kinds, starts):
        kind = _word(text, noun).lower()
        origins = [a for a in adjectives if _origin(a, article.language)]
        target = _only(
            [
                g
                for g in organisations
                if _names(kind, of_kind[id(g)]) and all(_in_name(o, g, text) for o in origins)
            ]
        )
        if target is not None:
            target.mentions.append(Mention(begin, noun.end, "description", "ORG"))
    return _renumbered(groups)


def _known_joined(entities: Sequence[Entity], kinds: _Kinds, text: str) -> list[_Group]:
    """The entities as groups, the names of one well-known organisation joined ("NATO",
    "Nordatlantische Allianz")."""
    joined: list[_Group] = []
    first_of: dict[int, _Group] = {}
    for entity in entities:
        group = _Group(entity.label, [entity.name], list(entity.mentions))
        known = _known(group, kinds, text) if entity.label == "ORG" else None
        if known is None:
            joined.append(group)
        elif known in first_of:
            first_of[known].names.append(entity.name)
            first_of[known].mentions += group.mentions
        else:
            first_of[known] = group
            joined.append(group)
    return joined


def _known(group: _Group, kinds: _Kinds, text: str) -> int | None:
    names = group.names + [_word(text, m) for m in group.mentions if m.kind == "name"]
    return next((kinds.known[n.lower()] for n in names if n.lower() in kinds.known), None)


def _kinds_of(group: _Group, kinds: _Kinds, text: str) -> set[str]:
    """The kind nouns that name this organisation: its own name's last noun ("Küstenallianz"
    is an "Allianz") and, for a well-known one, those listed."""
    found: set[str] = set()
    known = _known(group, kinds, text)
    if known is not None:
        found |= kinds.known_kinds[known]
    for mention in group.mentions:
        words = _word(text, mention).split()
        if mention.kind != "name" or (len(words) < 2 and words[0].lower() in kinds.nouns):
            continue  # "Allianz" alone names a kind, not which one
        last = words[-1].lower()
        found |= {kind for kind in kinds.nouns if last.endswith(kind)}
    return found


def _kind_only(group: _Group, kinds: _Kinds, text: str) -> bool:
    """Whether an organisation's every mention is one kind noun ("Allianz")."""
    words = {_word(text, m) for m in group.mentions}
    return len(words) == 1 and next(iter(words)).lower() in kinds.nouns


def _kind_phrases(
    article: Article, kinds: _Kinds, starts: list[int]
) -> list[tuple[int, list[str], Token]]:
    """Definite noun phrases ending in a kind noun, outside the mentions found ("die westliche
    Allianz"; not "die Allianz für Fortschritt" nor "die Gruppe Wagner", which name another
    organisation): where each begins, its adjectives and its noun."""
    tokens = article.tokens
    text = article.text
    found = []
    for number, token in enumerate(tokens):
        if _word(text, token).lower() not in kinds.determiners:
            continue
        last = number + 1
        while last < len(tokens) and tokens[last].pos == "ADJ":
            last += 1
        if last >= len(tokens):
            continue
        noun = tokens[last]
        if noun.pos not in ("NOUN", "PROPN") or not _names(_word(text, noun).lower(), kinds.nouns):
            continue
        after = tokens[last + 1] if last + 1 < len(tokens) else None
        if after is not None and (
            after.pos in ("DET", "PROPN") or _word(text, after) in _SPECIFIED_BY
        ):
            continue
        if any(token.start <= start < noun.end for start in starts):
            continue  # inside a name or description found before
        adjectives = [_word(text, t) for t in tokens[number + 1 : last]]
        found.append((token.start, adjectives, noun))
    return found


_SPECIFIED_BY = frozenset({"für", "von", "aus", "zur", "zum", "of", "for"})


def _origin(adjective: str, language: str) -> bool:
    """An adjective of origin, which says which of its kind an organisation is ("der
    libanesischen Armee", "the Lebanese army")."""
    if language == "en":
        return adjective[:1].isupper()
    return _ORIGIN.search(adjective.lower()) is not None


_ORIGIN = re.compile(r"(?:isch|deutsch)(?:e[mnrs]?)?$")


def _in_name(adjective: str, group: _Group, text: str) -> bool:
    """Whether the organisation's name has the adjective ("der größten deutschen Bank" is the
    "Deutsche Bank")."""
    stem = _ENDING.sub("", adjective.lower())
    return any(
        word.lower().startswith(stem)
        for mention in group.mentions
        if mention.kind == "name"
        for word in _word(text, mention).split()
    )


_ENDING = re.compile(r"(?:e[mnrs]?)$")


def _names(word: str, kinds: Set[str]) -> bool:
    """Whether a noun is one of ``kinds`` in the singular, maybe in the genitive ("des
    Bündnisses"; not "die Parteien", which are several)."""
    return any(word in (kind, kind + "s", kind + "es", kind + "ses") for kind in kinds)


def _only(groups: list[_Group]) -> _Group | None:
    return groups[0] if len(groups) == 1 else None


def _word(text: str, mention: Mention | Token) -> str:
    return text[mention.start : mention.end]


def _renumbered(groups: list[_Group]) -> tuple[Entity, ...]:
    """Entities numbered in the order of their first mention, each named by the fullest name
    of those joined ("Nordatlantische Allianz" over "NATO")."""
    groups = sorted(groups, key=lambda g: min(m.start for m in g.mentions))
    return tuple(
        Entity(
            f"e{number}",
            group.label,
            max(group.names, key=lambda n: (len(n.split()), -group.names.index(n))),
            tuple(sorted(group.mentions, key=_start)),
        )
        for number, group in enumerate(groups, start=1)
    )


def _start(mention: Mention) -> int:
    return mention.start
