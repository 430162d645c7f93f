"""Resolving a quote's local speaker mention to a person or organisation in the article.

This works from proper-noun runs alone, so that quotations get a ``speaker_name`` without the
entity layer: a mention containing a name resolves to the fullest name in the article that ends
with the same word ("Stoltenberg" -> "Jens Stoltenberg"); a pronoun or a description ("er",
"der Nato-Chef", "der Norweger") resolves to a person it names by title or a new topic (see
:mod:`newsprism.quotes.referents`), else to the speaker named most recently before it, where it
can stand for them at all (see :mod:`newsprism.quotes.descriptions`). When the entity layer
runs, :func:`newsprism.entities.speaker_links.link_speakers` then links each speaker to its entity
(``Quote.speaker_entity``) and may name it more fully.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from newsprism.entities.resolve import OFFICES
from newsprism.entities.speaker_links import (
    ENGLISH_ROLES,
    modifies,
    of_a_person_noun,
    says_where,
)
from newsprism.model import Article, Quote, Span, Token
from newsprism.quotes.chunks import NAME_PARTICLES, Words
from newsprism.quotes.descriptions import (
    IMPERSONAL,
    PERSONAL,
    company,
    organisation,
    refers_to_a_person,
    same_sex,
    sex_of,
    sex_of_mention,
    singular_person,
    tokens_in,
)
from newsprism.quotes.referents import headline_speakers, titled_person, topic_person

# tags HanTa gives surnames that are also words ("Weiß" as a nominalised adjective)
_SURNAME_TAGS = frozenset({"NE", "NNA", "FM", "XY"})
_TITLES = frozenset(
    {"Präsident", "Präsidentin", "Kanzler", "Kanzlerin", "Minister", "Ministerin", "Dr.", "Prof."}
)


def resolve_speakers(article: Article, quotes: list[Quote], words: Words) -> tuple[Quote, ...]:
    names = _name_runs(article)
    starts = [token.start for token in article.tokens]
    resolved: list[Quote] = []
    last_name = ""
    since = 0  # where the last quotation with a named speaker ends
    for quote in quotes:
        name = ""
        referable = True  # whether a later "er" or "der Berliner" may stand for the name
        if quote.speaker:
            span = quote.speaker[0]
            mentioned = _name_in_mention(article, starts, span.start, span.end) or _bare_name(
                article.text[span.start : span.end], names, article.text
            )
            local = article.text[span.start : span.end]
            if local.lower() in IMPERSONAL:
                pass  # "Demnach", "Es": no one, though a sentence's first word looks like a name
            elif local.lower() in _RELATIVES and _after_comma(article.text, span.start):
                # "Abdel Kader Dschassim, der … sagte": the name the clause follows, else no one
                # ("die Leitlinie, der zufolge …")
                name = _name_ending_at(article, names, article.text.rfind(",", 0, span.start))
            elif mentioned and not _demonym(local):
                name = _fullest(mentioned, names, article.text)
            elif quoted := _QUOTED_NAME.search(local):
                # a medium or group by its quoted name (der „Tagesspiegel“), which no later
                # "er" or "der Berliner" stands for
                name, referable = quoted.group(1), False
            elif (
                quote.cue_lemma in _SOURCES
                and not _possessive_first(local)
                and local.lower() not in PERSONAL
            ):
                # "einigen Teilnehmern zufolge", "laut Augenzeugen": no one named before, but
                # "seiner Meinung nach" and "Ihm zufolge" stand for someone named before
                pass
            elif _unknown_name(local):
                # a name the lexicon does not know is its own name; a bare noun ("Beobachter",
                # "Polizeiangaben") names no one, and stands for no one named before it
                name = "" if _common_noun(article, starts, span) else local
            elif company(article, starts, span) and organisation(article, last_name):
                name = last_name  # "der Luftfahrtkonzern" after Airbus spoke
            elif company(article, starts, span):
                # "Die Bahn erhöht die Preise. Das teilte das Unternehmen mit.": the
                # organisation named last before it, if no one spoke for one
                name = _organisation_before(article, span.start)
            elif refers_to_a_person(article, starts, span):
                sex = sex_of_mention(local, article.language)
                referent = titled_person(article, span.start, span.end)
                if referent is None and singular_person(local):
                    referent = topic_person(article, words, since, span.start)
                    if referent and not same_sex(sex, sex_of(article, referent.name)):
                        referent = None  # "Kanzlerin Karla Weiß traf Varga. Er sagte, …"
                if referent is not None:
                    name = referent.name
                else:
                    name = last_name or _name_before(article, names, span.start)
                    if name and not same_sex(sex, sex_of(article, name)):
                        name = ""  # "der Student" is not the judge Ute Bader named before
                    elif name and (sex or _role(local)) and organisation(article, name):
                        # "er", "der Student", "the minister": a person, not "Haaretz"
                        name = ""
        if name and quote.cue_lemma in _SOURCES and organisation(article, name):
            referable = False  # "laut BBC": a later "der Präsident" is not the BBC
        if name:
            last_name = name if referable else last_name
            since = max(since, *(part.end for part in quote.quote))
        resolved.append(replace(quote, speaker_name=name))
    return tuple(headline_speakers(article, resolved))


# cues of sources, whose speaker mention is where it was said, not a description of a person
# named before
_SOURCES = frozenset({"laut", "nach", "zufolge", "gemäß", "according"})


def _organisation_before(article: Article, position: int) -> str:
    """The name of the organisation the article names last before ``position``."""
    named = [
        (m.start, entity.name)
        for entity in article.entities
        if entity.label == "ORG"
        for m in entity.mentions
        if m.kind == "name" and m.end <= position
    ]
    return max(named)[1] if named else ""


def _possessive_first(mention: str) -> bool:
    return mention.split()[0].lower().startswith(("sein", "ihr", "his", "her", "their"))


def _role(mention: str) -> bool:
    """Whether an English description names a person by office ("the minister")."""
    return mention.lower().split()[-1] in ENGLISH_ROLES


_RELATIVES = frozenset({"der", "die", "den", "dem", "denen", "welcher", "welche", "who"})


def _after_comma(text: str, start: int) -> bool:
    return text[:start].rstrip().endswith(",")


def _name_ending_at(article: Article, runs: list[tuple[int, int]], end: int) -> str:
    """The person or organisation the entity layer finds ending at offset ``end`` (a relative
    clause's comma), by its fullest name; else "" ("Rauchschwaden, die …" is no one). An
    organisation in the genitive closes an apposition: the person before it is meant
    ("Reinhard Bütikofer, Parteivorsitzender der Grünen, der sagte …")."""
    text = article.text
    for entity in article.entities:
        for mention in entity.mentions:
            if mention.end != end or mention.kind != "name" or entity.label not in {"PER", "ORG"}:
                continue
            if entity.label == "PER":
                return _fullest(text[mention.start : mention.end], runs, text)
            before = text[: mention.start].split()[-1:]
            comma = text.rfind(",", 0, mention.start)
            if before in (["der"], ["des"]) and comma > 0:
                return _name_ending_at(article, runs, comma)
            return text[mention.start : mention.end]
    return ""


_QUOTED_NAME = re.compile(r"[„»«“\"‚]([^„»«“”\"‚‘]+)[“”\"«»‘]")


def _demonym(mention: str) -> bool:
    """ "der Norweger", "die Norwegerin", "the Norwegian": an article and one word naming where
    a person is from, which the lexicon may call a proper noun; it describes the last speaker,
    it is no name."""
    words = mention.split()
    if len(words) != 2 or not words[1][:1].isupper():
        return False
    if words[0].lower() == "the":  # "the Norwegian", "the German"; not "the Vatican"
        return words[1].endswith(("ian", "ese", "ish", "ean", "man", "i"))
    return words[0].lower() in {"der", "die", "dem", "den", "des"} and words[1].endswith(
        ("er", "erin", "in")
    )


def _unknown_name(mention: str) -> bool:
    """A single capitalised word that is not a pronoun is a name the lexicon does not know
    ("Korvenstadt"), not a description of the last speaker: descriptions have an article."""
    return " " not in mention and mention[:1].isupper() and mention.lower() not in PERSONAL


def _common_noun(article: Article, starts: list[int], span: Span) -> bool:
    """Whether a one-word mention is a noun the text layer knows ("Polizeiangaben") and the
    entity layer does not call a name ("Guttenberg" is both a noun and a surname)."""
    if any(
        m.start <= span.start and span.end <= m.end for e in article.entities for m in e.mentions
    ):
        return False
    return any(t.pos == "NOUN" and not t.proper for t in tokens_in(article, starts, span))


def _name_in_mention(article: Article, starts: list[int], start: int, end: int) -> str:
    """The name inside a speaker mention: from its first proper noun over the capitalised words
    that follow ("Die Ministerin Karla Weiß" -> "Karla Weiß", though "Weiß" is also a noun).
    A name after "in" or "aus" says where the speaker is ("Ein Sprecher in Korvenstadt"), and
    an English name before an office names whose office it is ("the NATO chief")."""
    first_inside = bisect_left(starts, start)  # starts: each token's start, in order
    last_inside = first_inside
    while last_inside < len(starts) and article.tokens[last_inside].end <= end:
        last_inside += 1
    inside = range(first_inside, last_inside)
    tokens = article.tokens[first_inside:last_inside]
    forms = [article.text[token.start : token.end] for token in tokens]
    first = 0
    while first < len(tokens):
        if not tokens[first].proper or says_where(forms[:first]):
            first += 1
            continue
        last = first
        while last + 1 < len(tokens) and not _possessive(article, tokens[last].end):
            joined = _particle_end(article, inside[last + 1])
            if joined and article.tokens[joined - 1].end <= end:
                last += joined - inside[last + 1]  # "zu Guttenberg", "von der Leyen"
                continue
            following = tokens[last + 1]
            space = article.text[tokens[last].end : following.start]
            if not forms[last + 1][:1].isupper() or space != " ":
                break
            last += 1
        name_end = tokens[last].end - 2 * _possessive(article, tokens[last].end)
        name = article.text[tokens[first].start : name_end]
        if of_a_person_noun(article, tokens[first].start, start) and not organisation(
            article, name.removesuffix("s")
        ):
            first = last + 1  # "Ein Berater Trumps": the adviser speaks, not Trump
            continue
        if not modifies(article.text, name_end, end, article.language):
            begin, finish = _without_titles(article, (tokens[first].start, name_end))
            return _nominative(article, tokens[first : last + 1], begin, finish)
        first = last + 1  # "the NATO chief", "Kremlin spokesman Dmitry Peskov"
    return ""


def _nominative(article: Article, run: Sequence[Token], begin: int, finish: int) -> str:
    """The name from ``begin`` to ``finish``; if it ends in a common noun in the genitive, with
    that noun's lemma: "des Kiewer Präsidialamts" names "Kiewer Präsidialamt" (a proper noun
    keeps its "s"; one inside the name, "New Yorks Bürgermeister", is left as it is)."""
    text, last = article.text, run[-1]
    form = text[last.start : last.end]
    genitive = last.pos == "NOUN" and form in {last.lemma + "s", last.lemma + "es"}
    if genitive and last.end == finish:
        return text[begin : last.start] + last.lemma
    return text[begin:finish]


def _possessive(article: Article, end: int) -> bool:
    """Whether the English name that ends at offset ``end`` is in the possessive: "Germany's"."""
    return article.language == "en" and article.text[end - 2 : end] in {"'s", "’s"}


def _name_runs(article: Article) -> list[tuple[int, int]]:
    """Character spans of maximal runs of proper-noun tokens."""
    runs: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    index = 0
    while index < len(article.tokens):
        token = article.tokens[index]
        surname = (
            current is not None
            and token.tag in _SURNAME_TAGS
            and article.text[token.start].isupper()
        )
        if current is not None and not token.proper and (joined := _particle_end(article, index)):
            current = (current[0], article.tokens[joined - 1].end)  # "Ursula von der Leyen"
            index = joined
            continue
        if token.proper or surname:
            possessive = current is not None and _possessive(article, current[1])
            # "Der Norweger Stoltenberg": where he is from, then his name
            demonym = (
                current is not None
                and index >= 2
                and _demonym(article.text[article.tokens[index - 2].start : current[1]])
            )
            if (
                current
                and article.text[current[1] : token.start] == " "
                and not possessive
                and not demonym
            ):
                current = (current[0], token.end)
            else:
                if current:
                    runs.append(current)
                current = (token.start, token.end)
        elif current:
            runs.append(current)
            current = None
        index += 1
    if current:
        runs.append(current)
    return [_without_titles(article, run) for run in runs]


def _particle_end(article: Article, index: int) -> int:
    """One past the capitalised word that a name particle at ``index`` joins to the name
    before it, inside a name the entity layer found ("Thomas de Maizière", "Ursula von der
    Leyen", "Karl-Theodor zu Guttenberg"), or 0: elsewhere the particle is mostly a
    preposition ("Joe Stork von HRW", "Anelka zu Domenech", "Puerta de Alcalá")."""
    tokens, text = article.tokens, article.text
    form = text[tokens[index].start : tokens[index].end]
    if form not in NAME_PARTICLES or not _inside_a_name(article, index):
        return 0
    last = index + 1
    if (
        form == "von"
        and last < len(tokens)
        and text[tokens[last].start : tokens[last].end]
        in {
            "der",
            "den",
        }
    ):
        last += 1
    if last >= len(tokens) or not text[tokens[last].start].isupper():
        return 0
    spaced = all(text[tokens[i - 1].end : tokens[i].start] == " " for i in range(index, last + 1))
    return last + 1 if spaced else 0


def _inside_a_name(article: Article, index: int) -> bool:
    token = article.tokens[index]
    return any(
        m.start < token.start and token.end < m.end and m.label == "PER"
        for e in article.entities
        for m in e.mentions
        if m.kind == "name"
    )


def _without_titles(article: Article, run: tuple[int, int]) -> tuple[int, int]:
    """A run of capitalised words without the titles before the name: "Prime Minister Rishi
    Sunak" -> "Rishi Sunak", "Kanzlerin Karla Weiß" -> "Karla Weiß"."""
    begin, end = run
    while (space := article.text.find(" ", begin, end)) >= 0:
        word = article.text[begin:space]
        if article.language == "en":
            following = article.text[space + 1 : end].split(" ", 1)[0]
            title = word.lower().rstrip(".") in _ENGLISH_TITLES or (
                # "German Chancellor Olaf Scholz", "US President Joe Biden": a word that says
                # whose office it is, before the first title, is part of the title
                begin == run[0] and following.lower().rstrip(".") in _ENGLISH_TITLES
            )
        else:
            title = word in _TITLES or word.lower().endswith(OFFICES)
        if not title:
            break
        begin = space + 1
    return begin, end


_ENGLISH_TITLES = ENGLISH_ROLES | {"prime", "foreign", "defence", "defense", "vice", "deputy"}
_ENGLISH_TITLES |= {"mr", "mrs", "ms", "dr", "sir", "prof"}


def _bare_name(mention: str, runs: list[tuple[int, int]], text: str) -> str:
    """A mention of one capitalised word without an article ("sagte Weiß") that ends a name."""
    if " " in mention or not mention[:1].isupper():
        return ""
    return next((text[a:b] for a, b in runs if text[a:b].split()[-1] == mention), "")


def _fullest(name: str, runs: list[tuple[int, int]], text: str) -> str:
    """The fullest name in the article with ``name``'s surname: "Stoltenberg" -> "Jens
    Stoltenberg"; a first name must not differ ("Joseph Ratzinger" beside "Georg Ratzinger")."""
    words = name.split()
    candidates = [text[a:b] for a, b in runs if text[a:b].split()[-1] == words[-1]]
    if len(words) > 1:
        candidates = [c for c in candidates if c.split()[-2:-1] in ([], words[-2:-1])]
    candidates = [c for c in candidates if c.split()[0] not in _TITLES] or candidates
    return max(candidates, key=lambda c: len(c.split()), default=name)


def _name_before(article: Article, runs: list[tuple[int, int]], position: int) -> str:
    """The last multi-word name before a position that the entity layer does not call a place,
    an organisation or a thing ("New Mexico"): the likely referent of "er" or "der Minister"."""
    text = article.text
    others = [(m.start, m.end) for e in article.entities if e.label != "PER" for m in e.mentions]
    for a, b in reversed(runs):
        if b <= position and len(text[a:b].split()) >= 2:
            if any(start < b and a < end for start, end in others):
                continue
            return _fullest(text[a:b], runs, text)
    return ""
