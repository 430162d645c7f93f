"""The SQLite store: articles and what the stages found, searchable, idempotent on re-ingest.

Re-ingest is keyed by the content hash: the same text read again is reported ``unchanged`` and
not written. An article whose id is already taken by a different text from the same origin
replaces it (``updated``: the file was edited); one from another origin is stored under
``id~hash`` so that two files with the same name never overwrite each other. Writes are committed
in batches, so an interrupted run keeps everything committed before it.

Token records are not stored: they are nine tenths of a record's size (about 40 KB per article),
and the text layer rebuilds them from the stored text in about 3 ms. Everything the later stages
find points into the text by character offsets, so it stays valid without them.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from types import TracebackType

import numpy as np

from newsprism.errors import NewsprismError
from newsprism.model import Article
from newsprism.serialize import dumps, loads
from newsprism.settings import Settings
from newsprism.store import stories as story_table
from newsprism.store.entities import corpus_entity, fill_keys, settle_label
from newsprism.store.search import fts_query, matching_sentence, stem_text
from newsprism.stories.cluster import Membership, document_frequencies, group_stream


@dataclass(frozen=True)
class Hit:
    id: str
    title: str
    source: str
    published: str
    snippet: str


@dataclass(frozen=True)
class EntityRow:
    name: str
    label: str
    articles: int
    mentions: int
    outlets: tuple[tuple[str, int], ...]  # (outlet, articles mentioning the entity)


@dataclass(frozen=True)
class QuoteRow:
    article_id: str
    title: str
    source: str
    published: str
    type: str
    text: str
    speaker_text: str
    speaker_name: str
    cue_lemma: str


def migrations() -> list[tuple[int, str]]:
    """(version, SQL) for every packaged migration, in order."""
    folder = resources.files("newsprism.store").joinpath("migrations")
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            found.append((int(entry.name.split("_", 1)[0]), entry.read_text(encoding="utf-8")))
    return sorted(found)


class Store:
    def __init__(self, path: str | Path, settings: Settings | None = None) -> None:
        self.path = str(path)
        self.settings = settings or Settings()
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None)
            self.db.execute("PRAGMA journal_mode = WAL")
        except sqlite3.DatabaseError as error:
            raise NewsprismError("E303", f"{self.path}: {error}") from error
        self.db.execute("PRAGMA foreign_keys = ON")
        self.db.execute("PRAGMA synchronous = NORMAL")
        self._pending = 0
        self.migrate()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self.commit()
        self.db.close()

    @property
    def version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        steps = migrations()
        latest = steps[-1][0] if steps else 0
        if self.version > latest:
            raise NewsprismError(
                "E301", f"{self.path} has schema {self.version}, this newsprism knows {latest}"
            )
        for version, sql in steps:
            if version > self.version:
                self.db.execute("BEGIN")
                try:
                    for statement in _statements(sql):
                        self.db.execute(statement)
                    self.db.execute(f"PRAGMA user_version = {version}")
                    if version == 3:
                        fill_keys(self.db)
                    self.db.execute("COMMIT")
                except sqlite3.DatabaseError:
                    self.db.execute("ROLLBACK")
                    raise

    # -- writing ---------------------------------------------------------------------------

    def add(self, article: Article) -> str:
        """Store one article: returns ``inserted``, ``updated`` or ``unchanged``."""
        db = self.db
        if db.execute(
            "SELECT 1 FROM articles WHERE content_hash = ?", (article.content_hash,)
        ).fetchone():
            return "unchanged"
        self._begin()
        status = "inserted"
        taken = db.execute("SELECT origin FROM articles WHERE id = ?", (article.id,)).fetchone()
        if taken is not None:
            if taken[0] == article.origin:
                self._delete(article.id)
                status = "updated"
            else:
                article = replace(article, id=f"{article.id}~{article.content_hash[:8]}")
                self._delete(article.id)
        db.execute(
            "INSERT INTO articles (id, content_hash, source_id, url, title, published, language,"
            " author, origin, text, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id,
                article.content_hash,
                self._source_id(article.source),
                article.url,
                article.title,
                article.published,
                article.language,
                article.author,
                article.origin,
                article.text,
                dumps(replace(article, tokens=())),
            ),
        )
        self._index(article)
        corpus_ids = self._add_entities(article)
        self._add_quotes(article, corpus_ids)
        self._add_signals(article)
        story_table.save_fingerprint(db, article)
        self._pending += 1
        if self._pending >= 200:
            self.commit()
        return status

    def commit(self) -> None:
        if self.db.in_transaction:
            self.db.execute("COMMIT")
        self._pending = 0

    def _begin(self) -> None:
        if not self.db.in_transaction:
            self.db.execute("BEGIN")

    def _delete(self, article_id: str) -> None:
        self.db.execute("DELETE FROM search WHERE article_id = ?", (article_id,))
        self.db.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    def _source_id(self, name: str) -> int | None:
        if not name:
            return None
        self.db.execute("INSERT OR IGNORE INTO sources (name) VALUES (?)", (name,))
        row = self.db.execute("SELECT id FROM sources WHERE name = ?", (name,)).fetchone()
        return int(row[0])

    def _index(self, article: Article) -> None:
        body = article.text[article.body_start :]
        quotes = " ".join(article.text[s.start : s.end] for q in article.quotes for s in q.quote)
        language = article.language or "de"
        self.db.execute(
            "INSERT INTO search (article_id, title, body, quotes) VALUES (?, ?, ?, ?)",
            (
                article.id,
                stem_text(article.title, language),
                stem_text(body, language),
                stem_text(quotes, language),
            ),
        )

    def _add_entities(self, article: Article) -> dict[str, int]:
        """Each article entity as a corpus entity (see :mod:`newsprism.store.entities`), with
        its mentions; returns article entity id -> corpus entity id."""
        corpus_ids: dict[str, int] = {}
        for entity in article.entities:
            entity_id = corpus_entity(self.db, entity.name, entity.label)
            corpus_ids[entity.id] = entity_id
            self.db.executemany(
                "INSERT INTO mentions (article_id, local_id, entity_id, start, end, kind, label)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (article.id, entity.id, entity_id, m.start, m.end, m.kind, m.label)
                    for m in entity.mentions
                ],
            )
            stored = self.db.execute("SELECT label FROM entities WHERE id = ?", (entity_id,))
            if stored.fetchone()[0] != entity.label:
                settle_label(self.db, entity_id)  # counts only where articles disagree
        return corpus_ids

    def _add_quotes(self, article: Article, corpus_ids: dict[str, int]) -> None:
        rows = []
        for position, quote in enumerate(article.quotes):
            if not quote.quote:
                continue
            start, end = quote.quote[0].start, quote.quote[-1].end
            speaker = " ".join(article.text[s.start : s.end] for s in quote.speaker)
            rows.append(
                (
                    article.id,
                    position,
                    quote.type,
                    quote.medium,
                    start,
                    end,
                    article.text[start:end],
                    quote.cue_lemma,
                    speaker,
                    quote.speaker_name,
                    corpus_ids.get(quote.speaker_entity),
                )
            )
        self.db.executemany(
            "INSERT INTO quotes (article_id, position, type, medium, start, end, text, cue_lemma,"
            " speaker_text, speaker_name, entity_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def framing_rows(self) -> Iterator[tuple[str, str, float, str, str, str]]:
        """Per article: outlet, id, translation score, and each signal's kind, entry and voice.

        An article without signals yields one row with empty kind, entry and voice, so that
        every article counts in its outlet's profile.
        """
        yield from self.db.execute(
            "SELECT COALESCE(src.name, '(unknown)'), a.id,"
            " COALESCE(json_extract(a.record, '$.translation_score'), 0.0),"
            " COALESCE(g.kind, ''), COALESCE(g.entry, ''), COALESCE(g.voice, '')"
            " FROM articles a LEFT JOIN sources src ON src.id = a.source_id"
            " LEFT JOIN signals g ON g.article_id = a.id ORDER BY a.id, g.start"
        )

    def top_entities(self, label: str = "", limit: int = 20) -> list[EntityRow]:
        """The entities mentioned in most articles, with their article count per outlet."""
        rows = self.db.execute(
            "SELECT e.id, e.name, e.label, COUNT(DISTINCT m.article_id) AS articles,"
            " COUNT(*) AS mentions FROM entities e JOIN mentions m ON m.entity_id = e.id"
            " WHERE (? = '' OR e.label = ?) GROUP BY e.id ORDER BY articles DESC, mentions DESC"
            " LIMIT ?",
            (label, label, limit),
        ).fetchall()
        found = []
        for entity_id, name, entity_label, articles, mentions in rows:
            outlets = self.db.execute(
                "SELECT COALESCE(s.name, '(unknown)'), COUNT(DISTINCT m.article_id) FROM mentions m"
                " JOIN articles a ON a.id = m.article_id LEFT JOIN sources s ON s.id = a.source_id"
                " WHERE m.entity_id = ? GROUP BY s.name ORDER BY 2 DESC",
                (entity_id,),
            ).fetchall()
            found.append(EntityRow(name, entity_label, articles, mentions, tuple(outlets)))
        return found

    def _add_signals(self, article: Article) -> None:
        self.db.executemany(
            "INSERT INTO signals"
            " (article_id, kind, entry, start, end, voice, speaker, score, reason)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (article.id, s.kind, s.entry, s.start, s.end, s.voice, s.speaker, s.score, s.reason)
                for s in article.signals
            ],
        )

    def group_stories(self, window_days: int | None = None) -> list[Membership]:
        """Put every article that is in no story yet into an existing or a new story.

        Articles stored without a fingerprint (by an older newsprism) get one first.
        """
        from newsprism.stories.stages import fingerprint

        for article_id in story_table.unfingerprinted(self.db):
            self._begin()
            story_table.save_fingerprint(self.db, fingerprint(self.get(article_id), self.settings))
        window = self.settings.story_window_days if window_days is None else window_days
        size, frequency = document_frequencies(item for item, _ in story_table.stream(self.db))
        first = story_table.first_new_story(self.db)
        # read everything before writing: the stream and the writes share one connection
        found = list(group_stream(story_table.stream(self.db), size, frequency, first, window))
        self._begin()
        story_table.save_memberships(self.db, found)
        self.commit()
        return found

    def save_comparison(self, article_ids: list[str], result: str) -> int:
        """Keep a comparison (its JSON), linked to a story when all grouped ones share it."""
        marks = ",".join("?" * len(article_ids))
        found = self.db.execute(
            f"SELECT DISTINCT story_id FROM story_members WHERE article_id IN ({marks})",
            article_ids,
        ).fetchall()
        story = found[0][0] if len(found) == 1 else None
        self._begin()
        cursor = self.db.execute(
            "INSERT INTO comparisons (story_id, articles, result) VALUES (?, ?, ?)",
            (story, json.dumps(article_ids), result),
        )
        self.commit()
        return int(cursor.lastrowid or 0)

    def signatures(self) -> Iterator[tuple[str, str, np.ndarray]]:
        return story_table.signatures(self.db)

    def stories(self, minimum: int = 1, limit: int = 100) -> list[story_table.StoryRow]:
        return story_table.stories(self.db, minimum, limit)

    member_columns = (
        "story_id",
        "label",
        "first_published",
        "last_published",
        "article_id",
        "source",
        "published",
        "language",
        "title",
        "score",
        "copy_of",
    )

    def member_rows(self) -> Iterator[dict[str, object]]:
        """One flat row per story member, for export."""
        cursor = self.db.execute(
            "SELECT m.story_id, st.label, st.first_published, st.last_published, a.id,"
            " COALESCE(s.name, ''), a.published, a.language, a.title, m.score, m.copy_of"
            " FROM story_members m JOIN stories st ON st.id = m.story_id"
            " JOIN articles a ON a.id = m.article_id LEFT JOIN sources s ON s.id = a.source_id"
            " ORDER BY m.story_id, a.published, a.id"
        )
        for row in cursor:
            yield dict(zip(self.member_columns, row, strict=True))

    comparison_columns = ("id", "story_id", "articles", "created_at", "result")

    def comparison_rows(self) -> Iterator[dict[str, object]]:
        """Saved comparisons; ``articles`` and ``result`` are JSON text."""
        cursor = self.db.execute(
            "SELECT id, story_id, articles, created_at, result FROM comparisons ORDER BY id"
        )
        for row in cursor:
            yield dict(zip(self.comparison_columns, row, strict=True))

    def story_members(self, story_id: int | None = None) -> Iterator[story_table.MemberRow]:
        return story_table.members(self.db, story_id)

    # -- reading ---------------------------------------------------------------------------

    def get(self, article_id: str) -> Article:
        row = self.db.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise NewsprismError("E302", f"{article_id!r} is not in {self.path}")
        return _with_tokens(loads(row[0]), self.settings)

    def articles(self) -> Iterator[Article]:
        for (record,) in self.db.execute("SELECT record FROM articles ORDER BY published, id"):
            yield _with_tokens(loads(record), self.settings)

    def rows(self) -> Iterator[dict[str, str]]:
        """One flat row per article, for tabular export."""
        cursor = self.db.execute(
            "SELECT a.id, COALESCE(s.name, '') AS source, a.url, a.title, a.published, a.language,"
            " a.author, a.origin, a.content_hash, a.text FROM articles a"
            " LEFT JOIN sources s ON s.id = a.source_id ORDER BY a.published, a.id"
        )
        names = [column[0] for column in cursor.description]
        for row in cursor:
            yield dict(zip(names, row, strict=True))

    def quotes(
        self, speaker: str = "", text: str = "", limit: int = 100, cue: str = ""
    ) -> list[QuoteRow]:
        """Stored quotations, optionally of one speaker, containing some text and with one cue
        lemma ("warnen", "say"; case-insensitive). The speaker is matched, case-insensitively,
        in the resolved name, the local mention, and the name and aliases of the corpus entity
        the speaker is: "Lawrow" also finds the quotations an English article gives "Sergei
        Lavrov"."""
        pattern = f"%{speaker}%"
        rows = self.db.execute(
            "SELECT q.article_id, a.title, COALESCE(s.name, ''), a.published, q.type, q.text,"
            " q.speaker_text, q.speaker_name, q.cue_lemma FROM quotes q"
            " JOIN articles a ON a.id = q.article_id LEFT JOIN sources s ON s.id = a.source_id"
            " WHERE (? = '' OR q.speaker_name LIKE ? OR q.speaker_text LIKE ?"
            " OR q.entity_id IN (SELECT id FROM entities WHERE name LIKE ?"
            " UNION SELECT entity_id FROM aliases WHERE alias LIKE ?))"
            " AND (? = '' OR q.text LIKE ?) AND (? = '' OR q.cue_lemma = ? COLLATE NOCASE)"
            " ORDER BY a.published, q.article_id, q.position LIMIT ?",
            (speaker, pattern, pattern, pattern, pattern, text, f"%{text}%", cue, cue, limit),
        ).fetchall()
        return [QuoteRow(*row) for row in rows]

    def count(self, table: str = "articles") -> int:
        if table not in ("articles", "sources", "quotes", "signals", "entities", "stories"):
            raise ValueError(table)
        return int(self.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])

    def search(self, query: str, limit: int = 20) -> list[Hit]:
        expression = fts_query(query)
        if not expression:
            return []
        try:
            found = self.db.execute(
                "SELECT a.id, a.title, COALESCE(s.name, ''), a.published, a.text, a.language"
                " FROM search JOIN articles a ON a.id = search.article_id"
                " LEFT JOIN sources s ON s.id = a.source_id"
                " WHERE search MATCH ? ORDER BY bm25(search, 0.0, 3.0, 1.0, 2.0) LIMIT ?",
                (expression, limit),
            ).fetchall()
        except sqlite3.OperationalError as error:
            raise NewsprismError("E205", f"{query!r}: {error}") from error
        return [
            Hit(i, t, s, p, matching_sentence(text, query, lang or "de"))
            for i, t, s, p, text, lang in found
        ]


def _with_tokens(article: Article, settings: Settings) -> Article:
    """Rebuild the token records the store leaves out (see the module documentation)."""
    if article.tokens or not article.sentences:
        return article
    from newsprism.text.stages import tokens

    return tokens(article, settings)


def _statements(sql: str) -> list[str]:
    """Split a migration script into statements (no semicolons inside our literals)."""
    lines = [line for line in sql.splitlines() if not line.strip().startswith("--")]
    return [statement.strip() for statement in "\n".join(lines).split(";") if statement.strip()]
