package org.hearsay.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/**
 * The embedded store: one SQLite file that needs no installation. Write-ahead logging lets
 * readers work while an ingest writes; synchronous=FULL makes every committed article survive a
 * crash of the process or the machine; foreign keys tie every row to its article; a busy timeout
 * waits for another writer instead of failing. The schema is migrated on open.
 */
public final class SqliteStore {
    static final String MIGRATIONS = "/org/hearsay/store/migrations/sqlite";

    private SqliteStore() {
    }

    /** Opens the store in a file, creating it (and its folder) when missing. */
    public static CorpusStore open(Path file) {
        return open(file, settings());
    }

    /** The connection settings {@link #open(Path)} uses; tests add limits to them. */
    static SQLiteConfig settings() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(30_000);
        // Take the write lock when a transaction begins: two writers that both start by reading
        // would otherwise deadlock on upgrading their locks, which no timeout resolves.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config;
    }

    static CorpusStore open(Path file, SQLiteConfig config) {
        Connection connection = null;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            connection = config.createConnection("jdbc:sqlite:" + file);
            // The IMMEDIATE transactions take the write lock, which makes migrations exclusive too.
            Migrations.in(MIGRATIONS, null).apply(connection);
            return new JdbcStore(connection, file.toString());
        } catch (SQLException | IOException | RuntimeException e) {
            closeAfterFailure(connection, e);
            throw new StoreException("cannot open the store " + file + ": " + e.getMessage(), e);
        }
    }

    private static void closeAfterFailure(Connection connection, Exception cause) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                cause.addSuppressed(e);
            }
        }
    }
}
