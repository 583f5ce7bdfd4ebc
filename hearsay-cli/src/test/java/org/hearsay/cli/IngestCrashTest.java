package org.hearsay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hearsay.store.CorpusStore;
import org.hearsay.store.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of {@code hearsay ingest} in the middle of a batch, then the same command again: what
 * was committed stays, and the second run stores only the rest.
 */
class IngestCrashTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aKilledIngestKeepsWhatItCommittedAndTheRerunStoresTheRest() throws Exception {
        List<String> articles = InventedArticles.write(dir);
        // A named pipe nobody writes to: reading it blocks, so the child is certain to be mid-batch
        // when it is killed. With one thread the batch's window of two forces the first two
        // articles to be stored before the fourth is handed on; the third is stored too if its
        // analysis was done by then. The fourth waits in the window, analysed but not stored.
        Path pipe = dir.resolve("pipe.txt");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor(), "mkfifo failed");
        Path db = dir.resolve("corpus.db");
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx2g", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "ingest", "--db", db.toString(), "--threads", "1"));
        command.addAll(articles.subList(0, 4));
        command.add(pipe.toString());
        command.add(articles.get(4));
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            waitForArticles(db, 2, child, dir.resolve("child.log"));
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }

        assertEquals("ok", integrityCheck(db));
        long committed;
        try (CorpusStore store = SqliteStore.open(db)) {
            committed = store.counts().articles();
        }
        assertTrue(committed == 2 || committed == 3, committed + " articles committed before the kill");
        CliRun rerun = CliRun.of(concat(List.of("ingest", "--db", db.toString()), articles));
        assertEquals(0, rerun.exitCode(), rerun.err());
        assertTrue(rerun.err().contains((articles.size() - committed) + " created, 0 updated, " + committed
                + " unchanged, 0 failed"), rerun.err());
        try (CorpusStore store = SqliteStore.open(db)) {
            assertEquals(articles.size(), store.counts().articles());
        }
    }

    /** Polls the store until it holds {@code count} articles; fails if the child ends first. */
    private static void waitForArticles(Path db, int count, Process child, Path log)
            throws InterruptedException, SQLException, IOException {
        while (!Files.exists(db) || articleRows(db) < count) {
            if (!child.isAlive()) {
                throw new AssertionError("the ingest ended before it was killed:\n" + Files.readString(log));
            }
            Thread.sleep(200);
        }
    }

    private static long articleRows(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM sqlite_master WHERE name = 'articles'")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                return 0;
            }
            try (ResultSet rows = st.executeQuery("SELECT COUNT(*) FROM articles")) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static String integrityCheck(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String[] concat(List<String> head, List<String> tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(tail);
        return all.toArray(String[]::new);
    }
}
