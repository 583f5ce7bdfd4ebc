package org.hearsay.store.tracking;

import java.time.Instant;

/**
 * One status change of a claim.
 *
 * @param at       when it was recorded
 * @param evidence a URL, a stored article's id or a claim ref; null for a decision backed by a note only
 * @param note     the person's reasoning, or null
 * @param actor    who made the change
 */
public record ClaimEvent(ClaimRef claim, Instant at, ClaimStatus from, ClaimStatus to, String evidence, String note,
                         String actor) {
}
