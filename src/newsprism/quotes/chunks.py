"""Noun phrases for speaker mentions, from the text layer's POS tags.

A speaker mention is a noun phrase: "der Nato-Chef", "Bundesaußenminister Joschka Fischer",
"die „Süddeutsche Zeitung“", "der Chef des russischen Generalstabs, Valery Gerasimov", "er".
The chunker takes determiners, adjectives, nouns, names and numbers, genitive attachments
("des Generalstabs", "der Polizei"), "von" + noun phrase, names joined by "und", quoted names,
and an apposition between commas that is a name.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsprism.model import Token

HEADS = frozenset({"NOUN", "PROPN"})
_INSIDE = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "X"})
# "es" is left out: "es heißt", "es hieß" have no speaker
PRONOUNS = frozenset({"er", "sie", "wir", "ich", "man", "he", "she", "they", "we", "i"})
# determiners of a dative or accusative phrase: an object, not the subject ("sagte dem Sender")
OBJECT_DETERMINERS = frozenset(
    {"dem", "den", "einem", "einen", "ihrem", "ihren", "seinem", "seinen", "diesem", "diesen"}
)
_DEMONSTRATIVES = frozenset({"diese", "dieser", "dieses", "jene", "jener"})
INDEFINITE_ARTICLES = frozenset({"ein", "eine", "einer", "einen", "einem", "eines", "a", "an"})
DATIVE_CAPABLE = frozenset({"der", "dem", "den", "einer", "einem", "ihrer", "seiner"})
NAME_PARTICLES = frozenset({"von", "van", "de", "del", "da", "zu"})
# conjunctions of adverbial clauses, which the tagger may read as adverbs ("da sie befürchtete")
SUBORDINATORS = frozenset(
    {"da", "weil", "als", "nachdem", "obwohl", "während", "bevor", "wenn", "falls"}
)
MARKS = frozenset('„“”"»«')  # quotation marks, opening and closing
ONE_OF = frozenset({"einer", "eine", "eines", "keiner", "keine"})  # "Einer der Putschisten"
_LINKING = frozenset({"ADP", "CCONJ", "DET"})
# genitive determiners of quantity: "Vertreter aller Parteien", "Meinung vieler Experten"
QUANTIFIERS = frozenset({"vieler", "mehrerer", "einiger", "zahlreicher", "aller", "beider"})
_GENITIVE = (
    frozenset(
        {"des", "der", "eines", "einer", "dieses", "dieser", "seines", "ihres", "seiner", "ihrer"}
    )
    | QUANTIFIERS
)
FOCUS = frozenset({"auch", "selbst", "sogar", "nur", "zudem", "also", "even"})


_LOOKAHEAD = 3  # empty forms after the last token


class Words:
    """Token access by index for one article. ``forms`` and ``lower`` run a few empty strings
    past the last token, so that looking ahead from the end of a text ("…, sagte Durand,")
    reads nothing rather than failing."""

    def __init__(self, text: str, tokens: Sequence[Token], language: str = "de") -> None:
        self.text = text
        self.language = language
        self.tokens = tokens
        self.forms = [text[t.start : t.end] for t in tokens] + [""] * _LOOKAHEAD
        self.lower = [form.lower() for form in self.forms]

    def __len__(self) -> int:
        return len(self.tokens)

    def pos(self, index: int) -> str:
        return self.tokens[index].pos if 0 <= index < len(self.tokens) else ""


# the press in the dative plural, spoken to after a name without an article
_PRESS = ("journalisten", "reportern", "medienvertretern", "pressevertretern")


def overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two token ranges share a token."""
    return a[0] < b[1] and b[0] < a[1]


def noun_phrase(words: Words, start: int, stop: int) -> tuple[int, int] | None:
    """The noun phrase beginning at ``start`` (token range, end exclusive), within ``stop``."""
    if start >= stop:
        return None
    if words.lower[start] in PRONOUNS and words.pos(start) == "PRON":
        return (start, start + 1)
    if words.lower[start] in _DEMONSTRATIVES and (
        words.pos(start) == "PRON"
        or words.pos(start + 1) in {"VERB", "AUX", "PUNCT", "ADP", "ADV", "PART", "CCONJ"}
    ):
        # "Diese bestätigte", "sagte dieser, dass": the tagger may call it a determiner
        return (start, start + 1)
    index = start
    has_head = False
    if words.lower[start] in {"dessen", "deren"} and words.pos(start + 1) in {"NOUN", "ADJ"}:
        index += 1  # "dessen Stellvertreter": a possessive the tagger reads as a pronoun
    if name_particle(words, start):
        index += 1  # "Von der Leyen" at the start of a sentence
        if words.lower[index : index + 1] in (["der"], ["den"]) and words.pos(index + 1) == "PROPN":
            index += 1
    previous = ""
    while index < stop:
        form, pos = words.forms[index], words.pos(index)
        if words.tokens[index].tag == "TRUNC" and words.lower[index + 1 : index + 2] in (
            ["und"],
            ["oder"],
        ):
            index += 2  # "Das Bau- und Transportministerium"
            continue
        # a numeral the tagger leaves untagged after the head ends it too: "die
        # Staatsanwaltschaft München I"
        after_head = previous in HEADS or (has_head and previous == "X")
        if _surname_adjective(words, index, start):
            pos = "PROPN"
        if (
            previous == "DET"
            and pos == "VERB"
            and form.islower()
            and words.pos(index + 1) == "NOUN"
            and words.language == "de"
        ):
            pos = "ADJ"  # "den entlassenen Mitarbeitern": a participle the tagger reads as a verb
        if (
            words.language == "en"
            and words.tokens[index].tag == "VVG"
            and previous in {"DET", "ADJ", "PROPN"}
            and words.pos(index + 1) in {"NOUN", "ADJ"}
        ):
            # "a monitoring mission", "the ruling party"; after a name part of a compound:
            # "a U.N. monitoring mission"
            pos = "NOUN" if previous == "PROPN" else "ADJ"
        if (
            index == start + 1
            and after_head
            and words.forms[start].endswith("s")
            and pos in {"ADJ", "ADV"}
            and words.pos(_past_adjectives(words, index + 1, stop)) in HEADS
        ):
            # "Mannheims oberster Bürgermeister", "Berlins früherer Regierender Bürgermeister":
            # a genitive name
            pos, after_head = "ADJ", False
        if after_head and (pos == "ADJ" or (pos == "DET" and words.lower[index] not in _GENITIVE)):
            break  # "Moskau wiederholt …", "Moskau die Expansion …": the phrase has ended
        if previous == "PROPN" and pos == "DET" and words.forms[index + 1 : index + 2] == ["„"]:
            break  # "sagte Faeser der „Bild am Sonntag“": a name spoken to, no genitive
        if previous == "PROPN" and words.lower[index].endswith(_PRESS):
            break  # "sagte Karsai Journalisten": the press spoken to, without an article
        if (
            after_head
            and words.lower[index] == "der"
            and words.pos(index + 1) == "ADJ"
            and words.lower[index + 1].endswith("e")
        ):
            # "laut Sergei Voznyak der persönliche Sprecher … festgenommen": "der" before a
            # weak "-e" adjective is nominative (a genitive would be "der persönlichen"), so
            # it opens the next phrase
            break
        if after_head and pos == "NUM" and words.pos(index + 1) == "NOUN":
            break  # "nach anderen Angaben 110 Kilometer": a number that counts the next noun
        if pos in _INSIDE or (form in MARKS and quoted_name(words, index, stop)):
            if form in MARKS:
                index = quoted_name(words, index, stop)
                has_head = True
                previous = "PROPN"
                if words.pos(index) == "PROPN":
                    break  # "zitiert die „Computerwoche“ Lynch": a name after it is another phrase
                continue
            # "der 39-Jährige": a number-led noun
            has_head = (
                has_head or pos in HEADS or (pos == "NUM" and "-" in form and form[-1].isalpha())
            )
            previous = pos
            index += 1
            continue
        if previous == "DET" and pos == "ADP":  # also after a genitive: "aller im Bundestag …"
            attribute = _extended_attribute(words, index, stop)
            if attribute:  # "die in New York geborene Sängerin"
                index, previous = attribute, "ADP"
                continue
        if (
            not has_head
            and previous == "ADJ"
            and words.lower[index] in {"und", "oder"}
            and words.pos(index + 1) == "ADJ"
        ):
            index += 1  # "Die afghanischen und ausländischen Soldaten"
            previous = "CCONJ"
            continue
        if not has_head and pos == "ADV" and words.pos(index + 1) == "ADJ":
            index += 1  # "bisher unbestätigten Berichten", "sehr großen"
            previous = pos
            continue
        if not has_head and pos == "ADV" and previous == "DET" and words.pos(index + 1) == "NOUN":
            index += 1  # "Der behandelnde Arzt": a participle the tagger reads as an adverb
            previous = "ADJ"
            continue
        if (
            has_head
            and words.lower[index] in {"von", "vom"}
            and (words.pos(index + 1) in _INSIDE or quoted_name(words, index + 1, stop))
        ):  # "Ralf Meyer von der Polizei", "Johanna Moser vom „Queer Beograd Kollektiv“"
            index += 1
            previous = "ADP"
            continue
        if (
            previous == "PROPN"
            and words.lower[index] in NAME_PARTICLES
            and words.forms[index].islower()
            and _particle_joins(words, index)
        ):  # "Thomas de Maizière", "Karl-Theodor zu Guttenberg" ("von" is kept below)
            index += 1
            previous = "PART"
            continue
        if (
            has_head
            and words.lower[index] == "und"
            and words.pos(index + 1) == "PROPN"
            and words.pos(index - 1) == "PROPN"
        ):
            index += 1
            previous = "CCONJ"
            continue
        office = _office_end(words, index, stop) if has_head else 0
        if office:  # "der EU-Kommissar für Erweiterung und Nachbarschaftspolitik Štefan Füle"
            index, previous = office, "PROPN"
            continue
        if has_head and words.lower[index] in {"in", "aus"} and words.pos(index + 1) == "PROPN":
            place_end = index + 1
            while place_end < stop and words.pos(place_end) == "PROPN":
                place_end += 1
            if place_end < stop and words.forms[place_end] == ",":
                named = _apposition_end(words, place_end, stop)
                if named:  # "Der Korrespondent in Mexiko-Stadt, Will Grant,"
                    index = named
                    continue
        if has_head and form == "," and _apposition_end(words, index, stop):
            index = _apposition_end(words, index, stop)
            continue
        if has_head and form == "(" and _bracket_end(words, index, stop):
            index = _bracket_end(words, index, stop)  # "Kristina Schröder (CDU)"
            continue
        break
    if not has_head:
        return None
    while index > start and (
        (words.pos(index - 1) in {"DET", "ADJ"} and not _surname_adjective(words, index - 1, start))
        # "sprach der Präsident von der „…“": "von" led to no noun of its own
        or words.lower[index - 1] in {"von", "vom"}
    ):
        index -= 1  # a phrase ends with its noun
    return (start, index) if index > start else None


def _office_end(words: Words, index: int, stop: int) -> int:
    """After a noun, "für" and nouns without an article, as in the name of an office ("für
    Arbeit und Soziales", "für Erweiterung und europäische Nachbarschaftspolitik"), with the
    name of who holds it after them: the index after that name, else 0."""
    if words.lower[index] != "für" or words.pos(index - 1) != "NOUN":
        return 0
    position = index + 1
    nouns = 0
    while position < stop and (
        words.pos(position) in {"ADJ", "NOUN"} or (nouns and words.lower[position] == "und")
    ):
        nouns += words.pos(position) == "NOUN"
        position += 1
    if not nouns or position >= stop or words.pos(position) != "PROPN":
        return 0
    while position < stop and words.pos(position) == "PROPN":
        position += 1
    return position


def _past_adjectives(words: Words, index: int, stop: int) -> int:
    """The index after the adjectives that begin at ``index``."""
    while index < stop and words.pos(index) == "ADJ":
        index += 1
    return index


def _extended_attribute(words: Words, index: int, stop: int) -> int:
    """After an article, a prepositional phrase that ends in an adjective or participle before
    the noun ("der für die Region zuständige Koordinator", "die zur Stanford University
    gehörende Hoover Institution"): the index of that adjective, else 0."""
    for position in range(index + 2, min(stop - 1, index + 9)):
        if words.pos(position) in {"VERB", "AUX", "PUNCT", "SCONJ", "PRON"}:
            return 0
        if words.pos(position) == "ADJ" and words.pos(position + 1) in HEADS:
            return position
    return 0


def _particle_joins(words: Words, index: int) -> bool:
    """Whether the name particle at ``index`` joins a name to the proper noun after it ("de
    Maizière", "van Basten"). After a name "zu" is mostly a preposition ("sagte Anelka zu
    Domenech", "Steinbrück zu Beginn der Debatte"), so it joins only a capitalised word that a
    finite verb or a comma follows ("Karl-Theodor zu Guttenberg sagte", "…, Obmann …")."""
    if words.lower[index] != "zu":
        return words.pos(index + 1) == "PROPN"
    after = index + 2
    return (
        words.forms[index + 1][:1].isupper()
        and after < len(words)
        and (bool(words.tokens[after].mood) or words.forms[after] == ",")
    )


def name_particle(words: Words, index: int) -> bool:
    """A capitalised "Von", "Zu", "De" … that begins a name ("Von der Leyen", "Zu Guttenberg").
    "Zu" or "Da" before a lower-case word is a preposition or a conjunction ("Zu dem Skandal
    äußerte er sich nicht", "Da ihre Mandantin Angst hatte"); a phrase after "Von" is kept
    either way: it names the source ("Von Seiten der Regierung")."""
    if words.lower[index] not in NAME_PARTICLES or not words.forms[index][:1].isupper():
        return False
    if words.lower[index] not in {"zu", "da"}:
        return True
    return index + 1 < len(words) and words.forms[index + 1][:1].isupper()


def _surname_adjective(words: Words, index: int, start: int) -> bool:
    """A capitalised word the lexicon calls an adjective right after a name in the phrase that
    begins at ``start`` is a surname ("Peter Kurz", "Karla Weiß"); in English, where only names
    and titles are capitalised, also after a capitalised noun ("Secretary General Jens
    Stoltenberg"), but not after the headline ("Russian Foreign Minister" opening the text)."""
    if index <= start or words.pos(index) != "ADJ" or not words.forms[index][:1].isupper():
        return False
    before = words.pos(index - 1)
    return before == "PROPN" or (
        words.language == "en" and before == "NOUN" and words.forms[index - 1][:1].isupper()
    )


def agent(words: Words, phrase: tuple[int, int] | None) -> tuple[int, int] | None:
    """The phrase, unless its noun names a thought or a decision rather than someone who speaks
    ("die Entscheidung", "ihren Informationen")."""
    if phrase is None:
        return None
    nouns = [i for i in range(*phrase) if words.pos(i) in {"NOUN", "PROPN"}]
    if nouns and words.lower[nouns[0]] in _NOT_AGENTS:
        return None
    return phrase


_NOT_AGENTS = frozenset(
    {
        "entscheidung",
        "information",
        "informationen",
        "ereignis",
        "auffassung",
        "meinung",
        "ansicht",
        "forderung",
        "vorschlag",
        "überzeugung",
        "einschätzung",
        "erkenntnis",
    }
)


def place_end(words: Words, end: int, stop: int) -> int:
    """After a phrase ending at ``end``: the end of its place and bracketed short name ("die
    UN-Mission im Südsudan (UNMISS)"), or ``end`` when none follows."""
    if end + 1 < stop and words.lower[end] in {"in", "im", "aus"}:
        name = end + 1
        while name < stop and words.pos(name) in HEADS and words.forms[name][:1].isupper():
            name += 1
        if name > end + 1:
            end = name
    if end < stop and words.forms[end] == "(":
        end = _bracket_end(words, end, stop) or end
    return end


def attachments_end(words: Words, end: int, stop: int) -> int:
    """The end of the prepositional phrases that follow a noun phrase ending at ``end``
    ("für Kernphysik in Heidelberg"), within ``stop``."""
    while end < stop and words.pos(end) == "ADP" and words.forms[end][:1].islower():
        phrase = noun_phrase(words, end + 1, stop)
        if phrase is None:
            break
        end = phrase[1]
        if words.lower[end : end + 1] in (["und"], ["and"]) and words.pos(end + 1) == "PROPN":
            # "Officials in Kyiv and Warsaw said": two names after one preposition
            second = noun_phrase(words, end + 1, stop)
            end = second[1] if second is not None else end
    return end


RELATIVE_PRONOUNS = frozenset(
    {
        "der",
        "die",
        "das",
        "den",
        "dem",
        "denen",
        "dessen",
        "deren",
        "welcher",
        "welche",
        "welches",
        "who",
        "which",
    }
)


def without_final_point(words: Words, start: int, end: int) -> int:
    """The end of the sentence ending at ``end`` without its final points."""
    while end > start and words.forms[end - 1] in {".", "!", "?", "…"}:
        end -= 1
    return end


def opens_quote(words: Words, colon: int) -> bool:
    """Whether a colon opens a direct quotation: "…, so X weiter: „…“"."""
    return words.forms[colon] == ":" and words.forms[colon + 1] in MARKS


def quoted_name(words: Words, index: int, stop: int) -> int:
    """After a quoted name of at most four words („Berliner Zeitung“), the index past it; else 0.
    After an article any capitalised words name something, up to eight of them („die „Aktion
    Deutschland hilft“", "Die „Kampagne für ein Freies Tibet“")."""
    if words.forms[index] not in MARKS:
        return 0
    # not after "des": „Aufrufs zu Subversion“ in "schuldig des „Aufrufs zu Subversion“"
    after_article = words.pos(index - 1) == "DET" and words.lower[index - 1] not in {"des", "eines"}
    for end in range(index + 2, min(index + (10 if after_article else 6), stop)):
        if words.forms[end] in MARKS:
            inside = range(index + 1, end)
            # linking words between capitalised ones: „Reporter ohne Grenzen“
            linking = range(index + 2, end - 1) if words.forms[end - 1][:1].isupper() else ()
            if (
                after_article
                or all(
                    words.pos(i) in _INSIDE or (i in linking and words.pos(i) in _LINKING)
                    for i in inside
                )
            ) and (words.forms[index + 1][:1].isupper() or words.pos(index + 1) == "PROPN"):
                return _hyphen_compound_end(words, end + 1, stop)  # „tagesschau.de“: small
            return 0
    return 0


def quoted_compound_start(words: Words, noun: int, start: int) -> int | None:
    """Where the quoted name joined by a hyphen to the noun at ``noun`` opens (dem
    „Spiegel“-Bericht: the index of „), if there is one after ``start``."""
    hyphen = noun - 1
    if hyphen - 2 <= start or _hyphen_compound_end(words, hyphen, noun + 1) != noun + 1:
        return None
    closing = hyphen - 1
    if words.forms[closing] not in MARKS:
        return None
    opening = next(
        (i for i in range(closing - 1, max(start, closing - 6) - 1, -1) if words.forms[i] in MARKS),
        None,
    )
    return opening if opening is not None and quoted_name(words, opening, noun + 1) else None


def _hyphen_compound_end(words: Words, index: int, stop: int) -> int:
    """Past a noun joined by a hyphen to the quoted name that ends before ``index``: the
    „Bild“-Zeitung, der „Spiegel“-Bericht (written without spaces); else ``index``."""
    tokens = words.tokens
    joined = (
        index + 1 < stop
        and words.forms[index] == "-"
        and tokens[index - 1].end == tokens[index].start
        and tokens[index].end == tokens[index + 1].start
        and words.pos(index + 1) == "NOUN"
    )
    return index + 2 if joined else index


def _apposition_end(words: Words, comma: int, stop: int) -> int:
    """An apposition between commas: "der Chef des Generalstabs, Valery Gerasimov," or
    "General Anupong Paochinda, Oberbefehlshaber der thailändischen Armee,"."""
    index = comma + 1
    if words.forms[index][:1].isupper() and words.pos(index + 1) == "PROPN":
        index += 1  # a first name the tagger reads as another word ("Will Grant")
    while index < stop and words.pos(index) == "PROPN":
        index += 1
    if index - comma >= 2 and words.forms[index] == "(" and _bracket_end(words, index, stop):
        index = _bracket_end(words, index, stop)  # "…, Sebastian Edathy (SPD),"
    if index - comma >= 2 and (index >= stop or words.forms[index] == ","):
        return index
    if words.pos(_before_bracket(words, comma)) == "PROPN" and words.pos(comma + 1) in {
        "NOUN",
        "DET",
    }:
        end = comma + 1
        while end < stop and words.pos(end) in _INSIDE:
            end += 1
        if end < stop and words.forms[end] == "," and end - comma <= 10:
            return end
    return apposition_to_end(words, comma, stop)


# what a description after a name may hold when it runs to the end: "Kopf einer Gruppe von
# Inspektoren", "kanadischer General und Kommandeur des Einsatzes", "Sprecher der „EVAC“"
_DESCRIBING = _INSIDE | {"ADP", "CCONJ", "ADV"}


def apposition_to_end(words: Words, comma: int, stop: int, adverbial: bool = False) -> int:
    """Where the description after a person's name ends when it fills the rest: ``stop`` ("…,
    sagte Mark O'Keefe, der Sprecher der so genannten „EVAC-Ambulanz“."), or the comma of a
    relative clause that does ("…, sagte Hugo Salcedo, Kopf einer Gruppe von Inspektoren, die
    …"), or with ``adverbial`` (in a frame that runs to the end of its sentence) the comma of an
    adverbial that does ("…, sagte Andreas Beck, Spieler von Hoffenheim, gegenüber einem
    ARD-Reporter."); else 0. A surname the tagger reads as a noun counts after a first name ("Honoré
    Durand")."""
    last = _before_bracket(words, comma)  # "Jan Roth (CDU), der Leiter …"
    surname = words.pos(last) == "PROPN" or (
        words.pos(last) == "NOUN" and words.pos(last - 1) == "PROPN"
    )
    if not surname or words.pos(comma + 1) not in {"NOUN", "DET", "ADJ"}:
        return 0
    name = last
    while name > 0 and words.pos(name - 1) == "PROPN":
        name -= 1
    if words.forms[name - 1] == ",":
        return 0  # "der Chef des Verbands, Peter Hahn, die Politik …": an object follows
    for index in range(comma + 1, min(stop, comma + 17)):
        if words.forms[index] in MARKS or words.forms[index] in {"(", ")"}:
            continue
        if words.forms[index] == "," and words.lower[index + 1] in RELATIVE_PRONOUNS:
            return index if index - comma >= 2 else 0
        if adverbial and words.forms[index] == "," and _adverbial_to_end(words, index + 1, stop):
            return index if index - comma >= 2 else 0
        if words.pos(index) not in _DESCRIBING:
            return 0
    if not any(words.pos(i) in HEADS for i in range(comma + 1, stop)):
        return 0  # "Die Lage sei, sagte Banke, ernst.": the rest of the quotation
    return stop if 2 <= stop - comma <= 16 else 0


def _adverbial_to_end(words: Words, start: int, stop: int) -> bool:
    """Whether ``start`` to ``stop`` is an adverbial ("gegenüber dem Sender", "nach dem Spiel
    in Sinsheim", "nachdem das Spiel vorbei war"): what may follow a speaker's description in
    a frame after the quotation. A phrase has no verb; a clause opens with a conjunction."""
    if start >= stop or any(words.forms[i] in MARKS for i in range(start, stop)):
        return False
    if words.lower[start] in SUBORDINATORS:
        return True
    return words.pos(start) in {"ADP", "ADV"} and all(
        words.pos(i) not in {"VERB", "AUX"} for i in range(start, stop)
    )


def _before_bracket(words: Words, comma: int) -> int:
    """The last word before ``comma``, passing over a short bracketed addition to a name
    ("Jan Roth (CDU),")."""
    if words.forms[comma - 1] == ")":
        for bracket in range(comma - 2, max(comma - 6, 0), -1):
            if words.forms[bracket] == "(":
                return bracket - 1
    return comma - 1


def _bracket_end(words: Words, bracket: int, stop: int) -> int:
    """After a short bracketed addition to a name, "(CDU)", "(UNMISS)": the index past it."""
    for end in range(bracket + 2, min(bracket + 5, stop)):
        if words.forms[end] == ")":
            return end + 1
    return 0
