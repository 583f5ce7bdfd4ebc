package org.hearsay.server;

import java.time.Instant;
import java.util.List;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.PublicationTime;
import org.hearsay.store.ArticleEntry;
import org.hearsay.store.tracking.DuplicateArticle;
import org.hearsay.store.tracking.Duplicates;

/** How articles appear in answers: the publication time as one ISO-8601 text, offset only when known. */
final class ArticleViews {
    private ArticleViews() {
    }

    /** An article in a listing. */
    record Summary(String id, String url, String outlet, String title, String language, String published,
                   String origin, Instant ingestedAt) {
    }

    /**
     * One article with its text and its near-duplicates.
     *
     * @param copyOf the earlier article this one is a near-duplicate of, or null
     * @param copies later near-duplicates of this one, most similar first; null (left out) when none
     */
    record Full(String id, String url, String outlet, String title, String byline, String language, String published,
                String origin, String format, String text, DuplicateArticle copyOf, List<DuplicateArticle> copies) {
    }

    static Summary summary(ArticleEntry e) {
        return new Summary(e.id(), e.url(), e.outlet(), e.title(), e.language(), iso(e.published()), e.origin(),
                e.ingestedAt());
    }

    static Full full(Article a, Duplicates duplicates) {
        return new Full(a.id(), a.url(), a.outlet(), a.title(), a.byline(), a.language(), iso(a.published()),
                a.origin(), a.format(), a.text(), duplicates.original(),
                duplicates.copies().isEmpty() ? null : duplicates.copies());
    }

    private static String iso(PublicationTime time) {
        return time == null ? null : time.iso();
    }
}
