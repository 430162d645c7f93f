-- newsprism store, schema version 2: what story grouping reads, and what it found.
-- Fingerprints are copies of each record's `fingerprint` in compact columns, so that grouping
-- a large collection reads them without parsing the records: minhash is 128 little-endian
-- uint32, vector 512 int8 (empty when vectors were off), terms "lemma:count" one per line,
-- names the article's entity names (PER, ORG, LOC) joined by tabs.
-- Articles stored by schema 1 have no row here; `newsprism stories` computes theirs.

CREATE TABLE fingerprints (
    article_id  TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    minhash     BLOB NOT NULL,
    vector      BLOB NOT NULL,
    terms       TEXT NOT NULL,
    names       TEXT NOT NULL
);

-- How well each member fits its story when it joined (0..1), and the article it copies, if any.
ALTER TABLE story_members ADD COLUMN score REAL NOT NULL DEFAULT 0;
CREATE INDEX story_members_article ON story_members(article_id);

-- Saved comparisons (`newsprism compare --save`): the article ids and the JSON result.
CREATE TABLE comparisons (
    id          INTEGER PRIMARY KEY,
    story_id    INTEGER REFERENCES stories(id) ON DELETE SET NULL,
    articles    TEXT NOT NULL,
    result      TEXT NOT NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
