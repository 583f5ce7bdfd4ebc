package org.hearsay.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hearsay.store.CorpusStore;
import org.hearsay.store.CorpusStores;
import org.hearsay.store.StoreException;
import picocli.CommandLine.Option;

/** The {@code --db} option of the commands that read the corpus store, with ingest's default. */
final class StoreLocation {
    @Option(names = "--db", paramLabel = "FILE|URL",
            description = "The store: a SQLite file, or a jdbc:postgresql: URL. Default: $HEARSAY_DB, else ./hearsay.db.")
    String db;

    /**
     * The existing store. A SQLite file that is not there is refused rather than created: a mistyped
     * path would otherwise answer with an empty corpus as if nothing had been ingested.
     */
    CorpusStore open() {
        String location = location();
        if (!location.startsWith("jdbc:") && !Files.exists(Path.of(location))) {
            throw new StoreException("no store at " + location + " (hearsay ingest --db " + location + " creates one)");
        }
        return CorpusStores.open(location);
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
