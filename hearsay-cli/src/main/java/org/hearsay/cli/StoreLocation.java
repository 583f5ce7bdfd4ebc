package org.hearsay.cli;

import org.hearsay.store.CorpusStore;
import org.hearsay.store.CorpusStores;
import picocli.CommandLine.Option;

/** The {@code --db} option of the commands that read the corpus store, with ingest's default. */
final class StoreLocation {
    @Option(names = "--db", paramLabel = "FILE|URL",
            description = "The store: a SQLite file, or a jdbc:postgresql: URL. Default: $HEARSAY_DB, else ./hearsay.db.")
    String db;

    CorpusStore open() {
        return CorpusStores.open(location());
    }

    /** The store's file or URL: --db, else $HEARSAY_DB, else ./hearsay.db. */
    String location() {
        if (db != null) {
            return db;
        }
        String env = System.getenv("HEARSAY_DB");
        return env == null || env.isBlank() ? "hearsay.db" : env;
    }
}
