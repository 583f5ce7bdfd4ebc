package org.hearsay.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hearsay.core.model.Analysis;
import org.hearsay.store.CorpusStore.Change;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 of a process in the middle of storing: nothing committed is lost, nothing half-written is visible. */
class CrashTest {
    /** Enough beyond the victim for the second run to have work left; each article is slow to store. */
    static final int ARTICLES = 30;
    /** Many claims per article make each transaction long, so the kill mostly lands inside one. */
    static final int EXTRA_CLAIMS = 300;
    /** The report whose storing the kill interrupts. */
    static final int VICTIM = 15;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Backend.class)
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aKilledIngestLosesNothingCommittedAndTheNextRunFinishesTheRest(Backend backend) throws Exception {
        try (Backend.Location db = backend.create(dir)) {
            killedAndResumed(db);
        }
    }

    private static void killedAndResumed(Backend.Location db) throws Exception {
        db.open().close();
        ingestUntilKilled(db.location(), VICTIM);

        if (db.sqlite()) {
            try (RawDb raw = db.raw()) {
                assertEquals(List.of("ok"), raw.column("PRAGMA integrity_check"));
                assertEquals(List.of(), raw.column("PRAGMA foreign_key_check"));
            }
        }
        Set<String> committed = new HashSet<>();
        try (CorpusStore store = db.open()) {
            for (int n = 0; n < VICTIM; n++) {
                Analysis expected = Reports.report(n, Reports.url(n), "", Reports.CONFIG, EXTRA_CLAIMS);
                assertEquals(expected, store.analysis(expected.article().id()).orElseThrow(), "report " + n);
            }
            String cursor = null;
            do {
                ArticlePage page = store.articles(cursor, 50);
                page.articles().forEach(a -> committed.add(a.id()));
                cursor = page.next();
            } while (cursor != null);
            // The report being stored at the kill is either all there or not at all (checked below).
            assertTrue(committed.size() == VICTIM || committed.size() == VICTIM + 1, committed.size() + " articles");
        }
        assertEveryArticleComplete(db);

        List<Change> rerun = new ArrayList<>();
        try (CorpusStore store = db.open()) {
            for (int n = 0; n < ARTICLES; n++) {
                rerun.add(store.put(Reports.report(n, Reports.url(n), "", Reports.CONFIG, EXTRA_CLAIMS)).change());
            }
            assertEquals(ARTICLES, store.counts().articles());
        }
        assertEquals(committed.size(), rerun.stream().filter(c -> c == Change.UNCHANGED).count());
        assertEquals(ARTICLES - committed.size(), rerun.stream().filter(c -> c == Change.CREATED).count());
        assertEveryArticleComplete(db);
    }

    /**
     * Starts a child JVM that stores reports slowly and kills it (SIGKILL) as soon as it starts
     * storing report {@code victim}, after reports 0..victim-1 were reported stored.
     */
    private static void ingestUntilKilled(String location, int victim) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), SlowIngest.class.getName(), location, "0",
                String.valueOf(ARTICLES), String.valueOf(EXTRA_CLAIMS), "5")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
                if (line.equals("storing " + victim)) {
                    child.destroyForcibly();
                    break;
                }
            }
            child.waitFor();
        }
        assertEquals("storing " + victim, lines.get(lines.size() - 1), "the child ended early: " + lines);
        assertTrue(lines.contains("stored " + (victim - 1) + " CREATED"), lines.toString());
    }

    /** Every stored article has its analysis and all its source, entity, claim and subject rows. */
    private static void assertEveryArticleComplete(Backend.Location db) throws SQLException {
        try (RawDb raw = db.raw()) {
            assertEquals(0, raw.number("SELECT COUNT(*) FROM articles a WHERE NOT EXISTS"
                    + " (SELECT 1 FROM analyses WHERE article_id = a.id)"));
            long claimsPerArticle = 2 + EXTRA_CLAIMS;
            assertEquals(List.of(), raw.column("SELECT a.id FROM articles a WHERE"
                    + " (SELECT COUNT(*) FROM claims WHERE article_id = a.id) <> ?"
                    + " OR (SELECT COUNT(*) FROM claim_subjects WHERE article_id = a.id) <> ?"
                    + " OR (SELECT COUNT(*) FROM entities WHERE article_id = a.id) <> 2"
                    + " OR (SELECT COUNT(*) FROM sources WHERE article_id = a.id) <> 1",
                    claimsPerArticle, claimsPerArticle));
        }
    }
}
