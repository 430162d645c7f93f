"""Whom a speaker mention without a name refers to ("er", "der ukrainische Präsident"), when
the article gives better evidence than "the speaker named last":

- a title: "der ukrainische Präsident" is the person the article introduced as "Präsident
  Wolodymyr Selenskyj" (the entity layer's descriptions), the one mentioned last if several;
- a new topic: a person who is the subject of a sentence after the last quotation and before
  the mention ("Kremlsprecher Dmitri Peskow kritisierte die Zusagen. Die Waffen würden den
  Konflikt verlängern, sagte er."): the pronoun or description continues with them;
- the body, for an office in the headline ("Nato-Chef warnt vor „historischem Fehler“"), which
  has nothing before it: see :func:`headline_speakers`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from newsprism.entities.resolve import OFFICES
from newsprism.entities.speaker_links import ENGLISH_ROLES
from newsprism.model import Article, Entity, Quote
from newsprism.quotes.chunks import Words
from newsprism.quotes.speaker_context import pronoun, sentence_subject

_TOPIC_SENTENCES = 3  # how far back a new topic is looked for
_STEM = 5  # letters of a modifier compared: "ukrainische" and "ukrainischen"


def titled_person(article: Article, start: int, end: int) -> Entity | None:
    """The person introduced before ``start`` with a title that the description ``start:end``
    ends with ("der Kanzler": "Bundeskanzler Olaf Scholz"); among several, the one whose title
    shares most modifiers with it ("der russische Präsident"), then the one the headline or the
    first sentence names (the story's protagonist, not "Papst Gregor XII." whom a paragraph on
    history names later), then the one mentioned last."""
    words = article.text[start:end].split()
    if len(words) < 2:
        return None
    head = words[-1].lower()
    modifiers = {word.lower()[:_STEM] for word in words[1:-1]}
    lead_end = _lead_end(article)
    best: tuple[tuple[int, bool, int], Entity] | None = None
    for entity in article.entities:
        if entity.label != "PER":
            continue
        titles = [
            article.text[m.start : m.end].lower().split()
            for m in entity.mentions
            if m.kind == "description" and m.end <= start
        ]
        matching = [
            title
            for title in titles
            if title[-1].endswith(head) and not _other_origin(words[1:-1], title[:-1])
        ]
        if not matching:
            continue  # "der russische Präsident" is not "der ukrainische Präsident Selenskyj"
        shared = max(len(modifiers & {word[:_STEM] for word in title[:-1]}) for title in matching)
        leading = any(m.start < lead_end for m in entity.mentions)
        key = (shared, leading, max(m.end for m in entity.mentions if m.end <= start))
        if best is None or key > best[0]:
            best = (key, entity)
    return best[1] if best else None


def _lead_end(article: Article) -> int:
    """Where the first sentence after the headline ends (the whole text if there is none)."""
    body = article.body_start
    return next((s.end for s in article.sentences if s.start >= body), len(article.text))


def _other_origin(modifiers: list[str], title_modifiers: list[str]) -> bool:
    """Whether a description and a title say the person is from different places: both have an
    adjective of origin ("russische", "ukrainischen", "US-amerikanische"), and none is shared."""
    one = {w.lower()[:_STEM] for w in modifiers if _ORIGIN.search(w.lower())}
    other = {w.lower()[:_STEM] for w in title_modifiers if _ORIGIN.search(w.lower())}
    return bool(one) and bool(other) and not one & other


_ORIGIN = re.compile(r"(isch|esisch|ianisch)(e|en|er|es)?$")


def topic_person(article: Article, words: Words, since: int, start: int) -> Entity | None:
    """The person who is the subject of the latest sentence with a subject between offset
    ``since`` (where the last attributed quotation ended) and the sentence of the mention at
    ``start``; None if that subject is a pronoun (the topic goes on) or no named person."""
    number = bisect_right(article.sentences, start, key=lambda sentence: sentence.start) - 1
    for sentence in reversed(article.sentences[max(number - _TOPIC_SENTENCES, 0) : number]):
        if sentence.start < since:
            break
        subject = sentence_subject(words, sentence.token_start, sentence.token_end)
        if subject is None:
            continue
        if pronoun(words, subject):
            return None
        return _person_in(article, words, subject)
    return None


def _person_in(article: Article, words: Words, phrase: tuple[int, int]) -> Entity | None:
    """The person a subject phrase names, with or without a title ("Hessens Ministerpräsident
    Roland Koch"), but not a person in the genitive after another noun ("die Wahl Bans")."""
    begin, end = words.tokens[phrase[0]].start, words.tokens[phrase[1] - 1].end
    for entity in article.entities:
        for m in entity.mentions:
            if entity.label == "PER" and m.kind == "name" and begin <= m.start and m.end <= end:
                return entity if _titled_or_bare(article, m.start) else None
    return None


def _titled_or_bare(article: Article, start: int) -> bool:
    """Whether the word before a name that starts at ``start`` is no common noun, or an office
    ("Kremlsprecher", "spokesman")."""
    index = bisect_left(article.tokens, start, key=lambda token: token.start)
    if index == 0 or article.tokens[index - 1].pos != "NOUN":
        return True
    lemma = article.tokens[index - 1].lemma.lower()
    return lemma.endswith(OFFICES) or lemma in ENGLISH_ROLES


def headline_speakers(article: Article, quotes: list[Quote]) -> list[Quote]:
    """Quotations of the headline whose speaker is an office and no one yet ("Nato-Chef warnt
    …", "NATO chief urges …") take the person the body quotes with words of the headline's
    quotation („historischem Fehler“ … „historischer Fehler“, sagte Stoltenberg), or else the
    first person the body quotes: a headline names the story's main speaker by office when the
    lead gives the name."""
    body_start = article.body_start  # after the headline; no quotation is before it without one
    people = {e.name for e in article.entities if e.label == "PER"}
    body = [q for q in quotes if q.quote[0].start >= body_start and q.speaker_name in people]
    fixed = []
    for quote in quotes:
        in_title = quote.quote[0].start < body_start
        if body and in_title and quote.speaker and not quote.speaker_name:
            span = quote.speaker[0]
            if _office(article.text[span.start : span.end]):
                words = _stems(article, quote)
                same = next((q for q in body if words & _stems(article, q)), body[0])
                quote = replace(quote, speaker_name=same.speaker_name)
        fixed.append(quote)
    return fixed


def _office(mention: str) -> bool:
    last = mention.split()[-1].lower() if mention.split() else ""
    return last.endswith(OFFICES) or last in ENGLISH_ROLES


def _stems(article: Article, quote: Quote) -> set[str]:
    """The quotation's longer words, by their first letters ("historischem", "historischer")."""
    words = " ".join(article.text[part.start : part.end] for part in quote.quote).split()
    return {word.strip('„“"‚‘»«,.:;!?')[:_STEM].lower() for word in words if len(word) > 6}
