"""Marked quotations no frame attributed: nested in a quotation, carried on from the speaker
before, framed by the verb whose object they are, or left alone as scare quotes; and the
record of a quotation found (:class:`Found`) that detection builds up.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsprism.model import Article
from newsprism.quotes.chunks import INDEFINITE_ARTICLES, RELATIVE_PRONOUNS, Words
from newsprism.quotes.clauses import FINITE_TAGS, Frame, has_finite
from newsprism.quotes.cues import cues
from newsprism.quotes.sentence_frames import object_frame
from newsprism.quotes.speaker_context import (
    mention_in,
    opinion_holder,
    personal,
    pronoun,
    sentence_subject,
    someone,
    topic_before,
)
from newsprism.quotes.titles import is_name, titled
from newsprism.quotes.verb_subjects import subject_after

_SCARE_QUOTE_TOKENS = 3


@dataclass
class Found:
    type: str
    quote: list[tuple[int, int]]  # token ranges
    frame: Frame | None = None
    speaker: tuple[int, int] | None = None
    medium: str = "speech"
    nested_in: int = -1
    frame_ranges: list[tuple[int, int]] = field(default_factory=list)
    addressee: tuple[int, int] | None = None
    lemma: str = ""  # the cue's lemma when no frame has it: a summarised speech act's verb


def framed(kind: str, ranges: list[tuple[int, int]], frame: Frame) -> Found:
    """A quotation attributed by a frame, with the frame's speaker, medium and addressee."""
    return Found(
        kind,
        ranges,
        frame,
        frame.speaker,
        frame.medium,
        frame_ranges=[(frame.start, frame.end)],
        addressee=frame.addressee,
    )


def attach_unframed_direct(
    found: list[Found],
    direct: list[tuple[int, int]],
    used: set[int],
    words: Words,
    article: Article,
    covered: set[int],
) -> None:
    """Marked quotations without a frame of their own: nested, carried, or left as scare quotes."""
    sentence_of = {}
    for number, sentence in enumerate(article.sentences):
        for index in range(sentence.token_start, sentence.token_end):
            sentence_of[index] = number
    for index, (a, b) in enumerate(direct):
        if index in used or titled(words, a) or _in_compound(words, a, b):
            continue
        if any(
            role and role[0] <= a < role[1]
            for item in found
            for role in (item.speaker, item.addressee)
        ):
            continue  # "Wie „heise online“ berichtet,", "sagte er dem „Spiegel“": a name
        container = _innermost_container(found, a, b)
        sentence = article.sentences[sentence_of.get(a, 0)]
        if (
            is_name(words, a, b)
            and (container is None or _names_something(words, a, b))
            and not _called(words, sentence.token_start, sentence.token_end, a, b)
        ):
            continue
        if container is not None and container.frame is not None:
            # "Nach Angaben von Tass bezeichnete Peskow die Ankündigung als „Provokation“": the
            # verb inside what the source reports has a speaker of its own
            own = object_frame(words, sentence.token_start, sentence.token_end, a, b)
            if (
                own is not None
                and own.speaker is not None
                # not "die Gefährdung, die von dem „verhaltensauffälligen Bären“ ausgehe"
                and words.lower[own.speaker[0]] not in RELATIVE_PRONOUNS
                and any(s <= own.cue[0] < e for s, e in container.quote)
            ):
                found.append(framed("direct", [(a, b)], own))
                continue
        if container is not None:
            speaker = container.speaker
            if container.frame is None and speaker is not None:  # carried: its name here
                sentence = article.sentences[sentence_of.get(a, 0)]
                outside = [(sentence.token_start, a), (b, sentence.token_end)]
                speaker = mention_in(words, outside, speaker) or speaker
            found.append(
                Found(
                    "direct",
                    [(a, b)],
                    container.frame,
                    speaker,
                    container.medium,
                    frame_ranges=list(container.frame_ranges),
                    addressee=container.addressee,  # "sagte vor der Presse, X „…“": theirs too
                    lemma=container.lemma,
                )
            )
            continue
        sentence = article.sentences[sentence_of.get(a, 0)]
        frame = object_frame(words, sentence.token_start, sentence.token_end, a, b)
        if frame is not None:
            found.append(framed("direct", [(a, b)], frame))
            continue
        fills_sentence = a <= sentence.token_start + 1
        if not fills_sentence and b - a - 2 < _SCARE_QUOTE_TOKENS:
            continue
        # „Niemals.“ after a quotation: a sentence of its own, its final mark inside the marks
        utterance = b >= sentence.token_end - 1 and words.forms[b - 2] in {".", "!", "?"}
        if (
            fills_sentence
            and b - a - 2 < _SCARE_QUOTE_TOKENS
            and not has_finite(words, a, b)
            and not utterance
        ):
            # a few marked words without a verb opening the sentence are its subject or a
            # label: „Langzeitarbeitslose“ dürfen mehr verdienen; „Straftäter“: DNA-Tests …
            continue
        worded = _with_these_words(words, b, len(words.tokens))
        if worded is not None:  # "„…“ – mit diesen Worten reagierte Selenskyj auf …"
            found.append(Found("direct", [(a, b)], None, worded, "speech"))
            continue
        # the nearest quotation before it in the text (``found`` is not in text order: the
        # marked quotations this loop frames come after the sentence loop's)
        previous = max(
            (
                item
                for item in found
                if item.quote[0][0] < a
                and item.speaker is not None
                and personal(words, item.speaker)
            ),
            key=lambda item: item.quote[0][0],
            default=None,
        )
        speaker = previous.speaker if previous else None
        medium = previous.medium if previous else "speech"
        if fills_sentence:
            speaker = (
                topic_before(
                    article,
                    words,
                    sentence_of.get(a, 0),
                    [part for item in found for part in item.quote],
                )
                or speaker
            )
        elif speaker is not None:
            outside = [(sentence.token_start, a), (b, sentence.token_end)]
            named = mention_in(words, outside, speaker)
            subject = someone(article, words, sentence_subject(words, sentence.token_start, a))
            speaker = named or (subject if subject and not pronoun(words, subject) else speaker)
        holder = opinion_holder(article, words, sentence.token_start, a)
        found.append(Found("direct", [(a, b)], None, holder or speaker, medium))


def _with_these_words(words: Words, after: int, stop: int) -> tuple[int, int] | None:
    """The speaker that "mit diesen Worten" points back at right after a quotation ending at
    ``after``: "„…“ – mit diesen Worten reagierte Selenskyj auf die Drohungen", also as the
    next sentence ("„…“ Mit diesen Worten …")."""
    if after < stop and words.forms[after] in {"–", "—", "-", ","}:
        after += 1
    if words.lower[after : after + 3] != ["mit", "diesen", "worten"]:
        return None
    verb = after + 3
    if verb >= stop or words.tokens[verb].tag not in FINITE_TAGS:
        return None
    end = next((i for i in range(verb, stop) if words.forms[i] in {".", "!", "?"}), stop)
    return subject_after(words, verb, end)


def _in_compound(words: Words, a: int, b: int) -> bool:
    """Whether the marked words [a, b) are part of a compound by a hyphen that touches them: a
    name, not a quotation ("im ARD-„Morgenmagazin“", "der „Bild“-Zeitung")."""
    tokens = words.tokens

    def joined(left: int, right: int) -> bool:
        return left >= 0 and right < len(tokens) and tokens[left].end == tokens[right].start

    before = a - 1 >= 1 and words.forms[a - 1] == "-" and joined(a - 2, a - 1) and joined(a - 1, a)
    after = b < len(tokens) and words.forms[b] == "-" and joined(b - 1, b) and joined(b, b + 1)
    return before or after


def _called(words: Words, start: int, end: int, a: int, b: int) -> bool:
    """Whether one marked word that looks like a name is what someone called something: after
    an indefinite article, as the object of a verb of naming ("sprach von einer
    „Heizungs-Stasi“", "nannte ihn einen „Meilenstein“")."""
    if b - a != 3 or words.lower[a - 1] not in INDEFINITE_ARTICLES:
        return False
    frame = object_frame(words, start, end, a, b)
    entries = cues(words.language).get(frame.lemma, ()) if frame is not None else ()
    return any("als" in entry.frames for entry in entries)


def _innermost_container(found: list[Found], a: int, b: int) -> Found | None:
    """The innermost attributed quotation around the marked words [a, b): the one whose span
    around them starts last."""
    around = [
        (max(s for s, e in item.quote if s <= a and b <= e + 1), number)
        for number, item in enumerate(found)
        if item.type != "direct" and any(s <= a and b <= e + 1 for s, e in item.quote)
    ]
    return found[max(around)[1]] if around else None


def _names_something(words: Words, start: int, end: int) -> bool:
    """Whether a marked stretch that looks like a name has a proper noun in it („Washington
    Post“), rather than common nouns only („Opfer des Terrorismus“, words someone used)."""
    return any(words.tokens[i].pos in {"PROPN", "X"} for i in range(start, end))
