-- Tracking across articles (docs/store.md, "Tracking"). Every row below is derived from an
-- article's rows when it is stored, in the same transaction, and goes with them when the article
-- is replaced.

-- One entity across the corpus: names that fold to the same key (case, diacritics,
-- transliteration) with the same type. id is type ':' key; name the first spelling stored.
CREATE TABLE corpus_entities (
    id   TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    key  TEXT NOT NULL,
    name TEXT NOT NULL
);

CREATE INDEX corpus_entities_key ON corpus_entities (key);

CREATE TABLE entity_links (
    article_id       TEXT NOT NULL,
    entity_id        TEXT NOT NULL,
    corpus_entity_id TEXT NOT NULL REFERENCES corpus_entities (id),
    PRIMARY KEY (article_id, entity_id),
    FOREIGN KEY (article_id, entity_id) REFERENCES entities (article_id, id) ON DELETE CASCADE
);

CREATE INDEX entity_links_corpus ON entity_links (corpus_entity_id, article_id);

-- Named sources (persons, organisations, outlets) only: anonymous sources are never linked
-- across articles.
CREATE TABLE source_links (
    article_id       TEXT NOT NULL,
    source_id        TEXT NOT NULL,
    corpus_entity_id TEXT NOT NULL REFERENCES corpus_entities (id),
    PRIMARY KEY (article_id, source_id),
    FOREIGN KEY (article_id, source_id) REFERENCES sources (article_id, id) ON DELETE CASCADE
);

CREATE INDEX source_links_corpus ON source_links (corpus_entity_id, article_id);

-- The sources a claim passed through before the article (Claim.relayedBy), outermost first.
CREATE TABLE claim_relays (
    article_id TEXT NOT NULL,
    claim_id   TEXT NOT NULL,
    source_id  TEXT NOT NULL,
    position   INTEGER NOT NULL,
    PRIMARY KEY (article_id, claim_id, position),
    FOREIGN KEY (article_id, claim_id) REFERENCES claims (article_id, id) ON DELETE CASCADE,
    FOREIGN KEY (article_id, source_id) REFERENCES sources (article_id, id) ON DELETE CASCADE
);

CREATE INDEX claim_relays_source ON claim_relays (article_id, source_id);

-- Each claim's cluster (the same claim in other articles): the ref of the claim that founded it,
-- the claim's modality family and its normalised proposition terms (space-separated).
CREATE TABLE claim_clusters (
    article_id TEXT NOT NULL,
    claim_id   TEXT NOT NULL,
    cluster_id TEXT NOT NULL,
    family     TEXT NOT NULL,
    terms      TEXT NOT NULL,
    PRIMARY KEY (article_id, claim_id),
    FOREIGN KEY (article_id, claim_id) REFERENCES claims (article_id, id) ON DELETE CASCADE
);

CREATE INDEX claim_clusters_cluster ON claim_clusters (cluster_id);

-- The prefix terms of each claim (prefix filtering: two claims similar enough share one), the
-- index through which a new claim finds its candidates.
CREATE TABLE claim_terms (
    term       TEXT NOT NULL,
    article_id TEXT NOT NULL,
    claim_id   TEXT NOT NULL,
    PRIMARY KEY (term, article_id, claim_id),
    FOREIGN KEY (article_id, claim_id) REFERENCES claim_clusters (article_id, claim_id) ON DELETE CASCADE
);

CREATE INDEX claim_terms_claim ON claim_terms (article_id, claim_id);

-- MinHash bands of each article's word 5-grams: articles sharing a band are near-duplicate
-- candidates.
CREATE TABLE article_bands (
    band       INTEGER NOT NULL,
    key        INTEGER NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (band, key, article_id)
);

CREATE INDEX article_bands_article ON article_bands (article_id);

CREATE TABLE near_duplicates (
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    original_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    similarity  REAL NOT NULL,
    PRIMARY KEY (article_id, original_id)
);

CREATE INDEX near_duplicates_original ON near_duplicates (original_id);

-- The probability the holder gave a claim, recorded by a resolution; null when unknown.
ALTER TABLE claims ADD COLUMN probability REAL;
