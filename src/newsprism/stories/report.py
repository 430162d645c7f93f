"""A comparison as JSON, as terminal text and as one self-contained HTML page.

The HTML page sets the articles side by side, each with its quotations, drifted quotations and
passages without counterpart marked. Every piece of article text goes through
:func:`html.escape`: articles are untrusted input, and a report must never run what an article
contains. The page loads nothing from elsewhere.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from newsprism.model import Article
from newsprism.stories.compare import Comparison, QuoteLink

SCHEMA = "newsprism-comparison/1"


def to_json(comparison: Comparison) -> dict[str, Any]:
    """The comparison as plain JSON data; README "Comparison JSON" documents the fields."""
    return {"schema": SCHEMA, **asdict(comparison)}


def render_text(comparison: Comparison) -> str:
    names = {a.id: _name(a.id, a.source) for a in comparison.articles}
    lines = ["Articles"]
    lines += [f"  {names[a.id]}  {a.published or '-'}  {a.title}" for a in comparison.articles]
    lines += ["", f"Quote drift ({len(comparison.drifted_quotes)})"]
    for link in comparison.drifted_quotes:
        lines += _drift_lines(link, names)
    lines += ["", f"Shared quotes ({len(comparison.shared_quotes)})"]
    for link in comparison.shared_quotes:
        lines.append(f"  {link.first.speaker or '?'}: „{_short(link.first.text)}“")
        lines.append(f"    in {names[link.first.article]} and {names[link.second.article]}")
    lines += ["", f"Quotes in one article only ({len(comparison.unique_quotes)})"]
    for ref in comparison.unique_quotes:
        lines.append(
            f"  [{names[ref.article]}] {ref.speaker or '?'} ({ref.type}): {_short(ref.text)}"
        )
    lines += ["", f"Facts and numbers in one article only ({len(comparison.unique_facts)})"]
    for fact in comparison.unique_facts:
        lines.append(f"  [{names[fact.article]}] {fact.text}  ({fact.kind} {fact.value})")
    lines += ["", f"Passages without counterpart ({len(comparison.unique_passages)})"]
    for passage in comparison.unique_passages:
        voices = f" (speakers: {', '.join(passage.speakers)})" if passage.speakers else ""
        lines.append(f"  [{names[passage.article]}]{voices} {_short(passage.text, 300)}")
    lines += ["", f"Entities in one article only ({len(comparison.unique_entities)})"]
    for entity in comparison.unique_entities:
        lines.append(f"  [{names[entity.article]}] {entity.name} ({entity.label})")
    return "\n".join(lines) + "\n"


def _drift_lines(link: QuoteLink, names: dict[str, str]) -> list[str]:
    first, second = link.first, link.second
    where = "headline" if first.in_headline else "body"
    other = "headline" if second.in_headline else "body"
    diff = " ".join(
        words if kind == "same" else f"[-{words}-]" if kind == "first" else f"{{+{words}+}}"
        for kind, words in link.diff
    )
    return [
        f"  {first.speaker or '?'}: {names[first.article]} {where} vs "
        f"{names[second.article]} {other} (wording {link.wording:.2f}, meaning {link.meaning:.2f})",
        f"    {_short(diff, 400)}",
    ]


def _name(article_id: str, source: str) -> str:
    return f"{source} ({article_id})" if source else article_id


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- HTML --------------------------------------------------------------------------------------

_STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:1.5em;color:#222}
.columns{display:flex;gap:1.5em;align-items:flex-start}
.article{flex:1;min-width:0;border:1px solid #ccc;padding:0 1em 1em;border-radius:4px}
.article p{white-space:pre-wrap}
.quote{background:#e3efff}
.drift{background:#ffe08a}
.unique{background:#ffd6d6}
.legend span{padding:0 .4em;margin-right:1em}
del{background:#ffd6d6}ins{background:#d4f7d4;text-decoration:none}
table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.2em .6em;
vertical-align:top;text-align:left}
"""


def render_html(comparison: Comparison, articles: Sequence[Article]) -> str:
    by_id = {a.id: a for a in articles}
    names = {a.id: _name(a.id, a.source) for a in comparison.articles}
    columns = "".join(
        _column(by_id[ref.id], comparison, names[ref.id]) for ref in comparison.articles
    )
    parts = [
        "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'>",
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; style-src "
        "'unsafe-inline'\">",
        f"<title>newsprism comparison</title><style>{_STYLE}</style></head><body>",
        "<h1>Comparison</h1><p class='legend'><span class='quote'>quotation</span>"
        "<span class='drift'>drifted quotation</span>"
        "<span class='unique'>passage without counterpart</span></p>",
        f"<div class='columns'>{columns}</div>",
        _drift_table(comparison, names),
        _list(
            "Quotes in one article only",
            [
                f"[{names[r.article]}] {r.speaker or '?'} ({r.type}): {r.text}"
                for r in comparison.unique_quotes
            ],
        ),
        _list(
            "Shared quotes",
            [
                f"{k.first.speaker or '?'}: {k.first.text} — {names[k.first.article]}, "
                f"{names[k.second.article]}"
                for k in comparison.shared_quotes
            ],
        ),
        _list(
            "Facts and numbers in one article only",
            [
                f"[{names[f.article]}] {f.text} ({f.kind} {f.value})"
                for f in comparison.unique_facts
            ],
        ),
        _list(
            "Entities in one article only",
            [f"[{names[e.article]}] {e.name} ({e.label})" for e in comparison.unique_entities],
        ),
        "</body></html>\n",
    ]
    return "".join(parts)


def _column(article: Article, comparison: Comparison, name: str) -> str:
    marks: list[tuple[int, int, str]] = []
    for quote in article.quotes:
        for span in quote.quote:
            marks.append((span.start, span.end, "quote"))
    for link in comparison.drifted_quotes:
        for ref in (link.first, link.second):
            if ref.article == article.id:
                marks.append((ref.start, ref.end, "drift"))
    for passage in comparison.unique_passages:
        if passage.article == article.id:
            marks.append((passage.start, passage.end, "unique"))
    paragraphs = []
    for paragraph in article.paragraphs or ():
        body = _marked(article.text, paragraph.start, paragraph.end, marks)
        tag = "h2" if paragraph.kind == "title" else "h3" if paragraph.kind == "heading" else "p"
        paragraphs.append(f"<{tag}>{body}</{tag}>")
    if not paragraphs:
        paragraphs.append(f"<p>{_marked(article.text, 0, len(article.text), marks)}</p>")
    meta = html.escape(" · ".join(x for x in (name, article.published, article.language) if x))
    return f"<div class='article'><p><small>{meta}</small></p>{''.join(paragraphs)}</div>"


def _marked(text: str, start: int, end: int, marks: list[tuple[int, int, str]]) -> str:
    """The text between start and end, escaped, with each character's strongest mark as a
    span class (unique passage over drift over quotation)."""
    rank = {"quote": 1, "drift": 2, "unique": 3}
    classes = [""] * (end - start)
    for mark_start, mark_end, kind in marks:
        for position in range(max(start, mark_start), min(end, mark_end)):
            current = classes[position - start]
            if not current or rank[kind] > rank[current]:
                classes[position - start] = kind
    pieces = []
    run_start = start
    for position in range(start + 1, end + 1):
        if position == end or classes[position - start] != classes[run_start - start]:
            piece = html.escape(text[run_start:position])
            kind = classes[run_start - start]
            pieces.append(f"<span class='{kind}'>{piece}</span>" if kind else piece)
            run_start = position
    return "".join(pieces)


def _drift_table(comparison: Comparison, names: dict[str, str]) -> str:
    if not comparison.drifted_quotes:
        return "<h2>Quote drift</h2><p>None found.</p>"
    rows = []
    for link in comparison.drifted_quotes:
        diff = " ".join(
            html.escape(words)
            if kind == "same"
            else f"<del>{html.escape(words)}</del>"
            if kind == "first"
            else f"<ins>{html.escape(words)}</ins>"
            for kind, words in link.diff
        )
        first = "headline" if link.first.in_headline else "body"
        second = "headline" if link.second.in_headline else "body"
        sources = f"{names[link.first.article]} {first} → {names[link.second.article]} {second}"
        rows.append(
            f"<tr><td>{html.escape(link.first.speaker or '?')}</td><td>{html.escape(sources)}"
            f"</td><td>{diff}</td><td>{link.wording:.2f} / {link.meaning:.2f}</td></tr>"
        )
    return (
        "<h2>Quote drift</h2><table><tr><th>Speaker</th><th>Where</th><th>Word diff "
        "(<del>first</del> <ins>second</ins>)</th><th>wording / meaning</th></tr>"
        + "".join(rows)
        + "</table>"
    )


def _list(title: str, items: list[str]) -> str:
    if not items:
        return f"<h2>{html.escape(title)}</h2><p>None found.</p>"
    body = "".join(f"<li>{html.escape(item)}</li>" for item in items)
    return f"<h2>{html.escape(title)} ({len(items)})</h2><ul>{body}</ul>"
