-- What each article says and who says it, one row per record of the sources, entities and
-- claims layers, plus the lifecycle of claims. Ids are article-scoped ("s1", "e2", "c3").
-- References between an article's rows cascade too: the rows of one article are deleted together,
-- and a database may cascade from articles in any order (PostgreSQL would otherwise refuse to
-- delete an entity before the claim subjects naming it).

CREATE TABLE sources (
    article_id     TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    id             TEXT NOT NULL,
    kind           TEXT NOT NULL,
    name           TEXT NOT NULL,
    anonymous_type TEXT,
    affiliation    TEXT,
    count          INTEGER,
    plural         INTEGER NOT NULL,
    PRIMARY KEY (article_id, id)
);

CREATE TABLE entities (
    article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    id           TEXT NOT NULL,
    type         TEXT NOT NULL,
    canonical    TEXT NOT NULL,
    abbreviation TEXT,
    stands_for   TEXT,
    source_id    TEXT,
    PRIMARY KEY (article_id, id),
    FOREIGN KEY (article_id, source_id) REFERENCES sources (article_id, id) ON DELETE CASCADE
);

CREATE INDEX entities_canonical ON entities (canonical, type);

CREATE TABLE claims (
    article_id        TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    id                TEXT NOT NULL,
    holder_id         TEXT,
    modality          TEXT NOT NULL,
    polarity          TEXT NOT NULL,
    orientation       TEXT NOT NULL,
    trackable         INTEGER NOT NULL,
    deadline          TEXT,
    judgeable_from    TEXT,
    proposition       TEXT NOT NULL,
    question          TEXT,
    span_start        INTEGER NOT NULL,
    span_end          INTEGER NOT NULL,
    confidence        REAL NOT NULL,
    status            TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'confirmed', 'contradicted', 'fulfilled', 'failed', 'overdue')),
    status_changed_at TEXT,
    PRIMARY KEY (article_id, id),
    FOREIGN KEY (article_id, holder_id) REFERENCES sources (article_id, id) ON DELETE CASCADE
);

CREATE INDEX claims_status_deadline ON claims (status, deadline);
CREATE INDEX claims_trackable_deadline ON claims (deadline) WHERE trackable = 1;
CREATE INDEX claims_holder ON claims (article_id, holder_id);

-- Which entities a claim is about (Claim.subjects), for listing claims by entity.
CREATE TABLE claim_subjects (
    article_id TEXT NOT NULL,
    claim_id   TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    position   INTEGER NOT NULL,
    PRIMARY KEY (article_id, claim_id, position),
    FOREIGN KEY (article_id, claim_id) REFERENCES claims (article_id, id) ON DELETE CASCADE,
    FOREIGN KEY (article_id, entity_id) REFERENCES entities (article_id, id) ON DELETE CASCADE
);

CREATE INDEX claim_subjects_entity ON claim_subjects (article_id, entity_id);

-- Every status change of a claim, with what justified it. Written by the tracking of a later
-- version; kept when the article is re-analysed or replaced by a new text under its URL, as long
-- as a claim with the same id is still there.
CREATE TABLE claim_events (
    id          INTEGER PRIMARY KEY,
    article_id  TEXT NOT NULL,
    claim_id    TEXT NOT NULL,
    at          TEXT NOT NULL,
    from_status TEXT NOT NULL,
    to_status   TEXT NOT NULL,
    evidence    TEXT,
    note        TEXT,
    actor       TEXT NOT NULL,
    FOREIGN KEY (article_id, claim_id) REFERENCES claims (article_id, id) ON DELETE CASCADE
);

CREATE INDEX claim_events_claim ON claim_events (article_id, claim_id, at);
