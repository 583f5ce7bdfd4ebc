package org.hearsay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What {@code hearsay serve} refuses before it listens (serving itself is tested in hearsay-server). */
class ServeCommandTest {
    @Test
    void aPostgresStoreWithoutAnIndexFolderIsRefusedWithTheReason() {
        CliRun run = CliRun.of("serve", "--db", "jdbc:postgresql://127.0.0.1:1/none");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("a PostgreSQL store needs a folder for its search index"), run.err());
    }
}
