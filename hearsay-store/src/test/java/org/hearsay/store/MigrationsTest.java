package org.hearsay.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MigrationsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aNewStoreIsMigratedOnceToTheLatestVersion(Backend backend) throws SQLException {
        try (Backend.Location db = backend.create(dir)) {
            db.open().close();
            db.open().close();
            try (RawDb raw = db.raw()) {
                assertEquals(List.of("1 V1__articles.sql", "2 V2__claims.sql", "3 V3__tracking.sql",
                                "4 V4__claims_across_languages.sql"),
                        raw.column("SELECT version || ' ' || name FROM schema_version ORDER BY version"));
                assertTrue(raw.tables().containsAll(Set.of("articles", "analyses", "sources", "entities", "claims",
                        "claim_subjects", "claim_events", "corpus_entities", "entity_links", "source_links", "claim_clusters",
                        "near_duplicates", "claim_anchors", "cluster_verdicts")), raw.tables().toString());
                if (db.sqlite()) {
                    assertEquals(List.of("wal"), raw.column("PRAGMA journal_mode"));
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aNewerSchemaThanTheCodeKnowsIsRefusedClearly(Backend backend) throws SQLException {
        try (Backend.Location db = backend.create(dir)) {
            db.open().close();
            try (RawDb raw = db.raw()) {
                raw.execute("INSERT INTO schema_version (version, name, applied_at) VALUES (9, 'V9__future.sql', 'later')");
            }
            StoreException e = assertThrows(StoreException.class, db::open);
            assertTrue(e.getMessage().startsWith("cannot open the store "), e.getMessage());
            assertTrue(e.getMessage().contains("schema version 9, newer than this Hearsay knows (4)"), e.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aFailingMigrationLeavesTheSchemaAtTheLastWholeVersion(Backend backend) throws SQLException {
        try (Backend.Location db = backend.create(dir)) {
            try (RawDb raw = db.raw()) {
                // A table in the way of V2: its first CREATE TABLE fails after V1 has committed.
                raw.execute("CREATE TABLE sources (x INTEGER)");
            }
            StoreException e = assertThrows(StoreException.class, db::open);
            assertTrue(e.getMessage().contains("V2__claims.sql"), e.getMessage());
            try (RawDb raw = db.raw()) {
                assertEquals(1, raw.number("SELECT MAX(version) FROM schema_version"));
                assertTrue(raw.tables().contains("articles"));
                assertFalse(raw.tables().contains("entities"), "nothing of V2 is left behind: " + raw.tables());
            }
        }
    }

    @Test
    void statementsSplitAtSemicolonsThatEndALine() {
        assertEquals(List.of("CREATE TABLE a (x TEXT DEFAULT ';')", "CREATE INDEX b ON a (x)"),
                Migrations.statements("-- a comment; not a statement\nCREATE TABLE a (x TEXT DEFAULT ';');\n\n"
                        + "CREATE INDEX b ON a (x);\n"));
    }
}
