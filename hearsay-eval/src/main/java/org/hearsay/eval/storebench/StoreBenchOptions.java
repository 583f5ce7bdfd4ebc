package org.hearsay.eval.storebench;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code hearsay bench store} does.
 *
 * @param corpus        the quotes-de-wikinews folder whose texts are analysed
 * @param analyses      how many texts to analyse (the first, in file-name order)
 * @param analysesFile  a JSON Lines file of analyses: read when it exists (no analysis then),
 *                      else written after analysing; null for neither
 * @param articles      how many articles to store in all, replaying the analyses
 * @param checkpoints   article counts to measure at, ascending; the last one is {@code articles}
 * @param db            the SQLite file to fill (its index folder is beside it): new, or one this benchmark filled before
 * @param queries       measured queries of each kind per checkpoint
 * @param seed          seeds every random draw (dates, outlets, queries), so runs are comparable
 */
public record StoreBenchOptions(Path corpus, int analyses, Path analysesFile, int articles, List<Integer> checkpoints,
                                Path db, int queries, long seed) {
    public StoreBenchOptions {
        checkpoints = List.copyOf(checkpoints);
        if (analyses < 1 || articles < 1 || queries < 1) {
            throw new IllegalArgumentException("analyses, articles and queries must be at least 1");
        }
        if (checkpoints.isEmpty() || checkpoints.get(checkpoints.size() - 1) != articles) {
            throw new IllegalArgumentException("the last checkpoint must be the number of articles, " + articles);
        }
        for (int i = 0; i < checkpoints.size(); i++) {
            if (checkpoints.get(i) < 1 || i > 0 && checkpoints.get(i) <= checkpoints.get(i - 1)) {
                throw new IllegalArgumentException("checkpoints must be positive and ascending: " + checkpoints);
            }
        }
    }
}
