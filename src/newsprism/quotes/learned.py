"""The learned part of quotation detection: what a sentence without a frame is.

A sentence that no frame attributes may still report speech: free indirect speech in
Konjunktiv I or II continuing a report, "soll" hearsay, or a summary of a speech act ("Li
nannte die Bewegung illegal"). Rules decide this poorly, because the evidence is spread over
mood, verbs, the subject and what came before. An averaged perceptron over such features
decides instead when one is configured (``quote_model``). It is trained from the WIKINEWS-de
quotation data with ``newsprism train quotes``, which writes the model with that data's licence
(CC BY-NC-SA 4.0) beside it. No model ships with newsprism: on the dev split it did not beat the
rules (benchmarks/README.md), so the rules decide by default.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from newsprism.errors import NewsprismError
from newsprism.perceptron import Perceptron
from newsprism.quotes.chunks import Words
from newsprism.quotes.cues import cues

LABELS = ("none", "indirect_free_indirect", "reported", "free_indirect")


@dataclass(frozen=True)
class Context:
    """What came before the sentence."""

    since_quote: int  # sentences since the last quotation (99 if none)
    last_type: str  # type of the last quotation, "" if none
    same_paragraph: bool  # the last quotation is in this paragraph


def features(words: Words, first: int, end: int, context: Context, rule: str) -> list[str]:
    """The sentence's features; ``rule`` is what the rules decided, so that the model learns
    when to trust them."""
    tokens = words.tokens[first:end]
    lexicon = cues(words.language)
    found = [
        "bias",
        f"rule={rule}",
        f"rule={rule}|since={min(context.since_quote, 4)}",
        f"since={min(context.since_quote, 4)}",
        f"last={context.last_type}",
        f"para={context.same_paragraph}",
        f"len={min((end - first) // 8, 5)}",
    ]
    moods = {t.mood for t in tokens if t.mood}
    found += [f"mood={m}" for m in sorted(moods)]
    first_verb = next((t for t in tokens if t.mood), None)
    if first_verb is not None:
        found.append(f"mood1={first_verb.mood}")
        found.append(f"verb1={first_verb.lemma}")
    for token in tokens:
        if token.pos in {"VERB", "AUX"}:
            found.append(f"lemma={token.lemma}")
            entries = [entry for entry in lexicon.get(token.lemma, ()) if entry.alone]
            if entries:
                found.append("cue")
                if any("summary" in e.frames for e in entries):
                    found.append("cue_summary")
                found.append(f"cue_medium={entries[0].medium}")
            if token.lemma == "sollen" and token.mood:
                found.append(f"sollen={token.mood}")
    last_words = [words.lower[i] for i in range(max(first, end - 3), end)]
    found += [f"end={w}" for w in last_words if w in {"haben", "sein", "worden", "werden"}]
    head = words.lower[first] if first < end else ""
    found.append(f"first={head}")
    found.append(f"firstpos={words.pos(first)}")
    found.append(f"secondpos={words.pos(first + 1)}")
    if any(words.forms[i] in '„“"»«' for i in range(first, end)):
        found.append("marks")
    if any(t.proper for t in tokens[:4]):
        found.append("name_early")
    return found


@cache
def load_model(path: str) -> Perceptron:
    """A model written by ``newsprism train quotes``, or E201 if the file is unusable."""
    try:
        model = Perceptron.load(Path(path).read_bytes())
    except (OSError, ValueError, KeyError) as error:
        raise NewsprismError("E201", f"quote_model {path}: {error}") from error
    if model.labels != LABELS:
        raise NewsprismError("E201", f"quote_model {path}: not a newsprism sentence model")
    return model
