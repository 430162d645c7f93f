"""Readable terminal views of analysed articles and of runs."""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Callable
from typing import TextIO

from newsprism.errors import Problem
from newsprism.model import Article, Quote

_STYLE = {
    "subj1": "\x1b[1;33m",
    "subj2": "\x1b[36m",
    "proper": "\x1b[4m",
    "dim": "\x1b[2m",
    "bold": "\x1b[1m",
}
_RESET = "\x1b[0m"


def render_article(article: Article, color: bool = False) -> str:
    def paint(text: str, style: str) -> str:
        return f"{_STYLE[style]}{text}{_RESET}" if color else text

    lines = [paint(article.title or "(no headline)", "bold")]
    meta = [
        ("id", article.id),
        ("source", article.source),
        ("published", article.published),
        (
            "language",
            f"{article.language} ({article.language_score:.2f})" if article.language else "",
        ),
        ("url", article.url),
        ("author", article.author),
        ("from", article.origin),
    ]
    lines.append("  ".join(f"{key}: {value}" for key, value in meta if value))
    for item in article.boilerplate:
        lines.append(paint(f"removed boilerplate ({item.rule}): {item.text}", "dim"))
    lines.append("")
    number = 0
    for paragraph in article.paragraphs:
        label = {"title": "headline", "heading": "subheading"}.get(paragraph.kind, "")
        if label:
            lines.append(paint(f"  [{label}]", "dim"))
        for sentence in article.sentences:
            if paragraph.start <= sentence.start < paragraph.end:
                number += 1
                lines.append(
                    f"  {number:>3}  "
                    + _marked(article, sentence.token_start, sentence.token_end, paint)
                )
        lines.append("")
    if article.quotes:
        lines.append(paint(f"Quotations ({len(article.quotes)})", "bold"))
        for quote in article.quotes:
            lines.append("  " + _quote_line(article, quote))
        lines.append("")
    if article.entities:
        by_label: dict[str, list[str]] = {}
        for entity in sorted(article.entities, key=lambda e: -len(e.mentions)):
            by_label.setdefault(entity.label, []).append(f"{entity.name} ({len(entity.mentions)})")
        for label, title in (
            ("PER", "People"),
            ("ORG", "Organisations"),
            ("LOC", "Places"),
            ("MISC", "Other names"),
        ):
            if label in by_label:
                lines.append(f"{title}: {', '.join(by_label[label])}")
    if article.numbers:
        facts = []
        for mention in article.numbers:
            shown = article.text[mention.start : mention.end]
            counted = " ".join(article.text[s.start : s.end] for s in mention.counted)
            what = f"{shown} {counted}" if counted else shown
            facts.append(f"{what} = {mention.value}{mention.unit}")
        lines.append(f"Numbers and dates: {'; '.join(facts)}")
    if article.signals:
        flags = []
        for signal in article.signals:
            evidence = article.text[signal.start : signal.end]
            whose = f", quoted from {signal.speaker or '?'}" if signal.voice == "quoted" else ""
            flags.append(f"„{evidence}“ ({signal.entry}{whose})")
        lines.append(f"Framing signals: {'; '.join(flags)}")
    if article.translation_score:
        lines.append(f"Machine-translation score: {article.translation_score:.2f}")
    moods = Counter(t.mood for t in article.tokens if t.mood)
    subj1 = sorted({article.token_text(t) for t in article.tokens if t.mood == "subj1"})
    names = sorted({article.token_text(t) for t in article.tokens if t.proper})
    lines.append(
        f"{len(article.paragraphs)} paragraphs, {len(article.sentences)} sentences, "
        f"{len(article.tokens)} tokens; finite verbs: "
        + ", ".join(f"{mood} {count}" for mood, count in sorted(moods.items()))
    )
    if subj1:
        lines.append(f"Konjunktiv I (reported speech): {paint(', '.join(subj1), 'subj1')}")
    if names:
        lines.append(f"Proper-noun candidates: {', '.join(names)}")
    return "\n".join(lines)


def _quote_line(article: Article, quote: Quote) -> str:
    text = article.text
    said = " … ".join(text[s.start : s.end] for s in quote.quote)
    local = " ".join(text[s.start : s.end] for s in quote.speaker)
    who = quote.speaker_name or local or "?"
    if local and local != who:
        who += f" ({local})"
    cue = " … ".join(text[s.start : s.end] for s in quote.cue)
    nested = ", nested" if quote.nested_in >= 0 else ""
    return f"{who} [{quote.type}{', ' + cue if cue else ''}{nested}]: {said}"


def _marked(article: Article, first: int, last: int, paint: Callable[[str, str], str]) -> str:
    text = article.text
    tokens = article.tokens[first:last]
    if not tokens:
        return ""
    pieces = []
    cursor = tokens[0].start
    for token in tokens:
        pieces.append(text[cursor : token.start])
        word = text[token.start : token.end]
        if token.mood in ("subj1", "subj2"):
            word = paint(word, token.mood)
        elif token.proper:
            word = paint(word, "proper")
        pieces.append(word)
        cursor = token.end
    return "".join(pieces)


def plural(count: int, noun: str, nouns: str = "") -> str:
    return f"{count:,} {noun if count == 1 else nouns or noun + 's'}"


def article_line(article: Article) -> str:
    title = article.title or article.text[:60].replace("\n", " ")
    return (
        f"{article.id[:28]:<28}  {article.published or '-':<10}  {article.language or '-':<2}  "
        f"{len(article.paragraphs):>3} par {len(article.sentences):>4} sent  {title[:70]}"
    )


class Progress:
    """A live counter on stderr when it is a terminal; silent otherwise."""

    def __init__(self, stream: TextIO | None = None, enabled: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.started = time.perf_counter()
        self.articles = 0
        self.problems: Counter[str] = Counter()
        self._shown = 0.0

    def article(self) -> None:
        self.articles += 1
        self._tick()

    def problem(self, problem: Problem) -> None:
        self.problems[problem.code] += 1
        if self.enabled:
            self.stream.write("\r\x1b[K")
        self.stream.write(f"skipped {problem}\n")
        self._tick()

    @property
    def elapsed(self) -> float:
        return time.perf_counter() - self.started

    def _tick(self) -> None:
        now = time.perf_counter()
        if self.enabled and now - self._shown > 0.2:
            self._shown = now
            rate = self.articles / max(self.elapsed, 1e-9)
            skipped = sum(self.problems.values())
            self.stream.write(
                f"\r\x1b[K  {self.articles:,} articles · {skipped:,} skipped · {rate:,.0f}/s"
            )
            self.stream.flush()

    def finish(self) -> None:
        if self.enabled:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
