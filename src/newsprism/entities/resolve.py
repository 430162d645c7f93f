"""Entities inside one article: NER mentions grouped into referents with a canonical name.

The tagger's mentions are mended here (common nouns dropped, names it missed once found again,
one class per name), grouped by :mod:`newsprism.entities.grouping` (a surname joins the full
name, "Nato" joins "NATO"; the canonical name is the fullest mention without a leading title)
and joined with organisations named by their kind by :mod:`newsprism.entities.references`
("die Allianz"). Descriptions and
pronouns ("der Nato-Chef", "der Norweger", "er") join an entity through the quotation layer,
which knows whom they refer to as speakers
(:func:`newsprism.entities.speaker_links.link_speakers`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from newsprism.entities.english import find_mentions as english_mentions
from newsprism.entities.grouping import group_mentions, mention_text
from newsprism.entities.ner import (
    analysed_as_noun,
    common_noun,
    lexicon_tag,
    packaged_model,
    spans,
)
from newsprism.entities.references import institutions, with_references
from newsprism.entities.variants import place_by_spelling, place_key
from newsprism.model import Article, Entity, Mention, Token

# the last part of a noun that names a person by office ("Kremlsprecher", "Nato-Chef")
OFFICES = (
    "sprecher",
    "sprecherin",
    "minister",
    "ministerin",
    "präsident",
    "präsidentin",
    "chef",
    "chefin",
    "leiter",
    "leiterin",
    "vorsitzende",
    "vorsitzender",
    "direktor",
    "direktorin",
    "kanzler",
    "kanzlerin",
    "bürgermeister",
    "bürgermeisterin",
    "sekretär",
    "sekretärin",
    "führer",
    "führerin",
    "beauftragte",
    "beauftragter",
    "botschafter",
    "botschafterin",
    "kommissar",
    "kommissarin",
    "trainer",
    "trainerin",
    "richter",
    "richterin",
    "anwalt",
    "anwältin",
    "politiker",
    "politikerin",
    "experte",
    "expertin",
    "abgeordnete",
    "abgeordneter",
)
# before a name inside a speaker mention, words that make it the speaker's place, not the speaker
LOCATIVE = frozenset({"in", "im", "aus"})


def tag_german(articles: Sequence[Article]) -> list[list[list[str]] | None]:
    """The NER labels of each German article's sentences (None for the others), all sentences
    tagged in one call: the tagger steps through many sentences together faster than through
    each article's few."""
    model = packaged_model()
    words = [
        _sentence_words(a) if model and a.tokens and a.language == "de" else None for a in articles
    ]
    every = [sentence for sentences in words if sentences for sentence in sentences]
    tagged = iter(model.tag(every) if model and every else [])
    return [None if sentences is None else [next(tagged) for _ in sentences] for sentences in words]


def _sentence_words(article: Article) -> list[list[str]]:
    text = article.text
    return [
        [text[t.start : t.end] for t in article.sentence_tokens(sentence)]
        for sentence in article.sentences
    ]


def find_entities(article: Article, labels: list[list[str]] | None = None) -> tuple[Entity, ...]:
    """The article's entities. ``labels`` are its sentences' NER labels if already tagged
    (:func:`tag_german`); else the packaged tagger tags them."""
    if not article.tokens:
        return ()
    text = article.text
    if article.language == "en":
        return with_references(
            article, group_mentions(text, _consistent(text, english_mentions(article)))
        )
    model = packaged_model()
    if model is None or article.language != "de":
        return ()
    mentions: list[Mention] = []
    sentences = [article.sentence_tokens(sentence) for sentence in article.sentences]
    tagged = labels if labels is not None else model.tag(_sentence_words(article))
    for tokens, sentence_labels in zip(sentences, tagged, strict=True):
        found = spans(sentence_labels)
        for number, (first, end, label) in enumerate(found):
            following = found[number + 1] if number + 1 < len(found) else None
            if _title_before_name(tokens, (first, end), following):
                continue
            if label == "PER" and end - first > 1 and _office(tokens[first]):
                first += 1  # "Kanzlerin Karla Weiß": the title describes the person
            mentions.append(Mention(tokens[first].start, tokens[end - 1].end, "name", label))
    mentions = _common_nouns_dropped(article, mentions)
    mentions += _untagged_repeats(article, mentions)
    mentions += institutions(article, mentions)
    mentions = _consistent(text, sorted(mentions, key=lambda m: m.start))
    after_noun = _after_a_noun_phrase(article)
    mentions += _descriptions(article, mentions, after_noun)
    lemmas = {token.end: token.lemma for token in article.tokens}
    token_starts = [token.start for token in article.tokens]
    starts = {start: number for number, start in enumerate(token_starts)}

    def nominative(mention: Mention) -> str:
        name = mention_text(text, mention)
        if mention.label == "PER" and mention.start in after_noun and _genitive_s(name):
            return name[:-1]  # "nach den Worten Selenskyjs": a genitive after its noun
        if mention.label != "PER" and mention.start in starts:
            first = starts[mention.start]
            last = bisect_right(token_starts, mention.end - 1) - 1
            declined = _adjectives_declined(article.tokens[first : last + 1], text)
            if declined:
                return declined
        return _without_genitive(name, mention.label, lemmas.get(mention.end, ""))

    return with_references(article, group_mentions(text, mentions, nominative))


def _title_before_name(
    tokens: Sequence[Token], span: tuple[int, int], following: tuple[int, int, str] | None
) -> bool:
    """A common noun tagged as a name of its own right before a person's name is the person's
    title ("Kremlsprecher Peskow"); :func:`_descriptions` makes it a description of them."""
    first, end = span
    return (
        end == first + 1
        and _office(tokens[first])
        and following is not None
        and following[0] == end
        and following[2] == "PER"
    )


def _office(token: Token) -> bool:
    """Whether a token is a common noun naming an office ("Kanzlerin", "Kremlsprecher")."""
    return token.pos == "NOUN" and token.lemma.lower().endswith(OFFICES)


def _after_a_noun_phrase(article: Article) -> set[int]:
    """Where tokens start that follow a common noun with its article ("den Worten", "die
    Rede"): a bare name there is that noun's genitive. After a person noun only with an
    indefinite article ("ein Berater Trumps"): "der Trainer Thomas" is an apposition."""
    tokens = article.tokens
    return {
        tokens[i].start
        for i in range(2, len(tokens))
        if tokens[i - 1].pos == "NOUN"
        and tokens[i - 2].pos == "DET"
        and (
            not names_a_person(tokens[i - 1])
            or article.text[tokens[i - 2].start : tokens[i - 2].end].lower() in INDEFINITE
        )
    }


INDEFINITE = frozenset({"ein", "eine", "einer", "eines", "einem", "einen"})


def names_a_person(token: Token) -> bool:
    """ "der Trainer Thomas", "die Ministerin Karla": an apposition, not a genitive."""
    lemma = token.lemma.lower()
    return _office(token) or lemma.endswith(("er", "in", "ent", "ist", "ant", "eur", "ling"))


def _genitive_s(name: str) -> bool:
    """A one-word name in the genitive ("Selenskyjs", "Obamas"; not "Weiss", "Hans")."""
    return (
        " " not in name
        and len(name) > 4
        and name.endswith("s")
        and not name.endswith(("ss", "us", "os", "is", "es"))  # "Obamas", but not "Markus"
    )


def _adjectives_declined(tokens: Sequence[Token], text: str) -> str:
    """A name of adjectives and a singular noun in the dative or genitive ("der Deutschen
    Bahn", "des Deutschen Roten Kreuzes") as it is named ("Deutsche Bahn", "Deutsche Rote
    Kreuz"); "" for any other name. A plural keeps its "-en" in every case ("Vereinte
    Nationen" is no name: "die Vereinten Nationen")."""
    if len(tokens) < 2:
        return ""
    *adjectives, head = tokens
    words = [text[t.start : t.end] for t in adjectives]
    if not all(
        (t.tag in ("ADJ(A)", "NNA") or (t.tag == "NN" and word == t.lemma + "n"))  # "Nordischen"
        and len(word) > 3
        for t, word in zip(adjectives, words, strict=True)
    ):
        return ""
    if not all(word[:1].isupper() and word.endswith("en") for word in words):
        return ""
    noun = text[head.start : head.end]
    if head.pos != "NOUN" or noun[len(head.lemma) :] not in ("", "s", "es"):
        return ""  # "Nationen", "Demokraten": a plural
    if not noun.startswith(head.lemma):
        return ""
    return " ".join([*(word[:-1] for word in words), head.lemma])


def _without_genitive(name: str, label: str, lemma: str) -> str:
    """A place's or organisation's name whose last word is a genitive ("Washingtons Vorgehen")
    as the name itself, when the morphology's lemma or the tagger's gazetteer knows the form
    without the "s" (and the gazetteer does not know the form with it: "Paris")."""
    last = name.rsplit(maxsplit=1)[-1]
    if label == "PER" or len(last) < 4 or not last.endswith("s") or last.endswith("ss"):
        return name  # surnames end in "s" too often to guess ("Nick Brauns"); "Putins" joins
        # the full name it is the genitive of when the article has it
    base = last[:-1]
    model = packaged_model()
    gazetteer = model.gazetteer if model is not None else {}
    if lemma == base or (gazetteer.get(last) is None and gazetteer.get(base) == label):
        return name[:-1]
    return name


def _common_nouns_dropped(article: Article, mentions: list[Mention]) -> list[Mention]:
    """Without one-word persons and places that are common nouns, where the article writes the
    word after a definite article and outside any name at least as often as inside one:
    "Russland auf dem Schlachtfeld zu besiegen … Konsequenzen auf dem Schlachtfeld", tagged once
    of the two, is no place. Not words the tagger's training data names as entities ("die
    Sonne", a place in GermEval's annotation)."""
    text = article.text
    common = {
        word
        for mention in mentions
        if mention.label in ("PER", "LOC")
        and " " not in (word := text[mention.start : mention.end])
        and common_noun(word)
        and not _gazetteer_class(word, ("PER", "ORG", "LOC", "MISC"))
        and _after_an_article(text, word)
    }
    if not common:
        return mentions
    starts = [token.start for token in article.tokens]
    covered: set[int] = set()
    for mention in mentions:
        covered.update(range(bisect_left(starts, mention.start), bisect_left(starts, mention.end)))
    untagged = Counter(
        text[token.start : token.end]
        for number, token in enumerate(article.tokens)
        if number not in covered
    )
    tagged = Counter(text[m.start : m.end] for m in mentions)
    dropped = {word for word in common if untagged[word] >= tagged[word]}
    return [
        m for m in mentions if m.label not in ("PER", "LOC") or text[m.start : m.end] not in dropped
    ]


def _untagged_repeats(article: Article, mentions: list[Mention]) -> list[Mention]:
    """Mentions of a name the tagger found once but missed elsewhere in the article: a one-word
    name ("Mussawi", "Kreta", "IGH") or a person's surname ("Daniil Medvedev … das Spielfeld
    mit Medvedev zu teilen"), written the same and not read as a common noun ("Athletin",
    "Tiger" tagged once stay alone)."""
    text = article.text
    in_noun_phrases = _in_noun_phrases(article)
    names: dict[str, str] = {}
    for mention in mentions:
        words = text[mention.start : mention.end].split()
        if len(words) > 1 and mention.label == "PER":
            names.setdefault(words[-1], mention.label)
        elif len(words) == 1 and not (
            words[0] in in_noun_phrases and analysed_as_noun(words[0])
        ):  # "die nächste Athletin", "34 Randalierer", "im Tabak"; not "die Krim", "in Sirte"
            names.setdefault(words[0], mention.label)
    if not names:
        return []
    covered = [False] * len(article.tokens)
    starts = [token.start for token in article.tokens]
    for mention in mentions:
        for number in range(bisect_left(starts, mention.start), bisect_left(starts, mention.end)):
            covered[number] = True
    found = []
    for number, token in enumerate(article.tokens):
        word = text[token.start : token.end]
        label = names.get(word)
        if label is None or covered[number] or not word[:1].isupper():
            continue
        if lexicon_tag(word) != "NN" and not common_noun(word):
            found.append(Mention(token.start, token.end, "name", label))
    return found


def _in_noun_phrases(article: Article) -> set[str]:
    """The words written somewhere after an article, a number, an adjective or "im"/"beim",
    as common nouns are and names seldom are."""
    text = article.text
    found = set()
    before = ""
    for token in article.tokens:
        if before in _NOUN_PHRASE:
            found.add(text[token.start : token.end])
        if token.pos != "PUNCT":
            before = token.tag if token.tag == "APPRART" else token.pos
    return found


_NOUN_PHRASE = frozenset({"DET", "ADJ", "NUM", "APPRART"})


def _consistent(text: str, mentions: list[Mention]) -> list[Mention]:
    """One label per name in an article: a surname seen in a full person's name is a person
    everywhere ("Stoltenberg" tagged as a place once is still him); a one-word "person" that
    CLDR knows as a country or city, also in the genitive ("Kenias") or in another
    transliteration ("Kyjiw"), is a place;
    otherwise the label most mentions of the word have."""
    surnames = {
        text[m.start : m.end].split()[-1]
        for m in mentions
        if m.label == "PER" and len(text[m.start : m.end].split()) > 1
    }
    votes: dict[str, Counter[str]] = {}
    for mention in mentions:
        votes.setdefault(text[mention.start : mention.end], Counter())[mention.label] += 1
    # one-word names the article puts right after "in": "das Regime in Valmora"
    placed = {
        text[m.start : m.end]
        for m in mentions
        if _IN_BEFORE.search(text[max(0, m.start - 4) : m.start])
    }
    fixed = []
    for mention in mentions:
        words = text[mention.start : mention.end]
        label = "PER" if words in surnames else votes[words].most_common(1)[0][0]
        single = label == "PER" and words not in surnames and " " not in words
        if single and (_cldr_place(words) or words in placed or _transliterated_place(words)):
            label = "LOC"  # "Nun gehe Kiew die Munition aus": a city, not a person
        elif (
            single
            # each mention opens its sentence or follows an article: none says "person"
            and all(
                _opens(text, m.start) or _ARTICLE_BEFORE.search(text[max(0, m.start - 4) : m.start])
                for m in mentions
                if text[m.start : m.end] == words
            )
            and _after_an_article(text, words)
        ):
            # "Kreml weist Vorwürfe zurück. … Der Kreml hat …": a person has no article
            others = [kind for kind, _ in votes[words].most_common() if kind != "PER"]
            label = others[0] if others else _gazetteer_class(words) or "ORG"
        fixed.append(replace(mention, label=label))
    return fixed


_ARTICLE = r"(?:[Dd]e[rnm]|[Dd]as|[Dd]ie)"  # definite, not the genitive "des"
_ARTICLE_BEFORE = re.compile(rf"(?:^|\s){_ARTICLE}\s$")


def _opens(text: str, start: int) -> bool:
    """Whether a mention opens its sentence or headline, where a capitalised word says least
    about what it names ("Kreml weist Vorwürfe zurück")."""
    return text[:start].rstrip(" ")[-1:] in {"", ".", "!", "?", "\n", "-", "–"}


def _after_an_article(text: str, word: str) -> bool:
    """Whether the article writes a one-word name after a definite article somewhere ("der
    Kreml", "das Pentagon"), as German writes no person's name (but for the genitive: "die
    Offenbarung des Johannes")."""
    return re.search(rf"\b{_ARTICLE}\s+{re.escape(word)}(?![\w-])", text) is not None


def _gazetteer_class(word: str, classes: tuple[str, ...] = ("ORG", "LOC")) -> str:
    """The class the tagger's training data gives a word, if one of ``classes``."""
    model = packaged_model()
    known = model.gazetteer.get(word) if model is not None else None
    return known if known in classes else ""


def _cldr_place(word: str) -> bool:
    """A country or city CLDR names, also in the genitive ("Kenias", "Südkoreas")."""
    return bool(place_key(word) or (word.endswith("s") and place_key(word[:-1])))


def _transliterated_place(word: str) -> bool:
    """A place CLDR names in another transliteration ("Kyjiw"), unless the training data
    knows the word as a person's name ("Sophia" is no "Sofia")."""
    model = packaged_model()
    known = model.gazetteer.get(word) if model is not None else None
    return known != "PER" and bool(place_by_spelling(word))


_IN_BEFORE = re.compile(r"(?:^|\s)in\s$")


def _descriptions(article: Article, mentions: list[Mention], after_noun: set[int]) -> list[Mention]:
    """ "der Norweger Stoltenberg", "NATO-Generalsekretär Jens Stoltenberg": a noun right before
    a person's name describes that person; not one whose genitive the name is (``after_noun``:
    see :func:`_after_a_noun_phrase`)."""
    starts = {t.start: i for i, t in enumerate(article.tokens)}
    found = []
    for mention in mentions:
        index = starts.get(mention.start)
        if mention.label != "PER" or index is None or index == 0:
            continue
        noun = article.tokens[index - 1]
        if "\n" in article.text[noun.end : mention.start]:
            continue  # a headline's last word is no description of the name that opens the text
        determined = index > 1 and article.tokens[index - 2].pos == "DET"
        if noun.pos != "NOUN" and not (noun.pos == "PROPN" and determined):
            continue  # "der Norweger" is a proper noun to the lexicon, but a description here
        if mention.start in after_noun and _genitive_s(mention_text(article.text, mention)):
            continue  # "nach den Worten Selenskyjs": the name is the noun's genitive
        begin = index - 1
        while begin > 0 and article.tokens[begin - 1].pos in {"DET", "ADJ"}:
            begin -= 1
        found.append(Mention(article.tokens[begin].start, noun.end, "description", "PER"))
    return found
