"""HTML pages through trafilatura: main text, title, date, author, site name."""

from __future__ import annotations

import re
import warnings
from typing import Any

from newsprism.errors import NewsprismError
from newsprism.ingest.normalize import Draft

_TAG = re.compile(r"<\s*(p|br|div|h[1-6]|li|/p|/div)\b", re.IGNORECASE)
_BLOCK_TAGS = ("p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6")
_HEADING = re.compile(r"<h[1-6][^>]*>(.*?)</h[1-6]>", re.IGNORECASE | re.DOTALL)


def read_html(html: str, origin: str, url: str = "", article_id: str = "") -> Draft:
    """Extract the article from a page, or raise E121."""
    import trafilatura

    with warnings.catch_warnings():  # lxml deprecation chatter on odd markup
        warnings.simplefilter("ignore")
        try:
            document: Any = trafilatura.bare_extraction(
                html,
                url=url or None,
                with_metadata=True,
                include_comments=False,
                include_tables=False,
                favor_precision=True,
            )
        except Exception as error:  # trafilatura raises assorted lxml/parser errors
            raise NewsprismError("E121", f"{type(error).__name__}: {error}") from error
    if document is None:
        raise NewsprismError("E121", "trafilatura found no main text")
    found = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    text = found.get("text") or ""
    if not text.strip():
        raise NewsprismError("E121", "main text is empty")
    blocks = text.split("\n")
    headings = _heading_texts(html)
    return Draft(
        origin=origin,
        blocks=blocks,
        headings=frozenset(i for i, block in enumerate(blocks) if block.strip() in headings),
        title=found.get("title") or "",
        id=article_id,
        source=found.get("sitename") or found.get("hostname") or "",
        url=url or found.get("url") or "",
        published=found.get("date") or "",
        author=found.get("author") or "",
    )


def looks_like_html(text: str) -> bool:
    return len(_TAG.findall(text[:5000])) >= 2


def fragment_blocks(fragment: str) -> list[str]:
    """Paragraph texts of an HTML fragment (a feed entry, a JSONL body holding markup)."""
    from lxml import html as lxml_html
    from lxml.etree import ParserError

    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError):
        return [fragment]
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    blocks = [
        text
        for element in root.iter(*_BLOCK_TAGS)
        if not any(child.tag in _BLOCK_TAGS for child in element)
        and (text := "".join(element.itertext()).strip())
    ]
    return blocks or [root.text_content()]


def _heading_texts(html: str) -> set[str]:
    return {
        re.sub(r"<[^>]+>|\s+", " ", match).strip() for match in _HEADING.findall(html[:2_000_000])
    }
