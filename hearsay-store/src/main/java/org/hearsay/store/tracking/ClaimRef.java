package org.hearsay.store.tracking;

/**
 * Names one claim across the corpus: the article's id (its content hash) and the claim's
 * article-scoped id, written {@code <articleId>:<claimId>} ("3f2a9c0d1e4b5a67:c2").
 */
public record ClaimRef(String articleId, String claimId) {
    public ClaimRef {
        if (articleId == null || articleId.isBlank() || claimId == null || claimId.isBlank()) {
            throw new IllegalArgumentException("a claim ref needs an article id and a claim id");
        }
    }

    /**
     * Reads {@code <articleId>:<claimId>}.
     *
     * @throws IllegalArgumentException when the text is not of that form
     */
    public static ClaimRef parse(String text) {
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("'" + text + "' is not a claim ref (<articleId>:<claimId>)");
        }
        return new ClaimRef(text.substring(0, colon), text.substring(colon + 1));
    }

    /** Whether the text has the form of a claim ref rather than of a URL (it may still name no stored claim). */
    static boolean looksLikeOne(String text) {
        int colon = text.lastIndexOf(':');
        return colon > 0 && colon < text.length() - 1 && !text.contains("/");
    }

    @Override
    public String toString() {
        return articleId + ":" + claimId;
    }
}
