package org.hearsay.store;

import java.util.List;

/**
 * One page of an article listing.
 *
 * @param articles the articles, in listing order
 * @param next     cursor for the next page, or null when this is the last
 */
public record ArticlePage(List<ArticleEntry> articles, String next) {
    public ArticlePage {
        articles = List.copyOf(articles);
    }
}
