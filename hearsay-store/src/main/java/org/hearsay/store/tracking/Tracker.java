package org.hearsay.store.tracking;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Tracking across the corpus: corpus entities, claim clusters, near-duplicate articles, the claim
 * lifecycle, track records and timelines. Obtained from {@link org.hearsay.store.CorpusStore#tracker};
 * it shares the store's connection and is closed with it. Methods throw
 * {@link org.hearsay.store.StoreException} when the database fails and
 * {@link IllegalArgumentException} for refs and names that are not stored.
 */
public interface Tracker {

    /**
     * The corpus entities a name stands for, in any spelling variant (one per type that has it), and
     * the persons whose name ends with it, as a surname ("Zelensky" finds "Wolodymyr Selenskyj");
     * when no name is spelt so, any entity whose name ends with it. Every method that takes an
     * entity's or source's name looks it up so.
     */
    List<CorpusEntity> entities(String name);

    /**
     * Claims by a filter, earliest publication first (undated last), then in text order within an
     * article; after {@link ClaimFilter#after} when it names a claim.
     *
     * @throws IllegalArgumentException when the filter's cursor names no stored claim
     */
    List<TrackedClaim> claims(ClaimFilter filter);

    /** One claim, its status as of a date. */
    Optional<TrackedClaim> claim(ClaimRef ref, LocalDate asOf);

    /** The cluster a claim belongs to, with every member. */
    Optional<ClaimCluster> cluster(String clusterId, LocalDate asOf);

    /**
     * Evidence suggestions for a claim: the claims of its cluster published after it (in other
     * articles), earliest first. Tracking never resolves a claim by itself beyond overdue.
     */
    List<TrackedClaim> laterInCluster(ClaimRef ref, LocalDate asOf);

    /** The article this one is a near-duplicate of (the earliest, most similar), if any. */
    Optional<NearDuplicate> originalOf(String articleId);

    /** The stored near-duplicates of an article, later ones only, most similar first. */
    List<NearDuplicate> copiesOf(String articleId);

    /**
     * An article's near-duplicates with what a reader needs to open them: the original it copies (the
     * earliest) and at most {@code copies} of its own copies, most similar first (0: none).
     */
    Duplicates duplicates(String articleId, int copies);

    /**
     * Changes a claim's status: writes the event and the new status in one transaction. A resolved
     * claim can be resolved again (each time an event); resolving to the status it has is refused.
     *
     * @return the event written; its {@code from} is the status as of the day it is recorded, so a
     *         claim resolved after its deadline shows {@code overdue → fulfilled}
     * @throws IllegalArgumentException when the claim is not stored, the evidence is neither a URL
     *                                  nor a stored article or claim, or the status is the current one
     */
    ClaimEvent resolve(ClaimRef ref, Resolution resolution);

    /** A claim's status changes, oldest first. */
    List<ClaimEvent> history(ClaimRef ref);

    /**
     * Track records as of a date. A claim repeated in several articles (one cluster) counts once.
     *
     * @param name a source's or speaker's name in any spelling variant, or an outlet
     *             (case-insensitive): one record for all the entities it stands for, under the fullest
     *             of their names; null for a record per source, speaker or outlet, most trackable
     *             claims first
     */
    List<TrackRecord> trackRecords(TrackRecord.Scope scope, String name, LocalDate asOf);

    /**
     * An entity's timeline, by any spelling of its name: the articles that mention it, the claims
     * about it or made by it, and their deadlines, in time order (undated articles last).
     */
    default List<TimelineItem> entityTimeline(String name, LocalDate asOf) {
        return entityTimeline(name, asOf, null, Integer.MAX_VALUE);
    }

    /**
     * A page of an entity's timeline: at most {@code limit} entries after the one {@code after} names
     * (null: from the start). Each page is read from the database on its own and costs about what a
     * page holds, so paging through a long timeline gives the same entries as reading it whole.
     *
     * @throws IllegalArgumentException when {@code after} names no stored entry
     */
    List<TimelineItem> entityTimeline(String name, LocalDate asOf, TimelineCursor after, int limit);

    /** A claim cluster's timeline: its articles, claims and deadlines in time order. */
    default List<TimelineItem> storyTimeline(String clusterId, LocalDate asOf) {
        return storyTimeline(clusterId, asOf, null, Integer.MAX_VALUE);
    }

    /**
     * A page of a claim cluster's timeline, as {@link #entityTimeline(String, LocalDate, TimelineCursor, int)}.
     *
     * @throws IllegalArgumentException when {@code after} names no stored entry
     */
    List<TimelineItem> storyTimeline(String clusterId, LocalDate asOf, TimelineCursor after, int limit);
}
