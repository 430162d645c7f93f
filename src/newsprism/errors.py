"""Coded errors, so that users can search for them and tests can match them.

Every problem newsprism reports carries a code from :data:`CATALOGUE`. Problems with single
records (a broken JSON line, an empty file) are not raised through the run: ingest turns them into
:class:`Problem` records, the run skips the record and goes on, and the summary counts them.
"""

from __future__ import annotations

from dataclasses import dataclass

CATALOGUE: dict[str, str] = {
    # E1xx: reading input
    "E101": "cannot read file",
    "E102": "empty input",
    "E103": "binary content, not text",
    "E104": "cannot detect the text encoding",
    "E105": "input too large",
    "E106": "unknown input format",
    "E107": "unexpected error while reading (please report it)",
    "E111": "malformed JSON",
    "E112": "JSON record is not an object",
    "E113": "record has no text",
    "E121": "no article text could be extracted from the HTML",
    "E131": "malformed feed",
    "E141": "truncated or malformed WARC",
    # E2xx: configuration and usage
    "E201": "invalid setting",
    "E202": "invalid field mapping",
    "E203": "pipeline stages are out of order",
    "E204": "optional dependency missing",
    "E205": "invalid search query",
    "E206": "articles cannot be compared",
    # E3xx: store
    "E301": "database is newer than this version of newsprism",
    "E302": "article not found",
    "E303": "cannot open database",
    # E4xx: analysis
    "E401": "analysis failed on this article",
}


class NewsprismError(Exception):
    """An error with a catalogue code; ``str()`` gives ``[E111] malformed JSON: detail``."""

    def __init__(self, code: str, detail: str = "") -> None:
        if code not in CATALOGUE:
            raise ValueError(f"unknown error code {code}")
        self.code = code
        self.detail = detail
        message = f"[{code}] {CATALOGUE[code]}"
        super().__init__(f"{message}: {detail}" if detail else message)


@dataclass(frozen=True, slots=True)
class Problem:
    """One skipped input record: where it was and why it was skipped."""

    code: str
    path: str
    record: str  # record number, WARC offset, feed entry; "" for the whole file
    detail: str = ""

    def __str__(self) -> str:
        where = f"{self.path}:{self.record}" if self.record else self.path
        what = CATALOGUE.get(self.code, "error")
        return f"{where}: [{self.code}] {what}" + (f": {self.detail}" if self.detail else "")

    @classmethod
    def from_error(cls, error: NewsprismError, path: str, record: str = "") -> Problem:
        return cls(error.code, path, record, error.detail)
