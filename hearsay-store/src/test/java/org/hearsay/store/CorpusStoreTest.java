package org.hearsay.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Layers;
import org.hearsay.store.CorpusStore.Change;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/** What every backend of the store does, run on each of them. */
class CorpusStoreTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void storedAnalysisReadsBackEqualWithItsRows(Backend backend) throws SQLException {
        try (Backend.Location db = backend.create(dir)) {
            Analysis report = Reports.report(7);
            try (CorpusStore store = db.open()) {
                assertEquals(new CorpusStore.Stored(report.article().id(), Change.CREATED), store.put(report));
                assertEquals(report, store.analysis(report.article().id()).orElseThrow());
                assertEquals(report.article(), store.articleByUrl(Reports.url(7)).orElseThrow());
                assertEquals(new CorpusStore.Counts(1, 1, 2, 2), store.counts());
            }
            try (RawDb raw = db.raw()) {
                assertEquals(List.of("s1|PROMISE|2027-12-31|2028-01-01|pending"), raw.column("SELECT holder_id || '|' ||"
                        + " modality || '|' || deadline || '|' || judgeable_from || '|' || status FROM claims WHERE trackable"));
                assertEquals(List.of("c1", "c2"), raw.column("SELECT s.claim_id FROM claim_subjects s JOIN entities e"
                        + " ON e.article_id = s.article_id AND e.id = s.entity_id WHERE e.canonical = 'Lindenau'"
                        + " ORDER BY s.claim_id"));
                assertEquals(List.of("Anna Keller"), raw.column("SELECT name FROM sources"));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void sameContentAndConfigurationIsUnchangedAndOtherConfigurationUpdates(Backend backend) throws SQLException {
        try (Backend.Location db = backend.create(dir)) {
            try (CorpusStore store = db.open()) {
                Analysis first = Reports.report(1);
                store.put(first);
                assertEquals(Change.UNCHANGED, store.put(Reports.report(1)).change());
                assertTrue(store.has(first.article().id(), Reports.CONFIG));
                assertFalse(store.has(first.article().id(), "config-b"));

                Analysis reanalysed = Reports.report(1, Reports.url(1), "", "config-b", 0);
                assertEquals(Change.UPDATED, store.put(reanalysed).change());
                assertTrue(store.has(first.article().id(), "config-b"));
                assertFalse(store.has(first.article().id(), Reports.CONFIG));
                assertEquals(new CorpusStore.Counts(1, 1, 2, 2), store.counts());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void newContentUnderAKnownUrlReplacesTheOldArticle(Backend backend) throws SQLException {
        try (Backend.Location db = backend.create(dir)) {
            try (CorpusStore store = db.open()) {
                Analysis first = Reports.report(3);
                store.put(first);
                Analysis corrected = Reports.report(3, Reports.url(3), "Korrektur: Die Zahl wurde berichtigt.",
                        Reports.CONFIG, 1);
                CorpusStore.Stored stored = store.put(corrected);

                assertEquals(Change.UPDATED, stored.change());
                assertEquals(corrected.article().id(), stored.articleId());
                assertEquals(corrected.article(), store.articleByUrl(Reports.url(3)).orElseThrow());
                assertTrue(store.analysis(first.article().id()).isEmpty(), "the old text is gone");
                assertEquals(new CorpusStore.Counts(1, 1, 2, 3), store.counts());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void claimStatusAndEventsSurviveReplacementWhereTheClaimIdRemains(Backend backend) throws SQLException {
        try (Backend.Location db = backend.create(dir)) {
            Analysis first = Reports.report(4);
            String oldId = first.article().id();
            try (CorpusStore store = db.open()) {
                store.put(Reports.report(4, Reports.url(4), "", Reports.CONFIG, 1));
            }
            try (RawDb raw = db.raw()) {
                for (String claim : List.of("c1", "c3")) {
                    raw.execute("UPDATE claims SET status = 'fulfilled', status_changed_at = '2028-01-02' WHERE id = ?", claim);
                    raw.execute("INSERT INTO claim_events (article_id, claim_id, at, from_status, to_status, evidence, actor)"
                            + " VALUES (?, ?, '2028-01-02', 'pending', 'fulfilled', 'https://lokal.example/bilanz', 'editor')",
                            oldId, claim);
                }
            }
            Analysis corrected = Reports.report(4, Reports.url(4), "Korrektur: Die Zahl wurde berichtigt.", Reports.CONFIG, 0);
            try (CorpusStore store = db.open()) {
                assertEquals(Change.UPDATED, store.put(corrected).change());
            }
            try (RawDb raw = db.raw()) {
                String newId = corrected.article().id();
                assertEquals(List.of("c1 fulfilled", "c2 pending"),
                        raw.column("SELECT id || ' ' || status FROM claims WHERE article_id = ? ORDER BY id", newId));
                assertEquals(List.of("c1 https://lokal.example/bilanz"), raw.column("SELECT claim_id || ' ' || evidence"
                        + " FROM claim_events WHERE article_id = ?", newId), "c3 is gone, and its event with it");
                assertEquals(1, raw.number("SELECT COUNT(*) FROM claim_events"));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void missingEntityAndClaimLayersGiveNoRows(Backend backend) throws SQLException {
        try (Backend.Location db = backend.create(dir)) {
            Analysis full = Reports.report(5);
            Analysis quotationsOnly = new Analysis(full.article(), full.provenance(),
                    Map.of(Layers.SOURCES.name(), full.get(Layers.SOURCES)));
            try (CorpusStore store = db.open()) {
                assertEquals(Change.CREATED, store.put(quotationsOnly).change());
                assertEquals(new CorpusStore.Counts(1, 1, 0, 0), store.counts());
                assertEquals(quotationsOnly, store.analysis(full.article().id()).orElseThrow());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void pagesListEveryArticleOnceByPublicationTimeThenId(Backend backend) throws SQLException {
        try (Backend.Location db = backend.create(dir)) {
            try (CorpusStore store = db.open()) {
                for (int n = 30; n >= 1; n--) {
                    store.put(Reports.report(n));
                }
                Analysis undated = Reports.report(99);
                store.put(new Analysis(undated.article().withPublished(null), undated.provenance(), undated.layers()));

                List<ArticleEntry> listed = new ArrayList<>();
                String cursor = null;
                int pages = 0;
                do {
                    ArticlePage page = store.articles(cursor, 7);
                    listed.addAll(page.articles());
                    cursor = page.next();
                    pages++;
                } while (cursor != null);

                assertEquals(5, pages);
                assertEquals(31, listed.size());
                assertEquals(31, listed.stream().map(ArticleEntry::id).distinct().count());
                assertNull(listed.get(30).published(), "undated articles come last");
                for (int i = 1; i < 30; i++) {
                    ArticleEntry before = listed.get(i - 1);
                    ArticleEntry after = listed.get(i);
                    int order = before.published().local().compareTo(after.published().local());
                    assertTrue(order < 0 || order == 0 && before.id().compareTo(after.id()) < 0, before + " / " + after);
                }
                assertEquals("Lindenauer Bote", listed.get(0).outlet());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aBadPageLimitIsRefused(Backend backend) throws SQLException {
        try (Backend.Location db = backend.create(dir)) {
            try (CorpusStore store = db.open()) {
                assertThrows(IllegalArgumentException.class, () -> store.articles(null, 0));
            }
        }
    }
}
