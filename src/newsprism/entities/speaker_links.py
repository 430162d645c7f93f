"""Linking quotation speakers to the article's entities: each quotation gets the entity its
speaker mention is (``Quote.speaker_entity``), and the mention joins that entity, so that "der
Nato-Chef", "der Norweger" and "er" become mentions of Jens Stoltenberg. Which entity a mention
is: a name inside it, unless the name only says where the speaker is ("Ein Sprecher in
Korvenstadt"), whose office it is ("the NATO chief") or whose adviser, spokesman or wife the
speaker is ("Ein Berater Trumps"); else the name the quotation layer resolved.
"""

from __future__ import annotations

import itertools
from bisect import bisect_right
from dataclasses import replace

from newsprism.entities.grouping import mention_text
from newsprism.entities.resolve import INDEFINITE, LOCATIVE, names_a_person
from newsprism.model import Article, Entity, Mention, Quote, Span

_PRONOUNS = frozenset({"er", "sie", "ihm", "ihn", "ihr", "he", "she", "him", "her"})


def link_speakers(
    article: Article, quotes: tuple[Quote, ...]
) -> tuple[tuple[Quote, ...], tuple[Entity, ...]]:
    """Give each quotation the entity its speaker is, and add the speaker mention to it."""
    if not article.entities:
        return quotes, article.entities
    entities = {entity.id: entity for entity in article.entities}
    added: dict[str, list[Mention]] = {key: [] for key in entities}
    linked = []
    text = article.text
    for quote in quotes:
        entity = _entity_of(article, quote)
        if entity is None:
            linked.append(quote)
            continue
        for span in quote.speaker:
            if not any(
                m.start <= span.start < m.end for m in entity.mentions + tuple(added[entity.id])
            ):
                word = text[span.start : span.end]
                kind = "pronoun" if word.lower() in _PRONOUNS else "description"
                added[entity.id].append(Mention(span.start, span.end, kind, entity.label))
        name = entity.name
        fuller = len(quote.speaker_name.split()) > len(entity.name.split())
        if fuller and entity.name in quote.speaker_name:
            name = quote.speaker_name  # the mention named the speaker more fully ("Paul Beispiel")
        linked.append(replace(quote, speaker_entity=entity.id, speaker_name=name))
    updated = tuple(
        replace(e, mentions=tuple(sorted(e.mentions + tuple(added[e.id]), key=lambda m: m.start)))
        for e in article.entities
    )
    return tuple(linked), updated


def _entity_of(article: Article, quote: Quote) -> Entity | None:
    """The entity a quotation's speaker is: a name inside the mention (a person's before an
    organisation's: "Kremlin spokesman Dmitry Peskov"), or the resolved name."""
    text = article.text
    for span in quote.speaker:
        inside = [
            (entity, m)
            for entity in article.entities
            for m in entity.mentions
            if span.start <= m.start
            and m.end <= span.end
            and not _placed(text, m, span)
            and not modifies(text, m.end, span.end, article.language)
        ]
        # "Ein Berater Trumps sagte", "Die Frau des Präsidenten Joe Biden sagte": not the
        # person named, nor a description of them inside the mention
        related = {
            entity.id
            for entity, m in inside
            if entity.label == "PER"
            and m.kind == "name"
            and of_a_person_noun(article, m.start, span.start)
        }
        inside = [(entity, m) for entity, m in inside if entity.id not in related]
        if inside:
            # a person before anything else; the fuller name of two ("Sonia und Willy Bogner")
            return min(
                inside,
                key=lambda pair: (
                    pair[0].label != "PER",
                    -len(mention_text(text, pair[1]).split()),
                ),
            )[0]
    if quote.speaker_name:
        last = quote.speaker_name.split()[-1].lower()
        for entity in article.entities:
            if entity.label == "PER" and entity.name.split()[-1].lower() == last:
                return entity
            if entity.name.lower() == quote.speaker_name.lower():
                return entity
        return None
    return _person_before(article, quote.speaker)


def _person_before(article: Article, speaker: tuple[Span, ...]) -> Entity | None:
    """The person named last before a pronoun speaker that no earlier speaker resolves, in its
    sentence or the one before ("Selenskyj dankte den Partnern. „…“, schrieb er.")."""
    if len(speaker) != 1 or article.text[speaker[0].start : speaker[0].end].lower() not in {
        "er",
        "he",
        "she",
    }:
        return None  # "sie" may be many
    starts = [sentence.start for sentence in article.sentences]
    sentence = bisect_right(starts, speaker[0].start) - 1
    earliest = starts[max(sentence - 1, 0)] if starts else 0
    named = [
        (m.end, entity)
        for entity in article.entities
        if entity.label == "PER"
        for m in entity.mentions
        if m.kind == "name" and earliest <= m.start and m.end <= speaker[0].start
    ]
    return max(named, key=lambda pair: pair[0])[1] if named else None


def modifies(text: str, name_end: int, span_end: int, language: str) -> bool:
    """Whether an English name inside a speaker mention modifies the person noun after it
    ("the NATO chief", "Kremlin spokesman …", "Russia's foreign minister"): that person speaks,
    not the organisation or country (but "NATO estimates", "Ukraine's defence ministry" and
    "Jens Stoltenberg of NATO" are no such case)."""
    if language != "en":
        return False
    if text[name_end : name_end + 2] in {"'s", "’s"}:
        # "Russia's foreign minister", "Germany's Chancellor Olaf Scholz": the noun the name
        # belongs to is the last lower-case word after it, or a capitalised title
        after = text[name_end + 2 : span_end].split()
        lower = list(itertools.takewhile(str.islower, after))
        head = lower[-1] if lower else after[0] if after else ""
        return head.lower() in ENGLISH_ROLES
    following = text[name_end:span_end].split(maxsplit=1)
    return (
        text[name_end : name_end + 1] == " " and bool(following) and following[0] in ENGLISH_ROLES
    )


# English nouns (and the words that open them) for a person by office: "the NATO chief",
# "the Kremlin spokesman", "the Ukrainian foreign minister"
ENGLISH_ROLES = frozenset(
    {
        "chief",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "president",
        "minister",
        "secretary",
        "leader",
        "head",
        "envoy",
        "ambassador",
        "chancellor",
        "premier",
        "commander",
        "director",
        "boss",
        "prosecutor",
        "general",
        "governor",
        "mayor",
        "chairman",
        "chairwoman",
        "founder",
        "adviser",
        "advisor",
        "aide",
        "negotiator",
        "foreign",
        "defence",
        "defense",
        "prime",
        "deputy",
    }
)


def _placed(text: str, mention: Mention, span: Span) -> bool:
    """Whether a name inside a speaker mention only says where the speaker is."""
    return says_where(text[span.start : mention.start].split())


def says_where(before: list[str]) -> bool:
    """Whether a name after the words ``before`` (inside a speaker mention) says where the
    speaker is: after "in", "im" or "aus" ("Ein Sprecher des Außenministeriums in Korvenstadt"),
    also the second of two ("Beamte in Kiew und Warschau", "Officials in Kyiv and Warsaw")."""
    if before[-1:] in (["und"], ["and"]):
        before = before[:-2]
    return bool(before) and before[-1] in LOCATIVE


def of_a_person_noun(article: Article, start: int, floor: int) -> bool:
    """Whether the name that starts at offset ``start`` completes a person noun before it,
    from ``floor`` on: "Ein Berater Trumps", "Ein Sprecher von Putin", "Die Frau des
    Präsidenten Joe Biden"; in English "an adviser to Zelensky", "a lawyer for Trump". Such a
    mention is the adviser, spokesman or wife, not the person named ("der Trainer Thomas" is
    his apposition)."""
    tokens = article.tokens
    index = bisect_right(tokens, start, key=lambda token: token.start) - 1
    if index < 2 or tokens[index].start != start:
        return False

    def word(i: int) -> str:
        return article.text[tokens[i].start : tokens[i].end].lower()

    if article.language == "en":
        return (
            word(index - 1) in {"to", "for", "of"}
            and tokens[index - 2].start >= floor
            and word(index - 2) in _CLOSE_EN
        )

    before = index - 1
    if (
        tokens[before].pos == "NOUN"
        and names_a_person(tokens[before])
        and word(before - 1) in {"des", "von", "vom"}
    ):
        before -= 1  # a title: "die Frau des Präsidenten Joe Biden", "von Kanzler Scholz"
    if word(before) in {"des", "von", "vom"}:
        owner = before - 1
    elif word(index).endswith("s") and word(index - 2) in INDEFINITE:
        owner = index - 1  # "ein Berater Trumps"
    else:
        return False
    return (
        owner >= 0
        and tokens[owner].start >= floor
        and tokens[owner].pos == "NOUN"
        and (names_a_person(tokens[owner]) or tokens[owner].lemma.lower() in _KIN)
    )


_KIN = frozenset({"frau", "mann", "ehefrau", "ehemann", "sohn", "witwe", "witwer", "enkel"})
_CLOSE_EN = frozenset(
    {
        "adviser",
        "advisor",
        "aide",
        "ally",
        "attorney",
        "daughter",
        "friend",
        "husband",
        "lawyer",
        "son",
        "spokesman",
        "spokesperson",
        "spokeswoman",
        "staff",
        "wife",
    }
)
