package org.hearsay.server;

import io.javalin.http.Context;
import java.util.List;
import java.util.function.Function;
import org.hearsay.store.search.IndexedStore;
import org.hearsay.store.search.SearchQuery;
import org.hearsay.store.search.SearchResults;
import org.hearsay.store.tracking.CorpusEntity;
import org.hearsay.store.tracking.Tracker;

/** Full-text and facet search, and the entities and sources the index knows, by name prefix. */
final class SearchEndpoints {
    private final IndexedStore store;

    SearchEndpoints(IndexedStore store) {
        this.store = store;
    }

    /**
     * {@code GET /api/search?q=&entity=&source=&sourceKind=&outlet=&language=&status=&from=&to=&after=&limit=}.
     * Filters may repeat: values of one filter are alternatives, different filters all apply.
     */
    void search(Context ctx) {
        SearchResults results;
        try {
            results = store.search(new SearchQuery(Params.optional(ctx, "q"), Params.all(ctx, "entity"),
                    Params.all(ctx, "source"), Params.all(ctx, "sourceKind"), Params.all(ctx, "outlet"),
                    Params.all(ctx, "language"), Params.all(ctx, "status"), Params.date(ctx, "from"),
                    Params.date(ctx, "to"), Params.optional(ctx, "after"), Params.limit(ctx)));
        } catch (IllegalArgumentException e) {
            // from after to, or a cursor of another search
            throw ApiException.badRequest(e.getMessage());
        }
        Json.send(ctx, results);
    }

    /**
     * {@code GET /api/entities?q=&after=&limit=}: entity names as articles spell them, with how many
     * articles name them and the corpus entities each stands for (spelling variants share one).
     */
    void entities(Context ctx) {
        Tracker tracker = store.tracker();
        facetValues(ctx, "entity", name -> tracker.entities(name));
    }

    /** {@code GET /api/sources?q=&after=&limit=}: named sources with how many articles quote them. */
    void sources(Context ctx) {
        facetValues(ctx, "source", name -> null);
    }

    private void facetValues(Context ctx, String facet, Function<String, List<CorpusEntity>> corpusEntities) {
        int limit = Params.limit(ctx);
        List<SearchResults.FacetCount> values = store.index().facetValues(facet, Params.optional(ctx, "q"),
                Params.optional(ctx, "after"), limit + 1);
        boolean more = values.size() > limit;
        List<NameCount> items = values.stream().limit(limit)
                .map(v -> new NameCount(v.value(), v.count(), corpusEntities.apply(v.value())))
                .toList();
        Json.send(ctx, new Page<>(items, more ? items.get(limit - 1).name() : null));
    }

    /**
     * A name, the number of articles it occurs in and, for entities, the corpus entities it names.
     *
     * @param corpus null for sources
     */
    record NameCount(String name, long articles, List<CorpusEntity> corpus) {
    }
}
