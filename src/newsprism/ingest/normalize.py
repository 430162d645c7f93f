"""From what a reader found to one normalised :class:`~newsprism.model.Article`.

Normalisation happens once, here: Unicode NFC, one kind of line break, no soft hyphens or
zero-width characters, single spaces inside a paragraph, paragraphs joined by a blank line.
Quotation marks and dashes are left exactly as written: they are evidence (a stray ``”`` in
German text is a translation artefact). After this point the text never changes, so every
offset computed later stays valid.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from urllib.parse import urlsplit

from newsprism.errors import NewsprismError
from newsprism.ingest.boilerplate import boilerplate_rule
from newsprism.model import Article, Boilerplate, Paragraph

_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_TERMINAL_END = re.compile(r"[.!?…:;][\"“”»«’‘')\]]*$")
_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?$")
_GERMAN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})")
_PARAGRAPH = re.compile(r"\S(?:.*?\S)?(?=\s*\n\s*\n|\s*\Z)", re.DOTALL)
_SAFE_ID = re.compile(r"[^\w.:~-]+")


@dataclass
class Draft:
    """What a reader extracted from one record, before normalisation."""

    origin: str
    blocks: Sequence[str]  # paragraphs as found; a block may contain hard line breaks
    title: str = ""
    id: str = ""
    source: str = ""
    url: str = ""
    published: str = ""
    author: str = ""
    headings: frozenset[int] = field(
        default_factory=frozenset
    )  # block indices known to be headings


def clean(text: str) -> str:
    """One paragraph's text: NFC, no invisible or control characters, single spaces."""
    text = _CONTROL.sub(" ", _INVISIBLE.sub("", unicodedata.normalize("NFC", text)))
    return _SPACES.sub(" ", text.replace("\r", " ").replace("\n", " ")).strip()


def normalize_date(value: object) -> str:
    """An ISO date, partial allowed (2023, 2023-12, 2023-12-14); "" when not a date."""
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    text = str(value or "").strip()
    match = _ISO_DATE.match(text)
    if match:
        year, month, day = match.groups()
        parts = [year] + [f"{int(p):02d}" for p in (month, day) if p]
        return "-".join(parts) if _valid(parts) else ""
    match = _GERMAN_DATE.match(text)
    if match:
        day, month, year = match.groups()
        parts = [year, f"{int(month):02d}", f"{int(day):02d}"]
        return "-".join(parts) if _valid(parts) else ""
    try:  # RFC 2822, as in RSS
        from email.utils import parsedate_to_datetime

        return parsedate_to_datetime(text).strftime("%Y-%m-%d")
    except (TypeError, ValueError, IndexError):
        return ""


def _valid(parts: list[str]) -> bool:
    try:
        date(
            int(parts[0]),
            int(parts[1]) if len(parts) > 1 else 1,
            int(parts[2]) if len(parts) > 2 else 1,
        )
    except ValueError:
        return False
    return True


def domain(url: str) -> str:
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # "http://[not-an-address"
        return ""
    return host.removeprefix("www.")


def assemble(draft: Draft, max_chars: int) -> Article:
    """Normalise a draft into an article, or raise E113/E105."""
    title = clean(draft.title)
    kept: list[tuple[str, str]] = []  # (text, kind)
    removed: list[Boilerplate] = []
    for index, block in enumerate(draft.blocks):
        text = clean(block)
        if not text:
            continue
        rule = boilerplate_rule(text)
        if rule:
            removed.append(Boilerplate(text, rule))
            continue
        kind = "heading" if index in draft.headings else "body"
        kept.append((text, kind))
    if title and len(kept) > 1 and kept[0][0] == title:
        kept.pop(0)  # extractors often repeat the headline as the first paragraph
    if not kept:
        raise NewsprismError(
            "E113", "no body text" + (" after boilerplate removal" if removed else "")
        )
    kept = _mark_headings(kept)
    parts = ([(title, "title")] if title else []) + kept
    text = "\n\n".join(part for part, _ in parts)
    if len(text) > max_chars:
        raise NewsprismError("E105", f"{len(text):,} characters > max_article_chars {max_chars:,}")
    paragraphs = []
    offset = 0
    for part, kind in parts:
        paragraphs.append(Paragraph(offset, offset + len(part), kind))
        offset += len(part) + 2
    content_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Article(
        id=_article_id(draft, content_hash),
        text=text,
        title=title,
        source=clean(draft.source) or domain(draft.url),
        url=draft.url.strip(),
        published=normalize_date(draft.published),
        author=clean(draft.author),
        origin=draft.origin,
        content_hash=content_hash,
        paragraphs=tuple(paragraphs),
        boilerplate=tuple(removed),
    )


def verbatim(text: str, article_id: str = "", origin: str = "") -> Article:
    """An article whose text is exactly ``text``: nothing normalised, no headline, no boilerplate.

    For evaluation on annotated data, whose offsets must stay valid. Paragraphs are the
    stretches between blank lines.
    """
    paragraphs = tuple(Paragraph(match.start(), match.end()) for match in _PARAGRAPH.finditer(text))
    content_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Article(
        id=article_id or content_hash[:16],
        text=text,
        origin=origin,
        content_hash=content_hash,
        paragraphs=paragraphs,
    )


def _mark_headings(blocks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A short line without final punctuation between paragraphs is a subheading."""
    marked = []
    for index, (text, kind) in enumerate(blocks):
        if (
            kind == "body"
            and 0 < index < len(blocks) - 1
            and len(text) <= 90
            and len(text.split()) <= 10
            and not _TERMINAL_END.search(text)
        ):
            kind = "heading"
        marked.append((text, kind))
    return marked


def ends_like_sentence(text: str) -> bool:
    return bool(_TERMINAL_END.search(text.strip()))


def _article_id(draft: Draft, content_hash: str) -> str:
    if draft.id:
        return _SAFE_ID.sub("_", draft.id.strip())[:200] or content_hash[:16]
    if draft.url:
        return hashlib.sha256(draft.url.strip().encode("utf-8")).hexdigest()[:16]
    return content_hash[:16]
