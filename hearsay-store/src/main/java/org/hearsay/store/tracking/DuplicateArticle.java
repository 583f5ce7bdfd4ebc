package org.hearsay.store.tracking;

import java.time.LocalDateTime;

/**
 * The other article of a near-duplicate pair, as a reader looking at one of them needs it: what to
 * open, where and when it appeared, and how much of the text the two share.
 *
 * @param published  publication time (wall clock as printed), or null
 * @param similarity Jaccard similarity of the two texts' word 5-gram sets, 0.5..1
 */
public record DuplicateArticle(String id, String url, String outlet, String title, LocalDateTime published,
                               double similarity) {
}
