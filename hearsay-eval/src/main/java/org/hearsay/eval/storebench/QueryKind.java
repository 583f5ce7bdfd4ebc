package org.hearsay.eval.storebench;

/** The reads measured at each checkpoint, each a mix of the variants {@link QueryDraws} names. */
enum QueryKind {
    SEARCH("search"),
    SEARCH_FACETS("search+facet"),
    /** An entity's whole timeline, as {@code hearsay timeline} prints it. */
    TIMELINE("timeline"),
    /** The first page of an entity's timeline, as {@code GET /api/timeline} answers it. */
    TIMELINE_PAGE("timeline page"),
    CLAIMS("claims page"),
    /**
     * What {@code GET /api/claims?after=} asks the tracker for: the page after a cursor deep in the
     * listing (one claim more than the page, to know whether another follows).
     */
    CLAIMS_AFTER_CURSOR("claims after cursor");

    private final String label;

    QueryKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
