-- What each trackable claim is anchored to in words of no language (corpus entities, deadline,
-- time values, numbers): the index through which a claim finds the same claim in articles of other
-- languages. Keyed by language first, so that "another language" is two ranges of it.
CREATE TABLE claim_anchors (
    language   TEXT NOT NULL,
    anchor     TEXT NOT NULL,
    article_id TEXT NOT NULL,
    claim_id   TEXT NOT NULL,
    PRIMARY KEY (language, anchor, article_id, claim_id),
    FOREIGN KEY (article_id, claim_id) REFERENCES claim_clusters (article_id, claim_id) ON DELETE CASCADE
);

CREATE INDEX claim_anchors_claim ON claim_anchors (article_id, claim_id);

-- The last resolution a person recorded on a member of each claim cluster: what a claim joining
-- the cluster later starts with.
CREATE TABLE cluster_verdicts (
    cluster_id TEXT PRIMARY KEY,
    status     TEXT NOT NULL,
    article_id TEXT NOT NULL,
    claim_id   TEXT NOT NULL,
    at         TEXT NOT NULL
);
