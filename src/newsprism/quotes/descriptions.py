"""What a speaker mention without a name can stand for: a person ("er", "der Student", "die
Ministerin"), one of several people ("Mehrere Frauen", "laut den Organisatoren"), a company that
spoke before ("der Luftfahrtkonzern"), or nothing named before (an institution, a document, a
thing: "das Auswärtige Amt", "der Gesetzentwurf"); and whether a man or a woman is meant, so that
"der Student" is not the judge Ute Bader who spoke last. German descriptions are read by their
head noun's ending; English ones only by their pronoun. Used by
:mod:`newsprism.quotes.speakers`.
"""

from __future__ import annotations

from bisect import bisect_left

from newsprism.entities.resolve import OFFICES
from newsprism.model import Article, Span, Token
from newsprism.quotes.chunks import INDEFINITE_ARTICLES


def organisation(article: Article, name: str) -> bool:
    """Whether the entity layer calls a name (a speaker's), or a name it begins, an
    organisation or a place and never a person."""
    labels = {
        e.label
        for e in article.entities
        for m in e.mentions
        if m.kind == "name" and _starts_with(article.text[m.start : m.end], name)
    }
    return bool(labels) and "PER" not in labels


def _starts_with(mention: str, name: str) -> bool:
    """Whether a mention is a name or begins with it ("Movement for Democratic Change" with
    "Movement", the part a run of capitalised words took)."""
    return mention == name or mention.startswith(name + " ")


def same_sex(one: str, other: str) -> bool:
    return not one or not other or one == other


def sex_of_mention(mention: str, language: str) -> str:
    """ "f" or "m" where a pronoun or description says which ("sie", "die Ministerin", "der
    Student"), else "" ("sie" may also be several people, who are not the man named before)."""
    words = mention.lower().split()
    if len(words) == 1:
        return _PRONOUN_SEX.get(words[0], "")
    if language != "de":
        return ""  # "the minister" may be a man or a woman
    if words[-1].endswith("in") or (words[0] == "die" and _one_woman(words[-1])):
        return "f"
    if words[0] in {"der", "dem", "den"} and not (words[0] == "der" and words[-1].endswith("en")):
        return "m"  # not "der Vorsitzenden", a woman's dative
    return ""


def sex_of(article: Article, name: str) -> str:
    """ "f" or "m" where a word right before one of the named person's mentions says which
    ("Amtsrichterin Ute Bader", "Frau Bader", "Außenminister Steinmeier"), or a description
    of them ("die 39-Jährige"), else "" (also where they disagree)."""
    surname = name.split()[-1]
    found = set()
    for entity in article.entities:
        if entity.label != "PER" or entity.name.split()[-1] != surname:
            continue
        for mention in entity.mentions:
            if mention.kind == "description":  # "die 39-Jährige Gülsen Celebi"
                description = article.text[mention.start : mention.end]
                found.add(sex_of_mention(description, article.language))
                continue
            index = bisect_left(article.tokens, mention.start, key=lambda token: token.start)
            if mention.kind != "name" or index == 0:
                continue
            before = article.tokens[index - 1]
            word = article.text[before.start : before.end]
            if word in _TITLE_SEX:
                found.add(_TITLE_SEX[word])
            elif (
                article.language == "de"
                and before.pos in _NOUNS
                and article.text[before.end : mention.start] == " "
                and person_noun(before.lemma)
                and not _named(article, before)
            ):
                if word.endswith("in"):
                    found.add("f")
                elif word.lower().removesuffix("en").endswith(_MASCULINE_TITLES):
                    # "Politiker", "Journalisten"; not "Abgeordneten", "Vorsitzende": either
                    found.add("m")
    found.discard("")
    return found.pop() if len(found) == 1 else ""


def _named(article: Article, token: Token) -> bool:
    """Whether a token is part of a name the entity layer found ("Berlin" is no title)."""
    return any(
        m.start <= token.start and token.end <= m.end
        for e in article.entities
        for m in e.mentions
        if m.kind == "name"
    )


_MASCULINE_TITLES = ("er", "or", "ent", "ant", "ist", "eur", "chef", "mann", "papst", "könig")
_PRONOUN_SEX = {"er": "m", "he": "m", "sie": "f", "she": "f"}
_TITLE_SEX = {"Frau": "f", "Herr": "m", "Mrs": "f", "Mrs.": "f", "Ms": "f", "Ms.": "f", "Mr": "m"}
_TITLE_SEX["Mr."] = "m"


def tokens_in(article: Article, starts: list[int], span: Span) -> tuple[Token, ...]:
    """The tokens inside a span; ``starts`` holds each token's start, in order."""
    return article.tokens[bisect_left(starts, span.start) : bisect_left(starts, span.end)]


def refers_to_a_person(article: Article, starts: list[int], span: Span) -> bool:
    """Whether a pronoun or description can stand for a person named before ("er", "der
    Nato-Chef", "der Norweger", "seiner Meinung nach"), unlike an institution ("das
    Außenministerium", "die Polizei"), a source ("Angaben der Polizei"), a group ("die
    Bewohner", "Gegner des Gesetzes") or an impersonal pronoun ("man", "es")."""
    words = article.text[span.start : span.end].split()
    if len(words) == 1 and (words[0].lower() in PERSONAL or words[0].lower() in IMPERSONAL):
        return words[0].lower() in PERSONAL
    if words[0].lower() in INDEFINITE_ARTICLES:
        return False  # "Ein Sprecher des Ministeriums": someone new, not the last speaker
    if words[0].lower().startswith(_POSSESSIVES):
        return True  # "seiner Aussage nach": the speaker's own words
    if words[0].lower() in _SEVERAL or words[0].lower() in {"dessen", "deren", "denen"}:
        # "Mehrere Frauen", "Manche Analysten"; "dessen Stellvertreter" is someone else, and
        # "Gerüchte, nach denen …" no one
        return False
    tokens = tokens_in(article, starts, span)
    if tokens and tokens[0].pos in {"NOUN", "NUM", "ADP", "ADJ"}:
        # "Angaben der Polizei", "Gegner des Gesetzes", "Aus Regierungskreisen", and without
        # an article a plural: "Politische Berater", "Internationale Wahlbeobachter"
        return False
    token = _head_noun(tokens)
    if (
        article.language == "de"
        and token is not None
        and token.pos in _NOUNS
        and not person_noun(token.lemma)
    ):
        return False  # "der Gesetzentwurf", "dem Vernehmen", "das Parlament"
    head = article.text[token.start : token.end].lower() if token else words[-1].lower()
    if words[0].lower() == "den" and head.endswith("n"):
        return False  # "laut den Organisatoren der Konferenz": several people
    if words[0].lower() == "die" and not _one_woman(head):
        return False  # "die Bewohner": a group; "die Ministerin" is one person
    if token is not None and token.tag == "NN2":
        return False  # "the residents": an English plural
    singular = head[:-2] if head.endswith("en") else head[:-1] if head[-1:] in "ns" else head
    return not (head.endswith(_INSTITUTIONS) or singular.endswith(_INSTITUTIONS))


def company(article: Article, starts: list[int], span: Span) -> bool:
    """Whether a mention describes a company or broadcaster ("der Konzern", "der britische
    Fernsehsender", "the company"; not "die Fernsehsender", several), which may stand for the
    organisation that spoke last."""
    words = article.text[span.start : span.end].lower().split()
    head = _head_noun(tokens_in(article, starts, span))
    if head is None:
        return False
    lemma = head.lemma.lower()
    if article.language == "en":
        return words[0] == "the" and head.tag != "NN2" and lemma.endswith(_ENGLISH_COMPANIES)
    if words[0] not in {"der", "das", "die"} or not lemma.endswith(_COMPANIES):
        return False
    return words[0] != "die" or lemma.endswith(("firma", "airline"))


_COMPANIES = ("konzern", "sender", "unternehmen", "firma", "hersteller", "verlag", "airline")
_ENGLISH_COMPANIES = (
    *("company", "firm", "group", "carrier", "airline", "broadcaster", "network", "maker"),
    *("manufacturer", "retailer", "lender", "insurer", "giant", "bank", "operator"),
)


def person_noun(lemma: str) -> bool:
    """Whether a German noun names a person: by its ending ("Sprecher", "Student", "Polizist",
    "Kanzlerin", "Vorsitzende", "Angeklagte"), as an office or as one of the few other person
    nouns ("Papst", "Zeuge", "Russe"); not a thing, a document or a place ("Gesetzentwurf",
    "Studie", "Rede", "Land", "Hafen")."""
    lower = lemma.lower()
    if lower.endswith(_THINGS):
        return False
    return lower.endswith((*_PERSON_ENDINGS, *OFFICES, *_PERSON_WORDS))


# endings of nouns for people: agent nouns, "-in", adjectives used as nouns ("der
# Vorsitzende", "der Angeklagte", "der 81-Jährige"), and learned ones ("der Demokrat", "der
# Politologe", "der Ökonom", "der Astronaut", "der Funktionär")
_PERSON_ENDINGS = (
    *("er", "or", "ent", "ant", "ist", "eur", "in", "ling", "nde", "te", "ige"),
    *("krat", "loge", "agoge", "nom", "graf", "graph", "naut", "är"),
)
_PERSON_WORDS = (
    "chef",
    "papst",
    "mann",
    "frau",
    "könig",
    "prinz",
    "arzt",
    "star",
    "kind",
    "mensch",
    "kandidat",
    "diplomat",
    "soldat",
    "pilot",
    "zeuge",
    "kollege",
    "kunde",
    "russe",
    "franzose",
    "sachse",
    "schwabe",
    "türke",
    "grieche",
    "pole",
    "däne",
    "schwede",
    "chinese",
    "ire",
    "jude",
    "general",
    "admiral",
    "oberst",
    "major",
    "marschall",
    "kapitän",
    "bischof",
    "kardinal",
    "scheich",
    "imam",
    "rabbi",
    "monarch",
    "oligarch",
    "patriarch",
    "fürst",
    "herzog",
    "magnat",
    "advokat",
    "notar",
    "patriot",
    "mitglied",
    "oberhaupt",
    "boss",
    "coach",
)
# nouns for things with a person's ending: "Studie" is no "-ie" person, "Quelle" no "-le"
_THINGS = (
    "computer",
    "sender",
    "papier",
    "kette",
    "liste",
    "karte",
    "seite",
    "quote",
    "debatte",
    "stunde",
    "runde",
    "wende",
    "magazin",
    "termin",
    "militär",
)


def _head_noun(tokens: tuple[Token, ...]) -> Token | None:
    """The head of a description: the last noun of its first run of nouns ("der Sprecher des
    Ministeriums": Sprecher, a person; "die Schätzungen des Ministeriums": Schätzungen; "das
    Auswärtige Amt", "the defence ministry": Amt, ministry), else its last word."""
    first = next((i for i, t in enumerate(tokens) if t.pos in _NOUNS), None)
    if first is None:
        return tokens[-1] if tokens else None
    last = first
    while last + 1 < len(tokens) and tokens[last + 1].pos in _NOUNS:
        last += 1
    return tokens[last]


_NOUNS = frozenset({"NOUN", "PROPN"})
PERSONAL = frozenset({"er", "sie", "ihm", "ihr", "he", "she", "him", "her"})  # "Ihr zufolge"
_POSSESSIVES = ("sein", "his")  # "ihr" may be theirs; "nach eigenen Angaben" is the subject's
_SEVERAL = frozenset({"mehrere", "manche", "einige", "viele", "alle", "zahlreiche", "beide"})


def singular_person(mention: str) -> bool:
    """Whether a mention can stand for the subject of an earlier sentence: a personal pronoun,
    or a description of one man or woman ("der Kanzler", "die Ministerin"), not a demonstrative
    ("dieser" means the one named last) or a group ("die Bewohner")."""
    words = mention.lower().split()
    if len(words) == 1:
        return words[0] in PERSONAL
    return words[0] == "der" or (words[0] == "die" and _one_woman(words[-1]))


def _one_woman(noun: str) -> bool:
    """Whether a noun after "die" names one woman: "die Ministerin", "die 30-Jährige", "die
    Vorsitzende" (not "die Bewohner", "die Jährigen")."""
    return noun.lower().endswith(("in", "jährige", "vorsitzende", "abgeordnete", "beauftragte"))


# speaker mentions that stand for no one: "man", "es", and adverbs like "demnach"
IMPERSONAL = frozenset({"man", "es", "demnach", "darin", "dazu", "ihnen", "one", "it"})
# endings of nouns that name institutions, documents or groups rather than people
_INSTITUTIONS = (
    "ium",
    "ung",
    "ei",
    "amt",
    "behörde",
    "gericht",
    "haus",
    "partei",
    "kommission",
    "agentur",
    "zeitung",
    "regierung",
    "ministerium",
    "rat",
    "bund",
    "verband",
    "gewerkschaft",
    "institut",
    "es",
    "bericht",
    "ion",
    "aussage",
    "auskunft",
    "medien",
    "kreise",
    # English
    "ministry",
    "office",
    "agency",
    "government",
    "police",
    "army",
    "military",
    "court",
    "department",
    "council",
    "committee",
    "service",
    "statement",
    "report",
    *_ENGLISH_COMPANIES,
    "newspaper",
    "organisation",
    "organization",
    "party",
    "union",
    "club",
    "team",
    "angaben",
    "informationen",
    "quellen",
)
