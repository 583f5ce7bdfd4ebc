package org.hearsay.store.tracking;

import java.time.LocalDateTime;

/**
 * One entry of a timeline.
 *
 * @param at        when: an article's publication time, a claim's article's publication time, or the
 *                  end of a deadline's day (23:59:59); null for undated articles, which come last
 * @param articleId the article it belongs to
 * @param claim     the claim, for {@link Kind#CLAIM} and {@link Kind#DEADLINE}; else null
 * @param outlet    the article's outlet, or null
 * @param text      the article's title, the claim's proposition, or the deadline's question
 * @param status    for claims and deadlines, the claim's status as of the date asked for; null for
 *                  articles, and for claims and deadlines of claims that are neither trackable nor
 *                  resolved (plain statements and denials wait for no verdict)
 */
public record TimelineItem(LocalDateTime at, Kind kind, String articleId, ClaimRef claim, String outlet, String text,
                           ClaimStatus status) {

    /** The cursor that names this entry: a page of the timeline that ends with it continues after it. */
    public TimelineCursor cursor() {
        return new TimelineCursor(kind, articleId, claim);
    }

    /** What happens at that time. */
    public enum Kind { ARTICLE, CLAIM, DEADLINE }
}
