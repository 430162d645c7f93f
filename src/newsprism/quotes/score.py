"""The quotation metric of the WIKINEWS-de quote dataset (Petersen-Frey & Biemann, 2024).

1. Per document, predicted and gold quotations are paired one to one by Hungarian matching on
   the token-overlap F1 of their quote spans; a matching type and a matching medium break ties.
   Pairs whose quote spans share no token are not pairs.
2. For every pair, and for every quotation left unpaired, token-level precision and recall are
   computed for the quote span and each role (speaker, cue, frame, addressee).
3. "Messages" is the quote span alone, "Roles" the four roles, "Joint" all five. Each score is
   the mean precision and the mean recall over all of these, with F1 their harmonic mean.

Where the dataset description is silent, this implementation decides so: precision is only
defined where something was predicted and recall only where gold has something. A role that
is empty on both sides (most addressees) adds nothing to either mean. An unpaired gold
quotation adds recall 0 for each role it has, and an unpaired prediction adds precision 0 for
each role it has. Type ("Form") and medium ("STWR") are micro F1 over quotations: a pair with
the same label is a true positive.

The quote-level view adds: the share of gold quotations found (paired with quote-token F1 at
least 0.5), per type, and among those found, the share whose speaker is right (speaker-token
F1 at least 0.5, or both without a speaker).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

ROLES = ("quote", "speaker", "cue", "frame", "addressee")
ATTRIBUTION_ROLES = ROLES[1:]


@dataclass(frozen=True)
class Annotation:
    """One quotation as sets of token ids per role."""

    type: str
    medium: str
    roles: dict[str, frozenset[int]]

    def tokens(self, role: str) -> frozenset[int]:
        return self.roles.get(role, frozenset())


def overlap_f1(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return 2 * shared / (len(a) + len(b))


def pair(gold: Sequence[Annotation], predicted: Sequence[Annotation]) -> list[tuple[int, int]]:
    """Hungarian matching on quote-span F1, ties broken by type and medium."""
    if not gold or not predicted:
        return []
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    weights = np.zeros((len(gold), len(predicted)))
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            f1 = overlap_f1(g.tokens("quote"), p.tokens("quote"))
            if f1 > 0:
                weights[i, j] = f1 + 1e-3 * (g.type == p.type) + 1e-3 * (g.medium == p.medium)
    rows, columns = linear_sum_assignment(weights, maximize=True)
    return [(int(i), int(j)) for i, j in zip(rows, columns, strict=True) if weights[i, j] > 0]


@dataclass
class Scores:
    precision: dict[str, list[float]] = field(default_factory=lambda: {r: [] for r in ROLES})
    recall: dict[str, list[float]] = field(default_factory=lambda: {r: [] for r in ROLES})
    type_counts: Counter[str] = field(default_factory=Counter)  # tp / predicted / gold
    medium_counts: Counter[str] = field(default_factory=Counter)
    gold_by_type: Counter[str] = field(default_factory=Counter)
    found_by_type: Counter[str] = field(default_factory=Counter)
    speaker_right: int = 0

    def add_document(self, gold: Sequence[Annotation], predicted: Sequence[Annotation]) -> None:
        pairs = pair(gold, predicted)
        paired_gold = {i for i, _ in pairs}
        paired_predicted = {j for _, j in pairs}
        units: list[tuple[Annotation | None, Annotation | None]] = [
            (gold[i], predicted[j]) for i, j in pairs
        ]
        units += [(g, None) for i, g in enumerate(gold) if i not in paired_gold]
        units += [(None, p) for j, p in enumerate(predicted) if j not in paired_predicted]
        for g, p in units:
            for role in ROLES:
                gold_tokens = g.tokens(role) if g else frozenset()
                predicted_tokens = p.tokens(role) if p else frozenset()
                shared = len(gold_tokens & predicted_tokens)
                if predicted_tokens:
                    self.precision[role].append(shared / len(predicted_tokens))
                if gold_tokens:
                    self.recall[role].append(shared / len(gold_tokens))
        self.type_counts["predicted"] += len(predicted)
        self.type_counts["gold"] += len(gold)
        self.medium_counts["predicted"] += len(predicted)
        self.medium_counts["gold"] += len(gold)
        for g in gold:
            self.gold_by_type[g.type] += 1
        for i, j in pairs:
            g, p = gold[i], predicted[j]
            self.type_counts["tp"] += g.type == p.type
            self.medium_counts["tp"] += g.medium == p.medium
            if overlap_f1(g.tokens("quote"), p.tokens("quote")) >= 0.5:
                self.found_by_type[g.type] += 1
                gold_speaker, predicted_speaker = g.tokens("speaker"), p.tokens("speaker")
                if (not gold_speaker and not predicted_speaker) or overlap_f1(
                    gold_speaker, predicted_speaker
                ) >= 0.5:
                    self.speaker_right += 1

    def prf(self, roles: Iterable[str]) -> tuple[float, float, float]:
        roles = list(roles)
        precisions = [v for r in roles for v in self.precision[r]]
        recalls = [v for r in roles for v in self.recall[r]]
        p = sum(precisions) / len(precisions) if precisions else 0.0
        r = sum(recalls) / len(recalls) if recalls else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @staticmethod
    def micro_f1(counts: Counter[str]) -> float:
        denominator = counts["predicted"] + counts["gold"]
        return 2 * counts["tp"] / denominator if denominator else 0.0

    def summary(self) -> dict[str, float]:
        found = sum(self.found_by_type.values())
        result = {
            "messages_f1": self.prf(["quote"])[2],
            "roles_f1": self.prf(ATTRIBUTION_ROLES)[2],
            "joint_f1": self.prf(ROLES)[2],
            "type_f1": self.micro_f1(self.type_counts),
            "medium_f1": self.micro_f1(self.medium_counts),
            "found": found / max(sum(self.gold_by_type.values()), 1),
            "speaker_right": self.speaker_right / max(found, 1),
        }
        for role in ROLES:
            result[f"{role}_f1"] = self.prf([role])[2]
        return result

    def report(self) -> str:
        lines = []
        for name, roles in (
            ("Messages", ["quote"]),
            ("Roles", ATTRIBUTION_ROLES),
            ("Joint", ROLES),
        ):
            p, r, f = self.prf(roles)
            lines.append(f"{name:<10} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
        for role in ATTRIBUTION_ROLES:
            p, r, f = self.prf([role])
            lines.append(f"  {role:<9} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
        lines.append(
            f"Type F1 {self.micro_f1(self.type_counts):.3f}   "
            f"Medium F1 {self.micro_f1(self.medium_counts):.3f}"
        )
        found = sum(self.found_by_type.values())
        total = sum(self.gold_by_type.values())
        lines.append(
            f"Quotes found (quote F1 >= 0.5): {found}/{total} = {found / max(total, 1):.3f}"
        )
        for kind, count in sorted(self.gold_by_type.items()):
            lines.append(
                f"  {kind:<21} {self.found_by_type[kind]:>4}/{count:<4} = "
                f"{self.found_by_type[kind] / count:.3f}"
            )
        lines.append(
            f"Speaker right among found: {self.speaker_right}/{found} = "
            f"{self.speaker_right / max(found, 1):.3f}"
        )
        return "\n".join(lines)
