package org.hearsay.store.tracking;

/**
 * How the trackable claims of one source, outlet or speaker turned out, as of a date. A claim
 * repeated in several articles (one claim cluster) counts once: as the member a person resolved
 * last, else as overdue when a member is, else as pending.
 *
 * @param name         the speaker's or source's corpus name, or the outlet as stored
 * @param trackable    trackable claims (clusters)
 * @param onTime       resolved claims resolved on or before their deadline (the resolution's date is
 *                     the publication date of its evidence article when that is stored, else the day
 *                     it was recorded)
 * @param late         resolved claims resolved after their deadline
 * @param brierCount   resolved claims with a known probability
 * @param brier        mean squared difference between probability and outcome (1 held, 0 did not)
 *                     over those claims; null ("n/a") when there are none
 */
public record TrackRecord(Scope scope, String name, int trackable, int pending, int overdue, int confirmed,
                          int fulfilled, int contradicted, int failed, int onTime, int late, int brierCount,
                          Double brier) {

    /** Whose record. Sources and speakers are grouped by name across entity types. */
    public enum Scope {
        /** A named source (corpus-linked) that makes claims or relays them. */
        SOURCE,
        /** The outlet that published the claims' articles. */
        OUTLET,
        /** The named source that makes the claims itself (the holder). */
        SPEAKER
    }

    public int resolved() {
        return confirmed + fulfilled + contradicted + failed;
    }
}
