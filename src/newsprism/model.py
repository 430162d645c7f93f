"""The article record: plain frozen dataclasses, nothing live inside.

Every annotation carries ``start``/``end``: Python string indices into ``Article.text``, end
exclusive. ``text`` is fixed once ingest has normalised it, so offsets never move. Records pickle
and travel to worker processes or Dask workers as they are.

``Article.text`` holds the headline (when there is one) as its first paragraph, followed by the
body. The headline is part of the text so that what it says (a quote, a framing term) has offsets
like everything else; ``Paragraph.kind`` tells headline, subheadings and body apart, and
``Article.title`` repeats the headline as plain metadata.

The JSON form is produced by :mod:`newsprism.serialize` and described by
``schema/article.schema.json``.
"""

from __future__ import annotations

from dataclasses import dataclass

SCHEMA = "newsprism/1"


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    kind: str = "body"  # title (the headline) | heading (a subheading) | body


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    token_start: int  # index of its first token in Article.tokens
    token_end: int  # one past its last token


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    lemma: str = ""
    pos: str = ""  # coarse Universal POS: NOUN, PROPN, VERB, AUX, ADJ, ... PUNCT
    tag: str = ""  # the tagger's fine tag (STTS for German, Penn-like for English)
    mood: str = ""  # finite verbs only: ind | subj1 (Konjunktiv I) | subj2 (Konjunktiv II) | imp
    proper: bool = False  # proper-noun candidate: a name rather than a common noun


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """A line that ingest kept out of the text, with the rule that removed it."""

    text: str
    rule: str


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    kind: str = "name"  # name | description | pronoun
    label: str = ""  # PER | ORG | LOC | MISC


@dataclass(frozen=True, slots=True)
class Entity:
    """One referent inside an article and all its mentions."""

    id: str  # article-local id, e.g. "e1"
    label: str  # PER | ORG | LOC | MISC
    name: str  # canonical name: the fullest name mention
    mentions: tuple[Mention, ...] = ()
    corpus_id: str = ""  # filled when the store links it to a corpus-wide entity


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation with its roles. Each role may consist of several discontinuous spans."""

    type: str  # direct | indirect | indirect_free_indirect | reported | free_indirect
    quote: tuple[Span, ...]
    medium: str = "speech"  # speech | thought | writing, or a combination joined by "+"
    cue: tuple[Span, ...] = ()
    cue_lemma: str = ""
    speaker: tuple[Span, ...] = ()
    addressee: tuple[Span, ...] = ()
    frame: tuple[Span, ...] = ()
    speaker_entity: str = ""  # Entity.id the speaker mention resolves to
    speaker_name: str = ""  # that entity's canonical name
    nested_in: int = -1  # index of the enclosing quote in Article.quotes, -1 if none


@dataclass(frozen=True, slots=True)
class NumberMention:
    start: int
    end: int
    kind: str  # quantity | date | percent | money | ordinal
    value: str  # normalised: "300000", "2024-03-17", "2022-02"
    unit: str = ""
    # the phrase the quantity counts ("Soldaten") and what its clause claims ("getötet")
    counted: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Signal:
    """A framing flag with the evidence a person can check."""

    kind: str  # wording | narrative | technique | translation_artefact
    start: int
    end: int
    entry: str  # lexicon entry or narrative id
    reason: str
    voice: str = "authorial"  # authorial | quoted
    speaker: str = ""  # when quoted: whose words
    score: float = 1.0


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What story grouping needs of an article, computed per article in the pipeline's map step
    so that the grouping over the whole collection reads nothing else."""

    minhash: tuple[int, ...] = ()  # MinHash of the five-word shingles: copy detection
    terms: tuple[str, ...] = ()  # content lemmas by frequency, "lemma:count"; names "@lemma:2"
    vector: tuple[int, ...] = ()  # sentence vector of headline and lead, largest component ±127


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str
    title: str = ""
    source: str = ""  # outlet name or domain, when known
    url: str = ""
    published: str = ""  # ISO date, partial allowed: 2023, 2023-12, 2023-12-14
    author: str = ""
    language: str = ""  # ISO 639-1, "" until the language stage ran
    language_score: float = 0.0
    origin: str = ""  # where it was read from: "path" or "path:record"
    content_hash: str = ""  # sha256 of title and text, the store's idempotency key
    paragraphs: tuple[Paragraph, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    tokens: tuple[Token, ...] = ()
    boilerplate: tuple[Boilerplate, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    numbers: tuple[NumberMention, ...] = ()
    signals: tuple[Signal, ...] = ()
    translation_score: float = 0.0  # 0..1, how likely the text is machine-translated
    fingerprint: Fingerprint = Fingerprint()
    schema: str = SCHEMA

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]

    def token_text(self, token: Token) -> str:
        return self.text[token.start : token.end]

    def sentence_tokens(self, sentence: Sentence) -> tuple[Token, ...]:
        return self.tokens[sentence.token_start : sentence.token_end]

    @property
    def body_start(self) -> int:
        """Offset where the body begins, after the headline paragraph if there is one."""
        for paragraph in self.paragraphs:
            if paragraph.kind != "title":
                return paragraph.start
        return len(self.text) if self.paragraphs else 0
