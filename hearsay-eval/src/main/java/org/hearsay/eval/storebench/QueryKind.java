package org.hearsay.eval.storebench;

/** The reads measured at each checkpoint, each a mix of the variants {@link QueryDraws} names. */
enum QueryKind {
    SEARCH("search"),
    SEARCH_FACETS("search+facet"),
    TIMELINE("timeline"),
    CLAIMS("claims page"),
    /** What {@code GET /api/claims} asks the tracker for: the whole listing, of which it sends one page. */
    CLAIMS_WHOLE_LISTING("claims listing");

    private final String label;

    QueryKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
