"""Per-outlet framing profiles over a store: what each outlet says in its own voice.

Counts are articles, not matches: an outlet that writes "Militäroperation" five times in one
article counts once for it. ``wording`` holds authorial use only, as the outlet's own framing;
``narratives`` and ``techniques`` what it asserts and uses in its own voice; ``quoted`` holds
wording, narratives and techniques found inside quotations, listed apart. ``artefact_rate`` is the
share of an outlet's articles whose translation score is at least ``MACHINE_TRANSLATED``.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import IO

from newsprism.store.sqlite import Store
from newsprism.views import plural

MACHINE_TRANSLATED = 0.5  # one kind of strong artefact, or two weaker ones
# each counter of a profile: its field (and JSON key), its heading in the table, its CSV voice
SECTIONS = (
    ("wording", "own wording", "authorial"),
    ("narratives", "own narratives", "narrative"),
    ("techniques", "techniques", "technique"),
    ("quoted", "quoted", "quoted"),
    ("artefacts", "artefacts", "artefact"),
)


@dataclass
class OutletProfile:
    source: str
    articles: int = 0
    wording: Counter[str] = field(default_factory=Counter)
    narratives: Counter[str] = field(default_factory=Counter)
    techniques: Counter[str] = field(default_factory=Counter)
    quoted: Counter[str] = field(default_factory=Counter)
    artefacts: Counter[str] = field(default_factory=Counter)
    translation_scores: list[float] = field(default_factory=list)

    @property
    def mean_translation_score(self) -> float:
        return sum(self.translation_scores) / len(self.translation_scores) if self.articles else 0.0

    @property
    def artefact_rate(self) -> float:
        flagged = sum(score >= MACHINE_TRANSLATED for score in self.translation_scores)
        return flagged / self.articles if self.articles else 0.0

    def counts(self, name: str) -> Counter[str]:
        counter: Counter[str] = getattr(self, name)
        return counter

    def as_dict(self) -> dict[str, object]:
        return {
            "source": self.source,
            "articles": self.articles,
            **{name: dict(self.counts(name).most_common()) for name, _, _ in SECTIONS},
            "mean_translation_score": round(self.mean_translation_score, 3),
            "artefact_rate": round(self.artefact_rate, 3),
        }


def profiles(store: Store) -> list[OutletProfile]:
    """One profile per outlet in the store, the outlet with most articles first."""
    return build(store.framing_rows())


def build(rows: Iterable[tuple[str, str, float, str, str, str]]) -> list[OutletProfile]:
    by_source: dict[str, OutletProfile] = {}
    seen: set[tuple[str, str, str]] = set()
    current = ""
    for source, article_id, score, kind, entry, voice in rows:
        profile = by_source.setdefault(source, OutletProfile(source))
        if article_id != current:
            current = article_id
            profile.articles += 1
            profile.translation_scores.append(float(score))
        if not kind or (article_id, entry, voice) in seen:
            continue
        seen.add((article_id, entry, voice))
        if kind == "translation_artefact":
            profile.artefacts[entry] += 1
        elif voice == "quoted":
            profile.quoted[entry] += 1
        elif kind == "narrative":
            profile.narratives[entry] += 1
        elif kind == "technique":
            profile.techniques[entry] += 1
        else:
            profile.wording[entry] += 1
    return sorted(by_source.values(), key=lambda p: (-p.articles, p.source))


def write_table(found: list[OutletProfile], stream: IO[str]) -> None:
    for profile in found:
        stream.write(
            f"{profile.source}: {plural(profile.articles, 'article')}, translation score "
            f"{profile.mean_translation_score:.2f} on average, "
            f"{profile.artefact_rate:.0%} look machine-translated\n"
        )
        for name, title, _ in SECTIONS:
            counts = profile.counts(name)
            if counts:
                listed = ", ".join(f"{entry} {n}" for entry, n in counts.most_common())
                stream.write(f"  {title}: {listed}\n")


def write_jsonl(found: list[OutletProfile], stream: IO[str]) -> None:
    for profile in found:
        stream.write(json.dumps(profile.as_dict(), ensure_ascii=False) + "\n")


def write_csv(found: list[OutletProfile], stream: IO[str]) -> None:
    """One row per outlet and entry; voice is ``authorial`` (wording), ``narrative`` or
    ``technique`` (in the outlet's voice), ``quoted`` or ``artefact``."""
    writer = csv.writer(stream)
    writer.writerow(["source", "articles", "voice", "entry", "articles_with_entry", "share"])
    for profile in found:
        for name, _, voice in SECTIONS:
            for entry, n in profile.counts(name).most_common():
                share = f"{n / profile.articles:.3f}"
                writer.writerow([profile.source, profile.articles, voice, entry, n, share])


WRITERS = {"table": write_table, "jsonl": write_jsonl, "csv": write_csv}
