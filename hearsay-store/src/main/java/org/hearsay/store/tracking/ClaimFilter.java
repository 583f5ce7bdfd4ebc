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
 */
public record ClaimFilter(ClaimStatus status, String entity, String source, String outlet, boolean trackableOnly,
                          LocalDate asOf, int limit) {
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
        return new ClaimFilter(null, null, null, null, false, asOf, 1000);
    }

    public ClaimFilter withStatus(ClaimStatus s) {
        return new ClaimFilter(s, entity, source, outlet, trackableOnly, asOf, limit);
    }

    public ClaimFilter withEntity(String name) {
        return new ClaimFilter(status, name, source, outlet, trackableOnly, asOf, limit);
    }

    public ClaimFilter withSource(String name) {
        return new ClaimFilter(status, entity, name, outlet, trackableOnly, asOf, limit);
    }

    public ClaimFilter withOutlet(String name) {
        return new ClaimFilter(status, entity, source, name, trackableOnly, asOf, limit);
    }

    public ClaimFilter trackable() {
        return new ClaimFilter(status, entity, source, outlet, true, asOf, limit);
    }

    public ClaimFilter withLimit(int n) {
        return new ClaimFilter(status, entity, source, outlet, trackableOnly, asOf, n);
    }
}
