"""English named entities by rules, helped by the German tagger where the rules have no evidence.

There is no English training data here, so English names are found by rules: a run of
capitalised words (joined by "of", "de", … when a capitalised word follows) is a name unless it
is a weekday, a month (also "Feb" before a day), a noun for a person from a country ("The
Spaniard") or a sentence's ordinary first word. Its class comes from the evidence around it, in
this order: a title before it (PER), an organisation word at its end or before "of" (ORG),
capitals opening a sentence before an agency, a date or a dash (a dateline: LOC), a
capitals-only acronym (ORG), a country, region or city that CLDR names in English or German, or
a place word first ("Cape Horn": LOC, from the Babel package), ", who" after it (PER), two or
more proper nouns (PER), a reporting verb after it (PER, weakly), a place preposition before it
(LOC).

A name no rule classes, or only the weak one, takes in this order: the class of the same name
elsewhere in the article, the class the German tagger's gazetteer gives the word ("Hamas",
"Commerzbank"), the class of a name it is coordinated with ("Frankfurt and Munich"), the class
the German tagger gives all its words in context (its vectors are multilingual: "to let Putin
win", "The Kremlin did not comment"); otherwise LOC. The article-level consistency of
:mod:`newsprism.entities.resolve` then makes a surname seen in a full name a person everywhere.
The word lists are data (``data/entities_en.toml``); quality on hand-labelled fixtures
(``tests/fixtures/entities/ner_en*.txt``) is pinned in ``tests/quality_floors.toml``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from itertools import pairwise

from newsprism.entities.ner import packaged_model
from newsprism.entities.variants import place_key
from newsprism.model import Article, Mention, Token
from newsprism.text.lexicon import agencies_named, months

_DEFAULT = "LOC"  # the class of a name nothing else speaks for: places are the commonest
_DEMONYM = ("an", "ese", "ish")
_PLACE_NOUNS = frozenset({"city", "town", "village", "region", "province", "state", "capital"})
_TAGGER_CLASSES = frozenset({"PER", "ORG", "LOC"})  # English names have no MISC
# marks on a mention's label until the article is done: only the default class spoke for it
# ("LOC?"), or only a weak rule did (a verb of saying after it: "PER~")
_UNSURE, _WEAK = "?", "~"


@dataclass(frozen=True)
class _Words:
    titles: frozenset[str]
    heads: frozenset[str]
    not_names: frozenset[str]
    connectors: frozenset[str]
    place_prepositions: frozenset[str]
    speech_verbs: frozenset[str]
    organisation_nouns: frozenset[str]
    month_abbreviations: frozenset[str]
    demonym_nouns: frozenset[str]
    place_heads: frozenset[str]
    of_places: frozenset[str]


def find_mentions(article: Article) -> list[Mention]:
    words = _words()
    found = []
    sentences: dict[int, tuple[Token, ...]] = {}  # each mention's sentence, by its start
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
                    sentences[mention.start] = tokens
            index = end
    text = article.text
    found = _by_evidence(text, found)
    found = _by_gazetteer(text, found)
    found = _coordinated(text, found)
    found = _by_tagger(text, found, sentences)
    return [replace(m, label=m.label.removesuffix(_UNSURE).removesuffix(_WEAK)) for m in found]


def _open(mention: Mention) -> bool:
    """Whether the mention's class may still change: only the default or a weak rule gave it."""
    return mention.label.endswith((_UNSURE, _WEAK))


def _by_gazetteer(text: str, mentions: list[Mention]) -> list[Mention]:
    """A one-word name with no evidence, or only a weak rule's, takes the class the German
    tagger's gazetteer gives it: the class the word had in most of its names in the tagger's
    training data ("Hamas", "Commerzbank", "Frankfurt")."""
    tagger = packaged_model() if any(_open(m) for m in mentions) else None
    if tagger is None:
        return mentions
    fixed = []
    for mention in mentions:
        kind = tagger.gazetteer.get(text[mention.start : mention.end], "")
        if _open(mention) and kind in _TAGGER_CLASSES:
            mention = replace(mention, label=kind)
        fixed.append(mention)
    return fixed


def _by_tagger(
    text: str, mentions: list[Mention], sentences: dict[int, tuple[Token, ...]]
) -> list[Mention]:
    """A name with no evidence, or only a weak rule's, takes the class the German tagger gives
    all its words in its sentence, when that is a person, organisation or place: the tagger's
    word vectors are those of a multilingual encoder, and it knows names from its training data
    ("to let Putin win", "The Kremlin did not comment"). Without a tagger, or when it does not
    give all the name's words one class, a weak rule's class stands and an unsure name stays
    unsure."""
    unsure = [m for m in mentions if _open(m)]
    tagger = packaged_model() if unsure else None
    by_token: dict[int, str] = {}  # token start -> the tagger's class ("" outside names)
    if tagger is not None:  # each sentence once, by its first token
        asked = list({sentences[m.start][0].start: sentences[m.start] for m in unsure}.values())
        labels = tagger.tag([[text[t.start : t.end] for t in tokens] for tokens in asked])
        for tokens, sentence_labels in zip(asked, labels, strict=True):
            for token, label in zip(tokens, sentence_labels, strict=True):
                by_token[token.start] = label[2:]
    fixed = []
    for mention in mentions:
        if _open(mention):
            classes = {
                by_token.get(t.start, "")
                for t in sentences[mention.start]
                if mention.start <= t.start < mention.end
            }
            if len(classes) == 1 and (kind := classes.pop()) in _TAGGER_CLASSES:
                mention = replace(mention, label=kind)
        fixed.append(mention)
    return fixed


def _parts(texts: list[str], start: int, end: int, words: _Words) -> list[tuple[int, int]]:
    """A run split where a title starts inside it ("NATO | Secretary General Jens Stoltenberg";
    not "World Health Organization") and after a possessive ("Marine Le Pen's | National
    Rally")."""
    parts = []
    begin = start
    # "World Health Organization": an organisation word at the end keeps its title words
    body = _organisation_body(texts, end, words)
    for index in range(start + 1, end):
        title = texts[index] in words.titles and texts[index - 1] not in words.titles
        title = title and not body and texts[index - 1] not in words.connectors  # "Court of …"
        if title or _possessive(texts[index - 1]):
            parts.append((begin, index))
            begin = index
    parts.append((begin, end))
    return parts


def _demonym(word: str, tokens: tuple[Token, ...], end: int) -> bool:
    """ "Kenyan runner", "German lawmakers"; not "Orban had held out"."""
    noun_after = end < len(tokens) and tokens[end].pos in {"NOUN", "ADJ"}
    return word.endswith(_DEMONYM) and noun_after and not _place(word)  # not "Japan lifts …"


def _surname_month(texts: list[str], index: int, words: _Words) -> bool:
    """A month that is a surname after a first name: "Theresa May", "Brian May"; not before a
    day ("May 3")."""
    after = texts[index + 1] if index + 1 < len(texts) else ""
    return texts[index] in words.month_abbreviations and not after.isdigit()


def _day_follows(word: str, texts: list[str], end: int, words: _Words) -> bool:
    return word in words.month_abbreviations and end < len(texts) and texts[end].isdigit()


def _possessive(text: str) -> bool:
    return text.endswith(("'s", "’s"))


def _organisation_body(texts: list[str], end: int, words: _Words) -> bool:
    """Whether a run ends in an organisation word ("Defence Ministry", "World Health
    Organization"), whose title words before it are part of the name."""
    return texts[end - 1].removesuffix("'s").removesuffix("’s") in words.heads


def _by_evidence(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name classed by default elsewhere in the article with evidence takes that class
    ("Verdi" after "the Verdi union")."""
    known = {text[m.start : m.end]: m.label for m in mentions if not m.label.endswith(_UNSURE)}
    return [
        replace(m, label=known.get(text[m.start : m.end], m.label))
        if m.label.endswith(_UNSURE)
        else m
        for m in mentions
    ]


def _coordinated(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name classed only by default takes the class of a name it is joined to by "and", "or"
    or a comma ("Frankfurt and Munich")."""
    fixed = []
    for index, mention in enumerate(mentions):
        if mention.label.endswith(_UNSURE):
            for other in mentions[index - 1 : index] + mentions[index + 1 : index + 2]:
                low, high = sorted((other, mention), key=lambda m: m.start)
                between = text[low.end : high.start].strip()
                if not other.label.endswith(_UNSURE) and between in ("and", "or", ","):
                    mention = replace(mention, label=other.label.removesuffix(_WEAK))
        fixed.append(mention)
    return fixed


def _capitalised(text: str) -> bool:
    return text[:1].isupper()


_PARTICLE_PAIRS = frozenset({("von", "der"), ("van", "der"), ("van", "den"), ("de", "la")})


def _run_end(tokens: tuple[Token, ...], texts: list[str], start: int, words: _Words) -> int:
    """One past the last token of the capitalised run starting at ``start`` (or ``start``)."""
    if not _capitalised(texts[start]):
        return start
    end = start + 1
    while end < len(tokens):
        if _capitalised(texts[end]) and (
            texts[end] not in words.not_names or _surname_month(texts, end, words)
        ):
            end += 1
        elif (
            texts[end] in words.connectors
            and (
                texts[end] != "of"
                or texts[end - 1] in words.heads
                or texts[end - 1] in words.of_places
            )
            and end + 1 < len(tokens)
            and _capitalised(texts[end + 1])
            and texts[end + 1] not in words.not_names
        ):
            end += 2
        elif (
            # two particles: "Ursula von der Leyen", "Vincent van der Berg"
            end + 2 < len(tokens)
            and (texts[end], texts[end + 1]) in _PARTICLE_PAIRS
            and _capitalised(texts[end + 2])
        ):
            end += 3
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
    # "Defence Ministry", "Foreign Office": an organisation, whose first word is no title
    body = _organisation_body(texts, end, words)
    # a sentence's ordinary first word, articles and titles are not part of the name
    while first < end and (
        texts[first] in words.not_names
        or (texts[first] in words.titles and not body)
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
    if first > start and texts[first - 1] in words.titles and not body:
        titled = True
    while first < end and texts[first] in words.connectors:
        first += 1
    if first >= end:
        return None
    names = texts[first:end]
    bare = [n.removesuffix("'s").removesuffix("’s") for n in names]
    if all(t in words.not_names for t in bare) or all(t.isdigit() for t in bare):
        return None
    if len(bare) == 1 and len(bare[0]) == 1:
        return None  # "wrote on X.": a one-letter word names nothing the classes know
    if len(names) == 1 and (
        tokens[first].pos in {"ADJ", "INTJ"} or _demonym(names[0], tokens, end)
    ):
        # "European", "Bavarian city", "German lawmakers", '"No. We …"': not names themselves
        return None
    if len(names) == 1 and bare[0] in words.demonym_nouns and not titled:
        return None  # "The Spaniard, 21, dropped only seven games"
    if len(bare) == 1 and _day_follows(bare[0].rstrip("."), texts, end, words):
        return None  # "Feb 1"
    label = _label(names, texts, start, first, end, titled, tokens, words)
    last = tokens[end - 1]
    stop = last.end
    if article.text[last.start : last.end].endswith(("'s", "’s")):
        stop -= 2
    return Mention(tokens[first].start, stop, "name", label)


def _label(
    names: list[str],
    texts: list[str],
    start: int,
    first: int,
    end: int,
    titled: bool,
    tokens: tuple[Token, ...],
    words: _Words,
) -> str:
    """The class, marked when only the default (``_UNSURE``) or a weak rule (``_WEAK``) gave
    it."""
    bare = [n.removesuffix("'s").removesuffix("’s") for n in names]
    after = texts[end] if end < len(texts) else ""
    before = texts[start - 1] if start > 0 else ""
    if titled:
        return "PER"
    if bare[-1] in words.heads or any(
        word in words.heads and following == "of" for word, following in pairwise(bare)
    ):
        return "ORG"  # "Bank of England", "European Court of Justice"
    if _dateline(bare, first, end, texts, tokens, words):
        return "LOC"
    if len(bare) == 1 and bare[0].isupper() and len(bare[0]) > 1 and bare[0].isalpha():
        return "ORG"
    if _place(" ".join(bare)) or (len(bare) >= 2 and bare[0] in words.place_heads):
        return "LOC"  # "Cape Horn"
    if texts[end : end + 2] == [",", "who"]:
        return "PER"  # "Vestager, who brought the case"
    if len(bare) >= 2 and tokens[end - 1].pos == "PROPN" and bare[1] != "of":
        return "PER"
    if after in words.speech_verbs and first > 0 and texts[first - 1].lower() == "the":
        return "ORG" + _WEAK  # "The Kremlin said": a person has no article
    if after in words.speech_verbs or before in ("said", "says"):
        return "PER" + _WEAK
    if after in words.organisation_nouns:
        return "ORG"  # "the Verdi union"
    if before == "on" and start > 1 and texts[start - 2].lower() in _POSTING:
        return "ORG"  # "wrote on Telegram": a platform
    if before.lower() in words.place_prepositions:
        return "LOC"
    if before == "of" and start > 1 and texts[start - 2].lower() in _PLACE_NOUNS:
        return "LOC"
    return _DEFAULT + _UNSURE


def _dateline(
    bare: list[str],
    first: int,
    end: int,
    texts: list[str],
    tokens: tuple[Token, ...],
    words: _Words,
) -> bool:
    """Capitals that open a sentence and name the place an agency report comes from: before an
    agency in brackets ("BRUSSELS (Reuters) -"), a comma and a date ("NEW YORK, Feb 1 -") or a
    dash ("ANKARA -")."""
    opens = all(token.pos == "PUNCT" for token in tokens[:first])
    capitals = all(word.isupper() and word.isalpha() for word in bare)
    if not (opens and capitals) or end >= len(texts):
        return False
    after, then = texts[end], texts[end + 1] if end + 1 < len(texts) else ""
    if after == "(":
        return then.lower() in agencies_named()
    if after == ",":
        return then.rstrip(".") in words.month_abbreviations or then in months()
    return after in {"-", "–", "—"}


_POSTING = frozenset({"wrote", "writes", "posted", "posts", "said", "says", "announced"})


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
        frozenset(data["month_abbreviations"]),
        frozenset(data["demonym_nouns"]),
        frozenset(data["place_heads"]),
        frozenset(data["of_places"]),
    )


def _place(name: str) -> bool:
    """A country, region or city CLDR names in English or German."""
    return bool(place_key(name))
