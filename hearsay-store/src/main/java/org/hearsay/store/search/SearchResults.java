package org.hearsay.store.search;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of search hits and, over all matching articles, how many have each facet value.
 *
 * @param total  how many articles match
 * @param hits   this page, best (or, without words, newest) first
 * @param facets facet name → its most frequent values with counts, most frequent first; the facets
 *               are entity, source (named sources), sourceKind, outlet, language, year, month (yyyy-MM)
 *               and status, in this order
 * @param next   cursor for the next page, or null when this is the last
 */
public record SearchResults(long total, List<Hit> hits, Map<String, List<FacetCount>> facets, String next) {

    public SearchResults {
        hits = List.copyOf(hits);
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
    }

    /**
     * A matching article.
     *
     * @param score relevance for a search with words; 0 without
     */
    public record Hit(String articleId, String title, String url, String outlet, String language,
                      LocalDateTime published, float score) {
    }

    public record FacetCount(String value, long count) {
    }
}
