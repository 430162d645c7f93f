"""Stories in the store: fingerprints in compact columns, story membership, saved comparisons.

Grouping reads the ``fingerprints`` table only (see migration 002), so regrouping a large store
does not parse its article records. Articles stored before fingerprints existed get theirs
computed from the stored record when stories are next grouped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from newsprism.model import Article
from newsprism.stories.cluster import Features, Membership, entity_names
from newsprism.stories.fingerprint import term_counts

_NAME_SEPARATOR = "\t"
_TERM_SEPARATOR = "\n"  # terms hold no line breaks; quotation trigrams hold "_"


@dataclass(frozen=True)
class StoryRow:
    id: int
    label: str
    first_published: str
    last_published: str
    size: int
    outlets: tuple[tuple[str, int], ...]  # (outlet, articles)
    languages: tuple[str, ...]
    copies: int  # members that are near-duplicates of another member


@dataclass(frozen=True)
class MemberRow:
    story_id: int
    article_id: str
    source: str
    published: str
    language: str
    title: str
    score: float
    copy_of: str


def save_fingerprint(db: sqlite3.Connection, article: Article) -> None:
    fingerprint = article.fingerprint
    if not fingerprint.minhash:
        return
    db.execute(
        "INSERT OR REPLACE INTO fingerprints (article_id, minhash, vector, terms, names)"
        " VALUES (?, ?, ?, ?, ?)",
        (
            article.id,
            np.asarray(fingerprint.minhash, dtype="<u4").tobytes(),
            np.asarray(fingerprint.vector, dtype=np.int8).tobytes(),
            _TERM_SEPARATOR.join(fingerprint.terms),
            _NAME_SEPARATOR.join(entity_names(article)),
        ),
    )


def unfingerprinted(db: sqlite3.Connection) -> list[str]:
    rows = db.execute(
        "SELECT a.id FROM articles a LEFT JOIN fingerprints f ON f.article_id = a.id"
        " WHERE f.article_id IS NULL ORDER BY a.id"
    )
    return [row[0] for row in rows]


_FEATURES = (
    "SELECT a.id, COALESCE(s.name, ''), a.published, a.language, f.minhash, f.vector,"
    " f.terms, f.names, m.story_id FROM fingerprints f JOIN articles a ON a.id = f.article_id"
    " LEFT JOIN sources s ON s.id = a.source_id"
    " LEFT JOIN story_members m ON m.article_id = a.id"
)


def stream(db: sqlite3.Connection) -> Iterator[tuple[Features, int | None]]:
    """Every fingerprinted article in date order (undated last) with its story id, or None if
    it is in no story yet; read row by row, so memory does not grow with the store."""
    rows = db.execute(_FEATURES + " ORDER BY a.published = '', a.published, a.id")
    for article_id, source, published, language, minhash, vector, terms, names, story in rows:
        item = Features(
            article_id,
            source,
            published,
            language,
            bytes(minhash),
            term_counts(terms.split(_TERM_SEPARATOR)) if terms else {},
            bytes(vector),
            tuple(n for n in names.split(_NAME_SEPARATOR) if n),
        )
        yield item, None if story is None else int(story)


def first_new_story(db: sqlite3.Connection) -> int:
    return int(db.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM stories").fetchone()[0])


def signatures(db: sqlite3.Connection) -> Iterator[tuple[str, str, np.ndarray]]:
    """(article id, outlet, MinHash values) of every article, from its stored fingerprint or,
    for an article stored without one, computed from its text."""
    from newsprism.stories.copies import signature

    rows = db.execute(
        "SELECT a.id, COALESCE(s.name, ''), f.minhash, CASE WHEN f.minhash IS NULL THEN a.text"
        " ELSE '' END FROM articles a LEFT JOIN sources s ON s.id = a.source_id"
        " LEFT JOIN fingerprints f ON f.article_id = a.id ORDER BY a.published, a.id"
    )
    for article_id, source, minhash, text in rows:
        if minhash is None:
            yield article_id, source, signature(text)
        else:
            yield article_id, source, np.frombuffer(minhash, dtype="<u4").astype(np.uint64)


def save_memberships(db: sqlite3.Connection, memberships: list[Membership]) -> None:
    db.executemany(
        "INSERT OR IGNORE INTO stories (id) VALUES (?)", [(m.story_id,) for m in memberships]
    )
    db.executemany(
        "INSERT OR REPLACE INTO story_members (story_id, article_id, copy_of, score)"
        " VALUES (?, ?, ?, ?)",
        [(m.story_id, m.article_id, m.copy_of, m.score) for m in memberships],
    )
    for story_id in sorted({m.story_id for m in memberships}):
        _describe(db, story_id)


def _describe(db: sqlite3.Connection, story_id: int) -> None:
    """Dates and label: the headline of the earliest member that has one."""
    first, last = db.execute(
        "SELECT MIN(NULLIF(a.published, '')), MAX(NULLIF(a.published, '')) FROM story_members m"
        " JOIN articles a ON a.id = m.article_id WHERE m.story_id = ?",
        (story_id,),
    ).fetchone()
    label = db.execute(
        "SELECT COALESCE(NULLIF(a.title, ''), substr(a.text, 1, 80)) FROM story_members m"
        " JOIN articles a ON a.id = m.article_id WHERE m.story_id = ?"
        " ORDER BY a.published = '', a.published, a.title = '', a.id LIMIT 1",
        (story_id,),
    ).fetchone()[0]
    db.execute(
        "UPDATE stories SET label = ?, first_published = ?, last_published = ? WHERE id = ?",
        (label, first or "", last or "", story_id),
    )


def stories(db: sqlite3.Connection, minimum: int = 1, limit: int = 100) -> list[StoryRow]:
    """Stories with at least ``minimum`` members, largest first."""
    rows = db.execute(
        "SELECT st.id, st.label, st.first_published, st.last_published, COUNT(*),"
        " SUM(m.copy_of != '') FROM stories st JOIN story_members m ON m.story_id = st.id"
        " GROUP BY st.id HAVING COUNT(*) >= ? ORDER BY COUNT(*) DESC, st.first_published, st.id"
        " LIMIT ?",
        (minimum, limit),
    ).fetchall()
    found = []
    for story_id, label, first, last, size, copies in rows:
        outlets = db.execute(
            "SELECT COALESCE(s.name, '(unknown)'), COUNT(*) FROM story_members m"
            " JOIN articles a ON a.id = m.article_id LEFT JOIN sources s ON s.id = a.source_id"
            " WHERE m.story_id = ? GROUP BY 1 ORDER BY 2 DESC, 1",
            (story_id,),
        ).fetchall()
        languages = db.execute(
            "SELECT DISTINCT a.language FROM story_members m JOIN articles a"
            " ON a.id = m.article_id WHERE m.story_id = ? AND a.language != '' ORDER BY 1",
            (story_id,),
        ).fetchall()
        found.append(
            StoryRow(
                story_id,
                label,
                first,
                last,
                size,
                tuple((name, count) for name, count in outlets),
                tuple(language for (language,) in languages),
                int(copies or 0),
            )
        )
    return found


def members(db: sqlite3.Connection, story_id: int | None = None) -> Iterator[MemberRow]:
    """Story members (of one story, or of all), by story and date: for export and reports."""
    yield from (
        MemberRow(*row)
        for row in db.execute(
            "SELECT m.story_id, a.id, COALESCE(s.name, ''), a.published, a.language, a.title,"
            " m.score, m.copy_of FROM story_members m JOIN articles a ON a.id = m.article_id"
            " LEFT JOIN sources s ON s.id = a.source_id WHERE (? IS NULL OR m.story_id = ?)"
            " ORDER BY m.story_id, a.published, a.id",
            (story_id, story_id),
        )
    )
