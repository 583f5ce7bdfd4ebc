package org.hearsay.store.search;

import java.time.LocalDate;
import java.util.List;

/**
 * A search: words to find, filters on facet values and a page. Filters on one facet match any of
 * their values; filters on different facets must all match.
 *
 * @param text        words and "quoted phrases", all required; null or blank lists every article
 *                    that passes the filters, newest first
 * @param entities    entity canonical names
 * @param sources     names of named sources
 * @param sourceKinds source kinds ({@code NAMED_PERSON}, {@code ANONYMOUS}…)
 * @param outlets     outlets
 * @param languages   ISO 639-1 codes
 * @param statuses    claim statuses: articles with at least one claim in one of them
 * @param from        first publication day, or null
 * @param to          last publication day (inclusive), or null
 * @param after       the {@link SearchResults#next()} cursor of the previous page, or null
 * @param limit       the most hits to return, at least 1
 */
public record SearchQuery(String text, List<String> entities, List<String> sources, List<String> sourceKinds,
                          List<String> outlets, List<String> languages, List<String> statuses, LocalDate from,
                          LocalDate to, String after, int limit) {

    public SearchQuery {
        entities = List.copyOf(entities);
        sources = List.copyOf(sources);
        sourceKinds = List.copyOf(sourceKinds);
        outlets = List.copyOf(outlets);
        languages = List.copyOf(languages);
        statuses = List.copyOf(statuses);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    /** Every article, newest first, in pages of {@code limit}. */
    public static SearchQuery all(int limit) {
        return new SearchQuery(null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null,
                limit);
    }

    public SearchQuery withText(String words) {
        return new SearchQuery(words, entities, sources, sourceKinds, outlets, languages, statuses, from, to, after,
                limit);
    }

    public SearchQuery withEntities(String... names) {
        return new SearchQuery(text, List.of(names), sources, sourceKinds, outlets, languages, statuses, from, to,
                after, limit);
    }

    public SearchQuery withStatuses(String... values) {
        return new SearchQuery(text, entities, sources, sourceKinds, outlets, languages, List.of(values), from, to,
                after, limit);
    }

    public SearchQuery withDays(LocalDate first, LocalDate last) {
        return new SearchQuery(text, entities, sources, sourceKinds, outlets, languages, statuses, first, last, after,
                limit);
    }

    public SearchQuery withAfter(String cursor) {
        return new SearchQuery(text, entities, sources, sourceKinds, outlets, languages, statuses, from, to, cursor,
                limit);
    }

    boolean hasText() {
        return text != null && !text.isBlank();
    }
}
