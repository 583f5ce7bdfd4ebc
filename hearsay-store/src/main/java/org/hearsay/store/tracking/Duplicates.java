package org.hearsay.store.tracking;

import java.util.List;

/**
 * An article's near-duplicates (syndicated or lightly edited copies) in both directions.
 *
 * @param original the earliest stored article this one is a copy of, or null when it copies none
 * @param copies   later stored articles that copy this one, most similar first
 */
public record Duplicates(DuplicateArticle original, List<DuplicateArticle> copies) {
    public Duplicates {
        copies = List.copyOf(copies);
    }
}
