"""English named entities by rules: capitalised runs, titles, organisation heads and places.

There is no English training data here, so English names are found by rules: a run of
capitalised words (joined by "of", "de", … when a capitalised word follows) is a name unless it
is a weekday, a month or a sentence's ordinary first word. Its class comes from the evidence
around it, in this order: a title before it (PER), an organisation word at its end or before
"of" (ORG), a capitals-only acronym (ORG), a country, region or city that CLDR names in English
or German (LOC, from the Babel package), two or more proper nouns (PER), a reporting verb after
it (PER), a place preposition before it (LOC); otherwise ORG. The article-level consistency of
:mod:`newsprism.entities.resolve` then makes a surname seen in a full name a person everywhere.
The word lists are data (``data/entities_en.toml``); quality on a hand-labelled fixture
(``tests/fixtures/entities/ner_en.txt``) is pinned in ``tests/quality_floors.toml``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from newsprism.entities.variants import place_key
from newsprism.model import Article, Mention, Token

_DEFAULT = "LOC"  # the class of a name nothing else speaks for: places are the commonest
_DEMONYM = ("an", "ese", "ish")
_OF_PLACES = frozenset({"Gulf", "Bay", "Isle", "Republic", "Kingdom", "Sea", "Strait", "Cape"})
_PLACE_NOUNS = frozenset({"city", "town", "village", "region", "province", "state", "capital"})


@dataclass(frozen=True)
class _Words:
    titles: frozenset[str]
    heads: frozenset[str]
    not_names: frozenset[str]
    connectors: frozenset[str]
    place_prepositions: frozenset[str]
    speech_verbs: frozenset[str]
    organisation_nouns: frozenset[str]


def find_mentions(article: Article) -> list[Mention]:
    words = _words()
    found = []
    for sentence in article.sentences:
        tokens = article.sentence_tokens(sentence)
        texts = [article.text[t.start : t.end] for t in tokens]
        index = 0
        while index < len(tokens):
            end = _run_end(tokens, texts, index, words)
            if end == index:
                index += 1
                continue
            for start, stop in _parts(texts, index, end, words):
                mention = _mention(article, tokens, texts, start, stop, words)
                if mention is not None:
                    found.append(mention)
            index = end
    return _coordinated(article.text, _by_evidence(article.text, found))


def _parts(texts: list[str], start: int, end: int, words: _Words) -> list[tuple[int, int]]:
    """A run split where a title starts inside it ("NATO | Secretary General Jens Stoltenberg")
    and after a possessive ("Marine Le Pen's | National Rally")."""
    parts = []
    begin = start
    for index in range(start + 1, end):
        title = texts[index] in words.titles and texts[index - 1] not in words.titles
        if title or _possessive(texts[index - 1]):
            parts.append((begin, index))
            begin = index
    parts.append((begin, end))
    return parts


def _demonym(word: str, texts: list[str], end: int) -> bool:
    after = texts[end] if end < len(texts) else ""
    return word.endswith(_DEMONYM) and after[:1].islower()


def _possessive(text: str) -> bool:
    return text.endswith(("'s", "’s"))


def _by_evidence(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name classed by default elsewhere in the article with evidence takes that class
    ("Verdi" after "the Verdi union")."""
    known = {text[m.start : m.end]: m.label for m in mentions if not m.label.endswith("?")}
    return [
        replace(m, label=known.get(text[m.start : m.end], m.label)) if m.label.endswith("?") else m
        for m in mentions
    ]


def _coordinated(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name classed only by default takes the class of a name it is joined to by "and", "or"
    or a comma ("Frankfurt and Munich"); the default marks ("LOC?") are dropped."""
    fixed = []
    for index, mention in enumerate(mentions):
        label = mention.label
        if label.endswith("?"):
            label = label[:-1]
            for other in mentions[index - 1 : index] + mentions[index + 1 : index + 2]:
                low, high = sorted((other, mention), key=lambda m: m.start)
                between = text[low.end : high.start].strip()
                if not other.label.endswith("?") and between in ("and", "or", ","):
                    label = other.label
        fixed.append(Mention(mention.start, mention.end, mention.kind, label))
    return fixed


def _capitalised(text: str) -> bool:
    return text[:1].isupper()


def _run_end(tokens: tuple[Token, ...], texts: list[str], start: int, words: _Words) -> int:
    """One past the last token of the capitalised run starting at ``start`` (or ``start``)."""
    if not _capitalised(texts[start]):
        return start
    end = start + 1
    while end < len(tokens):
        if _capitalised(texts[end]) and texts[end] not in words.not_names:
            end += 1
        elif (
            texts[end] in words.connectors
            and (
                texts[end] != "of" or texts[end - 1] in words.heads or texts[end - 1] in _OF_PLACES
            )
            and end + 1 < len(tokens)
            and _capitalised(texts[end + 1])
            and texts[end + 1] not in words.not_names
        ):
            end += 2
        else:
            break
    return end


def _mention(
    article: Article,
    tokens: tuple[Token, ...],
    texts: list[str],
    start: int,
    end: int,
    words: _Words,
) -> Mention | None:
    titled = False
    first = start
    # a sentence's ordinary first word, articles and titles are not part of the name
    while first < end and (
        texts[first] in words.not_names
        or texts[first] in words.titles
        or (
            # first in its sentence, or after an opening mark: '"No," he said.'
            all(token.pos == "PUNCT" for token in tokens[:first])
            and end - first == 1  # "Buildings collapsed"; "Marine Le Pen" starts a sentence
            and tokens[first].pos != "PROPN"
            and not _place(texts[first])
        )
    ):
        titled = titled or texts[first] in words.titles
        first += 1
    if first > start and texts[first - 1] in words.titles:
        titled = True
    while first < end and texts[first] in words.connectors:
        first += 1
    if first >= end:
        return None
    names = texts[first:end]
    bare = [n.removesuffix("'s").removesuffix("’s") for n in names]
    if all(t in words.not_names for t in bare) or all(t.isdigit() for t in bare):
        return None
    if len(names) == 1 and (tokens[first].pos == "ADJ" or _demonym(names[0], texts, end)):
        return None  # "European", "Bavarian city", "German lawmakers": not names themselves
    label, by_default = _label(names, texts, start, first, end, titled, tokens, words)
    last = tokens[end - 1]
    stop = last.end
    if article.text[last.start : last.end].endswith(("'s", "’s")):
        stop -= 2
    return Mention(tokens[first].start, stop, "name", label + ("?" if by_default else ""))


def _label(
    names: list[str],
    texts: list[str],
    start: int,
    first: int,
    end: int,
    titled: bool,
    tokens: tuple[Token, ...],
    words: _Words,
) -> tuple[str, bool]:
    """The class and whether only the default decided it."""
    bare = [n.removesuffix("'s").removesuffix("’s") for n in names]
    after = texts[end] if end < len(texts) else ""
    before = texts[start - 1] if start > 0 else ""
    if titled:
        return "PER", False
    if bare[-1] in words.heads or (len(bare) > 2 and bare[0] in words.heads and bare[1] == "of"):
        return "ORG", False
    if len(bare) == 1 and bare[0].isupper() and len(bare[0]) > 1 and bare[0].isalpha():
        return "ORG", False
    if _place(" ".join(bare)):
        return "LOC", False
    if len(bare) >= 2 and tokens[end - 1].pos == "PROPN" and bare[1] != "of":
        return "PER", False
    if after in words.speech_verbs or before in ("said", "says"):
        return "PER", False
    if after in words.organisation_nouns:
        return "ORG", False  # "the Verdi union"
    if before.lower() in words.place_prepositions:
        return "LOC", False
    if before == "of" and start > 1 and texts[start - 2].lower() in _PLACE_NOUNS:
        return "LOC", False
    return _DEFAULT, True


@cache
def _words() -> _Words:
    text = resources.files("newsprism.data").joinpath("entities_en.toml").read_text("utf-8")
    data = tomllib.loads(text)
    return _Words(
        frozenset(data["person_titles"]),
        frozenset(data["organisation_heads"]),
        frozenset(data["not_names"]),
        frozenset(data["connectors"]),
        frozenset(data["place_prepositions"]),
        frozenset(data["speech_verbs"]),
        frozenset(data["organisation_nouns"]),
    )


def _place(name: str) -> bool:
    """A country, region or city CLDR names in English or German."""
    return bool(place_key(name))
