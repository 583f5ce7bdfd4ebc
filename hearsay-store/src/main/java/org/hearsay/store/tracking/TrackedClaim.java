package org.hearsay.store.tracking;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A stored claim with what tracking knows of it.
 *
 * @param published     the article's publication time (wall clock as printed), or null
 * @param holder        the name of the source that makes the claim as the article gives it, or null
 *                      when the article asserts it itself
 * @param holderEntity  the corpus entity the holder is linked to, or null (the article itself, or an
 *                      anonymous source: never linked across articles)
 * @param modality      {@link org.hearsay.core.model.Claim.Modality} name
 * @param polarity      {@link org.hearsay.core.model.Claim.Polarity} name
 * @param deadline      the last day by which it must hold, or null
 * @param judgeableFrom the first day it can be judged, or null when any day will do
 * @param status        its status as of the date asked for (pending turns overdue)
 * @param statusChangedAt when a person last changed its status, or null
 * @param probability   the holder's probability, when a resolution recorded one; else null
 * @param cluster       the id of its claim cluster ("story": the same claim in other articles)
 */
public record TrackedClaim(ClaimRef ref, String url, String outlet, LocalDateTime published, String holder,
                           CorpusEntity holderEntity, String modality, String polarity, boolean trackable,
                           String proposition, String question, LocalDate deadline, LocalDate judgeableFrom,
                           ClaimStatus status, String statusChangedAt, Double probability, String cluster) {
}
