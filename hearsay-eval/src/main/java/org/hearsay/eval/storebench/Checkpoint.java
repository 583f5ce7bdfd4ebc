package org.hearsay.eval.storebench;

import java.util.List;

/**
 * The figures at one checkpoint.
 *
 * @param articles       articles stored in all
 * @param claims         claim rows stored in all
 * @param segmentStored  articles stored since the previous checkpoint
 * @param segmentSeconds wall time of storing them (puts only, no queries)
 * @param putP50Millis   median time of one put over the segment (transaction, linking, indexing)
 * @param putP99Millis   99th percentile of it
 * @param dbBytes        the SQLite file with its write-ahead log
 * @param indexBytes     the search index folder
 * @param queries        per query kind, in {@link QueryKind} order
 * @param loadAverage    the machine's load average when the checkpoint's queries ended
 */
record Checkpoint(int articles, long claims, int segmentStored, double segmentSeconds, double putP50Millis,
                  double putP99Millis, long dbBytes, long indexBytes, List<QueryFigures> queries, String loadAverage) {

    Checkpoint {
        queries = List.copyOf(queries);
    }

    /** NaN when the checkpoint stored nothing (a continued run measuring a store it had reached). */
    double articlesPerSecond() {
        return segmentStored == 0 ? Double.NaN : segmentStored / segmentSeconds;
    }

    /** Database and index bytes per stored article. */
    double bytesPerArticle() {
        return (double) (dbBytes + indexBytes) / articles;
    }

    QueryFigures query(QueryKind kind) {
        return queries.stream().filter(q -> q.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no figures for " + kind));
    }
}
