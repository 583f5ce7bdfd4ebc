package org.hearsay.store.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hearsay.core.model.Analysis;
import org.hearsay.store.CorpusStore;
import org.hearsay.store.CorpusStores;
import org.hearsay.store.SqliteStore;
import org.hearsay.store.tracking.ClaimRef;
import org.hearsay.store.tracking.ClaimStatus;
import org.hearsay.store.tracking.Resolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search index kept by a SQLite store: words, filters, facet counts, paging, and catching up. */
class SearchIndexTest {
    @TempDir
    Path dir;

    private static final Analysis BUSSE = Stories.story("https://bote.example/busse", "Lindenauer Bote", "de",
            LocalDateTime.of(2026, 3, 2, 9, 0), "Neue Buslinien für Lindenau",
            "Anna Keller kündigte an, die Stadt richte drei neue Buslinien ein.", "Anna Keller",
            "Anna Keller", "Lindenau");
    private static final Analysis BRUECKE = Stories.story("https://bote.example/bruecke", "Lindenauer Bote", "de",
            LocalDateTime.of(2026, 4, 15, 18, 30), "Brücke in Lindenau gesperrt",
            "Die Brücke bleibt bis Mai gesperrt, sagte ein Insider aus dem Rathaus.", null, "Lindenau");
    private static final Analysis FERRY = Stories.story("https://harbour.example/ferry", "Harbour Post", "en",
            LocalDateTime.of(2026, 4, 20, 7, 15), "Ferry line to Lindenau planned",
            "Tom Baker said the new ferry lines would start in June.", "Tom Baker", "Tom Baker", "Lindenau");
    private static final Analysis UNDATED = Stories.story("https://harbour.example/notes", "Harbour Post", "en", null,
            "Notes from the harbour", "Tom Baker walked along the quay.", "Tom Baker", "Tom Baker");

    private String db() {
        return dir.resolve("corpus.db").toString();
    }

    private IndexedStore storeWith(Analysis... analyses) {
        IndexedStore store = CorpusStores.open(db(), null);
        for (Analysis a : analyses) {
            store.put(a);
        }
        return store;
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(SearchResults.Hit::articleId).toList();
    }

    private static String id(Analysis a) {
        return a.article().id();
    }

    @Test
    void anEmptyStoreFindsNothingAndCountsNothing() {
        try (IndexedStore store = storeWith()) {
            SearchResults none = store.search(SearchQuery.all(10).withText("Lindenau"));
            assertEquals(0, none.total());
            assertEquals(List.of(), none.facets().get("entity"));
            assertEquals(List.of(), store.index().facetValues("entity", null, null, 10));
        }
    }

    @Test
    void wordsAreFoundInTheirInflectedFormsAndCountedByFacet() {
        try (IndexedStore store = storeWith(BUSSE, BRUECKE, FERRY, UNDATED)) {
            SearchResults buslinie = store.search(SearchQuery.all(10).withText("Buslinie"));
            assertEquals(List.of(id(BUSSE)), ids(buslinie), "German stemming finds the plural");

            SearchResults lines = store.search(SearchQuery.all(10).withText("line"));
            assertEquals(List.of(id(FERRY)), ids(lines), "English stemming finds 'lines'");

            SearchResults lindenau = store.search(SearchQuery.all(10).withText("Lindenau"));
            assertEquals(3, lindenau.total());
            assertEquals(List.of(new SearchResults.FacetCount("Lindenauer Bote", 2),
                    new SearchResults.FacetCount("Harbour Post", 1)), lindenau.facets().get("outlet"));
            assertEquals(List.of(new SearchResults.FacetCount("de", 2), new SearchResults.FacetCount("en", 1)),
                    lindenau.facets().get("language"));
            assertEquals(List.of(new SearchResults.FacetCount("2026-04", 2), new SearchResults.FacetCount("2026-03", 1)),
                    lindenau.facets().get("month"));
            assertEquals(List.of(new SearchResults.FacetCount("NAMED_PERSON", 2),
                    new SearchResults.FacetCount("ANONYMOUS", 1)), lindenau.facets().get("sourceKind"));
            assertEquals(3, lindenau.facets().get("entity").stream()
                    .filter(c -> c.value().equals("Lindenau")).findFirst().orElseThrow().count());

            assertEquals(List.of(id(FERRY)), ids(store.search(SearchQuery.all(10).withText("\"ferry line\""))));
            assertEquals(List.of(), ids(store.search(SearchQuery.all(10).withText("\"line ferry\""))),
                    "a quoted phrase keeps its word order");
        }
    }

    @Test
    void filtersOnDifferentFacetsAllApplyAndValuesOfOneFacetAreAlternatives() {
        try (IndexedStore store = storeWith(BUSSE, BRUECKE, FERRY, UNDATED)) {
            assertEquals(Set.of(id(FERRY), id(UNDATED)),
                    Set.copyOf(ids(store.search(SearchQuery.all(10).withEntities("Tom Baker")))));
            assertEquals(Set.of(id(BUSSE), id(FERRY), id(UNDATED)),
                    Set.copyOf(ids(store.search(SearchQuery.all(10).withEntities("Tom Baker", "Anna Keller")))));
            SearchQuery aprilInLindenau = SearchQuery.all(10).withEntities("Lindenau")
                    .withDays(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30));
            assertEquals(List.of(id(FERRY), id(BRUECKE)), ids(store.search(aprilInLindenau)), "newest first");
            SearchQuery anonymous = new SearchQuery(null, List.of(), List.of(), List.of("ANONYMOUS"), List.of(),
                    List.of(), List.of(), null, null, null, 10);
            assertEquals(List.of(id(BRUECKE)), ids(store.search(anonymous)));
            SearchQuery tomInGerman = new SearchQuery(null, List.of("Tom Baker"), List.of(), List.of(), List.of(),
                    List.of("de"), List.of(), null, null, null, 10);
            assertEquals(List.of(), ids(store.search(tomInGerman)));
            assertEquals(List.of(new SearchResults.FacetCount("Anna Keller", 1)),
                    store.index().facetValues("source", "an", null, 10), "source names by prefix, any case");
        }
    }

    @Test
    void pagesCoverEveryMatchOnceInBothOrders() {
        List<Analysis> many = new ArrayList<>();
        for (int n = 0; n < 11; n++) {
            many.add(Stories.story("https://bote.example/markt-" + n, "Lindenauer Bote", "de",
                    n % 4 == 0 ? null : LocalDateTime.of(2026, 5, 1 + n % 3, 8, 0), "Markttag " + n,
                    "Auf dem Markt in Lindenau gab es heute " + "viele ".repeat(n) + "Stände.", null, "Lindenau"));
        }
        try (IndexedStore store = storeWith(many.toArray(Analysis[]::new))) {
            for (SearchQuery first : List.of(SearchQuery.all(4), SearchQuery.all(4).withText("Markt Stände"))) {
                List<String> seen = new ArrayList<>();
                String next = null;
                do {
                    SearchResults page = store.search(first.withAfter(next));
                    assertEquals(11, page.total());
                    seen.addAll(ids(page));
                    next = page.next();
                } while (next != null);
                assertEquals(11, seen.size(), "pages of " + first);
                assertEquals(Set.copyOf(many.stream().map(SearchIndexTest::id).toList()), new HashSet<>(seen));
            }
            SearchResults newest = store.search(SearchQuery.all(20));
            assertNull(newest.hits().get(newest.hits().size() - 1).published(), "undated articles come last");
            String wordsCursor = store.search(SearchQuery.all(2).withText("Markt")).next();
            assertThrows(IllegalArgumentException.class, () -> store.search(SearchQuery.all(2).withAfter(wordsCursor)));
        }
    }

    @Test
    void openingTheStoreIndexesWhatACrashAfterCommitLeftOut() {
        try (IndexedStore store = storeWith(BUSSE, BRUECKE)) {
            assertEquals(2, store.search(SearchQuery.all(10)).total());
        }
        Analysis correctedBridge = Stories.story("https://bote.example/bruecke", "Lindenauer Bote", "de",
                LocalDateTime.of(2026, 4, 16, 8, 0), "Brücke in Lindenau wieder offen",
                "Die Brücke ist wieder offen, sagte Anna Keller.", "Anna Keller", "Anna Keller", "Lindenau");
        Analysis reanalysedBusse = Stories.analysedWith("config-b", "https://bote.example/busse", "Lindenauer Bote",
                "de", LocalDateTime.of(2026, 3, 2, 9, 0), "Neue Buslinien für Lindenau",
                "Anna Keller kündigte an, die Stadt richte drei neue Buslinien ein.", "Anna Keller",
                "Anna Keller", "Lindenau", "Stadt");
        // The process commits these and dies before indexing them: the store without its index.
        try (CorpusStore bare = SqliteStore.open(Path.of(db()))) {
            assertEquals(CorpusStore.Change.CREATED, bare.put(FERRY).change());
            assertEquals(CorpusStore.Change.UPDATED, bare.put(correctedBridge).change());
            assertEquals(CorpusStore.Change.UPDATED, bare.put(reanalysedBusse).change());
        }
        try (IndexedStore store = CorpusStores.open(db(), null)) {
            assertEquals(Set.of(id(BUSSE), id(correctedBridge), id(FERRY)),
                    Set.copyOf(ids(store.search(SearchQuery.all(10)))));
            assertEquals(List.of(id(correctedBridge)), ids(store.search(SearchQuery.all(10).withText("offen"))));
            assertEquals(List.of(), ids(store.search(SearchQuery.all(10).withText("gesperrt"))),
                    "the replaced article's document is gone");
            assertEquals(List.of(id(BUSSE)), ids(store.search(SearchQuery.all(10).withEntities("Stadt"))),
                    "the re-analysis is indexed");
        }
    }

    @Test
    void resolvedClaimsAreFoundByStatusOnceReindexedOrTheStoreIsOpenedAgain() {
        try (IndexedStore store = storeWith(BUSSE, BRUECKE)) {
            store.tracker().resolve(new ClaimRef(id(BUSSE), "c1"),
                    new Resolution(ClaimStatus.CONFIRMED, "https://bote.example/busse-2", null, "test", null));
            store.reindex(id(BUSSE));
            assertEquals(List.of(id(BUSSE)), ids(store.search(SearchQuery.all(10).withStatuses("confirmed"))));
            assertEquals(List.of(new SearchResults.FacetCount("confirmed", 1), new SearchResults.FacetCount("pending", 1)),
                    store.search(SearchQuery.all(10)).facets().get("status"));
        }
        // Another process resolves a claim on the store alone; the index learns of it on the next open.
        try (CorpusStore bare = SqliteStore.open(Path.of(db()))) {
            bare.tracker().resolve(new ClaimRef(id(BRUECKE), "c1"),
                    new Resolution(ClaimStatus.CONTRADICTED, null, "Die Brücke war offen.", "test", null));
        }
        try (IndexedStore store = CorpusStores.open(db(), null)) {
            assertEquals(List.of(id(BRUECKE)), ids(store.search(SearchQuery.all(10).withStatuses("contradicted"))));
        }
    }
}
