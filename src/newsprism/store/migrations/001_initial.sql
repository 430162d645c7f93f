-- newsprism store, schema version 1.
-- Articles keep their full JSON record (schema newsprism/1) in `record`; the other columns are
-- copies for querying. Tables for the later stages (entities, quotes, stories, signals) exist
-- from the start so that every version of the store has the same shape.

CREATE TABLE sources (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE,
    domain  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE articles (
    id            TEXT PRIMARY KEY,
    content_hash  TEXT NOT NULL UNIQUE,
    source_id     INTEGER REFERENCES sources(id),
    url           TEXT NOT NULL DEFAULT '',
    title         TEXT NOT NULL DEFAULT '',
    published     TEXT NOT NULL DEFAULT '',
    language      TEXT NOT NULL DEFAULT '',
    author        TEXT NOT NULL DEFAULT '',
    origin        TEXT NOT NULL DEFAULT '',
    text          TEXT NOT NULL,
    record        TEXT NOT NULL,
    ingested_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX articles_source ON articles(source_id);
CREATE INDEX articles_published ON articles(published);

-- Corpus-wide entities: one row per person/organisation/place across all articles.
CREATE TABLE entities (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    label      TEXT NOT NULL,
    UNIQUE (name, label)
);
CREATE TABLE aliases (
    entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias      TEXT NOT NULL,
    reason     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (entity_id, alias)
);
CREATE TABLE mentions (
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id    TEXT NOT NULL,
    entity_id   INTEGER REFERENCES entities(id),
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    label       TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE quotes (
    id            INTEGER PRIMARY KEY,
    article_id    TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    type          TEXT NOT NULL,
    medium        TEXT NOT NULL,
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL,
    text          TEXT NOT NULL,
    cue_lemma     TEXT NOT NULL DEFAULT '',
    speaker_text  TEXT NOT NULL DEFAULT '',
    speaker_name  TEXT NOT NULL DEFAULT '',
    entity_id     INTEGER REFERENCES entities(id)
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_name);

CREATE TABLE stories (
    id               INTEGER PRIMARY KEY,
    label            TEXT NOT NULL DEFAULT '',
    first_published  TEXT NOT NULL DEFAULT '',
    last_published   TEXT NOT NULL DEFAULT ''
);
CREATE TABLE story_members (
    story_id    INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    copy_of     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (story_id, article_id)
);

CREATE TABLE signals (
    id          INTEGER PRIMARY KEY,
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    entry       TEXT NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    voice       TEXT NOT NULL,
    speaker     TEXT NOT NULL DEFAULT '',
    score       REAL NOT NULL,
    reason      TEXT NOT NULL
);
CREATE INDEX signals_article ON signals(article_id);

-- Full-text search over stemmed text (see newsprism/store/search.py): German and English
-- Snowball stems, ß -> ss and umlauts folded, so "Verbündeten" finds "verbündete".
CREATE VIRTUAL TABLE search USING fts5(
    article_id UNINDEXED, title, body, quotes, tokenize = 'unicode61 remove_diacritics 2'
);
