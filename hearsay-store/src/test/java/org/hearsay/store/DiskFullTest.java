package org.hearsay.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.hearsay.core.model.Analysis;
import org.hearsay.store.CorpusStore.Change;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/** A full disk, simulated by capping the database's pages so SQLite answers SQLITE_FULL. */
class DiskFullTest {
    @TempDir
    Path dir;

    @Test
    void aFullDiskFailsTheOneArticleByNameAndLeavesTheEarlierOnesWhole() throws SQLException {
        Path db = dir.resolve("corpus.db");
        SQLiteConfig capped = SqliteStore.settings();
        capped.setMaxPageCount(80);
        List<Analysis> stored = new ArrayList<>();
        Analysis failed = null;
        StoreException error = null;
        try (CorpusStore store = SqliteStore.open(db, capped)) {
            for (int n = 0; n < 1000 && error == null; n++) {
                Analysis report = Reports.report(n, Reports.url(n), "", Reports.CONFIG, 40);
                try {
                    store.put(report);
                    stored.add(report);
                } catch (StoreException e) {
                    failed = report;
                    error = e;
                }
            }
            assertTrue(error != null, "the cap was never reached");
            Analysis next = failed;
            assertThrows(StoreException.class, () -> store.put(next), "still full");
        }
        assertTrue(stored.size() >= 2, "the cap left room for " + stored.size() + " articles");
        assertTrue(error.getMessage().contains("cannot store article " + failed.article().id() + " ("
                + failed.article().origin() + ")"), error.getMessage());
        assertTrue(error.getMessage().contains("full"), error.getMessage());

        try (RawDb raw = new RawDb("jdbc:sqlite:" + db)) {
            assertEquals(List.of("ok"), raw.column("PRAGMA integrity_check"));
            String id = failed.article().id();
            for (String table : List.of("analyses", "sources", "entities", "claims", "claim_subjects")) {
                assertEquals(0, raw.number("SELECT COUNT(*) FROM " + table + " WHERE article_id = ?", id), table);
            }
            assertEquals(0, raw.number("SELECT COUNT(*) FROM articles WHERE id = ?", id));
        }
        try (CorpusStore store = SqliteStore.open(db)) {
            for (Analysis report : stored) {
                assertEquals(report, store.analysis(report.article().id()).orElseThrow());
            }
            assertFalse(store.has(failed.article().id(), Reports.CONFIG));
            assertEquals(stored.size(), store.counts().articles());
            assertEquals(Change.CREATED, store.put(failed).change(), "with room again the article goes in");
        }
    }
}
