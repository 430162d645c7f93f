"""A word form's reading: its lemma, tag (STTS for German, CLAWS C5 for English), universal part
of speech and whether it may be a name; shared by the lexicon and the context rules."""

from __future__ import annotations

import re
from dataclasses import dataclass

NUMBER_COMPOUND = re.compile(r"^\d+-([^\W\d_]{3,})$")  # "62-Jährige", "45-jährige", "3-Zimmer"
FINITE = frozenset({"VV(FIN)", "VA(FIN)", "VM(FIN)", "VV(IMP)", "VA(IMP)"})

# STTS (German, HanTa's variant) and CLAWS C5 (English) to Universal POS.
_UPOS_DE = {
    "NN": "NOUN",
    "NNA": "NOUN",
    "NNI": "NOUN",
    "NE": "PROPN",
    "ADJ(A)": "ADJ",
    "ADJ(D)": "ADJ",
    "ADV": "ADV",
    "PROAV": "ADV",
    "PWAV": "ADV",
    "APPR": "ADP",
    "APPRART": "ADP",
    "APPO": "ADP",
    "APZR": "ADP",
    "ART": "DET",
    "PDAT": "DET",
    "PIAT": "DET",
    "PPOSAT": "DET",
    "PWAT": "DET",
    "PRELAT": "DET",
    "CARD": "NUM",
    "KON": "CCONJ",
    "KOKOM": "CCONJ",
    "KOUS": "SCONJ",
    "KOUI": "SCONJ",
    "PDS": "PRON",
    "PIS": "PRON",
    "PPER": "PRON",
    "PPOSS": "PRON",
    "PRELS": "PRON",
    "PRF": "PRON",
    "PWS": "PRON",
    "PTKA": "PART",
    "PTKANT": "PART",
    "PTKNEG": "PART",
    "PTKVZ": "ADP",
    "PTKZU": "PART",
    "ITJ": "INTJ",
    "FM": "X",
    "XY": "X",
    "TRUNC": "X",
}
_UPOS_EN_PREFIX = (
    ("NP", "PROPN"),
    ("NN", "NOUN"),
    ("VB", "AUX"),
    ("VD", "AUX"),
    ("VH", "AUX"),
    ("VM", "AUX"),
    ("VV", "VERB"),
    ("AJ", "ADJ"),
    ("AV", "ADV"),
    ("AT", "DET"),
    ("DT", "DET"),
    ("DP", "DET"),
    ("PR", "ADP"),
    ("CJS", "SCONJ"),
    ("CJT", "SCONJ"),
    ("CJ", "CCONJ"),
    ("CR", "NUM"),
    ("ORD", "ADJ"),
    ("PN", "PRON"),
    ("PUN", "PUNCT"),
    ("TO", "PART"),
    ("XX", "PART"),
    ("ITJ", "INTJ"),
    ("EX", "PRON"),
    ("POS", "PART"),
)


def upos(tag: str, language: str) -> str:
    if tag.startswith("$") or tag.startswith("PU"):
        return "PUNCT"
    if language == "de":
        if tag.startswith("VV"):
            return "VERB"
        if tag.startswith(("VA", "VM")):
            return "AUX"
        return _UPOS_DE.get(tag, "X")
    for prefix, pos in _UPOS_EN_PREFIX:
        if tag.startswith(prefix):
            return pos
    return "X"


@dataclass(frozen=True, slots=True)
class Reading:
    """The context-free analysis of one word form."""

    lemma: str
    tag: str
    score: float
    pos: str
    proper: bool


def make_reading(lemma: str, tag: str, score: float, language: str) -> Reading:
    return Reading(lemma, tag, score, upos(tag, language), tag in ("NE", "NP0"))
