package org.hearsay.cli;

import java.util.Locale;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Layers;

/** Counts of a batch run, for the progress line and the final summary. */
final class BatchReport {
    private final long startNanos = System.nanoTime();
    private int analysed;
    private int failed;
    private int skipped;
    private long tokens;

    void recordAnalysed(Analysis analysis) {
        analysed++;
        tokens += analysis.get(Layers.TOKENS).size();
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
        return analysed + " ok, " + failed + " failed";
    }

    String summary() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return String.format(Locale.ROOT, "%d %s analysed (%d tokens), %d failed, %d skipped in %.1f s",
                analysed, analysed == 1 ? "article" : "articles", tokens, failed, skipped, seconds);
    }
}
