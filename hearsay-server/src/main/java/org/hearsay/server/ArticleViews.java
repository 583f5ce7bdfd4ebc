package org.hearsay.server;

import java.time.Instant;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.PublicationTime;
import org.hearsay.store.ArticleEntry;

/** How articles appear in answers: the publication time as one ISO-8601 text, offset only when known. */
final class ArticleViews {
    private ArticleViews() {
    }

    /** An article in a listing. */
    record Summary(String id, String url, String outlet, String title, String language, String published,
                   String origin, Instant ingestedAt) {
    }

    /** One article with its text. */
    record Full(String id, String url, String outlet, String title, String byline, String language, String published,
                String origin, String format, String text) {
    }

    static Summary summary(ArticleEntry e) {
        return new Summary(e.id(), e.url(), e.outlet(), e.title(), e.language(), iso(e.published()), e.origin(),
                e.ingestedAt());
    }

    static Full full(Article a) {
        return new Full(a.id(), a.url(), a.outlet(), a.title(), a.byline(), a.language(), iso(a.published()),
                a.origin(), a.format(), a.text());
    }

    private static String iso(PublicationTime time) {
        return time == null ? null : time.iso();
    }
}
