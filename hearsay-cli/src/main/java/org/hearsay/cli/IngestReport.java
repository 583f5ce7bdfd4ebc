package org.hearsay.cli;

import java.util.Locale;
import org.hearsay.store.CorpusStore;

/** Counts of an ingest run, for the progress line and the final summary. */
final class IngestReport {
    private final long startNanos = System.nanoTime();
    private int created;
    private int updated;
    private int unchanged;
    private int failed;
    private int skipped;

    void record(CorpusStore.Change change) {
        switch (change) {
            case CREATED -> created++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
        }
    }

    void recordFailure() {
        failed++;
    }

    void recordSkip() {
        skipped++;
    }

    int failures() {
        return failed;
    }

    String shortStatus() {
        return (created + updated) + " stored, " + unchanged + " unchanged, " + failed + " failed";
    }

    String summary() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return String.format(Locale.ROOT, "%d created, %d updated, %d unchanged, %d failed, %d skipped in %.1f s",
                created, updated, unchanged, failed, skipped, seconds);
    }
}
