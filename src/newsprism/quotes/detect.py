"""Finding the quotations of an article: rules over marks, frames and verb mood.

1. Quotation marks give direct quotes (:mod:`newsprism.quotes.marks`).
2. Each sentence's frames (:mod:`newsprism.quotes.frames`) attribute the part of the sentence
   they point to. That part is a direct quote when quotation marks enclose it, and an
   indirect quote otherwise. Marked stretches inside an indirect quote are nested direct
   quotes with the same attribution.
3. Konjunktiv-I sentences without a frame continue the last report: free indirect speech
   (``indirect_free_indirect``), consecutive sentences as one quotation.
4. Sentences built on "soll" ("Er soll … gesagt haben") report hearsay: ``free_indirect``.
5. A marked quotation without a frame takes the last speaker when it fills its sentence, and is
   left alone as a likely scare quote when it is short (:mod:`newsprism.quotes.unframed`).
"""

from __future__ import annotations

from collections.abc import Callable

from newsprism.model import Article, Quote
from newsprism.quotes.chunks import Words
from newsprism.quotes.clauses import STATEMENT_FINITE_TAGS, Frame, has_finite
from newsprism.quotes.cues import cues, spelled
from newsprism.quotes.direct_spans import (
    direct_ranges,
    enclosing_direct,
    joined_direct,
    split_direct,
)
from newsprism.quotes.frames import find_frames
from newsprism.quotes.learned import Context, features, load_model
from newsprism.quotes.records import mark_nesting, to_quote
from newsprism.quotes.regions import frame_region, is_source, konjunktiv_part, reports, trim
from newsprism.quotes.sentence_frames import (
    anaphoric_frame,
    backward_frame,
    colon_frame,
    object_frame,
    quote_before,
)
from newsprism.quotes.sources import postposition_or_so_frame, preposition_frame
from newsprism.quotes.speaker_context import (
    person_after,
    pronoun,
    sentence_subject,
    subject_in_front,
    topic_before,
)
from newsprism.quotes.speakers import resolve_speakers
from newsprism.quotes.summaries import Summary, addressee_of, reported
from newsprism.quotes.unframed import Found, attach_unframed_direct, framed

_CARRY_SENTENCES = 3  # how far back free indirect speech looks for its speaker


Decider = Callable[[Words, int, int, Context, str], str]


def find_quotes(
    article: Article, model: str = "", decider: Decider | None = None
) -> tuple[Quote, ...]:
    """The quotations of an analysed article.

    ``decider`` decides what a sentence without a frame is: by default the trained model at the
    path ``model`` (:mod:`newsprism.quotes.learned`) if one is given, else the rules. Training
    passes a decider that records each decision point.
    """
    if not article.tokens or article.language not in ("de", "en"):
        return ()
    decide = decider or _default_decider(model)
    words = Words(article.text, article.tokens, article.language)
    direct = direct_ranges(article)
    used_direct: set[int] = set()
    found: list[Found] = []
    covered: set[int] = set()
    last: tuple[tuple[int, int] | None, str, int] | None = None  # speaker, medium, sentence number
    german = article.language == "de"
    for number, sentence in enumerate(article.sentences):
        first, end = sentence.token_start, sentence.token_end
        frames = find_frames(words, first, end, article.language, direct)
        if not frames and number == 0:
            frames = _headline_frame(article, words, first, end)
        carried = last is not None and number - last[2] <= _CARRY_SENTENCES
        if frames and carried and _frame_in_konjunktiv(words, frames[0]):
            frames = []  # "Er gehe davon aus, dass …": itself reported, free indirect speech
        frames = [
            frame
            for position, frame in enumerate(frames)
            if not (position and _reported_by(words, frame, frames[position - 1]))
            and not _reported_after(words, frame, frames[position + 1 :])
        ]
        attributed = 0  # frames that attribute something in the sentence
        for position, frame in enumerate(frames):
            subject_in_front(article, words, frame)
            if frame.speaker and words.lower[slice(*frame.speaker)] == ["man"] and german:
                frame.speaker = None  # "Man geht davon aus, dass …": no one in particular
            if frame.speaker is None and position:  # "…, sagte er und fügte hinzu, …"
                frame.speaker = frames[position - 1].speaker
            elif _joined_to_what_was_said(frame, frames[position - 1] if position else None):
                # "Er sagte, Europa brauche sie, und fügte hinzu:": he adds, not "Europa"
                frame.speaker = frames[position - 1].speaker
            region = frame_region(words, frames, position, first, end)
            if not region:
                continue
            attributed += 1
            marked = enclosing_direct(direct, region, used_direct, frame.side)
            if marked is None and frame.side != "after":
                marked = _taken_back(found, direct, region, frame, first)
            split = split_direct(direct, region, used_direct) if frame.side == "inside" else []
            joined = joined_direct(words, direct, region, used_direct) if marked is None else []
            if marked is not None:
                used_direct.add(marked)
                item = framed("direct", [direct[marked]], frame)
            elif joined:  # "erklärte: „A.“ und „B.“": two quotations of one frame
                used_direct.update(joined)
                found.extend(framed("direct", [direct[i]], frame) for i in joined[:-1])
                item = framed("direct", [direct[joined[-1]]], frame)
            elif split:  # "„Dies ist ein kritischer Moment“, sagte er, „und …“"
                used_direct.update(split)
                item = framed("direct", [direct[i] for i in split], frame)
            else:
                item = framed("indirect", region, frame)
            found.append(item)
            source = _source_in_frame(words, frame, first, end)
            if source is not None:  # "„…“, sagte der Minister laut BBC": the BBC reports it
                said = trim(words, first, end)  # with all of the quotation, if it goes on
                ranges = [(said[0], source.start), (source.end, max(said[1], item.quote[-1][1]))]
                found.append(framed("indirect", [(a, b) for a, b in ranges if a < b], source))
            covered.update(i for a, b in region for i in range(a, b))
            covered.update(i for a, b in item.quote for i in range(a, b))
            covered.update(range(frame.start, frame.end))
            # a source ("nach Angaben der Polizei") beside a verb frame with a speaker is not
            # who the next sentences report
            if not (
                is_source(words, frame)
                and any(f.speaker and not is_source(words, f) for f in frames)
            ):
                last = (item.speaker, item.medium, number)
        colon = colon_frame(words, first, end, direct, used_direct, article.language)
        if colon is not None:  # "Der Minister sagte nach dem Treffen:" and then „…“
            marked, frame = colon
            subject_in_front(article, words, frame)
            used_direct.add(marked)
            item = framed("direct", [direct[marked]], frame)
            found.append(item)
            covered.update(range(frame.start, frame.end))
            covered.update(range(*direct[marked]))
            last = (item.speaker, item.medium, number)
            continue
        after_comma = None if frames else _backward_after_comma(words, first, end)
        if after_comma is not None:  # "Die Kamera ist ausgefallen, das teilte die NASA mit."
            item = framed("indirect", [after_comma[1]], after_comma[0])
            found.append(item)
            covered.update(range(first, end))
            last = (item.speaker, item.medium, number)
            continue
        backwards = backward_frame(words, first, end, article.language)
        if (
            backwards is not None
            and number
            and not frames
            and quote_before(direct, used_direct, first) is None
        ):
            # "Das Flugzeug startete zum Testflug. Dies gab Airbus bekannt.": the sentence before
            before = article.sentences[number - 1]
            whole = [(before.token_start, before.token_end)]
            # the whole sentence, or what its subject's own account attributed ("Russland hat
            # nach eigenen Angaben … eingenommen. Das teilte das Ministerium mit."): the verb
            # after it says who reported it
            found[:] = [
                f
                for f in found
                if not (f.type != "direct" and (f.quote == whole or _sourced_in(words, f, whole)))
            ]
            said = trim(words, before.token_start, before.token_end)
            overlapping = any(f.quote[0][0] < said[1] and said[0] < f.quote[-1][1] for f in found)
            if said[1] > said[0] and not overlapping:
                item = framed("indirect", [said], backwards)
                found.append(item)
                covered.update(range(first, end))
                last = (item.speaker, item.medium, number)
                continue
        anaphoric = anaphoric_frame(words, first, end, direct, used_direct, article)
        if anaphoric is not None:  # „…“ Das sagte der Minister.
            marked, frame = anaphoric
            used_direct.add(marked)
            item = framed("direct", [direct[marked]], frame)
            found.append(item)
            covered.update(range(first, end))
            last = (item.speaker, item.medium, number)
            continue
        if frames and frames[0].start > first + 4 and frames[0].side == "after":
            # "Als Gründe nannte Moskau die Expansion der NATO …, wie Putin sagte, dass …"
            opening = reported(words, first, frames[0].start, article.language)
            if opening and not opening.bare and first not in covered:
                stop = trim(words, first, frames[0].start)[1]
                found.append(
                    Found(
                        "reported",
                        [(first, stop)],
                        None,
                        opening[1],
                        opening[2],
                        lemma=_act_lemma(opening, words),
                    )
                )
                covered.update(range(first, stop))
        if first in covered or any(i in covered for i in range(first, end)):
            continue
        # a frame that attributes nothing ("Die Partei, die Hamas, bezeichnete …" read as
        # "…, sagte X") leaves the sentence to the summaries
        speech_act = reported(words, first, end, article.language) if not attributed else None
        if speech_act is not None and _inside_marks(direct, first):
            speech_act = None  # „Das habe ich immer gesagt. …“, erklärte er: his, not a summary
        if speech_act is not None and speech_act.bare:
            last = (speech_act.speaker, speech_act.medium, number)  # spoke, quoted nothing
            continue
        carry = last is not None and number - last[2] <= _CARRY_SENTENCES
        if speech_act is not None and carry and words.tokens[speech_act.cue].mood == "subj1":
            speech_act = None  # "Sie rate zum Kauf …": the one before goes on, in Konjunktiv
        # Konjunktiv II continues a report that ended in the sentence before
        continuing = (
            last is not None
            and last[2] == number - 1
            and bool(found)
            and found[-1].type in ("indirect_free_indirect", "indirect")
        )
        rule = (
            "reported"
            if speech_act
            else (_unframed_kind(words, first, end, continuing) if carry else "")
        )
        if not rule and _unframed_kind(words, first, end) == "indirect_free_indirect":
            rule = "indirect_free_indirect"
            if not carry and number:
                # no quotation nearby: no speaker to carry (topic_before may still find one)
                last = (None, "speech", number)
        context = Context(
            number - last[2] if last is not None else 99,
            found[-1].type if found else "",
            bool(found) and _same_paragraph(article, found[-1].quote[-1][0], first),
        )
        kind = decide(words, first, end, context, rule or "none")
        if kind == "none" or (kind != "reported" and last is None):
            continue
        if kind == "reported":
            named = _marked_object(words, direct, used_direct, first, end, speech_act)
            if named is not None:  # "McCarthy nannte die Wahl „eine sehr schlechte Wahl“"
                used_direct.add(named[0])
                item = framed("direct", [direct[named[0]]], named[1])
                found.append(item)
                covered.update(range(first, end))
                last = (item.speaker, item.medium, number)
                continue
            speaker = speech_act[1] if speech_act else sentence_subject(words, first, end)
            if speech_act and speech_act[1][1] == speech_act[0]:
                # "Eine Verschiebung bezeichnete Conze als fatal"
                speaker = person_after(article, words, speech_act[1], end)
            medium = speech_act[2] if speech_act else "speech+writing"
            told = addressee_of(words, speech_act, end) if speech_act else None
            found.append(
                Found(
                    "reported",
                    [(first, end)],
                    None,
                    speaker,
                    medium,
                    addressee=told,
                    lemma=_act_lemma(speech_act, words),
                )
            )
            last = (speaker, medium, number)
        else:
            assert last is not None
            previous = found[-1] if found else None
            start, stop = first, end
            if kind == "indirect_free_indirect":
                start, stop = konjunktiv_part(words, first, end, continuing)
            if (
                kind == "indirect_free_indirect"
                and previous
                and previous.type == kind
                and previous.quote[-1][1] == start
            ):
                previous.quote[-1] = (previous.quote[-1][0], stop)
                last = (last[0], last[1], number)
            else:
                # whoever the sentence before is about, if it names someone; else the last
                # speaker, also in place of a pronoun that may stand for anyone ("Sie starben")
                quoted = [part for item in found for part in item.quote]
                topic = topic_before(article, words, number, quoted)
                if pronoun(words, topic) and last[0] is not None:
                    topic = None
                speaker = topic or last[0]
                if start > first and any(
                    words.tokens[i].tag in STATEMENT_FINITE_TAGS for i in range(first, start)
                ):  # "Gysi hatte die These vertreten, die Partei stagniere …": Gysi's
                    narrator = sentence_subject(words, first, start)
                    # not "Zwölf Mitglieder wurden verletzt, die Verletzten seien …": a passive
                    # clause says what happened to its subject
                    if narrator and not _passive(words, first, start):
                        speaker = narrator
                    else:
                        speaker = _named_again(article, words, speaker, first, start) or speaker
                found.append(Found(kind, [(start, stop)], None, speaker, last[1]))
                last = (speaker, last[1], number)
        covered.update(range(first, end))
    attach_unframed_direct(found, direct, used_direct, words, article, covered)
    found.sort(key=lambda f: f.quote[0][0])
    mark_nesting(found)
    quotes = [to_quote(item, article) for item in found]
    return resolve_speakers(article, quotes, words)


def _named_again(
    article: Article,
    words: Words,
    speaker: tuple[int, int] | None,
    first: int,
    start: int,
) -> tuple[int, int] | None:
    """The carried speaker's surname where the sentence itself names him again before its
    Konjunktiv part ("Obwohl Steinbrück mit Mehreinnahmen rechnet, sei man …"): that nearer
    mention is the one the sentence's statement goes with."""
    if speaker is None or speaker[0] >= first:
        return None
    last = words.tokens[speaker[1] - 1]
    if not any(
        entity.label == "PER" and any(m.start <= last.start < m.end for m in entity.mentions)
        for entity in article.entities
    ):
        return None
    for i in range(start - 1, first - 1, -1):
        if words.forms[i] == words.forms[speaker[1] - 1]:
            return (i, i + 1)
    return None


def _backward_after_comma(
    words: Words, first: int, end: int
) -> tuple[Frame, tuple[int, int]] | None:
    """A frame after a comma that points back with "das" or "dies" to the clause before it,
    which is what was said: "Seit Juni ist die Kamera ausgefallen, das teilte das Institut
    mit." (the frame of "… ausgefallen. Das teilte das Institut mit." within one sentence)."""
    for comma in range(first + 2, end - 3):
        if words.forms[comma] != "," or words.lower[comma + 1] not in {"das", "dies"}:
            continue
        frame = backward_frame(words, comma + 1, end, words.language)
        said = trim(words, first, comma)
        if frame is not None and has_finite(words, said[0], said[1]):
            return frame, said
    return None


def _source_in_frame(words: Words, frame: Frame, first: int, end: int) -> Frame | None:
    """A source after the verb of a frame ("sagte der Minister laut BBC", "sagte laut Reuters",
    "sagte die Kanzlerin Teilnehmern zufolge"), which reports the whole sentence, the frame's
    quotation with it: the same as "Laut BBC sagte der Minister …", where the source comes
    first and frames a quotation of its own."""
    lexicon = cues(words.language)
    for index in range(frame.cue[-1] + 1, frame.end):
        if words.lower[index] in _SOURCE_PREPOSITIONS:
            source = preposition_frame(words, index, first, end, lexicon)
            if source is not None and source.speaker and source.end <= frame.end:
                return source
        if words.lower[index] == "zufolge":  # "sagte die Kanzlerin einigen Teilnehmern zufolge"
            after = max(frame.cue[-1], frame.speaker[1] - 1 if frame.speaker else first) + 1
            source = postposition_or_so_frame(words, index, after, end, lexicon)
            if source is not None and source.speaker and source.speaker[0] >= after:
                return source
    return None


_SOURCE_PREPOSITIONS = frozenset({"laut", "nach"})


def _taken_back(
    found: list[Found],
    direct: list[tuple[int, int]],
    region: list[tuple[int, int]],
    frame: Frame,
    first: int,
) -> int | None:
    """The marked quotation before a frame that an earlier frame of the same sentence took
    ("bat den Papst: „…“, heißt es in einer Erklärung"): the frame after the marks names where
    it was said, so the quotation is its own; the earlier item is dropped."""
    taken = enclosing_direct(direct, region, set(), frame.side)
    if taken is None:
        return None
    for position, item in enumerate(found):
        if item.quote == [direct[taken]] and item.frame and item.frame.cue[0] >= first:
            del found[position]
            return taken
    return None


def _joined_to_what_was_said(frame: Frame, before: Frame | None) -> bool:
    """Whether a frame joined by "und" took its subject from the quotation of the frame before
    it, whose speaker is the one who goes on."""
    return (
        before is not None
        and frame.joined
        and before.side == "after"
        and before.speaker is not None
        and frame.speaker is not None
        and before.end <= frame.speaker[0] < frame.start
    )


def _frame_in_konjunktiv(words: Words, frame: Frame) -> bool:
    """Whether a frame is itself reported: its verb in Konjunktiv I and its speaker a pronoun
    ("Er gehe davon aus, dass …" after a quotation of the same person)."""
    return pronoun(words, frame.speaker) and any(words.tokens[i].mood == "subj1" for i in frame.cue)


def _default_decider(model_path: str) -> Decider:
    if not model_path:
        return lambda words, first, end, context, rule: rule
    model = load_model(model_path)
    return lambda words, first, end, context, rule: model.predict(
        features(words, first, end, context, rule)
    )


def _same_paragraph(article: Article, token_a: int, token_b: int) -> bool:
    a, b = article.tokens[token_a].start, article.tokens[token_b].start
    return any(p.start <= a < p.end and p.start <= b < p.end for p in article.paragraphs)


def _unframed_kind(words: Words, first: int, end: int, continuing: bool = False) -> str:
    tokens = words.tokens[first:end]
    if any(reports(t, continuing) for t in tokens):
        return "indirect_free_indirect"
    modal = next(
        (
            first + i
            for i, t in enumerate(tokens)
            if t.lemma == "sollen" and t.mood == "ind" and t.tag == "VM(FIN)"
        ),
        None,
    )
    if modal is not None and (continuing or _hearsay_infinitive(words, modal, end)):
        return "free_indirect"
    return ""


def _hearsay_infinitive(words: Words, modal: int, end: int) -> bool:
    """Whether "soll" governs an infinitive that makes it hearsay rather than a plan ("Die
    Busse sollen bleiben"): a past or passive one ending the sentence, or a past one ending
    its clause before a comma ("Er soll Geld veruntreut haben, indem …"; a clause that ends
    in "werden" there is as often a plan: "Die Sirenen sollen versetzt werden, wenn …")."""
    stop = next((i for i in range(modal + 1, end) if words.forms[i] in {",", ";"}), end - 1)
    return words.lower[end - 2] in _INFINITIVES or words.lower[stop - 1] in _INFINITIVES - {
        "werden"
    }


_INFINITIVES = frozenset({"haben", "sein", "worden", "werden"})


def _headline_frame(article: Article, words: Words, first: int, end: int) -> list[Frame]:
    """A headline that opens with a person's or an organisation's name and a colon quotes them:
    "Lawrow: Westen will Russland eine „strategische Niederlage“ zufügen", "Nato: Russland
    verlegt Truppen". Not a place ("Moskau: Tausende demonstrieren", where it says where) nor
    any other words ("Rückschlag für die Forschung: …")."""
    if words.tokens[first].start >= article.body_start:
        return []  # no headline, or not in it
    colon = next((i for i in range(first + 1, min(first + 5, end)) if words.forms[i] == ":"), 0)
    if not colon or not has_finite(words, colon + 1, end):
        return []
    begin, stop = words.tokens[first].start, words.tokens[colon - 1].end
    named = any(
        begin <= m.start and m.end <= stop and m.kind == "name"
        for e in article.entities
        if e.label in {"PER", "ORG"}
        for m in e.mentions
    )
    capitalised = all(words.forms[i][:1].isupper() for i in range(first, colon))
    if not (named and capitalised):
        return []
    return [Frame(first, colon + 1, "after", [colon], (first, colon), "speech", ":")]


def _reported_by(words: Words, frame: Frame, before: Frame) -> bool:
    """Whether ``frame`` is part of what the frame ``before`` it attributes: its verb in
    Konjunktiv ("Ein Sprecher erklärte, er gehe nicht davon aus, dass …"), or right after a
    "wie" clause ("Wie eine Sprecherin bestätigte, plant der Konzern, …": what she confirmed)."""
    if before.side != "after" or frame.start < before.end:
        return False
    if any(words.tokens[i].mood == "subj1" for i in frame.cue):
        return True
    return words.lower[before.start] == "wie" and frame.cue[0] == before.end


def _sourced_in(words: Words, item: Found, sentence: list[tuple[int, int]]) -> bool:
    """Whether a quotation lies in ``sentence`` and its subject's own account attributed it
    ("nach eigenen Angaben", "eigenen Angaben zufolge"), which a verb after it can name."""
    (start, end), frame = sentence[0], item.frame
    inside = start <= item.quote[0][0] and item.quote[-1][1] <= end
    own = item.speaker is not None and "eigenen" in words.lower[item.speaker[0] : item.speaker[1]]
    return inside and own and frame is not None and is_source(words, frame)


def _inside_marks(direct: list[tuple[int, int]], index: int) -> bool:
    """Whether token ``index`` is a direct quotation's opening mark or inside one."""
    return any(a <= index < b - 1 for a, b in direct)


def _reported_after(words: Words, frame: Frame, later: list[Frame]) -> bool:
    """Whether ``frame``, its verb in Konjunktiv I, is part of what a frame after the quotation
    attributes: "Er gehe davon aus, dass …, sagte Habeck" quotes Habeck, not "Er"."""
    return any(words.tokens[i].mood == "subj1" for i in frame.cue) and any(
        other.side == "before" and other.start >= frame.end for other in later
    )


def _passive(words: Words, start: int, end: int) -> bool:
    """Whether a clause is in the passive: "werden" with a participle ("wurden verletzt",
    "ist operiert worden")."""
    lemmas = [words.tokens[i].lemma for i in range(start, end)]
    tags = [words.tokens[i].tag for i in range(start, end)]
    return ("werden" in lemmas or "worden" in words.lower[start:end]) and "VV(PP)" in tags


def _marked_object(
    words: Words,
    direct: list[tuple[int, int]],
    used: set[int],
    first: int,
    end: int,
    speech_act: Summary | None,
) -> tuple[int, Frame] | None:
    """The one marked quotation that ends a summarising sentence as the object of its verb
    ("Er bezeichnete die Pläne als „Wortbruch“"), with that frame: the marked words are what
    was said, and the sentence around them is no summary of its own."""
    if speech_act is None:
        return None
    inside = [i for i, (a, b) in enumerate(direct) if first <= a and b <= end and i not in used]
    if len(inside) != 1:
        return None
    a, b = direct[inside[0]]
    if any(words.pos(i) != "PUNCT" for i in range(b, end)):
        return None  # "rief zum „Heiligen Krieg“ gegen den Westen auf": more is said
    frame = object_frame(words, first, end, a, b)
    if frame is None or speech_act.cue not in frame.cue:
        return None
    if not any("als" in e.frames for e in cues(words.language).get(frame.lemma, ())):
        return None  # "forderte eine Untersuchung der „Szenen“": the demand is the content
    return inside[0], frame


def _act_lemma(act: Summary | None, words: Words) -> str:
    """The lemma of a summarised speech act's verb ("zurückweisen"); none for talk summarised
    ("war von X die Rede")."""
    return spelled(act.entry, words.language) if act and act.entry else ""
