package org.hearsay.store.tracking;

/**
 * Two articles whose texts are nearly the same (a syndicated or lightly edited copy).
 *
 * @param articleId  the later one (by publication time, then id)
 * @param originalId the earlier one
 * @param similarity Jaccard similarity of their word 5-gram sets, 0..1
 */
public record NearDuplicate(String articleId, String originalId, double similarity) {
}
