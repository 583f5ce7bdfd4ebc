package org.hearsay.store.tracking;

/**
 * A person's judgement of a claim, as given to {@link Tracker#resolve}.
 *
 * @param status      the new status: anything but {@link ClaimStatus#OVERDUE}, which only the calendar
 *                    decides ({@link ClaimStatus#PENDING} reopens a claim)
 * @param evidence    what shows it: a URL, a stored article's id or a claim ref ("a later article's
 *                    claim"); may be null when a note explains the decision
 * @param note        the reasoning, or null
 * @param actor       who decides
 * @param probability the probability the holder gave the claim when making it (0..1), when the
 *                    person resolving knows it ("zu 80 Prozent"); null otherwise. Kept on the claim
 *                    for Brier scores. Never the extraction confidence.
 */
public record Resolution(ClaimStatus status, String evidence, String note, String actor, Double probability) {
    public Resolution {
        if (status == null || status == ClaimStatus.OVERDUE) {
            throw new IllegalArgumentException("a claim cannot be resolved as " + status
                    + ": overdue follows from its deadline");
        }
        if (blank(evidence) && blank(note)) {
            throw new IllegalArgumentException("a resolution needs evidence or a note");
        }
        if (blank(actor)) {
            throw new IllegalArgumentException("a resolution needs an actor");
        }
        if (probability != null && !(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be between 0 and 1, not " + probability);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
