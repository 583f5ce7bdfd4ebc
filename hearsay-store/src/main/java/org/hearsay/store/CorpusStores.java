package org.hearsay.store;

import java.nio.file.Path;
import org.hearsay.store.search.IndexedStore;

/**
 * Opens a store by where it is: a PostgreSQL JDBC URL, or else the path of a SQLite file. A SQLite
 * store comes with its search index, in the folder {@code <file>.index} beside the file; a
 * PostgreSQL store has one where {@link #open(String, Path)} is told to keep it.
 */
public final class CorpusStores {
    private static final String POSTGRES = "jdbc:postgresql:";

    private CorpusStores() {
    }

    public static CorpusStore open(String location) {
        return location.startsWith(POSTGRES) ? PostgresStore.open(location) : open(location, null);
    }

    /**
     * Opens a store with its search index, brought up to date with the store first.
     *
     * @param index the index folder; null for a SQLite file's default, {@code <file>.index}
     * @throws IllegalArgumentException for a PostgreSQL store without an index folder
     */
    public static IndexedStore open(String location, Path index) {
        if (location.startsWith(POSTGRES)) {
            if (index == null) {
                throw new IllegalArgumentException("a PostgreSQL store needs a folder for its search index");
            }
            return IndexedStore.open(PostgresStore.open(location), index);
        }
        Path file = Path.of(location);
        return IndexedStore.open(SqliteStore.open(file), index != null ? index : defaultIndex(file));
    }

    /** Where a SQLite store keeps its search index: {@code <file>.index} beside the file. */
    public static Path defaultIndex(Path sqliteFile) {
        return sqliteFile.resolveSibling(sqliteFile.getFileName() + ".index");
    }
}
