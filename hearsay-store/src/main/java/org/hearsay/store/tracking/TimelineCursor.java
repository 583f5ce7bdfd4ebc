package org.hearsay.store.tracking;

import java.util.Locale;

/**
 * Names one entry of a timeline, as the cursor a page of it continues after: written
 * {@code article:<articleId>}, {@code claim:<articleId>:<claimId>} or {@code deadline:<articleId>:<claimId>}.
 *
 * @param claim the claim, for claims and deadlines; null for articles
 */
public record TimelineCursor(TimelineItem.Kind kind, String articleId, ClaimRef claim) {
    public TimelineCursor {
        if (kind == null || articleId == null || articleId.isBlank()) {
            throw new IllegalArgumentException("a timeline cursor needs a kind and an article id");
        }
        if ((kind == TimelineItem.Kind.ARTICLE) != (claim == null)) {
            throw new IllegalArgumentException("a timeline cursor names a claim exactly for claims and deadlines");
        }
        if (claim != null && !claim.articleId().equals(articleId)) {
            throw new IllegalArgumentException("claim " + claim + " is not of article " + articleId);
        }
    }

    /**
     * Reads the written form.
     *
     * @throws IllegalArgumentException when the text is not of that form
     */
    public static TimelineCursor parse(String text) {
        int colon = text.indexOf(':');
        TimelineItem.Kind kind = null;
        for (TimelineItem.Kind k : TimelineItem.Kind.values()) {
            if (colon > 0 && k.name().equalsIgnoreCase(text.substring(0, colon))) {
                kind = k;
            }
        }
        if (kind == null || colon == text.length() - 1) {
            throw new IllegalArgumentException("'" + text + "' is not a timeline cursor (article:<articleId>,"
                    + " claim:<articleId>:<claimId> or deadline:<articleId>:<claimId>)");
        }
        String rest = text.substring(colon + 1);
        if (kind == TimelineItem.Kind.ARTICLE) {
            return new TimelineCursor(kind, rest, null);
        }
        ClaimRef claim = ClaimRef.parse(rest);
        return new TimelineCursor(kind, claim.articleId(), claim);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + (claim == null ? articleId : claim.toString());
    }
}
