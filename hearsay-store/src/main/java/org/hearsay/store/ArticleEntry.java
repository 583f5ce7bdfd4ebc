package org.hearsay.store;

import java.time.Instant;
import org.hearsay.core.model.PublicationTime;

/**
 * A stored article as listed: its metadata without text or analysis.
 *
 * @param published  publication time, or null when the input gave none
 * @param ingestedAt when this version was stored
 */
public record ArticleEntry(String id, String url, String outlet, String title, String language,
                           PublicationTime published, String origin, Instant ingestedAt) {
}
