"""Speech acts summarised without a quotation: "Li nannte die Bewegung illegal.", "Der
Sicherheitsrat rief die Regierung zur Beendigung der Gewalt auf.", "In ersten Meldungen war von
Toten die Rede." A sentence like these is a ``reported`` quotation as a whole.
"""

from __future__ import annotations

from typing import NamedTuple

from newsprism.quotes.addressees import object_after
from newsprism.quotes.chunks import Words
from newsprism.quotes.clauses import FINAL, FINITE_TAGS, finite_verb_of, start_of_clause
from newsprism.quotes.cues import Cue, cues
from newsprism.quotes.sources import agent_after, names_a_text, source_phrase
from newsprism.quotes.subjects import long_subject
from newsprism.quotes.times import names_a_time
from newsprism.quotes.verb_cues import not_a_report, verb_entry
from newsprism.quotes.verb_subjects import subject_after, subject_before


class Summary(NamedTuple):
    """A speech act a sentence summarises: its verb, who spoke and in what medium."""

    cue: int  # token of the verb
    speaker: tuple[int, int]
    medium: str
    # a judging verb with nothing said of its object ("Die Opposition kritisierte den Plan"):
    # someone spoke, so later sentences may carry the speaker, but nothing is quoted
    bare: bool = False
    entry: Cue | None = None  # the verb's lexicon entry (none for "war von X die Rede")


_CASUALTIES = frozenset({"Todesopfer", "Opfer", "Menschenleben", "Leben", "Tote", "Verletzte"})


def reported(words: Words, start: int, end: int, language: str) -> Summary | None:
    """A sentence that summarises a speech act without quoting it: "Li nannte die Bewegung illegal."

    The first cue verb with a subject; a bare judgement only if no other verb follows.
    """
    lexicon = cues(language)
    if end - start < 4 or words.forms[start] == "(":
        return None  # "(Wikinews berichtete)."
    talk = _talk_of(words, start, end)
    if talk is not None:
        return Summary(*talk)
    bare: Summary | None = None
    body_end = end - 1 if words.forms[end - 1] in FINAL else end  # a particle may end it: "vor."

    def quotes_nothing(entry: Cue, verb: int) -> bool:
        """A judgement with nothing said of its object, or a speech act negated."""
        return _bare(words, entry, start, body_end) or _negated(words, entry, verb, start, body_end)

    for index in range(start, end):
        token = words.tokens[index]
        if token.pos != "VERB" or token.tag.endswith("(IZU)") or token.lemma not in lexicon:
            continue
        entry, _ = verb_entry(words, lexicon[token.lemma], index, body_end)
        if entry is None or "summary" not in entry.frames:
            continue
        if not_a_report(words, index, start, body_end):
            continue
        if token.tag == "VV(PP)" and index > start and words.forms[index - 1] == ",":
            continue  # "Das Objekt, genannt 2003 EL61, hat …": a participle apposition
        if token.lemma == "fordern" and any(
            words.tokens[i].lemma in _CASUALTIES for i in range(start, end)
        ):
            continue  # "Der Taifun forderte zwölf Todesopfer": lives, not a demand
        if token.lemma == "drohen" and "mit" not in words.lower[index:end]:
            continue  # "Ihm drohen 20 Jahre Haft": a prospect; a threat is made "mit" something
        if token.lemma == "äußern" and _reflexive(words, start, index):
            continue  # "Zum Urteil äußerte sich auch Bush": that he spoke, not what he said
        if token.lemma == "sprechen" and not {"von", "vom"} & set(words.lower[start:end]):
            continue  # "Die Polizei sprach von einer friedlichen Demonstration", not "mit"
        if entry.lemma in {"ausgehen", "gehen"} and not {"von", "vom", "davon"} & set(
            words.lower[start:end]
        ):
            continue  # "Beobachter gehen von X aus", not "Die Lichter gingen aus"
        clause_start = start_of_clause(words, index, start)
        described = long_subject(words, start, index) if clause_start == index else None
        if clause_start == index and (subject_before(words, start, index) or described):
            # "Celebi, die Frauen vertritt, nennt …": a relative clause; "Die Regierungspartei
            # Palästinas, die Hamas, bezeichnete …": an apposition
            clause_start = start
        finite = index if token.tag in FINITE_TAGS else finite_verb_of(words, clause_start, end)
        if finite is None or clause_start != start:
            continue  # no finite verb, or a subordinate clause
        if _stative_passive(words, index, finite):
            continue  # "Weitere Aktionen sind für Montag angekündigt": what, not who
        if finite < index and words.tokens[finite].pos == "VERB":
            continue  # "Die Schwierigkeiten liegen in den Gegensätzen begründet": no perfect
        if words.tokens[finite].lemma == "werden" or "worden" in words.lower[index:body_end]:
            # a passive reports a speech act only with its agent ("Die Forderungen wurden von
            # Minister Stolpe als unrealistisch bezeichnet"), not alone ("wurde bestätigt")
            agent = agent_after(words, start, end, finite) if finite != index else None
            source = source_phrase(words, start, finite) if agent is None else None
            if source is not None and names_a_text(words, source, lexicon):
                agent = source  # "In einem Bericht der Zeitung wird die Lage als ernst bezeichnet"
            if agent is not None:
                found = Summary(index, agent, entry.medium, quotes_nothing(entry, index), entry)
                if not found.bare:
                    return found
                bare = bare or found
            continue
        speaker = (
            subject_before(words, start, finite)
            or (described if finite == index else None)
            or subject_after(words, finite, end)
        )
        if speaker and speaker[0] > finite and token.lemma == "sprechen":
            # "spricht die Polizei von X": X is said ("Eine Reporterin von n24 sprach" is whole)
            said = next((i for i in range(*speaker) if words.lower[i] in {"von", "vom"}), 0)
            speaker = (speaker[0], said) if said > speaker[0] else speaker
        if speaker:
            found = Summary(index, speaker, entry.medium, quotes_nothing(entry, index), entry)
            if not found.bare:
                return found
            bare = bare or found
    return bare


def addressee_of(words: Words, act: Summary, end: int) -> tuple[int, int] | None:
    """Whom a summarised speech act addressed, where the verb's object is the person spoken to
    and the speaker comes before the verb: "Scherf warnte die CDU vor einem Wahlkampf", "Er
    forderte die Regierung zum Rücktritt auf"."""
    entry = act.entry
    if act.speaker[1] > act.cue or entry is None:
        return None
    if (entry.particle, entry.lemma) not in _PERSON_OBJECT:
        return None
    verb = act.cue
    if words.tokens[verb].tag == "VV(PP)":
        # "Er hat die Verbündeten um Hilfe gebeten": the object follows the auxiliary
        verb = next(
            (i for i in range(act.speaker[1], act.cue) if words.tokens[i].tag == "VA(FIN)"),
            verb,
        )
    return object_after(words, verb, end, act.speaker)


# verbs whose object is the one spoken to ("warnte die CDU", "beschuldigte die Regierung")
_PERSON_OBJECT = frozenset(
    {
        ("", "warnen"),
        ("", "auffordern"),
        ("auf", "fordern"),
        ("", "bitten"),
        ("", "beschuldigen"),
        ("", "aufrufen"),
        ("auf", "rufen"),
    }
)


def _bare(words: Words, entry: Cue, start: int, end: int) -> bool:
    """A judging verb with nothing said of its object: no predicate with "als", no reason or
    content clause ("kritisierte ihn dafür, dass …", "weil", "wegen")."""
    if "judgement" not in entry.frames:
        return False
    said = set(words.lower[start:end])
    if words.language == "en":
        # "dismissed the report as fake", "criticised him for …", "accused the West of …"
        return not (_JUDGED_EN & said or (entry.lemma == "accuse" and "of" in said))
    return not _JUDGED & said


_JUDGED = frozenset({"als", "dafür", "weil", "wegen", "da", "dass", "wonach", "ob"})
_JUDGED_EN = frozenset({"as", "for", "because", "that"})


def _negated(words: Words, entry: Cue, verb: int, start: int, end: int) -> bool:
    """A speech act that did not happen: "nicht" right before the verb or its particle ("Die
    Identität gab die Behörde nicht bekannt", "Das Ziel wurde nicht genannt"). It quotes
    nothing, unless what was not confirmed is given ("…, wonach Zeugen …")."""
    if {"dass", "wonach", "ob"} & set(words.lower[start:end]):
        return False
    particles = [
        i for i in range(verb + 1, end) if entry.particle and words.lower[i] == entry.particle
    ]
    completes = [verb, *particles]
    if any(i > start and words.lower[i - 1] == "nicht" for i in completes):
        return True
    # "Bedingungen nannte er nicht.", "Er nannte keine Details.": after the verb, in its
    # clause; but "schloss keine Ursache aus" rules nothing out, which is a statement
    clause_end = next((i for i in range(verb + 1, end) if words.lower[i] in _JOINS), end)
    after = words.lower[verb + 1 : clause_end]
    if entry.lemma in _RULING_OUT:
        return False
    return (not particles and after[-1:] == ["nicht"]) or bool(_NONE & set(after))


_NONE = frozenset({"kein", "keine", "keinen", "keinem", "keiner", "keinerlei"})
_JOINS = frozenset({",", ";", "und", "oder", "aber"})
_RULING_OUT = frozenset({"ausschließen", "schließen"})


def _reflexive(words: Words, start: int, verb: int) -> bool:
    """ "sich" right after the verb or earlier in its clause ("hat sich nicht dazu geäußert")."""
    for index in range(min(verb + 2, len(words) - 1), start - 1, -1):
        if words.lower[index] == "sich":
            return True
        if index < verb and words.forms[index] in {",", ";", ":"}:
            return False
    return False


def _stative_passive(words: Words, participle: int, finite: int) -> bool:
    """ "sind angekündigt": "sein" with the participle of a verb whose perfect takes "haben",
    so its subject is what was said. "ist davon ausgegangen" is a perfect."""
    return (
        participle != finite
        and words.tokens[participle].tag == "VV(PP)"
        and words.tokens[finite].lemma == "sein"
        and words.tokens[participle].lemma not in {"ausgehen", "gehen"}
    )


def _talk_of(words: Words, start: int, end: int) -> tuple[int, tuple[int, int], str] | None:
    """ "In ersten Agenturmeldungen war von Staatsbürgern die Rede": talk summarised, with its
    source after "in" (without one it is no attribution)."""
    for index in range(start + 2, end):
        if words.lower[index] != "rede" or words.lower[index - 1] != "die":
            continue
        if not {"von", "vom"} & set(words.lower[start:index]) or not any(
            words.tokens[i].lemma == "sein" for i in range(start, index)
        ):
            return None
        source = source_phrase(words, start, index)
        if source is None or names_a_time(words, source):
            return None  # "Bereits im Oktober 2005 war von X die Rede": when, not where
        return index, source, "speech+writing"
    return None
