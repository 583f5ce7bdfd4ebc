-- Articles and their analyses. An article's id is the content hash of its normalised text, so
-- the same text read twice is one row; a URL names at most one article (the newest text under it).

CREATE TABLE articles (
    id               TEXT PRIMARY KEY,
    url              TEXT UNIQUE,
    origin           TEXT NOT NULL,
    format           TEXT,
    outlet           TEXT,
    title            TEXT,
    byline           TEXT,
    language         TEXT,
    -- Wall-clock time as printed by the source (uuuu-MM-ddTHH:mm:ss) and its UTC offset when
    -- stated (+01:00); a missing offset stays missing.
    published_local  TEXT,
    published_offset TEXT,
    published_raw    TEXT,
    -- Listing order: published_local (articles without a date last), then id. Unique, so it is
    -- also the paging cursor.
    list_key         TEXT NOT NULL UNIQUE,
    ingested_at      TEXT NOT NULL,
    text             TEXT NOT NULL
);

CREATE INDEX articles_published ON articles (published_local);
CREATE INDEX articles_outlet ON articles (outlet, published_local);

-- The current analysis of each article: the AnalysisJson document, deflate-compressed (about
-- 6x smaller on a typical article, whose tokens make up most of the JSON).
CREATE TABLE analyses (
    article_id  TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    config_hash TEXT NOT NULL,
    version     TEXT NOT NULL,
    analysed_at TEXT NOT NULL,
    document    BLOB NOT NULL
);
