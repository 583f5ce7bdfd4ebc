package org.hearsay.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.hearsay.store.search.IndexedStore;
import org.hearsay.store.search.SearchQuery;
import org.hearsay.store.search.SearchResults;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The search index on each backend, in a folder given to {@link CorpusStores#open(String, Path)}. */
class IndexedStoreBackendsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void articlesPutWithoutTheIndexAreIndexedWhenTheStoreIsOpenedWithIt(Backend backend) throws SQLException {
        Path index = dir.resolve("index");
        try (Backend.Location db = backend.create(dir)) {
            try (IndexedStore store = CorpusStores.open(db.location(), index)) {
                store.put(Reports.report(1));
            }
            try (CorpusStore bare = db.sqlite() ? SqliteStore.open(Path.of(db.location()))
                    : PostgresStore.open(db.location())) {
                bare.put(Reports.report(2));
            }
            try (IndexedStore store = CorpusStores.open(db.location(), index)) {
                SearchResults all = store.search(SearchQuery.all(10).withText("Buslinien"));
                assertEquals(Set.of(Reports.report(1).article().id(), Reports.report(2).article().id()),
                        Set.copyOf(all.hits().stream().map(SearchResults.Hit::articleId).toList()));
                assertEquals(List.of(new SearchResults.FacetCount("pending", 2)), all.facets().get("status"));
            }
        }
    }
}
