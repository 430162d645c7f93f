"""The frame around a cue verb: "Der Minister sagte, …", "…, sagte der Minister.", "Wie die
Polizei mitteilte, …", "Dem Minister wurde vorgeworfen, …", with its speaker, cue and addressee.
:func:`verb_frame` is one of the frames :func:`newsprism.quotes.frames.find_frames` tries at each
word. Token ranges are end-exclusive indices into the article's tokens.
"""

from __future__ import annotations

from newsprism.quotes.addressees import (
    OBJECT_CASES,
    fronted_object,
    object_after,
    object_before_verb,
    told_whom,
)
from newsprism.quotes.chunks import (
    MARKS,
    RELATIVE_PRONOUNS,
    SUBORDINATORS,
    Words,
    apposition_to_end,
    attachments_end,
    noun_phrase,
    place_end,
)
from newsprism.quotes.clause_ends import adverbial_clause_closes, relative_clause_closes
from newsprism.quotes.clauses import (
    AUXILIARIES,
    FINAL,
    FINITE_TAGS,
    Frame,
    auxiliary_before,
    complement_follows,
    end_of_clause,
    enumeration_to_end,
    finite_verb_of,
    first_subject,
    has_finite,
    joins_clause,
    main_clause_first,
    prefield_before,
    reason_first,
    start_of_clause,
    werden_before,
    wie_before,
)
from newsprism.quotes.cues import Cue
from newsprism.quotes.sources import (
    agent_after,
    names_a_text,
    phrase_after,
    said_where,
    source_before_relative,
    source_phrase,
)
from newsprism.quotes.subjects import (
    apposition_after_subject,
    attribute_between,
    long_subject,
    marked_subject,
    name_after_comma,
    particle_after_apposition,
    relative_pronoun,
    subject_of_final_clause,
)
from newsprism.quotes.verb_cues import not_a_report, verb_entry
from newsprism.quotes.verb_subjects import dative_before, subject_after, subject_before


def verb_frame(
    words: Words, index: int, start: int, end: int, lexicon: dict[str, tuple[Cue, ...]]
) -> Frame | None:
    frame = _any_verb_frame(words, index, start, end, lexicon)
    if frame is not None and frame.speaker is None and frame.lemma in _ONLY_WITH_SPEAKER:
        return None  # "Außerdem ist geplant, dass …", "…, droht ihm die Todesstrafe"
    if frame is not None and _complement_is_relative(words, frame):
        return None  # "die Demonstration, zu der ein Bündnis aufgerufen hatte, …"
    return frame


# how the object of a verb that addresses someone may open: "die Regierung", "seinem
# Ex-Arbeitgeber", "alle Nichtmoslems"
_ADDRESSED = OBJECT_CASES | frozenset(
    {"seinem", "seinen", "seine", "ihrem", "ihren", "ihre", "alle", "allen", "beide", "beiden"}
)


def _nominative_first(
    words: Words, phrase: tuple[int, int] | None, start: int
) -> tuple[int, int] | None:
    """The phrase if it opens the sentence at ``start`` (not after "Wie", which makes it the
    subject of another clause) and its first word marks no object ("dem", "den", "einem")."""
    if phrase is None or phrase[0] != start:
        return None
    if words.lower[phrase[0]] in {"dem", "den", "einem", "einen", "ihm", "ihn"}:
        return None
    return phrase


def _quotation_joins(words: Words, comma: int) -> bool:
    """Whether a conjunction and a quotation mark follow the comma that ends a frame's clause:
    ", doch „…“", ", aber „…“"."""
    return (
        words.forms[comma] == ","
        and words.lower[comma + 1 : comma + 2] in (["doch"], ["aber"], ["und"])
        and words.forms[comma + 2 : comma + 3] in (["„"], ['"'], ["»"])
    )


def _complement_is_relative(words: Words, frame: Frame) -> bool:
    """Whether a frame's clause is a relative clause whose pronoun, after the preposition the
    verb takes ("zu der … aufgerufen", "vor dem … gewarnt"), is what was said: nothing
    after the clause is its quotation."""
    first = frame.start
    return (
        frame.side == "after"
        and first > 0
        and words.forms[first - 1] == ","
        and words.lower[first] in {"zu", "vor"}
        and words.lower[first + 1] in RELATIVE_PRONOUNS
    )


def _any_verb_frame(
    words: Words, index: int, start: int, end: int, lexicon: dict[str, tuple[Cue, ...]]
) -> Frame | None:
    token = words.tokens[index]
    if token.pos not in {"VERB", "AUX"} or token.tag.endswith("(IZU)"):
        return None
    if token.pos == "AUX" and not any(e.particle for e in lexicon.get(token.lemma, ())):
        return None  # an auxiliary is a cue only with its particle: "wurde bekannt"
    if index > start and words.lower[index - 1] == "zu":
        return None  # "es sei schwierig, Informationen zu bestätigen": an infinitive, no frame
    entries = lexicon.get(token.lemma)
    if not entries:
        return None
    clause_start = start_of_clause(words, index, start)
    clause_end = particle_after_apposition(words, index, end_of_clause(words, index, end), end)
    cue_entry, particle_index = verb_entry(words, entries, index, clause_end)
    if cue_entry is None or not_a_report(words, index, start, clause_end):
        return None
    cue = [index] + ([particle_index] if particle_index is not None else [])
    unmarked = _infinitive_without_comma(words, index, clause_end, cue_entry)
    if unmarked:
        clause_end = index  # "hatte angekündigt bei der Wahl erneut anzutreten": no comma
    finite = index if token.tag in FINITE_TAGS else finite_verb_of(words, clause_start, clause_end)
    if finite == index and index == clause_end - 1:
        # "Auf Nachfrage musste er betonen,": an infinitive the tagger reads as finite, after
        # the clause's modal or auxiliary
        finite = next(
            (
                i
                for i in range(clause_start, index)
                if words.tokens[i].tag in FINITE_TAGS
                and words.tokens[i].lemma in AUXILIARIES
                # not "Die Lage war ernst und die Anwohner befürchten,": a clause of its own
                and _subject_after_conjunction(words, i, index) is None
            ),
            index,
        )
    split = None  # the comma before the participle, when an apposition splits its clause
    if (
        finite is None
        and token.tag == "VV(PP)"
        and clause_end < end
        and words.forms[clause_end] == ","
        and complement_follows(words, clause_end + 1, end, cue_entry)
    ):
        # "Vor kurzem hatte ein Talibanführer, Baitullah Mehsud, erklärt, …": an apposition
        # splits the clause; the participle belongs to the auxiliary before it
        waiting = auxiliary_before(words, start, clause_start)
        if waiting is not None:
            split = clause_start - 1
            clause_start, finite = start_of_clause(words, waiting, start), waiting
    if token.lemma == "zitieren":
        # "X wird (von Reuters) mit den Worten zitiert:": a passive, whose subject is the one
        # quoted; "zitiert" reads as finite to the tagger, but "wird" is the clause's verb
        auxiliary = werden_before(words, clause_start, index)
        finite = finite if auxiliary is None else auxiliary
    if finite is not None and finite != index:
        cue.append(finite)
    head = finite if finite is not None else index
    # quote before: "…, sagte der Minister." / "…, wie der Minister sagte."
    # "„Wer zahlt?“ fragte er": after "?" or "!" the comma before the frame may be left out
    english = words.language == "en"
    closing = index - 2 if words.forms[index - 1] in _DASHES else index - 1
    asked = (
        head == index > start + 1
        and words.forms[closing] in MARKS
        and (
            words.forms[closing - 1] in {"?", "!"}
            # English puts the comma inside the marks: '"We will win," said Zelensky.'
            or (english and words.forms[closing - 1] == ",")
            # „… etabliert.“ erklärte die Ministerin: a point left inside, the comma left out
            or (words.forms[closing - 1] == "." and words.forms[index].islower())
            # „Wir kommen,“ sagte sie / „Wir kommen“ – sagte sie: the comma inside the marks,
            # left out or a dash instead, after a quotation that opens the sentence
            or (words.forms[index].islower() and _quoted_from(words, start, closing))
        )
    )
    if asked:
        clause_start = index
    after_comma = clause_start > start and (words.forms[clause_start - 1] == "," or asked)
    comma = clause_start - 1
    if after_comma and words.lower[clause_start] == "so" and head == clause_start + 1:
        # "…, so bestätigt das Gericht.": "so" opens the frame and belongs to its cue
        cue.append(clause_start)
        clause_start += 1
    if after_comma and head == clause_start == index:
        clause_start = wie_before(words, start, clause_start)

    # "…, hat er gesagt" but not "…, will die Stadt den Hafen schließen": before its cue, only a
    # tense auxiliary makes a frame that follows the quotation
    def continues_after(last: int) -> bool:
        return (
            after_comma
            and last + 1 < end
            and words.forms[last] == ","
            and prefield_before(words, start, comma, last + 1)
        )

    interrupts = continues_after(clause_end)
    if after_comma and not interrupts and head == clause_start:
        # "Die Ukraine, sagte Jens Stoltenberg, der Nato-Generalsekretär, brauche …"
        described = apposition_after_subject(words, head, clause_end, end)
        if described != clause_end and continues_after(described):
            interrupts, clause_end = True, described
    postposed = (
        head == clause_start
        and (head == index or words.tokens[head].lemma in {"haben", "sein", "werden"})
        # not "Celebi, die Frauen vertritt, nennt …": the words before are the verb's subject,
        # unless they are the first phrase of a clause the frame interrupts
        and (subject_before(words, start, head) is None or interrupts)
        # not "Da Brauereien angewiesen sind, warnte X:": a clause of reason is no quotation
        and not reason_first(words, start, clause_start - 1)
        # not "Sie begrüßten die Ankündigung, fordern aber …": a second clause of the same subject
        and words.lower[head + 1] not in {"aber", "jedoch", "allerdings"}
    )
    if after_comma and (postposed or words.lower[clause_start] in {"wie", "as"} or english):
        if clause_end < end and words.forms[clause_end] == ",":
            # "…“, heißt es in dem Schreiben an Staatsanwaltschaft, Polizei und Veranstalter."
            clause_end = enumeration_to_end(words, clause_end, end) or clause_end
        if head == clause_start and cue_entry.lemma == "heißen":
            speaker = said_where(words, head, clause_end)  # "…, heißt es in dem Bericht."
        elif head == clause_start:
            speaker = subject_after(words, head, clause_end)
            if (
                speaker
                and attachments_end(words, speaker[1], clause_end) == clause_end < end
                and (name := name_after_comma(words, clause_end, end)) is not None
            ):
                # "…“, sagte der Chef der Agentur für Arbeit, Frank Weise, in Nürnberg."
                speaker, clause_end = (speaker[0], name), end
            described = (
                apposition_to_end(words, clause_end, end, adverbial=True)
                if speaker and speaker[1] == clause_end
                else 0
            )
            if speaker and described:
                # "…, sagte Mark O'Keefe, der Sprecher der Ambulanz.": the description too
                speaker = (speaker[0], described)
                clause_end = end
            elif speaker and speaker[1] == clause_end < end:
                longer = noun_phrase(words, speaker[0], end)
                if longer and longer[1] > clause_end + 1 and not has_finite(words, longer[1], end):
                    # "…“, meinte der Trainer der Frankfurter, Michael Skibbe, in der Sportschau."
                    speaker, clause_end = longer, end
        elif words.lower[clause_start] in {"wie", "as"}:
            speaker = noun_phrase(words, clause_start + 1, clause_end) or marked_subject(
                words, clause_start + 1, head
            )
            if speaker and words.forms[index - 1] == "," and speaker[1] < index - 1:
                speaker = (speaker[0], index - 1)  # "wie Burt Rutan, Chef der Firma, mitteilte"
        else:  # English: '…," the minister said.', '…," said Zelensky.'
            speaker = subject_before(words, clause_start, head) or (
                subject_after(words, head, clause_end) if head == clause_start else None
            )
        ends_sentence = clause_end >= end or words.forms[clause_end] in FINAL
        attributable = speaker is not None or not english
        told = told_whom(words, head, clause_start, clause_end, speaker)
        # '"…," Stoltenberg said, "…"': English puts the subject first in an inserted frame
        inserted = (
            (head == clause_start or english)
            and clause_end < end
            and words.forms[clause_end] == ","
        )
        # „…“, sagte der Generalsekretär am Montag in Brüssel, „und …“: between two marked parts
        marked = (
            inserted
            and words.forms[clause_end + 1] in MARKS
            # '"…," Stoltenberg told …': in English the frame starts at the closing mark
            and MARKS & set(words.forms[max(clause_start - 2, start) : clause_start + 1])
        )
        short_insert = (
            attributable
            and inserted
            # a long frame only after the clause's first phrase ("Die Ukraine, sagte der
            # Nato-Generalsekretär Jens Stoltenberg am Montag, brauche …") or between marks
            and (clause_end - clause_start <= 6 or interrupts or marked)
            and (main_clause_first(words, start, comma) or interrupts)
        )

        def framing(last: int, side: str) -> Frame:
            return Frame(
                clause_start - 1,
                last,
                side,
                sorted(cue),
                speaker,
                cue_entry.medium,
                cue_entry.lemma,
                told,
            )

        if short_insert and words.lower[clause_end + 1] in {"wie", "as"}:
            # "…“, sagte Brandvik, wie sie letzte Woche sagte.": the "wie" clause belongs to
            # the frame, and the quotation is before it
            return framing(end, "before")
        if short_insert:  # "…, hieß es, …", "…, sagte der Minister, …": an inserted frame
            return framing(clause_end + 1, "inside")
        if attributable and (
            ends_sentence
            or joins_clause(words, clause_end)
            # "…, hatte sie gesagt und auf … verwiesen, doch „…“": her quotation goes on
            or _quotation_joins(words, clause_end)
            or adverbial_clause_closes(words, clause_end, end)
            # "…“, heißt es auf der Webseite des Preises, der seit 1991 vergeben wird."
            or (
                cue_entry.lemma == "heißen"
                and words.lower[index + 1] == "es"  # not "so heißt ein Projekt, mit dem …"
                and relative_clause_closes(words, clause_end, end)
            )
        ):
            return framing(clause_end, "before")
    if words.lower[start] == "wie" and clause_start > start and not has_finite(words, start, index):
        clause_start = start  # "Wie der Direktor, Smith Dharmmasaroj, mitteilte,"
    if (
        words.lower[clause_start] in {"denn", "doch", "und"}
        and words.lower[clause_start + 1] == "wie"
    ):
        clause_start += 1  # "Denn wie die Zeitung berichtete, …"
    introduced = words.lower[clause_start] in {"wie", "as"}  # "Wie X mitteilte, <any clause>"
    clause_end = apposition_after_subject(words, head, clause_end, end)
    if (
        clause_end < end
        and (words.forms[clause_end] in {",", ":"} or unmarked)
        and (introduced or complement_follows(words, clause_end + 1, end, cue_entry))
    ):
        joined = clause_start > start and joins_clause(words, clause_start - 1)
        if introduced:
            after_wie = clause_start + 1
            while after_wie < clause_end and (
                words.pos(after_wie) in {"ADV", "PART"} or words.lower[after_wie] == "sich"
            ):
                after_wie += 1  # "Wie schon die WHO sagte", "wie sich Tauss ausdrückte"
            speaker = noun_phrase(words, after_wie, clause_end) or marked_subject(
                words, after_wie, head
            )
            placed = place_end(words, speaker[1], index) if speaker else 0
            if (
                speaker
                and placed > speaker[1]
                and all(words.pos(i) in {"ADV", "PART"} for i in range(placed, index))
            ):
                speaker = (speaker[0], placed)  # "Wie die UN-Mission im Südsudan mitteilte"
            if (
                speaker
                and words.forms[speaker[1]] == ","
                and attribute_between(words, speaker, index)
            ):
                until = index - 1 if words.forms[index - 1] == "," else index
                speaker = (speaker[0], until)  # "Wie Steve Marshall, Sprecher der UN, in Bangkok"
        elif (
            (
                words.pos(clause_start) in {"SCONJ", "PRON"}
                or words.lower[clause_start] in SUBORDINATORS
                or relative_pronoun(words, clause_start)
                or (words.pos(clause_start) == "ADP" and words.forms[clause_start][:1].islower())
                # "…, die Gerhard Schröder zum Kriterium erklärt hatte:": before a name
                or (
                    words.lower[clause_start] in RELATIVE_PRONOUNS
                    and words.forms[clause_start - 1] == ","
                    and words.pos(clause_start + 1) == "PROPN"
                )
            )
            and clause_start + 1 < head >= clause_end - 2  # the finite verb ends the clause
            # not "Dies war … und die Anwohner befürchten,": a main clause before
            and not has_finite(words, clause_start + 1, head)
        ):
            # a verb-final clause: "Nachdem die Anwältin mitgeteilt hatte,", "von dem die
            # Polizei glaubt,", "der in einer Stellungnahme betonte,"
            speaker = subject_of_final_clause(words, clause_start, head)
        elif (
            head == clause_start + 1
            and words.tokens[head].tag in FINITE_TAGS
            # "…, die beschuldigt werden, …": a passive
            and words.lower[head + 1] not in {"wird", "werden", "wurde", "wurden", "worden"}
            and clause_start > start
            and words.forms[clause_start - 1] == ","
            and relative_pronoun(words, clause_start)
        ):
            speaker = (clause_start, head)  # "…, der angab, …": the relative pronoun
        elif joined:  # "… und forderte die Verbündeten auf, …": the subject is elided
            before = start_of_clause(words, clause_start - 1, start)
            speaker = first_subject(words, before, clause_start - 1)
            if speaker is None and before > start:  # "Einer der Putschisten, X, dankte … und"
                speaker = first_subject(words, start, clause_start - 1)
        else:
            after_apposition = clause_start > start and words.forms[clause_start - 1] == ","
            long = long_subject(words, start, clause_start)
            speaker = (
                # "Die Chefjuristin der Regierung, Anabella Morfin verwies": the whole phrase
                (subject_before(words, start, head) if after_apposition else None)
                or subject_before(words, clause_start, head)
                or _subject_after_conjunction(words, clause_start, head)
                # "Der Fraktionschef, Wolfgang Jüttner, hatte Lenz aufgefordert": the subject
                # before the verb, not its object after it ("Dem Minister, X, warf sie vor")
                or (_nominative_first(words, long, start) if head == clause_start else None)
                or subject_after(words, head, clause_end)
                or long
                # "Die UN bestätigten den Vorfall, teilten jedoch mit, …": a second clause
                # with the first one's subject
                or (first_subject(words, start, clause_start - 1) if head == clause_start else None)
            )
            if (
                speaker
                and split is not None
                and speaker[0] > head
                and attribute_between(words, speaker, split)
            ):
                speaker = (speaker[0], split)  # "ein Talibanführer auf pakistanischer Seite, X,"
        spoken_to = None
        if (
            cue_entry.lemma != "zitieren"
            # the tagger reads some participles as finite ("wurde vermutet")
            and (token.tag == "VV(PP)" or (finite != index and words.lower[index].endswith("t")))
            and finite is not None
            and (
                words.tokens[finite].lemma == "werden"
                # "Im Bericht war festgestellt worden, dass …": a passive in the past perfect
                or (
                    words.tokens[finite].lemma == "sein"
                    and "worden" in words.lower[index : index + 2]
                )
                # "Die Banken sollen aufgefordert werden, …": a passive after a modal
                or (
                    words.tokens[finite].tag == "VM(FIN)"
                    and words.lower[index + 1 : index + 2] == ["werden"]
                )
            )
        ):
            # a passive: "Dem Minister wurde vorgeworfen, …", "Die Anwohner wurden gebeten, …";
            # its subject is spoken to; the speaker is the agent after "von", if any
            spoken_to = speaker or dative_before(words, clause_start, head)  # "Dem Mann wurde"
            speaker = agent_after(
                words, clause_start, clause_end, finite if clause_start == start else None
            )
            if speaker is None:  # "In einem Bericht der Zeitung wurde vermutet, dass …"
                source = source_phrase(words, clause_start, clause_end) or (
                    source_before_relative(words, start, clause_start, end)
                )
                speaker = source if source and names_a_text(words, source, lexicon) else None
            if spoken_to and speaker and spoken_to[0] < speaker[1] and speaker[0] < spoken_to[1]:
                # the agent read into the subject: "Die Regierung wurde vom LSVD aufgefordert"
                # is spoken to, "Von der Polizei wurde mitgeteilt" has no one spoken to
                cut = (spoken_to[0], speaker[0] - 1)
                spoken_to = cut if cut[1] > cut[0] else None
        if cue_entry.lemma == "heißen":  # its subject is "es": "Seiner Zeit hieß es, dass"
            speaker = said_where(words, clause_start, clause_end) or source_before_relative(
                words, start, clause_start, end
            )  # "In dem Bericht heißt es:"
        emerges = cue_entry.lemma == "hervorgehen" or (
            cue_entry.lemma == "gehen" and cue_entry.particle == "hervor"
        )
        if emerges and speaker and words.pos(speaker[1] - 1) in {"NOUN", "PROPN"}:
            return None  # "dass das Team gestärkt aus der Saison hervorgegangen sei": no report
        if (emerges or cue_entry.particle == "hervor") and not speaker:
            speaker = phrase_after(words, clause_start, clause_end, {"aus"})  # "Aus dem Bericht"
        if cue_entry.lemma == "verlauten" and speaker is None:
            speaker = source_phrase(words, clause_start, clause_end, {"aus"})  # "aus Kreisen"
        if cue_entry.lemma == "zitieren" and finite == index:
            # active: "Die Zeitung zitierte Papandreou mit den Worten:": the object speaks
            speaker = object_after(words, head, clause_end, speaker) or speaker
        addressee = spoken_to
        if addressee is None and "to" in cue_entry.frames:
            addressee = (
                object_after(words, head, clause_end, speaker)
                or fronted_object(words, clause_start, head, speaker, OBJECT_CASES)
                or object_before_verb(words, speaker, min(cue) + 1, _ADDRESSED, names=True)
            )
        if addressee is None:
            addressee = told_whom(words, head, clause_start, clause_end, speaker)
        return Frame(
            clause_start,
            clause_end + 1,
            "after",
            sorted(cue),
            speaker,
            cue_entry.medium,
            cue_entry.lemma,
            addressee,
            joined,
        )
    return None


def _infinitive_without_comma(words: Words, index: int, clause_end: int, entry: Cue) -> bool:
    """Whether a participle or infinitive cue is followed, with the comma left out, by an
    infinitive clause with "zu" that ends its clause ("hatte am Donnerstag angekündigt bei der
    Wahl erneut anzutreten", "haben dazu aufgerufen die Kontrollen zu verstärken")."""
    if "zu" not in entry.frames or words.tokens[index].tag not in {"VV(PP)", "VV(INF)"}:
        return False
    if clause_end - index < 3 or words.pos(index + 1) == "PUNCT":
        return False
    last = clause_end - 1
    infinitive = words.tokens[last].tag == "VV(IZU)" or (
        words.lower[last - 1] == "zu" and words.pos(last) in {"VERB", "AUX"}
    )
    return infinitive and not has_finite(words, index + 1, clause_end)


def _subject_after_conjunction(
    words: Words, clause_start: int, verb: int
) -> tuple[int, int] | None:
    """The subject of a second main clause joined by "und" with a subject of its own: "Die
    Gruppe übergab das Material und das FBI versprach, …"."""
    joint = max(
        (
            i
            for i in range(clause_start, verb)
            # not "der Fraktions- und Parteivorsitzenden": one phrase
            if words.lower[i] in {"und", "sowie", "aber"} and not words.forms[i - 1].endswith("-")
        ),
        default=None,
    )
    if joint is None or not has_finite(words, clause_start, joint):
        return None
    return subject_before(words, joint + 1, verb)


_DASHES = frozenset({"–", "—", "-"})


def _quoted_from(words: Words, start: int, closing: int) -> bool:
    """Whether the mark at ``closing`` closes a quoted clause that opens the sentence beginning
    at ``start``, with no other mark between: „Wir kommen“ sagte sie, but not a title inside a
    clause (Die „Reform“ sagte ihm nichts) nor the end of a quotation a frame introduced."""
    opening = start if words.forms[start] in MARKS else start - 1
    return (
        opening >= 0
        and closing - opening >= 2
        and words.forms[opening] in MARKS
        and not any(words.forms[i] in MARKS for i in range(opening + 1, closing))
        # a clause, not a name in marks: „Muslix64“ erwähnte, dass …
        and has_finite(words, opening + 1, closing)
    )


# verbs that report only with someone doing it: a plan or a threat without an agent is none
_ONLY_WITH_SPEAKER = frozenset({"planen", "drohen"})
