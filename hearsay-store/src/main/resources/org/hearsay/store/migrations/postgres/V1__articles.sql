-- Articles and their analyses, as in the SQLite schema (see there); times are kept as the same
-- ISO-8601 text, so both backends give the same values and the same listing order.

CREATE TABLE articles (
    id               TEXT PRIMARY KEY,
    url              TEXT UNIQUE,
    origin           TEXT NOT NULL,
    format           TEXT,
    outlet           TEXT,
    title            TEXT,
    byline           TEXT,
    language         TEXT,
    published_local  TEXT,
    published_offset TEXT,
    published_raw    TEXT,
    list_key         TEXT COLLATE "C" NOT NULL UNIQUE,
    ingested_at      TEXT NOT NULL,
    text             TEXT NOT NULL
);

CREATE INDEX articles_published ON articles (published_local);
CREATE INDEX articles_outlet ON articles (outlet, published_local);

CREATE TABLE analyses (
    article_id  TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    config_hash TEXT NOT NULL,
    version     TEXT NOT NULL,
    analysed_at TEXT NOT NULL,
    document    BYTEA NOT NULL
);
