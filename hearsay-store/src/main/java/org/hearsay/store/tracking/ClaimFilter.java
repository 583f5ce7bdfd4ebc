package org.hearsay.store.tracking;

import java.time.LocalDate;

/**
 * Which claims {@link Tracker#claims} lists. Null fields do not filter.
 *
 * @param status  the status as of {@code asOf} ({@link ClaimStatus#OVERDUE} lists the overdue ones,
 *                {@link ClaimStatus#PENDING} the trackable pending ones that are not yet overdue; a
 *                plain statement nobody judged is stored as pending but listed only without a status)
 * @param entity  a name, in any spelling variant, of an entity the claims are about (subject) or
 *                whose source makes them (holder)
 * @param source  a name, in any spelling variant, of a named source the claims come from: as holder or
 *                as a relay in between
 * @param outlet  the outlet of the claims' articles, case-insensitive
 * @param trackableOnly only claims a person can later judge
 * @param asOf    the date that decides what is overdue
 * @param limit   the most claims to list, at least 1
 * @param after   a cursor: list only the claims that come after this stored claim in the listing
 *                order (it need not pass the filter itself, so a claim resolved between two pages
 *                still marks where the next page starts); null to start at the beginning
 */
public record ClaimFilter(ClaimStatus status, String entity, String source, String outlet, boolean trackableOnly,
                          LocalDate asOf, int limit, ClaimRef after) {
    public ClaimFilter {
        if (asOf == null) {
            throw new IllegalArgumentException("a claim filter needs an as-of date");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
    }

    /** Every claim, as of a date, up to 1000. */
    public static ClaimFilter all(LocalDate asOf) {
        return new ClaimFilter(null, null, null, null, false, asOf, 1000, null);
    }

    public ClaimFilter withStatus(ClaimStatus s) {
        return new ClaimFilter(s, entity, source, outlet, trackableOnly, asOf, limit, after);
    }

    public ClaimFilter withEntity(String name) {
        return new ClaimFilter(status, name, source, outlet, trackableOnly, asOf, limit, after);
    }

    public ClaimFilter withSource(String name) {
        return new ClaimFilter(status, entity, name, outlet, trackableOnly, asOf, limit, after);
    }

    public ClaimFilter withOutlet(String name) {
        return new ClaimFilter(status, entity, source, name, trackableOnly, asOf, limit, after);
    }

    public ClaimFilter trackable() {
        return new ClaimFilter(status, entity, source, outlet, true, asOf, limit, after);
    }

    public ClaimFilter withLimit(int n) {
        return new ClaimFilter(status, entity, source, outlet, trackableOnly, asOf, n, after);
    }

    /** The same filter, listing from after this claim ({@code null}: from the beginning). */
    public ClaimFilter after(ClaimRef cursor) {
        return new ClaimFilter(status, entity, source, outlet, trackableOnly, asOf, limit, cursor);
    }
}
