"""Plain-text articles, including the layout of scraped article dumps.

The layout this reader understands, all parts optional:

- a leading ``date YYYY-MM[-DD]`` header, which may share its line with the lead paragraph;
- a headline on the first line: short, without final punctuation, followed by a line that
  does not continue it in lower case;
- paragraphs separated by blank lines, or, when the file has no blank line, one per line (a body
  written as one long line is one paragraph).
"""

from __future__ import annotations

import re
from pathlib import Path

from newsprism.ingest.normalize import Draft, clean, ends_like_sentence

_DATE_HEADER = re.compile(r"\A\s*date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*", re.IGNORECASE)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_MAX_HEADLINE = 300


def parse_plain_text(text: str, origin: str, article_id: str = "") -> Draft:
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    published = ""
    header = _DATE_HEADER.match(text)
    lead_on_header_line = False
    if header:
        published = header.group(1)
        text = text[header.end() :]
        lead_on_header_line = not text.startswith("\n")
    text = text.strip("\n")
    title = ""
    first_line, newline, rest = text.partition("\n")
    if (
        not lead_on_header_line
        and newline
        and clean(rest)  # only a headline if real text follows
        and not rest.lstrip()[:1].islower()  # a lower-case next line continues a wrapped paragraph
        and len(first_line.strip()) <= _MAX_HEADLINE
        and not ends_like_sentence(first_line)
    ):
        title, text = first_line.strip(), rest
    blocks = _BLANK_LINE.split(text) if _BLANK_LINE.search(text) else text.split("\n")
    return Draft(origin=origin, blocks=blocks, title=title, id=article_id, published=published)


def read_plain_text(path: Path, text: str) -> Draft:
    return parse_plain_text(text, origin=str(path), article_id=path.stem)
